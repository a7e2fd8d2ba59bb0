// A throwaway self-signed certificate (with a wildcard for Docker subdomains), made
// with the real openssl binary in a temp dir.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OPENSSL = '/usr/bin/openssl';

export interface Cert {
  dir: string;
  certificate: string;
  key: string;
}

export function makeSelfSignedCert(serverName: string): Cert {
  const dir = mkdtempSync(join(tmpdir(), 'lilypad-cert-'));
  const certificate = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  execFileSync(
    OPENSSL,
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      key,
      '-out',
      certificate,
      '-subj',
      `/CN=${serverName}`,
      '-addext',
      `subjectAltName=DNS:${serverName},DNS:*.${serverName}`,
    ],
    { stdio: 'pipe' },
  );
  return { dir, certificate, key };
}
