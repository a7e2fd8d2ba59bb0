// What "copy as environment variable" and "copy as a jf config add command" put on the
// clipboard. Built only at the moment of copying and never shown on screen: the value
// goes to the clipboard and nowhere else.

/** `export JFROG_ACCESS_TOKEN='…'`, safe for a POSIX shell whatever the value holds. */
export function envSnippet(value: string, variable = 'JFROG_ACCESS_TOKEN'): string {
  return `export ${variable}=${shellQuote(value)}`;
}

/** A JFrog CLI server entry named after the instance, authenticated with the new token. */
export function jfConfigSnippet(serverId: string, baseUrl: string, value: string): string {
  const url = baseUrl.replace(/\/+$/, '');
  return `jf config add ${shellQuote(serverIdOf(serverId))} --url=${shellQuote(url)} --access-token=${shellQuote(value)} --interactive=false`;
}

/** A CLI server id: the instance name without spaces or quotes. */
export function serverIdOf(name: string): string {
  const id = name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'lilypad';
}

const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
