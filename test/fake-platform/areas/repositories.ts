// GET /artifactory/api/repositories with its filters (type, packageType, project), read
// from state. Enough for the HTTP settings screen and the project screens. Seeds after
// http-settings, whose webServer names some of these repositories (Docker ports).
import type { FakeArea } from '../core/area';
import { artifactoryError, json, type FakeModule } from '../core/module';
import type { FakeRepository } from '../core/state';

const RCLASSES = ['local', 'remote', 'virtual', 'federated'];

/** Artifactory spells package types with a capital in listings ("Docker", "Maven"). */
const PACKAGE_LABELS: Record<string, string> = {
  docker: 'Docker',
  maven: 'Maven',
  npm: 'Npm',
  generic: 'Generic',
  pypi: 'Pypi',
  helm: 'Helm',
  go: 'Go',
  nuget: 'NuGet',
};

export function defaultRepositories(): FakeRepository[] {
  return [
    { key: 'docker-local', rclass: 'local', packageType: 'docker', description: 'Team images' },
    { key: 'docker-remote', rclass: 'remote', packageType: 'docker', description: 'Docker Hub cache', url: 'https://registry-1.docker.io/' },
    { key: 'docker-virtual', rclass: 'virtual', packageType: 'docker', description: 'Pull from here' },
    { key: 'libs-release-local', rclass: 'local', packageType: 'maven', description: 'Releases' },
    { key: 'npm-remote', rclass: 'remote', packageType: 'npm', url: 'https://npm-upstream.example.com/' },
    { key: 'generic-local', rclass: 'local', packageType: 'generic' },
  ];
}

const routes: FakeModule = ({ route, state }) => {
  route(
    'GET',
    '/artifactory/api/repositories',
    (req) => {
      const type = req.query.type?.toLowerCase();
      if (type && !RCLASSES.includes(type)) return artifactoryError(400, `Invalid repository type '${req.query.type}'`);
      const packageType = req.query.packageType?.toLowerCase();
      const project = req.query.project;
      const base = req.headers.host ? `http://${req.headers.host}/artifactory` : '/artifactory';
      const items = state.repositories
        .filter((repo) => !type || repo.rclass === type)
        .filter((repo) => !packageType || repo.packageType.toLowerCase() === packageType)
        // The project's own and those shared with it: a repository shared with all projects
        // shows up here (Terraform project provider #55). [unsure] for one shared with this project only.
        .filter((repo) => !project || repo.projectKey === project || repo.sharedWithAll === true || (repo.sharedWithProjects ?? []).includes(project))
        .map((repo) => ({
          key: repo.key,
          type: repo.rclass.toUpperCase(),
          ...(repo.description ? { description: repo.description } : {}),
          url: repo.rclass === 'remote' && repo.url ? repo.url : `${base}/${repo.key}`,
          packageType: PACKAGE_LABELS[repo.packageType.toLowerCase()] ?? repo.packageType,
        }));
      return json(200, items);
    },
    { auth: 'user' },
  );

  // The configuration of one repository. It has no port: the port of a Docker repository
  // (port per repository) is in the webServer JSON (areas/http-settings.ts).
  route(
    'GET',
    '/artifactory/api/repositories/:key',
    (req) => {
      const repo = state.repositories.find((candidate) => candidate.key === req.params.key);
      if (!repo) return artifactoryError(400, `Bad Request: repository '${req.params.key}' does not exist`);
      return json(200, {
        key: repo.key,
        rclass: repo.rclass,
        packageType: repo.packageType,
        description: repo.description ?? '',
        ...(repo.url ? { url: repo.url } : {}),
        ...(repo.projectKey ? { projectKey: repo.projectKey } : {}),
        ...(repo.packageType === 'docker' ? { dockerApiVersion: 'V2' } : {}),
      });
    },
    { auth: 'user' },
  );
};

const MINIMAL_REPOSITORIES: FakeRepository[] = [
  { key: 'docker-local', rclass: 'local', packageType: 'docker' },
  { key: 'generic-local', rclass: 'local', packageType: 'generic' },
];

const DEMO_REPOSITORIES: FakeRepository[] = [
  { key: 'docker-local', rclass: 'local', packageType: 'docker', description: 'Images built in CI' },
  { key: 'docker-remote', rclass: 'remote', packageType: 'docker', url: 'https://registry-1.docker.io/' },
  { key: 'docker', rclass: 'virtual', packageType: 'docker', description: 'Local images first, then Docker Hub' },
  { key: 'helm-local', rclass: 'local', packageType: 'helm' },
  { key: 'libs-release-local', rclass: 'local', packageType: 'maven' },
  { key: 'maven-remote', rclass: 'remote', packageType: 'maven', url: 'https://repo1.maven.org/maven2/' },
  { key: 'npm-remote', rclass: 'remote', packageType: 'npm', url: 'https://npm-upstream.example.com/' },
  { key: 'generic-local', rclass: 'local', packageType: 'generic' },
];

export const repositoriesArea: FakeArea = {
  name: 'repositories',
  routes,
  seed(state, scenario) {
    const repositories = scenario.kind === 'minimal' ? MINIMAL_REPOSITORIES : scenario.kind === 'demo' ? DEMO_REPOSITORIES : defaultRepositories();
    state.repositories = repositories.map((repo) => ({ ...repo }));
  },
};
