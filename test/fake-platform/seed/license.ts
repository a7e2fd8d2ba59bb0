// Installs a license in both the single-node and the HA (licenses) views.

import { createHash } from 'node:crypto';
import type { FakeState } from '../core/state';

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
