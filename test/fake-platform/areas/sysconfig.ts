// General configuration (artifactory.config.xml) of a self-hosted Artifactory, its custom
// URL base, the system info and "verify connection". The XML is held and returned as it
// was saved; a malformed one is refused with 400 (Artifactory's error body). Cloud answers
// 404 for the configuration (`only: 'self-hosted'`).
import type { FakeArea } from '../core/area';
import { areaState } from '../core/area';
import { artifactoryError, text, type FakeModule, type FakeRequest, type FakeState } from '../core/module';
import { peerAt } from '../core/peers';
import { demoConfigXml, minimalConfigXml } from '../fixtures/config-xml';
import { xmlProblem } from '../../../shared/areas/sysconfig/xml-check';

const CONFIGURATION = '/artifactory/api/system/configuration';

export interface SysconfigState {
  xml: string;
  /** Every XML body saved, in order (tests look at what arrived). */
  saves: string[];
}

export const sysconfigState = (state: FakeState): SysconfigState => areaState(state, 'sysconfig', () => ({ xml: minimalConfigXml(), saves: [] }));

const URL_BASE = /<urlBase>([^<]*)<\/urlBase>/;

/** The XML with its <urlBase> set (added after <dateFormat> when missing). */
export function withUrlBase(xml: string, url: string): string {
  if (URL_BASE.test(xml)) return xml.replace(URL_BASE, `<urlBase>${url}</urlBase>`);
  return xml.replace(/(<\/dateFormat>\n?)/, `$1    <urlBase>${url}</urlBase>\n`);
}

const escapeXml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function saveXml(state: FakeState, req: FakeRequest) {
  const type = req.headers['content-type'] ?? '';
  // [unsure] The spec says it consumes application/xml; the fake refuses other types as a JAX-RS service would.
  if (!/xml/i.test(type)) return artifactoryError(415, `Unsupported media type '${type}': send application/xml`);
  const problem = xmlProblem(req.bodyText);
  // [unsure] wording: Artifactory answers 400 for a body it cannot unmarshal.
  if (problem) return artifactoryError(400, `Failed to parse the configuration: line ${problem.line}, column ${problem.column}: ${problem.message}`);
  const own = sysconfigState(state);
  own.xml = req.bodyText;
  own.saves.push(req.bodyText);
  return text(200, 'Configuration saved successfully');
}

/** Another fake in this process answers like a reachable product; anything else fails like a refused connection. */
function verifyConnection(req: FakeRequest) {
  const body = req.json<{ endpoint?: unknown; username?: unknown; password?: unknown }>();
  if (typeof body.endpoint !== 'string' || body.endpoint === '') return artifactoryError(400, 'Endpoint is required');
  const peer = peerAt(body.endpoint);
  if (!peer) return artifactoryError(400, `Received error from endpoint url: Connection refused: ${new URL(body.endpoint).host}`);
  if (typeof body.username === 'string' && body.username !== '') {
    const user = peer.users.get(body.username);
    if (!user || user.password !== body.password) return artifactoryError(400, 'Received error from endpoint url: HTTP 401: Unauthorized');
  }
  return text(200, 'Successfully connected to endpoint');
}

const routes: FakeModule = ({ route, state }) => {
  route('GET', CONFIGURATION, () => text(200, sysconfigState(state).xml, 'application/xml'), { auth: 'admin', only: 'self-hosted' });
  route('POST', CONFIGURATION, (req) => saveXml(state, req), { auth: 'admin', only: 'self-hosted' });
  route(
    'PUT',
    `${CONFIGURATION}/baseUrl`,
    (req) => {
      const url = req.bodyText.trim();
      // [unsure] what the platform refuses: the fake refuses what is not an http(s) URL.
      if (!/^https?:\/\/[^\s/]+/.test(url)) return artifactoryError(400, `Invalid URL base: '${url.slice(0, 100)}'`);
      const own = sysconfigState(state);
      own.xml = withUrlBase(own.xml, escapeXml(url));
      return text(200, `URL base has been successfully updated to "${url}".`);
    },
    { auth: 'admin', only: 'self-hosted' },
  );
  route('POST', '/artifactory/api/system/verifyconnection', (req) => verifyConnection(req), { auth: 'admin' });
};

export const sysconfigArea: FakeArea = {
  name: 'sysconfig',
  routes,
  seed(state, scenario) {
    sysconfigState(state).xml = scenario.kind === 'demo' ? demoConfigXml() : minimalConfigXml();
  },
};
