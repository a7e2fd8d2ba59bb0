// Support bundles area (Artifactory's SUPPORT API, self-hosted only; Cloud's log collection
// switch). API-NOTES "Support bundles", docs/api-notes/support-bundles.md.
// 1. Requests: shared/areas/support-bundles/calls.ts. 2. Wire → model, downloads. 3. Handlers.
// The archive is streamed by main straight to a file (never through the renderer): the app
// asks where with the OS save dialog; the browser host writes it to the data folder and
// then serves it to the browser once, as a file download.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { requestFor } from '../../../shared/api/contract';
import { SUPPORT_PATHS, bundlePath } from '../../../shared/areas/support-bundles/calls';
import type { BundleMetadata, BundleParameters, BundleStatus, SupportBundle } from '../../../shared/areas/support-bundles/model';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { ApiFailure } from '../../../shared/errors';
import { DownloadJobs } from '../downloads/download-jobs';
import { FILE_PATH_PREFIX } from '../downloads/save-target';
import type { AppContext, AreaHandlers, InstanceContext } from './types';
import { bool, jsonOrNothing, obj, sendWrite, str } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

export function toBundleStatus(value: unknown): BundleStatus {
  const text = str(value).trim().toLowerCase().replace(/[_-]/g, ' ');
  if (text === 'in progress' || text === 'inprogress' || text === 'pending' || text === 'running') return 'in-progress';
  if (text === 'success' || text === 'succeeded' || text === 'completed' || text === 'done') return 'success';
  if (text === 'failed' || text === 'failure' || text === 'error') return 'failed';
  return 'unknown';
}

export function toSupportBundle(value: unknown): SupportBundle {
  const raw = obj(value);
  return {
    id: str(raw.id),
    name: str(raw.name),
    // The platform writes null for a bundle without a description.
    description: str(raw.description),
    created: str(raw.created),
    status: toBundleStatus(raw.status),
    rawStatus: str(raw.status),
  };
}

/** The list is `{bundles: […], count}`; an empty body means there are none (API-NOTES). */
export function toBundleList(text: string): SupportBundle[] {
  const body = jsonOrNothing(text);
  const list = Array.isArray(body) ? body : obj(body).bundles;
  return (Array.isArray(list) ? list : []).map(toSupportBundle).filter((bundle) => bundle.id !== '');
}

function toParameters(value: unknown): BundleParameters | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = obj(value);
  const logs = obj(raw.logs);
  const dumps = obj(raw.thread_dump);
  return {
    configuration: bool(raw.configuration),
    system: bool(raw.system),
    logs: {
      include: bool(logs.include),
      ...(typeof logs.start_date === 'string' ? { start_date: logs.start_date } : {}),
      ...(typeof logs.end_date === 'string' ? { end_date: logs.end_date } : {}),
    },
    thread_dump: { count: typeof dumps.count === 'number' ? dumps.count : 0, interval: typeof dumps.interval === 'number' ? dumps.interval : 0 },
  };
}

export function toBundleMetadata(value: unknown): BundleMetadata {
  const raw = obj(value);
  const service = obj(raw.artifactory);
  const parameters = toParameters(raw.parameters);
  return {
    ...toSupportBundle(raw),
    serviceId: str(service.service_id),
    bundleUrl: str(service.bundle_url),
    ...(parameters ? { parameters } : {}),
  };
}

// ---- Platform kind ---------------------------------------------------------------------

const SELF_HOSTED_MESSAGE =
  'Support bundles are made by self-hosted JFrog Platform instances. On JFrog Cloud, JFrog Support collects what it needs; you can turn on log collection instead.';
const CLOUD_ONLY_MESSAGE = 'Log collection is a JFrog Cloud setting: a self-hosted platform keeps its logs on its own nodes.';

async function selfHostedOnly<T>(ctx: InstanceContext, method: string, path: string, run: () => Promise<T>): Promise<T> {
  if (isCloud(ctx.instance)) throw new ApiFailure({ kind: 'unsupported', message: SELF_HOSTED_MESSAGE, method, path });
  try {
    return await run();
  } catch (caught) {
    if (caught instanceof ApiFailure && caught.error.status === 404 && ctx.instance.platform !== 'self-hosted' && path === SUPPORT_PATHS.bundles) {
      ctx.notePlatform('cloud');
      throw new ApiFailure({ kind: 'unsupported', message: SELF_HOSTED_MESSAGE, method, path });
    }
    throw caught;
  }
}

// ---- Downloads -------------------------------------------------------------------------

const jobsOf = (ctx: AppContext): DownloadJobs => ctx.service('supportBundles.downloads', () => new DownloadJobs());

/** A file name from a bundle id: what the platform calls it, as a zip. */
export const archiveName = (id: string): string => `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.zip`;

async function startDownload(ctx: InstanceContext, id: string) {
  const fileName = archiveName(id);
  const request = requestFor('supportBundles.download', { id });
  if (ctx.saveDialog) {
    const chosen = await ctx.saveDialog.choose(fileName);
    if (!chosen) throw new ApiFailure({ kind: 'cancelled', message: 'Nothing was saved: the save dialog was closed.' });
    return jobsOf(ctx).start({ http: ctx.http, request, bundleId: id, file: chosen, fileName, savedTo: chosen });
  }
  // The browser host: into the data folder, then served to the browser once and removed.
  const folder = join(ctx.dataDir, 'downloads');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, `${Date.now()}-${fileName}`);
  const shelf = ctx.files;
  return jobsOf(ctx).start({
    http: ctx.http,
    request,
    bundleId: id,
    file,
    fileName,
    onComplete: shelf ? (done) => `${FILE_PATH_PREFIX}${shelf.offer({ path: done, name: fileName, removeAfterServing: true })}` : undefined,
  });
}

// ---- Handlers --------------------------------------------------------------------------

export const supportBundlesArea: AreaHandlers<'supportBundles'> = {
  'supportBundles.list': async (input, ctx) =>
    selfHostedOnly(ctx, 'GET', SUPPORT_PATHS.bundles, async () => toBundleList((await ctx.http.request({ ...requestFor('supportBundles.list', input), answerSize: 'list' })).text)),
  'supportBundles.get': async (input, ctx) =>
    selfHostedOnly(ctx, 'GET', bundlePath(input.id), async () => toBundleMetadata(await ctx.http.json(requestFor('supportBundles.get', input)))),
  'supportBundles.create': async (input, ctx) =>
    selfHostedOnly(ctx, 'POST', SUPPORT_PATHS.bundle, async () => {
      const id = str(obj(await sendWrite(ctx.http, requestFor('supportBundles.create', input))).id);
      // [unsure] an answer without the id: the bundle exists, the list shows it.
      return { id };
    }),
  'supportBundles.delete': async (input, ctx) =>
    selfHostedOnly(ctx, 'DELETE', bundlePath(input.id), async () => {
      await ctx.http.request(requestFor('supportBundles.delete', input));
    }),
  'supportBundles.download': async (input, ctx) => selfHostedOnly(ctx, 'GET', `${bundlePath(input.id)}/archive`, () => startDownload(ctx, input.id)),
  'supportBundles.downloadStatus': async (input, ctx) => jobsOf(ctx).status(input.jobId),
  'supportBundles.cancelDownload': async (input, ctx) => jobsOf(ctx).cancel(input.jobId),
  'supportBundles.logCollection': async (input, ctx) => {
    if (!isCloud(ctx.instance)) throw new ApiFailure({ kind: 'unsupported', message: CLOUD_ONLY_MESSAGE, method: 'POST', path: SUPPORT_PATHS.logShipping });
    await ctx.http.request(requestFor('supportBundles.logCollection', input));
  },
};
