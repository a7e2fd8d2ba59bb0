// System info and health probes (API-NOTES "System and health"); licenses are areas/licenses.ts.

import { createHash } from 'node:crypto';
import type { FakeArea } from '../core/area';
import { json, text, type FakeModule } from '../core/module';
import type { FakeState } from '../core/state';

const allHealthy = (state: FakeState) => state.system.health.router.state === 'HEALTHY' && state.system.health.services.every((s) => s.state === 'HEALTHY');

const artifactoryUp = (state: FakeState) => state.system.ready && state.system.health.services.every((s) => !s.service_id.startsWith('jfrt@') || s.state === 'HEALTHY');

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
  // The license routes live in areas/licenses.ts.
};

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
