// The contract between the fake platform's core and its area modules. A module is a
// function that registers routes; the core does auth, faults, recording and errors.

import type { FakeState } from './state';
import type { FakeResponse } from './responses';

export type { FakeResponse } from './responses';
export { json, text, empty, errorFor, accessError, artifactoryError, fail, FakeHttpError } from './responses';
export type { FakeState } from './state';

export interface Principal {
  username: string;
  password: string;
  /** The token this principal can use (Bearer, or as the Basic password). */
  token: string;
  admin: boolean;
}

export type HttpMethodName = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. '/access/api/v2/users/jane'. */
  path: string;
  /** Values of ':name' segments, already URI-decoded; '*' holds the rest for a trailing '*'. */
  params: Record<string, string>;
  /** Last value wins for repeated keys. */
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  bodyText: string;
  /** Parses bodyText; on bad or empty JSON the request is answered 400 with the error body. */
  json<T = unknown>(): T;
  /** Null on auth 'none' routes called without (valid) credentials. */
  principal: Principal | null;
}

export type RouteHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface RouteOptions {
  /**
   * Who may call. Default 'admin': most platform admin APIs need an admin, and a route
   * that forgets to say so then errs on the real side (403) rather than leaking.
   */
  auth?: 'none' | 'user' | 'admin';
  /**
   * Restrict to one platform kind. The other kind answers 404 (error body), which is
   * what a Cloud instance does for self-hosted-only settings such as licenses.
   */
  only?: 'self-hosted' | 'cloud';
  /**
   * Decode a literal '+' in path parameters as a space (only '%2B' is a plus), as
   * Artifactory's legacy security API does (API-NOTES).
   */
  plusIsSpace?: boolean;
}

export interface ModuleApi {
  /** pattern: literal segments, ':name' params, and an optional trailing '*'. */
  route(method: HttpMethodName, pattern: string, handler: RouteHandler, options?: RouteOptions): void;
  state: FakeState;
  mode: 'self-hosted' | 'cloud';
}

export type FakeModule = (api: ModuleApi) => void;
