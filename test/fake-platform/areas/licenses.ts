// Licenses of a self-hosted platform, single node and HA (API-NOTES "Licenses",
// docs/api-notes/licenses.md). The single-node view is state.system.license; the HA view
// is state.system.licenses (both kept in step here); the cluster's nodes are this area's.
// A Cloud instance answers 404 to all of these (RouteOptions.only).
import type { FakeArea } from '../core/area';
import { areaState } from '../core/area';
import { fail, json, type FakeModule, type FakeRequest } from '../core/module';
import { healthyServices, type FakeLicense, type FakeState } from '../core/state';
import { installedLicense, makeLicenseKey, parseLicenseKey, type LicenseTerms } from '../support/license-keys';
import { formatValidThrough } from '../../../shared/areas/licenses/expiry';

/** The exact text JFrog's Terraform platform provider looks for (and treats as success). */
export const LICENSE_EXISTS = 'License already exists.';
/** [unsure] the words differ between versions; the spec shows both. */
export const LICENSE_INSTALLED = 'The license has been successfully installed.';
export const LICENSE_INSTALLED_HA = 'OK';
/** [unsure] no client shows the text of a refused key. */
export const LICENSE_INVALID = 'Invalid license key';
export const LICENSE_NOT_FOUND = 'License not found';
const NOT_IN_USE = 'Not in use';

export interface LicenseNodes {
  /** The cluster's node ids; the first answers the calls (its license is GET /license). */
  nodes: string[];
}

export const licenseNodes = (state: FakeState): LicenseNodes => areaState(state, 'licenses', () => ({ nodes: [state.system.nodeId] }));

const nodeUrl = (nodeId: string): string => `http://${nodeId}:8082/artifactory`;

/** Today + days, in the platform's "MMM D, YYYY". */
export function validThroughIn(days: number, now = new Date()): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return formatValidThrough(date.toISOString().slice(0, 10));
}

/** Expired once its last day has passed (computed when read, as the platform does). */
function isExpired(license: FakeLicense, now = new Date()): boolean {
  const parsed = Date.parse(`${license.validThrough} 23:59:59 UTC`);
  return Number.isFinite(parsed) && parsed < now.getTime();
}

/** GET /license answers the license of the node that answers. */
function syncCurrent(state: FakeState): void {
  const answering = licenseNodes(state).nodes[0];
  const current = state.system.licenses.find((license) => license.nodeId === answering) ?? state.system.licenses[0];
  state.system.license = current ? { type: current.type, validThrough: current.validThrough, licensedTo: current.licensedTo } : null;
}

/** Installs one license as the platform would: on a node without one, else replacing a single node's, else not in use. */
export function addLicense(state: FakeState, terms: LicenseTerms, key = makeLicenseKey(terms)): FakeLicense {
  const { nodes } = licenseNodes(state);
  const used = new Set(state.system.licenses.map((license) => license.nodeId));
  const free = nodes.find((node) => !used.has(node));
  const license = installedLicense(terms, key, free ?? NOT_IN_USE);
  license.nodeUrl = free ? nodeUrl(free) : NOT_IN_USE;
  if (!free && nodes.length === 1) state.system.licenses = state.system.licenses.filter((existing) => existing.nodeId !== nodes[0]);
  if (!free && nodes.length === 1) {
    license.nodeId = nodes[0];
    license.nodeUrl = nodeUrl(nodes[0]);
  }
  state.system.licenses.push(license);
  syncCurrent(state);
  return license;
}

/**
 * The HA seed: a 3-node cluster, two licenses in use (one expiring in `expiringInDays`),
 * the third node without one, and router health naming all three nodes.
 */
export function seedHaCluster(state: FakeState, options: { expiringInDays?: number; licensedTo?: string } = {}): void {
  const base = state.system.nodeId;
  const nodes = [base, `${base}-b`, `${base}-c`];
  licenseNodes(state).nodes = nodes;
  state.system.health.services = nodes.flatMap((node) => healthyServices(node));
  state.system.licenses = [];
  const licensedTo = options.licensedTo ?? 'Lilypad Test Org';
  addLicense(state, { type: 'Enterprise Plus', validThrough: validThroughIn(400), licensedTo });
  addLicense(state, { type: 'Enterprise Plus', validThrough: validThroughIn(options.expiringInDays ?? 5), licensedTo });
  if (!state.system.addons.includes('ha')) state.system.addons.push('ha');
}

function installLicenses(state: FakeState, req: FakeRequest) {
  const body = req.json<unknown>();
  const many = Array.isArray(body);
  const entries = (many ? body : [body]) as unknown[];
  if (entries.length === 0) fail(400, 'No license key was given');
  const keys = entries.map((entry) =>
    entry && typeof entry === 'object' && typeof (entry as { licenseKey?: unknown }).licenseKey === 'string'
      ? (entry as { licenseKey: string }).licenseKey
      : fail(400, 'Each entry needs a licenseKey'),
  );
  const messages: Record<string, string> = {};
  let anyInstalled = false;
  for (const key of keys) {
    const terms = parseLicenseKey(key);
    if (!terms) {
      messages[key] = LICENSE_INVALID;
      continue;
    }
    const hash = installedLicense(terms, key, '').licenseHash;
    if (state.system.licenses.some((existing) => existing.licenseHash === hash)) {
      messages[key] = LICENSE_EXISTS;
      continue;
    }
    addLicense(state, terms, key);
    messages[key] = many ? LICENSE_INSTALLED_HA : LICENSE_INSTALLED;
    anyInstalled = true;
  }
  const status = anyInstalled ? 200 : 400;
  // A refused single key is answered with `messages` too: the Terraform platform provider
  // posts one {licenseKey} and reads messages[key] from the 400. [unsure] the success shape.
  if (!many && anyInstalled) return json(status, { status, message: messages[keys[0]] });
  return json(status, { status, messages });
}

function removeLicenses(state: FakeState, req: FakeRequest) {
  // The spec's example puts a space after each comma.
  const hashes = (req.query.licenseHash ?? '')
    .split(',')
    .map((hash) => hash.trim())
    .filter((hash) => hash.length > 0);
  if (hashes.length === 0) fail(400, 'licenseHash is required');
  const messages: Record<string, string> = {};
  for (const hash of hashes) {
    const before = state.system.licenses.length;
    state.system.licenses = state.system.licenses.filter((license) => license.licenseHash !== hash);
    messages[hash] = state.system.licenses.length < before ? 'OK' : LICENSE_NOT_FOUND;
  }
  syncCurrent(state);
  return json(200, { status: 200, messages });
}

const routes: FakeModule = ({ route, state }) => {
  route('GET', '/artifactory/api/system/license', () => json(200, state.system.license ?? { type: 'N/A', validThrough: '', licensedTo: '' }), {
    auth: 'admin',
    only: 'self-hosted',
  });
  route(
    'GET',
    '/artifactory/api/system/licenses',
    () =>
      json(
        200,
        state.system.licenses.map((license) => ({ ...license, expired: isExpired(license) })),
      ),
    {
      auth: 'admin',
      only: 'self-hosted',
    },
  );
  route('POST', '/artifactory/api/system/licenses', (req) => installLicenses(state, req), { auth: 'admin', only: 'self-hosted' });
  // [unsure] per API-NOTES: DELETE ?licenseHash=h1,h2
  route('DELETE', '/artifactory/api/system/licenses', (req) => removeLicenses(state, req), { auth: 'admin', only: 'self-hosted' });
};

export const licensesArea: FakeArea = {
  name: 'licenses',
  routes,
  seed(state, scenario) {
    // The system area installed the single-node license; the demo is an HA cluster.
    licenseNodes(state).nodes = [state.system.nodeId];
    for (const license of state.system.licenses) license.nodeUrl = nodeUrl(license.nodeId);
    if (scenario.kind === 'demo') seedHaCluster(state, { expiringInDays: 5, licensedTo: 'Acme Robotics Ltd.' });
  },
};
