// System configuration area (self-hosted Artifactory): system info, the general
// configuration XML with a local backup before every save, restore, the custom URL base,
// and "verify connection" (whose 400 is the other side's answer, shown as data).
// 1. Requests: shared/areas/sysconfig/calls.ts. 2. Wire → model. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import { SYSCONFIG_PATHS } from '../../../shared/areas/sysconfig/calls';
import type { ConfigBackup, SaveResult, VerifyConnectionResult } from '../../../shared/areas/sysconfig/model';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { ApiFailure } from '../../../shared/errors';
import { ConfigBackupStore } from './sysconfig-backups';
import type { AreaHandlers, InstanceContext } from './types';
import { jsonOrNothing, obj, str } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

/** The platform's message from an Artifactory error body, or the text itself. */
export function platformMessage(text: string): string {
  const body = obj(jsonOrNothing(text));
  const first = Array.isArray(body.errors) ? obj(body.errors[0]) : {};
  return str(first.message) || str(body.message) || text.trim().slice(0, 500);
}

/** Self-hosted only: on Cloud the handler answers without a request. */
function selfHostedOnly(ctx: InstanceContext, what: string, path: string): void {
  if (isCloud(ctx.instance)) {
    throw new ApiFailure({
      kind: 'unsupported',
      method: 'GET',
      path,
      message: `${ctx.instance.name} is a JFrog Cloud instance: JFrog manages its ${what}, so the platform offers no call for it. Nothing was sent.`,
    });
  }
}

const backups = (ctx: InstanceContext): ConfigBackupStore => new ConfigBackupStore(ctx.dataDir);

async function currentXml(ctx: InstanceContext): Promise<string> {
  return (await ctx.http.request({ ...requestFor('sysconfig.configXml', {}), answerSize: 'list' })).text;
}

/**
 * What the platform holds now goes to a local backup first; only then is the new XML
 * posted. A failed backup stops the save (nothing is sent).
 */
async function saveWithBackup(ctx: InstanceContext, xml: string, reason: string): Promise<SaveResult> {
  selfHostedOnly(ctx, 'general configuration', SYSCONFIG_PATHS.configuration);
  const before = await currentXml(ctx);
  let backup: ConfigBackup;
  try {
    backup = await backups(ctx).add(ctx.instance, before, reason);
  } catch (caught) {
    if (caught instanceof ApiFailure) throw caught;
    throw new ApiFailure({ kind: 'internal', message: `The current configuration could not be kept as a local backup, so nothing was saved: ${(caught as Error).message}` });
  }
  const response = await ctx.http.request(requestFor('sysconfig.saveXml', { xml }));
  return { backup, message: response.text.trim().slice(0, 500) || 'Saved.' };
}

// ---- Handlers --------------------------------------------------------------------------

export const sysconfigArea: AreaHandlers<'sysconfig'> = {
  'sysconfig.info': async (input, { http }) => (await http.request({ ...requestFor('sysconfig.info', input), answerSize: 'list' })).text,
  'sysconfig.configXml': async (_input, ctx) => {
    selfHostedOnly(ctx, 'general configuration', SYSCONFIG_PATHS.configuration);
    return { xml: await currentXml(ctx) };
  },
  'sysconfig.saveXml': async (input, ctx) => saveWithBackup(ctx, input.xml, 'before save'),
  'sysconfig.backups': async (_input, ctx) => backups(ctx).list(ctx.instance.id),
  'sysconfig.backup': async (input, ctx) => backups(ctx).read(ctx.instance.id, input.id),
  'sysconfig.restore': async (input, ctx) => {
    const { xml } = await backups(ctx).read(ctx.instance.id, input.id);
    return saveWithBackup(ctx, xml, `before restoring ${input.id}`);
  },
  'sysconfig.setUrlBase': async (input, ctx) => {
    selfHostedOnly(ctx, 'URL base', SYSCONFIG_PATHS.urlBase);
    return (await ctx.http.request(requestFor('sysconfig.setUrlBase', input))).text.trim().slice(0, 500);
  },
  'sysconfig.verifyConnection': async (input, { http }) => {
    // A 400 is the other side's failure, relayed: data to show, not an error of the call.
    const response = await http.request({ ...requestFor('sysconfig.verifyConnection', input), acceptStatus: [400], idempotent: false });
    const result: VerifyConnectionResult = {
      ok: response.status < 300,
      status: response.status,
      message: response.status < 300 ? response.text.trim().slice(0, 500) || 'Connected.' : platformMessage(response.text),
    };
    return result;
  },
};
