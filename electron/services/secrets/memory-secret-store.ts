// Secrets for this session only: tests, the browser host, and the fallback when the OS
// has no keyring and the user has not opted in to weak storage.
import type { SecretStoreStatus } from '../../../shared/areas/instances/model';
import type { SecretStore } from './secret-store';

export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  constructor(private readonly detail = 'Passwords and tokens are kept in memory for this session only.') {}

  async get(id: string): Promise<string | undefined> {
    return this.secrets.get(id);
  }

  async set(id: string, secret: string): Promise<void> {
    this.secrets.set(id, secret);
  }

  async delete(id: string): Promise<void> {
    this.secrets.delete(id);
  }

  async status(): Promise<SecretStoreStatus> {
    return { backend: 'memory', weakAvailable: false, detail: this.detail };
  }

  async allowWeakStorage(_allow: boolean): Promise<SecretStoreStatus> {
    return this.status();
  }
}
