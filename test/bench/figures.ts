// One bench figure: what was measured, its value, the target the issues set and the floor
// it is measured against (a raw baseline taken in the same run), so a reader never has to
// guess what "fast" means on this machine.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';

export interface Figure {
  /** Stable across runs: the JSON file and the "last run" column are keyed on it. */
  id: string;
  label: string;
  value: number | string;
  unit?: string;
  /** The issue's bound, when there is one (value ≤ max). */
  max?: number;
  /** What the value is measured against, taken in the same run. */
  floor?: { label: string; value: number; unit?: string };
}

/** Figures as older benches return them: label → value. */
export type LegacyFigures = Record<string, number | string>;

export function figure(id: string, label: string, value: number | string, extra: Omit<Figure, 'id' | 'label' | 'value'> = {}): Figure {
  return { id, label, value: typeof value === 'number' ? round(value) : value, ...extra };
}

export function toFigures(result: Figure[] | LegacyFigures): Figure[] {
  if (Array.isArray(result)) return result;
  return Object.entries(result).map(([label, value]) => ({ id: label, label, value }));
}

export const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

export interface Machine {
  cores: number;
  /** 1-minute load average when the bench started and ended. */
  loadBefore: number;
  loadAfter?: number;
}

export const machineNow = (): Machine => ({ cores: cpus().length, loadBefore: round(loadavg()[0]) });

interface StoredFigure extends Figure {
  at: string;
  machine: Machine;
  previous?: number | string;
}

export interface StoredResults {
  updatedAt: string;
  figures: Record<string, StoredFigure>;
}

export function readResults(file: string): StoredResults | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredResults;
  } catch {
    return null;
  }
}

/** Merges this run's figures into the file (figures of benches not run keep their last value). */
export function writeResults(file: string, previous: StoredResults | null, figures: { figure: Figure; machine: Machine }[]): void {
  const stored: StoredResults = { updatedAt: new Date().toISOString(), figures: { ...(previous?.figures ?? {}) } };
  for (const { figure: f, machine } of figures) {
    stored.figures[f.id] = { ...f, at: stored.updatedAt, machine, ...(previous?.figures[f.id] ? { previous: previous.figures[f.id].value } : {}) };
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`);
}

/** One printed line: label, value, target (✓/✗), floor, last run. */
export function formatFigure(f: Figure, last: number | string | undefined): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  const parts = [`  ${f.label.padEnd(60)} ${`${f.value}${unit}`.padStart(12)}`];
  if (f.max !== undefined && typeof f.value === 'number') parts.push(`target ≤ ${f.max}${unit} ${f.value <= f.max ? '✓' : '✗'}`);
  if (f.floor) parts.push(`floor: ${f.floor.label} ${f.floor.value}${f.floor.unit ? ` ${f.floor.unit}` : unit}`);
  if (last !== undefined) parts.push(`last run: ${last}${unit}`);
  return parts.join('   ');
}
