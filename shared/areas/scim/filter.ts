// The SCIM filter the admin sees and the platform receives: `userName eq "jane"`. A value
// is always a quoted JSON string (RFC 7644 §3.4.2.2), so a quote or a backslash in a name
// cannot end the string early and turn the rest into filter syntax.

export const SCIM_FILTER_OPERATORS = ['eq', 'sw', 'co'] as const;
export type ScimFilterOperator = (typeof SCIM_FILTER_OPERATORS)[number];

export const SCIM_FILTER_OPERATOR_LABELS: Record<ScimFilterOperator, string> = {
  eq: 'is exactly',
  sw: 'starts with',
  co: 'contains',
};

/** The attributes the platform filters on: userName for users, displayName for groups. */
export type ScimFilterAttribute = 'userName' | 'displayName';

/** A value as a SCIM string literal: JSON string escaping (\" \\ and control characters). */
export function scimString(value: string): string {
  return JSON.stringify(value);
}

/** `attribute op "value"`. */
export function scimFilter(attribute: ScimFilterAttribute, operator: ScimFilterOperator, value: string): string {
  return `${attribute} ${operator} ${scimString(value)}`;
}
