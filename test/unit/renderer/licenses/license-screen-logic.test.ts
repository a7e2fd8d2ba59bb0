// The licenses screens' pure logic: splitting pasted keys, the nodes without a valid
// license, the cluster order, and the across-instances rows and badge count.
import { describe, expect, it } from 'vitest';
import type { ScanSnapshot } from '../../../../shared/api/scans';
import type { ClusterLicense, LicenseExpiry } from '../../../../shared/areas/licenses/model';
import { expiringCount, fleetRows } from '../../../../renderer/areas/licenses/fleet-rows';
import { joinKeyTexts, splitLicenseKeys } from '../../../../renderer/areas/licenses/license-keys';
import { nodesWithoutValidLicense, shortHash, sortClusterLicenses } from '../../../../renderer/areas/licenses/license-view';

const NOW = new Date('2026-11-30T12:00:00Z');
const license = (over: Partial<ClusterLicense>): ClusterLicense => ({
  type: 'Enterprise Plus',
  validThrough: 'Jan 1, 2028',
  licensedTo: 'Acme',
  licenseHash: 'aaaa',
  nodeId: 'n1',
  nodeUrl: 'http://n1',
  expired: false,
  ...over,
});

describe('pasted license keys', () => {
  it('splits on empty lines and keeps a key’s own line breaks', () => {
    expect(splitLicenseKeys('AAAA\nBBBB\n\n  \nCCCC\r\nDDDD\n')).toEqual(['AAAA\nBBBB', 'CCCC\nDDDD']);
    expect(splitLicenseKeys('   \n\n')).toEqual([]);
    expect(joinKeyTexts(['AAAA', '', 'BBBB\n'])).toBe('AAAA\n\nBBBB');
  });
});

describe('cluster view', () => {
  it('names the nodes router health knows with no license in use or only an expired one', () => {
    const cluster = {
      nodes: ['n1', 'n2', 'n3', 'n4'],
      licenses: [
        license({ nodeId: 'n1' }),
        license({ nodeId: 'n2', validThrough: 'Nov 1, 2026', licenseHash: 'b' }),
        license({ nodeId: null, nodeUrl: null, licenseHash: 'c' }),
        license({ nodeId: 'n4', expired: true, licenseHash: 'd' }),
      ],
    };
    expect(nodesWithoutValidLicense(cluster, NOW)).toEqual(['n2', 'n3', 'n4']);
  });

  it('lists licenses in use first, by days left; shortens hashes', () => {
    const sorted = sortClusterLicenses(
      [license({ nodeId: null, licenseHash: 'free' }), license({ licenseHash: 'late' }), license({ licenseHash: 'soon', validThrough: 'Dec 5, 2026' })],
      NOW,
    );
    expect(sorted.map((l) => l.licenseHash)).toEqual(['soon', 'late', 'free']);
    expect(shortHash('179b7ea384d0c4655a00dfac7285a21d986a17923')).toBe('179b7ea384d0…');
  });
});

describe('across instances', () => {
  const value = (expiresOn: string): LicenseExpiry => ({ type: 'E+', licensedTo: 'Acme', validThrough: expiresOn, expiresOn, licenseCount: 1 });
  const snapshot: ScanSnapshot<LicenseExpiry> = {
    scanId: 'licenses.expiry',
    intervalMs: 1,
    paused: false,
    running: false,
    instances: [
      { instanceId: 'a', instanceName: 'Later', status: 'ok', value: value('2027-06-01'), consecutiveFailures: 0, checking: false },
      { instanceId: 'b', instanceName: 'Dead', status: 'failed', error: { kind: 'network', message: 'refused' }, consecutiveFailures: 1, checking: false },
      { instanceId: 'c', instanceName: 'Soon', status: 'ok', value: value('2026-12-05'), consecutiveFailures: 0, checking: false },
      { instanceId: 'd', instanceName: 'New', status: 'pending', consecutiveFailures: 0, checking: true },
    ],
  };

  it('sorts by days left, unreachable and unchecked last, and counts those under 30 days', () => {
    const rows = fleetRows(snapshot, NOW);
    expect(rows.map((r) => [r.instanceName, r.state, r.days])).toEqual([
      ['Soon', 'ok', 5],
      ['Later', 'ok', 183],
      ['Dead', 'unreachable', undefined],
      ['New', 'checking', undefined],
    ]);
    expect(rows[2].problem).toBe('refused');
    expect(rows[0].level).toBe('urgent');
    expect(expiringCount(rows)).toBe(1);
  });
});
