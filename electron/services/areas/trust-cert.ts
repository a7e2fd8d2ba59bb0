// The Access root certificate, decoded in main with Node's X.509 parser. Access answers
// the bare base64 of the certificate, or PEM with ?formatted=true: both are read.
import { X509Certificate } from 'node:crypto';
import type { RootCertificate } from '../../../shared/areas/trust/model';
import { ApiFailure } from '../../../shared/errors';

const DAY_MS = 86_400_000;

/** PEM from either form: the armour added to bare base64, line breaks every 64 characters. */
export function toPem(text: string): string {
  const trimmed = text.trim();
  const body = trimmed.includes('-----BEGIN CERTIFICATE-----') ? trimmed.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '') : trimmed;
  const base64 = body.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: '/access/api/v1/cert/root',
      message: 'The platform answered the root certificate with something that is not a certificate.',
    });
  }
  return `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
}

/** "CN=x\nO=y" → "CN=x, O=y". */
const oneLine = (name: string): string => name.split('\n').filter(Boolean).join(', ');

function keyOf(cert: X509Certificate): string {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'rsa') return `RSA ${details?.modulusLength ?? ''}`.trim();
  if (key.asymmetricKeyType === 'ec') return `EC ${details?.namedCurve ?? ''}`.trim();
  return key.asymmetricKeyType ?? 'unknown';
}

export function decodeRootCertificate(text: string, now = new Date()): RootCertificate {
  const pem = toPem(text);
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch (caught) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: '/access/api/v1/cert/root',
      message: `The root certificate the platform sent could not be decoded: ${(caught as Error).message}`,
    });
  }
  const validTo = new Date(cert.validTo);
  return {
    pem,
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    serialNumber: cert.serialNumber,
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: validTo.toISOString(),
    daysLeft: Math.floor((validTo.getTime() - now.getTime()) / DAY_MS),
    fingerprint256: cert.fingerprint256,
    publicKey: keyOf(cert),
    isCa: cert.ca,
  };
}
