// Secrets encrypted by the OS keyring (safeStorage) and persisted as base64 ciphertext.
// On Linux without a keyring safeStorage falls back to 'basic_text' (a fixed key): then
// secrets stay in memory unless the user explicitly opted in, and that choice persists.
import type { SecretStoreStatus } from '../../../shared/areas/instances/model';
import type { KeyValueStore } from '../app-services-types';
import type { SecretCipher } from './secret-cipher';
import type { SecretStore } from './secret-store';

const CIPHERTEXTS_KEY = 'secrets';
const ALLOW_WEAK_KEY = 'allowWeakStorage';
const WEAK_BACKEND = 'basic_text';

export interface EncryptedSecretStoreOptions {
  cipher: SecretCipher;
  store: KeyValueStore;
}

export class EncryptedSecretStore implements SecretStore {
  private readonly cipher: SecretCipher;
  private readonly store: KeyValueStore;
  /** Used whenever persisting is not allowed. */
  private readonly memory = new Map<string, string>();

  constructor(options: EncryptedSecretStoreOptions) {
    this.cipher = options.cipher;
    this.store = options.store;
  }

  private isWeak(): boolean {
    return this.cipher.backend() === WEAK_BACKEND;
  }

  private weakAllowed(): boolean {
    return this.store.get(ALLOW_WEAK_KEY) === true;
  }

  private persists(): boolean {
    return this.cipher.isEncryptionAvailable() && (!this.isWeak() || this.weakAllowed());
  }

  private ciphertexts(): Record<string, string> {
    const value = this.store.get(CIPHERTEXTS_KEY);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }

  async get(id: string): Promise<string | undefined> {
    const inMemory = this.memory.get(id);
    if (inMemory !== undefined || !this.persists()) return inMemory;
    const stored = this.ciphertexts()[id];
    if (stored === undefined) return undefined;
    try {
      return this.cipher.decrypt(Buffer.from(stored, 'base64'));
    } catch {
      // A keyring change makes old ciphertexts unreadable: treat as "no secret stored".
      return undefined;
    }
  }

  async set(id: string, secret: string): Promise<void> {
    if (!this.persists()) {
      this.memory.set(id, secret);
      return;
    }
    const encrypted = this.cipher.encrypt(secret).toString('base64');
    this.store.set(CIPHERTEXTS_KEY, { ...this.ciphertexts(), [id]: encrypted });
    this.memory.delete(id);
  }

  async delete(id: string): Promise<void> {
    this.memory.delete(id);
    const all = this.ciphertexts();
    if (id in all) {
      delete all[id];
      this.store.set(CIPHERTEXTS_KEY, all);
    }
  }

  async status(): Promise<SecretStoreStatus> {
    if (!this.cipher.isEncryptionAvailable()) {
      return { backend: 'memory', weakAvailable: false, detail: 'This computer offers no encryption for secrets: they are kept in memory for this session only.' };
    }
    if (!this.isWeak()) {
      return { backend: 'os', weakAvailable: false, detail: `Secrets are encrypted by the operating system (${this.cipher.backend()}).` };
    }
    if (this.weakAllowed()) {
      return {
        backend: 'weak',
        weakAvailable: false,
        detail: 'No OS keyring was found: secrets are stored on disk with weak, built-in encryption, as you chose.',
      };
    }
    return {
      backend: 'memory',
      weakAvailable: true,
      detail: 'No OS keyring was found: secrets are kept in memory for this session unless you allow weak on-disk storage.',
    };
  }

  async allowWeakStorage(allow: boolean): Promise<SecretStoreStatus> {
    if (!this.isWeak()) return this.status();
    if (allow === this.weakAllowed()) return this.status();
    if (allow) {
      this.store.set(ALLOW_WEAK_KEY, true);
      // Secrets typed this session move to disk now that the user agreed.
      for (const [id, secret] of [...this.memory]) await this.set(id, secret);
    } else {
      // Withdrawing consent removes the weak ciphertexts; this session keeps working from memory.
      for (const [id, stored] of Object.entries(this.ciphertexts())) {
        try {
          this.memory.set(id, this.cipher.decrypt(Buffer.from(stored, 'base64')));
        } catch {
          // Unreadable: nothing to keep.
        }
      }
      this.store.delete(CIPHERTEXTS_KEY);
      this.store.set(ALLOW_WEAK_KEY, false);
    }
    return this.status();
  }
}
