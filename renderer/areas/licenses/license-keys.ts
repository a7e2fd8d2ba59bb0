// Pasted license keys: one or several, separated by an empty line (a key's own line breaks
// are kept, as the platform wants them). Pure, so it is unit-tested.

export function splitLicenseKeys(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Several pastes or files together: one key per blank-line-separated block, duplicates once. */
export function joinKeyTexts(texts: readonly string[]): string {
  return texts
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n');
}
