// A throwaway PKI for HTTPS tests: a CA and a server certificate for 127.0.0.1 and
// localhost, made with the openssl CLI (Node has no API to issue certificates).

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestPki {
  caPem: string;
  certPem: string;
  keyPem: string;
  caPath: string;
  certPath: string;
  keyPath: string;
  dir: string;
}

// EC keys: generated in milliseconds, where RSA would slow every HTTPS test.
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

const SERVER_EXTENSIONS = [
  'basicConstraints = critical, CA:FALSE',
  'keyUsage = critical, digitalSignature, keyEncipherment',
  'extendedKeyUsage = serverAuth',
  'subjectAltName = IP:127.0.0.1, DNS:localhost',
  '',
].join('\n');

/** Creates the CA and server files in `dir` (a fresh temp dir when absent). */
export async function makeTestPki(dir?: string): Promise<TestPki> {
  const where = dir ?? (await mkdtemp(join(tmpdir(), 'lilypad-pki-')));
  const file = (name: string) => join(where, name);

  await run('openssl', [
    'req',
    '-x509',
    ...EC_KEY,
    '-keyout',
    file('ca-key.pem'),
    '-out',
    file('ca.pem'),
    '-days',
    '30',
    '-subj',
    '/CN=Lilypad Test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', ['req', '-new', ...EC_KEY, '-keyout', file('server-key.pem'), '-out', file('server.csr'), '-subj', '/CN=localhost']);
  await writeFile(file('server-ext.cnf'), SERVER_EXTENSIONS);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca-key.pem'),
    '-set_serial',
    `0x${Date.now().toString(16)}`,
    '-days',
    '30',
    '-sha256',
    '-extfile',
    file('server-ext.cnf'),
    '-out',
    file('server.pem'),
  ]);

  const [caPem, certPem, keyPem] = await Promise.all(['ca.pem', 'server.pem', 'server-key.pem'].map((name) => readFile(file(name), 'utf8')));
  return { caPem, certPem, keyPem, caPath: file('ca.pem'), certPath: file('server.pem'), keyPath: file('server-key.pem'), dir: where };
}
