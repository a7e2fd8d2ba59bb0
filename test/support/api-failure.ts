import { ApiFailure, type ApiError } from '../../shared/errors';

/** The ApiError that `run` fails with; throws when it succeeds or fails with anything else. */
export async function apiFailureOf(run: () => unknown): Promise<ApiError> {
  try {
    await run();
  } catch (caught) {
    if (caught instanceof ApiFailure) return caught.error;
    throw caught;
  }
  throw new Error('expected an ApiFailure');
}
