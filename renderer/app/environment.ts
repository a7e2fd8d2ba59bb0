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
