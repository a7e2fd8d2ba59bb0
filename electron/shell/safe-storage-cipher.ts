// The SecretCipher the services' EncryptedSecretStore uses, over Electron's safeStorage
// (Keychain, DPAPI, or libsecret/kwallet; 'basic_text' on Linux without a keyring).
import { safeStorage } from 'electron';
import type { SecretCipher } from '../services/secrets';

export function safeStorageCipher(): SecretCipher {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () => {
      if (process.platform === 'linux') return safeStorage.getSelectedStorageBackend();
      return process.platform === 'darwin' ? 'keychain' : 'dpapi';
    },
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (buffer) => safeStorage.decryptString(buffer),
  };
}
