// Times shown to the user, in their locale. Each formatter is built once: building one per
// call (`toLocaleTimeString(…, options)`) costs a fraction of a millisecond, which thousands
// of status-bar slices turned into a second of rendering.
const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });
const CLOCK_SECONDS = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const DAY = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

/** "14:05" */
export const clockTime = (at: number): string => CLOCK.format(at);
/** "14:05:09" */
export const clockTimeSeconds = (at: number): string => CLOCK_SECONDS.format(at);
/** "Nov 30" */
export const dayOf = (at: number): string => DAY.format(at);
/** Date and time, short: "11/30/26, 14:05:09" */
export const dateTime = (at: number): string => DATE_TIME.format(at);
