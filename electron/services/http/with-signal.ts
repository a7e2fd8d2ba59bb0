import type { PlatformHttp, PlatformRequest } from './types';

/** The caller's cancellation applies to every request made through this client. */
export function withSignal(http: PlatformHttp, signal: AbortSignal | undefined): PlatformHttp {
  if (!signal) return http;
  const bind = (req: PlatformRequest): PlatformRequest => (req.signal ? req : { ...req, signal });
  return { request: (req) => http.request(bind(req)), json: (req) => http.json(bind(req)), download: (req, target) => http.download(bind(req), target) };
}
