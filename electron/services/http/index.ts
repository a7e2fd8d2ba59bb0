export { createPlatformHttp, type PlatformHttpOptions } from './client';
export { AgentCache, profileRevision } from './agents';
export type { AnswerInfo, DownloadOptions, DownloadResult, DownloadTarget, PlatformHttp, PlatformRequest, PlatformResponse, HttpMethod } from './types';
export { ANSWER_LIMITS, DOWNLOAD_LIMIT, ERROR_BODY_LIMIT, WINDOW_RESULT_LIMIT, type AnswerSize } from './limits';
