import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageReadAhead } from '../../../electron/services/areas/page-read-ahead';

afterEach(() => vi.useRealTimers());

describe('PageReadAhead', () => {
  it('gives a page read ahead once, then nothing', async () => {
    const ahead = new PageReadAhead();
    const read = vi.fn(async () => ({ page: 2 }));
    ahead.start('k', read);
    ahead.start('k', read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await ahead.take('k')).toEqual({ page: 2 });
    expect(await ahead.take('k')).toBeUndefined();
    expect(ahead.size).toBe(0);
  });

  it('gives nothing for a failed read or one whose answer echoed a secret, so the caller asks in its own call', async () => {
    const ahead = new PageReadAhead();
    ahead.start('failed', async () => {
      throw new Error('503');
    });
    ahead.start('echoed', async (_signal, onAnswer) => {
      onAnswer({ bytes: 10, secretEchoed: true });
      return { page: 3 };
    });
    expect(await ahead.take('failed')).toBeUndefined();
    expect(await ahead.take('echoed')).toBeUndefined();
  });

  it('drops and cancels a page nobody takes in time', async () => {
    vi.useFakeTimers();
    const ahead = new PageReadAhead(1000);
    let signal: AbortSignal | undefined;
    ahead.start('k', (given) => {
      signal = given;
      return new Promise(() => undefined);
    });
    vi.advanceTimersByTime(1000);
    expect(signal?.aborted).toBe(true);
    expect(await ahead.take('k')).toBeUndefined();
  });

  it('forgets the pages under a prefix and cancels their reads, keeping the others', async () => {
    const ahead = new PageReadAhead();
    const signals: AbortSignal[] = [];
    const read = async (signal: AbortSignal) => {
      signals.push(signal);
      return 'page';
    };
    ahead.start('users\na\n1', read);
    ahead.start('users\nb\n1', read);
    ahead.dropAll('users\na\n');
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(await ahead.take('users\na\n1')).toBeUndefined();
    expect(await ahead.take('users\nb\n1')).toBe('page');
  });

  it('cancels every read when closed', () => {
    const ahead = new PageReadAhead();
    let signal: AbortSignal | undefined;
    ahead.start('k', async (given) => {
      signal = given;
      return 'page';
    });
    ahead.close();
    expect(signal?.aborted).toBe(true);
    expect(ahead.size).toBe(0);
  });
});
