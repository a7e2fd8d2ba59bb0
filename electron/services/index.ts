// What the hosts (Electron shell, browser host, CLI) import from the services.
export { createAppServices, type AppServicesOptions } from './app-services';
export type { AppServices, CallMeta, KeyValueStore } from './app-services-types';
export { createConfStore } from './instances/conf-store';
export type { OsNotifier } from './fleet/os-notifier';
export { EncryptedSecretStore, MemorySecretStore, type SecretCipher, type SecretStore } from './secrets';
export { createFileLogger, createLogger, silentLogger, type Logger } from './log';
