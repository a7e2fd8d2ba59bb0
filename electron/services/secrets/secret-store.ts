// Where instance passwords and tokens live, keyed by instance id. Async because the OS
// keyring may be slow; never part of a profile, a CallResult or a log.
import type { SecretStoreStatus } from '../../../shared/areas/instances/model';

export interface SecretStore {
  get(id: string): Promise<string | undefined>;
  set(id: string, secret: string): Promise<void>;
  delete(id: string): Promise<void>;
  status(): Promise<SecretStoreStatus>;
  /** The user's choice to keep secrets on disk when the OS has no keyring. */
  allowWeakStorage(allow: boolean): Promise<SecretStoreStatus>;
}
