// System info, health probes and licenses (API-NOTES "System and health", "Licenses").

import { createHash } from 'node:crypto';
import type { FakeArea } from '../core/area';
import { json, text, fail, type FakeModule, type FakeRequest } from '../core/module';
import type { FakeState } from '../core/state';
import { installedLicense, parseLicenseKey } from '../support/license-keys';

const allHealthy = (state: FakeState) =>
  state.system.health.router.state === 'HEALTHY' && state.system.health.services.every((s) => s.state === 'HEALTHY');

const artifactoryUp = (state: FakeState) =>
  state.system.ready && state.system.health.services.every((s) => !s.service_id.startsWith('jfrt@') || s.state === 'HEALTHY');

const routes: FakeModule = ({ route, state }) => {
  route(
    'GET',
    '/router/api/v1/system/health',
    () => (state.system.healthPage !== null ? text(503, state.system.healthPage, 'text/html') : json(allHealthy(state) ? 200 : 503, structuredClone(state.system.health))),
    { auth: 'none' },
  );
  // [unsure] The router's probes answer plain text; clients only look at the status.
  route('GET', '/router/api/v1/system/liveness', () => text(200, 'OK'), { auth: 'none' });
  route('GET', '/router/api/v1/system/readiness', () => (state.system.ready ? text(200, 'OK') : text(503, 'Not ready')), {
    auth: 'none',
  });
  route('GET', '/artifactory/api/v1/system/liveness', () => json(200, { code: 'OK' }), { auth: 'none' });
  route('GET', '/artifactory/api/v1/system/readiness', () => (artifactoryUp(state) ? json(200, { code: 'OK' }) : json(503, { code: 'UNAVAILABLE' })), {
    auth: 'none',
  });
  route('GET', '/access/api/v1/system/ping', () => (state.system.ready ? text(200, 'OK') : text(503, 'Unavailable')), { auth: 'none' });
  route('GET', '/artifactory/api/system/ping', () => (artifactoryUp(state) ? text(200, 'OK') : text(503, 'Artifactory is not ready')), {
    auth: 'none',
  });

  route(
    'GET',
    '/artifactory/api/system/version',
    () =>
      json(200, {
        version: state.system.version,
        revision: state.system.revision,
        addons: [...state.system.addons],
        ...(state.system.licenses[0] ? { license: state.system.licenses[0].licenseHash } : {}),
      }),
    { auth: 'user' },
  );
  route('GET', '/artifactory/api/system', () => text(200, systemInfoText(state)), { auth: 'admin' });

  // Self-hosted only: a Cloud instance answers 404 for these (RouteOptions.only).
  route(
    'GET',
    '/artifactory/api/system/license',
    () => json(200, state.system.license ?? { type: 'N/A', validThrough: '', licensedTo: '' }),
    { auth: 'admin', only: 'self-hosted' },
  );
  route('GET', '/artifactory/api/system/licenses', () => json(200, structuredClone(state.system.licenses)), {
    auth: 'admin',
    only: 'self-hosted',
  });
  route('POST', '/artifactory/api/system/licenses', (req) => installLicenses(state, req), { auth: 'admin', only: 'self-hosted' });
  // [unsure] per API-NOTES: DELETE ?licenseHash=h1,h2
  route('DELETE', '/artifactory/api/system/licenses', (req) => removeLicenses(state, req), { auth: 'admin', only: 'self-hosted' });
};

export const LICENSE_EXISTS = 'License already exists.';

function installLicenses(state: FakeState, req: FakeRequest) {
  const body = req.json<unknown>();
  const many = Array.isArray(body);
  const entries = (many ? body : [body]) as unknown[];
  const keys = entries.map((entry) =>
    entry && typeof entry === 'object' && typeof (entry as { licenseKey?: unknown }).licenseKey === 'string'
      ? (entry as { licenseKey: string }).licenseKey
      : fail(400, 'Each entry needs a licenseKey'),
  );
  const messages: Record<string, string> = {};
  let anyInstalled = false;
  for (const key of keys) {
    const parsed = parseLicenseKey(key);
    if (!parsed) {
      messages[key] = 'Invalid license key';
      continue;
    }
    const license = installedLicense(parsed, key, state.system.nodeId);
    if (state.system.licenses.some((existing) => existing.licenseHash === license.licenseHash)) {
      // The exact text JFrog's Terraform platform provider looks for (and treats as success).
      messages[key] = LICENSE_EXISTS;
      continue;
    }
    state.system.licenses.push(license);
    state.system.license ??= { type: license.type, validThrough: license.validThrough, licensedTo: license.licensedTo };
    messages[key] = 'The license has been successfully installed';
    anyInstalled = true;
  }
  const status = anyInstalled ? 200 : 400;
  // A refused single key is answered with `messages` too: the Terraform platform provider
  // posts one {licenseKey} and reads messages[key] from the 400. [unsure] for the success shape.
  if (!many && anyInstalled) return json(status, { status, message: messages[keys[0]] });
  return json(status, { status, messages });
}

function removeLicenses(state: FakeState, req: FakeRequest) {
  const hashes = (req.query.licenseHash ?? '').split(',').filter((hash) => hash.length > 0);
  if (hashes.length === 0) fail(400, 'licenseHash is required');
  const messages: Record<string, string> = {};
  for (const hash of hashes) {
    const before = state.system.licenses.length;
    state.system.licenses = state.system.licenses.filter((license) => license.licenseHash !== hash);
    messages[hash] = state.system.licenses.length < before ? 'OK' : 'License not found';
  }
  const first = state.system.licenses[0];
  state.system.license = first ? { type: first.type, validThrough: first.validThrough, licensedTo: first.licensedTo } : null;
  return json(200, { status: 200, messages });
}

function systemInfoText(state: FakeState): string {
  if (state.system.systemInfoText) return state.system.systemInfoText;
  const lines = [
    'SYSTEM INFORMATION:',
    ` Artifactory version:             ${state.system.version}`,
    ` Artifactory revision:            ${state.system.revision}`,
    ` Node id:                         ${state.system.nodeId}`,
    ` Platform:                        ${state.mode}`,
    ` Users:                           ${state.users.size}`,
    ` Groups:                          ${state.groups.size}`,
    ` Config digest:                   ${createHash('sha1').update(JSON.stringify(state.webServer)).digest('hex')}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Installs a license in both the single-node and the HA (licenses) views. */
export function installLicense(state: FakeState, license: { type: string; validThrough: string; licensedTo: string }, key = license.licensedTo): void {
  state.system.license = { ...license };
  state.system.licenses = [
    {
      ...license,
      licenseHash: createHash('sha1').update(key).digest('hex'),
      nodeId: state.system.nodeId,
      nodeUrl: `http://${state.system.nodeId}:8082`,
      expired: false,
    },
  ];
}

export const systemArea: FakeArea = {
  name: 'system',
  routes,
  seed(state, scenario) {
    if (scenario.kind === 'minimal') {
      installLicense(state, { type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Lilypad Test Org' });
      state.system.addons = ['build', 'docker', 'npm', 'maven', 'rest'];
    } else if (scenario.kind === 'demo') {
      state.system.addons = ['build', 'docker', 'helm', 'npm', 'maven', 'pypi', 'go', 'ldap', 'saml', 'sso', 'ha', 'replication', 'rest', 'xray'];
      installLicense(state, { type: 'Enterprise Plus', validThrough: 'Mar 31, 2027', licensedTo: 'Acme Robotics Ltd.' });
    } else {
      installLicense(state, { type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Scale Test Org' });
    }
  },
};
