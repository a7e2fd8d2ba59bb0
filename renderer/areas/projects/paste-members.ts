// Adding many members by pasting names: each name is checked against the names the
// instance has (users or groups) before anything is sent, and the ones already members
// are set aside, so the run only sends what can succeed.

export interface PasteCheck {
  /** Known and not yet members: these are sent. */
  toAdd: string[];
  /** Not a user (or group) of the instance: reported, never sent. */
  unknown: string[];
  /** Already members: not sent (their roles are changed one by one instead). */
  already: string[];
}

/** Names separated by new lines, commas, semicolons or spaces; duplicates once, order kept. */
export function parseNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}

export function checkPasted(text: string, exists: (name: string) => boolean, members: ReadonlySet<string>): PasteCheck {
  const out: PasteCheck = { toAdd: [], unknown: [], already: [] };
  for (const name of parseNames(text)) {
    if (members.has(name)) out.already.push(name);
    else if (exists(name)) out.toAdd.push(name);
    else out.unknown.push(name);
  }
  return out;
}
