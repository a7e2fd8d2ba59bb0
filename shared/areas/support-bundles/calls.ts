// supportBundles.* calls (Artifactory's SUPPORT API; self-hosted only) and Cloud's log
// collection switch (Access logshipping, Cloud only). The archive download is streamed by
// main to disk: `download` starts it, `downloadStatus` is polled, `cancelDownload` stops it.
import { z } from 'zod';
import { read, write } from '../../api/call-spec';
import { seg } from '../../api/request';
import { bundleCreateSchema, bundleIdSchema, jobIdSchema, type BundleMetadata, type DownloadJob, type SupportBundle } from './model';

export const SUPPORT_PATHS = {
  bundles: '/artifactory/api/system/support/bundles',
  bundle: '/artifactory/api/system/support/bundle',
  logShipping: '/access/api/v1/logshipping/config',
} as const;

export const bundlePath = (id: string): string => `${SUPPORT_PATHS.bundle}/${seg(id)}`;

const id = bundleIdSchema;

export const supportBundlesCalls = {
  'supportBundles.list': read<SupportBundle[]>()({}, { request: () => ({ method: 'GET', path: SUPPORT_PATHS.bundles }) }),
  'supportBundles.get': read<BundleMetadata>()({ id }, { request: ({ id }) => ({ method: 'GET', path: bundlePath(id) }) }),
  'supportBundles.create': write<{ id: string }>()(
    { bundle: bundleCreateSchema },
    { request: ({ bundle }) => ({ method: 'POST', path: SUPPORT_PATHS.bundle, json: bundle }), target: ({ bundle }) => bundle.name },
  ),
  'supportBundles.delete': write<void>()({ id }, { request: ({ id }) => ({ method: 'DELETE', path: bundlePath(id) }), target: ({ id }) => id }),
  /**
   * Starts streaming the archive to disk (the app asks where; the browser host keeps it in
   * the data folder and then hands it to the browser). Reads the platform only.
   */
  'supportBundles.download': read<DownloadJob>()({ id }, { request: ({ id }) => ({ method: 'GET', path: `${bundlePath(id)}/archive` }) }),
  'supportBundles.downloadStatus': read<DownloadJob>()({ jobId: jobIdSchema }),
  'supportBundles.cancelDownload': read<DownloadJob>()({ jobId: jobIdSchema }),
  /** Cloud only; the platform offers no call to read the setting back. */
  'supportBundles.logCollection': write<void>()(
    { enabled: z.boolean() },
    { request: ({ enabled }) => ({ method: 'POST', path: SUPPORT_PATHS.logShipping, json: { enabled } }), target: ({ enabled }) => (enabled ? 'on' : 'off') },
  ),
};
