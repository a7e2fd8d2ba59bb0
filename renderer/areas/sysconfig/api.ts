// System configuration area: system info, the configuration XML, its local backups, and
// the calls that change them. Keys lead with the instance id.
import { useInstanceMutation, useInstanceQuery } from '../../api/hooks';

/** Configuration changes rarely; never refetch under the admin's hands while they edit. */
const calm = { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: false } as const;

export const useSystemInfo = (instanceId: string | undefined) => useInstanceQuery(instanceId, 'sysconfig.info', {}, calm);

export const useConfigXml = (instanceId: string | undefined, enabled = true) => useInstanceQuery(instanceId, 'sysconfig.configXml', {}, { ...calm, enabled });

export const useConfigBackups = (instanceId: string | undefined) => useInstanceQuery(instanceId, 'sysconfig.backups', {}, { refetchOnWindowFocus: false });

export const useConfigBackup = (instanceId: string | undefined, id: string | undefined) =>
  useInstanceQuery(instanceId, 'sysconfig.backup', { id: id ?? '' }, { enabled: Boolean(id), staleTime: Infinity, retry: false });

/** Saving and restoring change the XML and add a backup. */
export const useSaveConfigXml = (instanceId: string | undefined) =>
  useInstanceMutation(instanceId, 'sysconfig.saveXml', { invalidates: ['sysconfig.configXml', 'sysconfig.backups'] });
export const useRestoreConfig = (instanceId: string | undefined) =>
  useInstanceMutation(instanceId, 'sysconfig.restore', { invalidates: ['sysconfig.configXml', 'sysconfig.backups'] });

/** The URL base lives in the XML: reread it afterwards. */
export const useSetUrlBase = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'sysconfig.setUrlBase', { invalidates: ['sysconfig.configXml'] });

export const useVerifyConnection = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'sysconfig.verifyConnection');
