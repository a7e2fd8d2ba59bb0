// When a failed request may be sent again: only idempotent ones, only for failures
// where the request most likely never took effect or the platform asked us to come back.
import type { ApiError } from '../../../shared/errors';
import type { PlatformRequest } from './types';

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE']);
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

export const isIdempotent = (req: Pick<PlatformRequest, 'method' | 'idempotent'>): boolean => req.idempotent ?? IDEMPOTENT_METHODS.has(req.method);

export const isRetryableFailure = (error: ApiError): boolean => error.kind === 'network' && error.code !== undefined && RETRYABLE_CODES.has(error.code);

export const isRetryableStatus = (status: number): boolean => RETRYABLE_STATUSES.has(status);

/** 150 ms, 300 ms, … */
export const backoffMs = (first: number, attempt: number): number => first * 2 ** attempt;
