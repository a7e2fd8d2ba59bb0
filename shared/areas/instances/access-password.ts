// Access v2 documents access tokens as its authentication; some instances refuse a
// password there while Artifactory still accepts it (API-NOTES, second round [unsure]
// which status: 401 or 403). Main adds this explanation to every refused Access call of
// an instance that signs in with a password; the screens read the code.
import type { ApiError } from '../../errors';
import type { AuthKind } from './model';

/** A 401 from Access to Basic with a password: the instance wants a token there. */
export const ACCESS_PASSWORD_REFUSED = 'ACCESS_PASSWORD_REFUSED';
/** A 403 from Access to Basic with a password: not an admin, or a refused password. */
export const ACCESS_PASSWORD_MAYBE_REFUSED = 'ACCESS_PASSWORD_MAYBE_REFUSED';

const USE_TOKEN = 'Edit this instance and sign in with an access token (Bearer, or username + access token).';

export const isAccessPath = (path: string | undefined): boolean => path !== undefined && (path === '/access' || path.startsWith('/access/'));

/** The error as the user should read it; unchanged unless it is a refused Access call made with a password. */
export function explainAccessRefusal(error: ApiError, authKind: AuthKind): ApiError {
  if (authKind !== 'basic-password' || error.kind !== 'http' || !isAccessPath(error.path)) return error;
  if (error.status === 401) {
    return {
      ...error,
      code: ACCESS_PASSWORD_REFUSED,
      message: `Access refused the password (401). Some JFrog instances take only access tokens for users, groups and tokens, even where Artifactory accepts the password. ${USE_TOKEN}`,
    };
  }
  if (error.status === 403) {
    return {
      ...error,
      code: ACCESS_PASSWORD_MAYBE_REFUSED,
      message: `Access refused this call (403): the account is not an administrator, or this instance does not take passwords for users, groups and tokens. If the account is an administrator: ${USE_TOKEN.charAt(0).toLowerCase()}${USE_TOKEN.slice(1)}`,
    };
  }
  return error;
}
