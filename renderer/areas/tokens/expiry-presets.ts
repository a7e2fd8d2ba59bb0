// The create dialog's expiry choices, and the platform's rule that a token shorter than the
// persistency threshold is not stored (it works, but cannot be listed or revoked by id).
import { DAY_SECONDS, PERSISTENCY_THRESHOLD_SECONDS } from '../../../shared/areas/tokens/model';

export interface ExpiryPreset {
  id: string;
  label: string;
  /** undefined: the platform's default; 0: never expires. */
  seconds?: number;
}

export const EXPIRY_PRESETS: ExpiryPreset[] = [
  { id: '1h', label: '1 hour', seconds: 3_600 },
  { id: '1d', label: '1 day', seconds: DAY_SECONDS },
  { id: '7d', label: '7 days', seconds: 7 * DAY_SECONDS },
  { id: '30d', label: '30 days', seconds: 30 * DAY_SECONDS },
  { id: '90d', label: '90 days', seconds: 90 * DAY_SECONDS },
  { id: '365d', label: '1 year', seconds: 365 * DAY_SECONDS },
  { id: 'default', label: "The platform's default" },
  { id: 'never', label: 'Never', seconds: 0 },
  { id: 'custom', label: 'Custom…' },
];

export type CustomUnit = 'minutes' | 'hours' | 'days';
const UNIT_SECONDS: Record<CustomUnit, number> = { minutes: 60, hours: 3_600, days: DAY_SECONDS };

/** The seconds a choice stands for; NaN when a custom amount is not a whole number above zero. */
export function expirySeconds(presetId: string, customAmount: string, unit: CustomUnit): number | undefined {
  if (presetId === 'custom') {
    const amount = Number(customAmount);
    return Number.isInteger(amount) && amount > 0 ? amount * UNIT_SECONDS[unit] : Number.NaN;
  }
  return EXPIRY_PRESETS.find((preset) => preset.id === presetId)?.seconds;
}

/** True when the platform will not store a token of this lifetime (so it never shows in the list). */
export const isBelowPersistency = (seconds: number | undefined, threshold = PERSISTENCY_THRESHOLD_SECONDS): boolean => seconds !== undefined && seconds > 0 && seconds < threshold;
