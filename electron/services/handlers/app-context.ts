// What the app-scoped handlers (app.*, secrets.*, instances.*) work with.
import type { AppCallName, AppInfo } from '../../../shared/api/contract';
import type { InstanceService } from '../instances/instance-service';
import type { SecretStore } from '../secrets/secret-store';
import type { AppHandler } from './types';

export interface AppContext {
  info: AppInfo;
  openExternal?: (url: string) => Promise<void>;
  secrets: SecretStore;
  instances: InstanceService;
}

export type AppHandlers<K extends AppCallName> = { [P in K]: AppHandler<P, AppContext> };
