export { createPlatformHttp, type PlatformHttpOptions } from './client';
export { AgentCache, profileRevision } from './agents';
export type { PlatformHttp, PlatformRequest, PlatformResponse, HttpMethod } from './types';
