// Every Access call of a password-signed instance explains a refusal (shared/areas/
// instances/access-password.ts): wraps a PlatformHttp so no area has to remember it.
import { explainAccessRefusal } from '../../../shared/areas/instances/access-password';
import type { AuthKind } from '../../../shared/areas/instances/model';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp } from './types';

export function withAccessPasswordHint(http: PlatformHttp, authKind: AuthKind): PlatformHttp {
  if (authKind !== 'basic-password') return http;
  const explain = (caught: unknown): never => {
    if (caught instanceof ApiFailure) {
      const explained = explainAccessRefusal(caught.error, authKind);
      if (explained !== caught.error) throw new ApiFailure(explained);
    }
    throw caught;
  };
  // Spread first: any other method of the client passes through unchanged.
  return {
    ...http,
    request: (req) => http.request(req).catch(explain),
    json: <T>(req: Parameters<PlatformHttp['json']>[0]) => http.json<T>(req).catch(explain),
  };
}
