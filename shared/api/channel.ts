// The IPC channel of a call. Kept apart from the contract so the preload bundle can use it
// without the schemas.
export const channelOf = (name: string): string => `lilypad:${name}`;
