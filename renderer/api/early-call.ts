// A screen's first call, asked for the moment the screen starts loading its code, so the
// request and the code travel side by side instead of one after the other. The screen's
// first fetch takes that answer instead of asking again: once, and only while fresh.
import type { CallOutput, InstanceCallName } from '../../shared/api/contract';
import { callInstance, type InstanceParams } from './hooks';

/** Older answers are asked for again (the screen's own staleTime is about as long). */
const FRESH_MS = 30_000;
const waiting = new Map<string, { at: number; answer: Promise<unknown> }>();
const slotOf = (instanceId: string, name: InstanceCallName) => `${instanceId}\n${name}`;

export function askEarly<K extends InstanceCallName>(instanceId: string, name: K, params: InstanceParams<K>): void {
  const answer = callInstance(instanceId, name, params);
  // The screen's query awaits it and reports its failure; until then it is not unhandled.
  answer.catch(() => undefined);
  waiting.set(slotOf(instanceId, name), { at: Date.now(), answer });
}

/** The early answer for this instance and call, when there is a fresh one; it is taken only once. */
export function takeEarly<K extends InstanceCallName>(instanceId: string, name: K): Promise<CallOutput<K>> | undefined {
  const slot = slotOf(instanceId, name);
  const early = waiting.get(slot);
  waiting.delete(slot);
  return early && Date.now() - early.at < FRESH_MS ? (early.answer as Promise<CallOutput<K>>) : undefined;
}
