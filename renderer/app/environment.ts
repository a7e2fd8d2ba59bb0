/** Colour of an environment chip, derived from its label so PROD always looks dangerous. */
export type EnvironmentTone = 'error' | 'warning' | 'info' | 'success' | 'default';

export function environmentTone(label: string): EnvironmentTone {
  const value = label.trim().toUpperCase();
  if (!value) return 'default';
  if (/^(PROD|PRD|PRODUCTION|LIVE)/.test(value)) return 'error';
  if (/^(STAG|STG|UAT|PREPROD|PRE-PROD|QA)/.test(value)) return 'warning';
  if (/^(DEV|DEVELOPMENT|SANDBOX)/.test(value)) return 'info';
  if (/^(TEST|TST|CI)/.test(value)) return 'success';
  return 'default';
}

/** Instances labelled as production: destructive actions ask for the instance's name typed. */
export function isProductionInstance(instance: { environment?: string }): boolean {
  return environmentTone(instance.environment ?? '') === 'error';
}

/** What the production guard needs to know about an instance. */
export interface GuardedInstance {
  name: string;
  environment?: string;
  confirmPolicy?: 'auto' | 'typed-name' | 'simple';
}

/**
 * Whether destructive actions on this instance ask for its name typed: its own policy
 * decides; 'auto' (the default) asks on instances labelled as production.
 */
export function needsTypedName(instance: GuardedInstance): boolean {
  const policy = instance.confirmPolicy ?? 'auto';
  return policy === 'typed-name' || (policy === 'auto' && isProductionInstance(instance));
}
