// The client a scan gets: reads only. A scan that tries to change anything fails in main,
// before a byte is sent — across-instance scans are read-only by construction.
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp, PlatformRequest } from '../http/types';

const READS = new Set(['GET', 'HEAD']);

function check(req: PlatformRequest): void {
  if (!READS.has(req.method)) {
    throw new ApiFailure({ kind: 'internal', message: `A scan across instances may only read; ${req.method} ${req.path} was not sent.` });
  }
}

export function readOnlyHttp(http: PlatformHttp): PlatformHttp {
  return {
    request: async (req) => {
      check(req);
      return http.request(req);
    },
    json: async (req) => {
      check(req);
      return http.json(req);
    },
    download: async (req, target) => {
      check(req);
      return http.download(req, target);
    },
  };
}
