// Small readers for platform JSON: answers are untrusted, so fields are read defensively
// (a missing boolean is false, a non-string is the fallback).
export type Raw = Record<string, unknown>;

export const obj = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
export const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
export const bool = (value: unknown): boolean => value === true;
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
