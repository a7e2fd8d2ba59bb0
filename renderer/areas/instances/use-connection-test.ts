// "Test connection" as the form runs it: one test at a time, cancellable without closing
// the form. Cancel (and a change to any input the test depended on) drops the result at
// once and asks main to abort the test by its id; a late answer of a dropped test is ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConnectionReport, InstanceInput } from '../../../shared/areas/instances/model';
import { callApp } from '../../api/hooks';

export type ConnectionTestState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; report: ConnectionReport } | { status: 'failed'; error: unknown } | { status: 'cancelled' };

/** A fresh id per run, so main can find the run to abort. */
export function newTestId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

export function useConnectionTest() {
  const [state, setState] = useState<ConnectionTestState>({ status: 'idle' });
  const current = useRef<string | null>(null);

  /** Ends the running test (if any) in main; the window does not wait for it. */
  const abandon = useCallback(() => {
    const testId = current.current;
    current.current = null;
    if (testId) callApp('instances.cancelTest', { testId }).catch(() => undefined);
    return testId !== null;
  }, []);

  const run = useCallback(
    /** `onError` also hears a failed run, e.g. to point main's validation at its field. */
    (input: InstanceInput, onError?: (error: unknown) => void) => {
      abandon();
      const testId = newTestId();
      current.current = testId;
      setState({ status: 'running' });
      callApp('instances.testConnection', { ...input, testId }).then(
        (report) => {
          if (current.current !== testId) return;
          current.current = null;
          setState({ status: 'done', report });
        },
        (error: unknown) => {
          if (current.current !== testId) return;
          current.current = null;
          setState({ status: 'failed', error });
          onError?.(error);
        },
      );
    },
    [abandon],
  );

  /** The user's "Stop test": says so until the next run. */
  const cancel = useCallback(() => {
    if (abandon()) setState({ status: 'cancelled' });
  }, [abandon]);

  /** An input the result depended on changed: the result (or the run) no longer applies. */
  const reset = useCallback(() => {
    abandon();
    setState((previous) => (previous.status === 'idle' ? previous : { status: 'idle' }));
  }, [abandon]);

  // Closing the form stops its test.
  useEffect(
    () => () => {
      abandon();
    },
    [abandon],
  );

  return { state, run, cancel, reset };
}
