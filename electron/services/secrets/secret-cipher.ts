// What the Electron shell provides over safeStorage; tests provide a fake.
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  /** e.g. 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet5', 'basic_text'. */
  backend(): string;
  encrypt(text: string): Buffer;
  decrypt(buffer: Buffer): string;
}
