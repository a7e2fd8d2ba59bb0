// HTTP settings a fresh self-hosted instance typically has: direct access, no proxy.

import type { FakeWebServer } from '../core/state';

export function directWebServer(): FakeWebServer {
  return {
    key: 'direct',
    webServerType: 'DIRECT',
    artifactoryAppContext: 'artifactory',
    publicAppContext: 'artifactory',
    serverName: '',
    serverNameExpression: '',
    artifactoryServerName: 'localhost',
    artifactoryPort: 8081,
    routerPort: 8082,
    sslCertificate: '',
    sslKey: '',
    dockerReverseProxyMethod: 'REPOPATHPREFIX',
    useHttp: true,
    useHttps: false,
    httpPort: 80,
    sslPort: 443,
  };
}
