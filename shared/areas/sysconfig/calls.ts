// sysconfig.* calls: system info, the general configuration XML (with a local backup in
// main before every save, and restore), the custom URL base, and "verify connection".
// Self-hosted only except system info and verify connection [unsure for Cloud].
import { read, write } from '../../api/call-spec';
import { backupIdSchema, CONFIG_XML_MAX, configXmlSchema, urlBaseSchema, verifyConnectionSchema } from './model';
import type { ConfigBackup, ConfigXml, SaveResult, VerifyConnectionResult } from './model';
import { definedOnly } from '../../api/request';

export const SYSCONFIG_PATHS = {
  info: '/artifactory/api/system',
  configuration: '/artifactory/api/system/configuration',
  urlBase: '/artifactory/api/system/configuration/baseUrl',
  verifyConnection: '/artifactory/api/system/verifyconnection',
} as const;

export const sysconfigCalls = {
  /** The platform's system information, as text. */
  'sysconfig.info': read<string>()({}, { request: () => ({ method: 'GET', path: SYSCONFIG_PATHS.info }) }),
  'sysconfig.configXml': read<ConfigXml>()({}, { request: () => ({ method: 'GET', path: SYSCONFIG_PATHS.configuration }) }),
  /** Reads the current XML, keeps it as a local backup, then posts the new one. */
  'sysconfig.saveXml': {
    ...write<SaveResult>()(
      { xml: configXmlSchema },
      {
        request: ({ xml }) => ({ method: 'POST', path: SYSCONFIG_PATHS.configuration, text: xml, contentType: 'application/xml' }),
        target: () => 'artifactory.config.xml',
      },
    ),
    maxInputChars: CONFIG_XML_MAX,
  },
  'sysconfig.backups': read<ConfigBackup[]>()({}),
  'sysconfig.backup': read<ConfigXml & { backup: ConfigBackup }>()({ id: backupIdSchema }),
  /** Posts a backup's XML back (after a backup of what the platform holds now). */
  'sysconfig.restore': write<SaveResult>()({ id: backupIdSchema }, { target: ({ id }) => `artifactory.config.xml (backup ${id})` }),
  'sysconfig.setUrlBase': write<string>()(
    { url: urlBaseSchema },
    { request: ({ url }) => ({ method: 'PUT', path: SYSCONFIG_PATHS.urlBase, text: url, contentType: 'text/plain' }), target: ({ url }) => url },
  ),
  /** Changes nothing on the platform: a read, allowed on read-only instances. */
  'sysconfig.verifyConnection': read<VerifyConnectionResult>()(verifyConnectionSchema.shape, {
    request: (input) => ({ method: 'POST', path: SYSCONFIG_PATHS.verifyConnection, json: definedOnly(input) }),
  }),
};
