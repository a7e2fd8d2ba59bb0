export type { SecretStore } from './secret-store';
export type { SecretCipher } from './secret-cipher';
export { MemorySecretStore } from './memory-secret-store';
export { EncryptedSecretStore, type EncryptedSecretStoreOptions } from './encrypted-secret-store';
