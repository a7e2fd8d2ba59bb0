// A believable organisation for `npm run demo` and screenshots: about 250 people from
// three realms, 25 groups, HTTP settings behind NGINX, Docker repositories, a license.

import { addMembership } from '../core/membership';
import type { FakeState, RealmValue, UserStatusValue } from '../core/state';
import { group } from './minimal';
import { DEPARTMENTS, PeopleGenerator } from './names';
import { baseUser } from './principals';
import { seededRandom } from './random';
import { installLicense } from './license';

const DEMO_USERS = 250;
const BOTS = ['ci-jenkins', 'ci-github-actions'];
const DOMAIN = 'acme-robotics.example';

const GROUPS: Array<[name: string, description: string, realm: RealmValue]> = [
  ['readers', 'Read access for everyone; new users join automatically', 'internal'],
  ['platform-admins', 'Platform team with full administrative rights', 'internal'],
  ['release-managers', 'Promote builds and sign release bundles', 'internal'],
  ['security-auditors', 'Read-only access to security reports', 'saml'],
  ['contractors', 'External contractors with time-boxed access', 'internal'],
  ['ci-bots', 'Service accounts used by CI pipelines', 'internal'],
  ['oncall', 'Current on-call rotation', 'internal'],
  ['sso-engineering', 'Engineering, synced from the identity provider', 'saml'],
  ['sso-product', 'Product managers, synced from the identity provider', 'saml'],
  ['ldap-staff', 'All staff from the corporate directory', 'ldap'],
  ['ldap-finance', 'Finance department from the corporate directory', 'ldap'],
  ...DEPARTMENTS.flatMap((dept): Array<[string, string, RealmValue]> => [[`${dept}-developers`, `Developers of the ${dept} team`, 'internal']]),
  ['docker-pushers', 'May push images to the Docker registries', 'internal'],
  ['helm-maintainers', 'Maintain the Helm chart repositories', 'internal'],
];

const REALMS: ReadonlyArray<readonly [RealmValue, number]> = [
  ['internal', 50],
  ['saml', 30],
  ['ldap', 20],
];

const STATUSES: ReadonlyArray<readonly [UserStatusValue, number]> = [
  ['enabled', 90],
  ['disabled', 6],
  ['invited', 2],
  ['locked', 2],
];

export function seedDemo(state: FakeState): void {
  const random = seededRandom(4_242);
  for (const [name, description, realm] of GROUPS) {
    const external = realm === 'internal' ? '' : `cn=${name},ou=groups,dc=acme-robotics,dc=example`;
    state.groups.set(
      name,
      group(name, {
        description,
        realm,
        auto_join: name === 'readers',
        admin_privileges: name === 'platform-admins',
        external_id: external,
        realm_attributes: realm === 'ldap' ? `ldapGroupName=${name};groupsStrategy=STATIC;groupDn=${external}` : '',
      }),
    );
  }

  const people = new PeopleGenerator(random, state.users.keys());
  const start = Date.UTC(2021, 2, 1);
  while (state.users.size < DEMO_USERS - BOTS.length) {
    const person = people.next();
    const realm = random.weighted(REALMS);
    const status = random.weighted(STATUSES);
    state.users.set(
      person.username,
      baseUser(person.username, {
        email: `${person.first}.${person.last}@${DOMAIN}`,
        realm,
        status,
        password: realm === 'internal' ? 'Demo-Passw0rd' : '',
        internal_password_disabled: realm !== 'internal',
        profile_updatable: realm === 'internal',
        created: new Date(start + state.users.size * 3_600_000 * 29).toISOString(),
      }),
    );
    if (status === 'locked') state.lockedUsers.add(person.username);
    const dept = random.pick(DEPARTMENTS);
    addMembership(state, person.username, `${dept}-developers`);
    if (realm === 'saml') addMembership(state, person.username, random.next() < 0.8 ? 'sso-engineering' : 'sso-product');
    if (realm === 'ldap') addMembership(state, person.username, random.next() < 0.85 ? 'ldap-staff' : 'ldap-finance');
    if (random.next() < 0.12) {
      addMembership(state, person.username, random.pick(['release-managers', 'oncall', 'docker-pushers', 'helm-maintainers', 'contractors', 'security-auditors']));
    }
  }
  for (const username of state.users.keys()) addMembership(state, username, 'readers');
  addMembership(state, 'admin', 'platform-admins');
  for (const bot of BOTS) {
    state.users.set(bot, baseUser(bot, { email: `${bot}@${DOMAIN}`, password: 'Bot-Passw0rd', disable_ui_access: true }));
    addMembership(state, bot, 'readers');
    addMembership(state, bot, 'ci-bots');
    addMembership(state, bot, 'docker-pushers');
  }

  state.system.addons = ['build', 'docker', 'helm', 'npm', 'maven', 'pypi', 'go', 'ldap', 'saml', 'sso', 'ha', 'replication', 'rest', 'xray'];
  installLicense(state, { type: 'Enterprise Plus', validThrough: 'Mar 31, 2027', licensedTo: 'Acme Robotics Ltd.' });
  state.webServer = {
    key: 'nginx',
    webServerType: 'NGINX',
    artifactoryAppContext: 'artifactory',
    publicAppContext: 'artifactory',
    serverName: 'artifacts.acme-robotics.example',
    serverNameExpression: '*.artifacts.acme-robotics.example',
    artifactoryServerName: 'localhost',
    artifactoryPort: 8081,
    routerPort: 8082,
    sslCertificate: '/etc/ssl/certs/artifacts.acme-robotics.example.crt',
    sslKey: '/etc/ssl/private/artifacts.acme-robotics.example.key',
    dockerReverseProxyMethod: 'SUBDOMAIN',
    useHttp: true,
    useHttps: true,
    httpPort: 80,
    sslPort: 443,
  };
  state.repositories = [
    { key: 'docker-local', rclass: 'local', packageType: 'docker', description: 'Images built in CI', dockerPort: 5001 },
    { key: 'docker-remote', rclass: 'remote', packageType: 'docker', url: 'https://registry-1.docker.io/', dockerPort: 5002 },
    { key: 'docker', rclass: 'virtual', packageType: 'docker', description: 'Local images first, then Docker Hub', dockerPort: 5000 },
    { key: 'helm-local', rclass: 'local', packageType: 'helm' },
    { key: 'libs-release-local', rclass: 'local', packageType: 'maven' },
    { key: 'maven-remote', rclass: 'remote', packageType: 'maven', url: 'https://repo1.maven.org/maven2/' },
    { key: 'npm-remote', rclass: 'remote', packageType: 'npm', url: 'https://npm-upstream.example.com/' },
    { key: 'generic-local', rclass: 'local', packageType: 'generic' },
  ];
}
