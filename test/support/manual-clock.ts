// A clock that moves only when a test moves it: the scheduler's `now` and `timers`, so a
// cycle's cost is asserted on this clock, never on the wall (the machine may be busy).
import type { SchedulerTimers } from '../../electron/services/scans/scan-scheduler';

interface Pending {
  at: number;
  run: () => void;
}

export class ManualClock implements SchedulerTimers {
  private time: number;
  private readonly pending: Pending[] = [];

  constructor(start: number) {
    this.time = start;
  }

  now = (): number => this.time;

  setTimeout = (run: () => void, ms: number): unknown => {
    const timer = { at: this.time + ms, run };
    this.pending.push(timer);
    return timer;
  };

  clearTimeout = (handle: unknown): void => {
    const index = this.pending.indexOf(handle as Pending);
    if (index >= 0) this.pending.splice(index, 1);
  };

  /** When the timers still waiting are due, soonest first. */
  dueTimes(): number[] {
    return this.pending.map((timer) => timer.at).sort((a, b) => a - b);
  }

  /** Moves the clock to `to`, running every timer due by then, in order. */
  advanceTo(to: number): void {
    for (;;) {
      const next = this.pending.filter((timer) => timer.at <= to).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.pending.splice(this.pending.indexOf(next), 1);
      this.time = next.at;
      next.run();
    }
    this.time = to;
  }
}
