// Checks every call's raw input before its schema runs, wherever a value sits: text that
// is not valid Unicode (a lone surrogate turns into garbage on the wire), text or lists
// too long for any field, and nesting deeper than any call takes. Each field may state a
// smaller maximum in its schema; these are the ceilings no field goes above.
import type { ValidationIssue } from '../errors';

export const INPUT_LIMITS = {
  /** Characters in any one string, unless the call states more (instances.import). */
  stringChars: 65_536,
  /** Items in any one list (a paste of 100,000 usernames still fits). */
  arrayItems: 100_000,
  /** Levels of objects and lists. */
  depth: 12,
} as const;

export interface InputGuardLimits {
  stringChars?: number;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

const describeCount = (n: number): string => n.toLocaleString('en-US');

/** The first problems found (at most a few), each with the path of the field. */
export function inputShapeIssues(input: unknown, limits: InputGuardLimits = {}): ValidationIssue[] {
  const maxChars = limits.stringChars ?? INPUT_LIMITS.stringChars;
  const issues: ValidationIssue[] = [];
  const visit = (value: unknown, path: string[], depth: number): void => {
    if (issues.length >= 5) return;
    const where = path.join('.');
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) issues.push({ path: where, message: 'Not valid Unicode text (it holds an unpaired surrogate)' });
      else if (value.length > maxChars) issues.push({ path: where, message: `Too long (at most ${describeCount(maxChars)} characters)` });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth >= INPUT_LIMITS.depth) {
      issues.push({ path: where, message: `Nested too deeply (at most ${INPUT_LIMITS.depth} levels)` });
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.arrayItems) {
        issues.push({ path: where, message: `Too many items (at most ${describeCount(INPUT_LIMITS.arrayItems)})` });
        return;
      }
      value.forEach((item, index) => visit(item, [...path, String(index)], depth + 1));
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (!isWellFormedText(key) || key.length > 256) {
        issues.push({ path: where, message: 'A field name is not valid text' });
        return;
      }
      visit(inner, [...path, key], depth + 1);
    }
  };
  visit(input, [], 0);
  return issues;
}

/**
 * Fields the schema did not take: zod drops unknown keys from what it returns, so a key of
 * the input that is missing at the same place in the parsed value was not expected. One
 * check for every call, nested objects included; objects that keep unknown keys on
 * purpose (passthrough, e.g. the webServer JSON) keep them in the parsed value too.
 */
export function unknownKeyIssues(input: unknown, parsed: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (raw: unknown, out: unknown, path: string[]): void => {
    if (issues.length >= 5 || typeof raw !== 'object' || raw === null || typeof out !== 'object' || out === null) return;
    if (Array.isArray(raw)) {
      if (Array.isArray(out)) raw.forEach((item, index) => visit(item, out[index], [...path, String(index)]));
      return;
    }
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      if (!Object.prototype.hasOwnProperty.call(out, key)) {
        issues.push({ path: [...path, key].join('.'), message: 'Unknown field' });
        continue;
      }
      visit(value, (out as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(input, parsed, []);
  return issues;
}
