// System configuration of a self-hosted Artifactory: the system info text, the general
// configuration (artifactory.config.xml), its local backups, the custom URL base and the
// platform's "verify connection". API notes: docs/api-notes/sysconfig.md.
import { z } from 'zod';
import { describeXmlProblem, xmlProblem } from './xml-check';

/** artifactory.config.xml of a big installation stays well under this; the bridge refuses more (3 bytes a character stays under the browser host's 10 MiB body). */
export const CONFIG_XML_MAX = 3_000_000;

export const configXmlSchema = z
  .string()
  .min(1, 'The configuration is empty')
  .max(CONFIG_XML_MAX, `The configuration is longer than ${CONFIG_XML_MAX.toLocaleString('en-US')} characters`)
  .superRefine((xml, ctx) => {
    const problem = xmlProblem(xml);
    if (problem) ctx.addIssue({ code: 'custom', message: `The XML is not well-formed. ${describeXmlProblem(problem)}. Nothing was sent.` });
  });

/** An absolute http(s) URL without credentials, query or fragment: what Artifactory accepts as its URL base. */
export const urlBaseSchema = z
  .string()
  .trim()
  .min(1, 'Enter the URL base, for example https://artifacts.example.com')
  .max(2048, 'The URL is at most 2,048 characters')
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Not a URL: write it in full, for example https://artifacts.example.com';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'The URL must start with http:// or https://';
  if (url.username || url.password) return 'Leave the user name and password out of the URL';
  if (value.includes('?') || value.includes('#')) return 'The URL cannot hold a query (?…) or a fragment (#…)';
  if (/\s/.test(value)) return 'The URL cannot hold spaces';
  return null;
}

export const verifyConnectionSchema = z.object({
  endpoint: z
    .string()
    .trim()
    .min(1, 'Enter the URL the platform should reach')
    .max(2048, 'The URL is at most 2,048 characters')
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Not a URL: write it in full, for example https://xray.example.com' });
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'The URL must start with http:// or https://' });
    }),
  username: z.string().max(255, 'The user name is at most 255 characters').optional(),
  password: z.string().max(1024, 'The password is at most 1,024 characters').optional(),
});

/** The platform's answer to "verify connection": a 400 carries what the other side said. */
export interface VerifyConnectionResult {
  ok: boolean;
  status: number;
  message: string;
}

/** A backup id: the file name Lilypad gave it (date and a random part), nothing else. */
export const backupIdSchema = z
  .string()
  .regex(/^[0-9]{8}T[0-9]{6}Z-[a-z0-9]{6}$/, 'Not a backup of this instance')
  .max(40);

/** One local backup of the configuration, kept before a save (app data folder). */
export interface ConfigBackup {
  id: string;
  /** ISO time it was taken. */
  takenAt: string;
  instanceName: string;
  baseUrl: string;
  /** Why it was taken: 'before save' or 'before restore'. */
  reason: string;
  bytes: number;
}

export interface ConfigXml {
  xml: string;
}

export interface SaveResult {
  /** The backup taken of what the platform held before the save. */
  backup: ConfigBackup;
  message: string;
}
