// app.* and secrets.* calls: about the app itself, not about any instance.
import { z } from 'zod';
import { appCall, noInput } from '../../api/call-spec';
import type { SecretStoreStatus } from '../instances/model';

export interface AppInfo {
  version: string;
  runtime: 'electron' | 'browser-host';
  demo: boolean;
}

export const appCalls = {
  'app.info': appCall<AppInfo>()(noInput),
  'app.openExternal': appCall<void>()(z.object({ url: z.string().url().max(2048) }).strict()),
  'secrets.status': appCall<SecretStoreStatus>()(noInput),
  'secrets.allowWeakStorage': appCall<SecretStoreStatus>()(z.object({ allow: z.boolean() }).strict()),
};
