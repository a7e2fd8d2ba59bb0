// At most `max` tasks at a time, the rest queued in order. A queued task whose signal
// aborts (its row scrolled out of view) is dropped before it starts, so a fast scroll
// through thousands of groups fetches only what stays on screen.

export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createLimiter(max: number): Limiter & { readonly active: number; readonly queued: number } {
  let active = 0;
  const queue: { start: () => void; signal?: AbortSignal; drop: () => void }[] = [];

  const next = (): void => {
    while (active < max && queue.length > 0) {
      const entry = queue.shift()!;
      if (entry.signal?.aborted) entry.drop();
      else entry.start();
    }
  };

  const limiter = <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const entry = {
        signal,
        drop: () => reject(signal?.reason ?? new Error('Dropped before it started')),
        start: () => {
          active += 1;
          task()
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              next();
            });
        },
      };
      queue.push(entry);
      next();
    });

  return Object.defineProperties(limiter, {
    active: { get: () => active },
    queued: { get: () => queue.length },
  }) as Limiter & { readonly active: number; readonly queued: number };
}
