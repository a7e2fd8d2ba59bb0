// A small line tokenizer for NGINX and Apache config text. Good enough to colour what an
// admin scans for (comments, directives, variables, strings); not a parser.

export type TokenKind = 'comment' | 'directive' | 'variable' | 'string' | 'section' | 'number' | 'punct' | 'text';
export interface Token {
  kind: TokenKind;
  text: string;
}
export type ConfigLanguage = 'nginx' | 'apache' | 'plain';

// Variables: nginx $name / ${name}; Apache %{NAME} / %{NAME}e / %1 and $1 back-references.
const VARIABLE = /^(\$\{[A-Za-z0-9_]+\}|\$[A-Za-z0-9_]+|%\{[A-Za-z0-9_:-]+\}[a-z]?|%[0-9])/;
const STRING = /^("(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)/;
const NUMBER = /^[0-9]+(?:[smhdkKmMgG]|ms)?(?=[\s;]|$)/;
const WORD = /^[^\s;{}"'$%#<>]+/;

export function tokenizeLine(line: string, language: ConfigLanguage): Token[] {
  if (language === 'plain') return [{ kind: 'text', text: line }];
  const tokens: Token[] = [];
  let rest = line;
  // The first word of a statement is its directive; after ';' or '{' a new statement starts.
  let expectDirective = true;
  const push = (kind: TokenKind, text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && kind === 'text') last.text += text;
    else tokens.push({ kind, text });
  };
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      push('text', space[0]);
      rest = rest.slice(space[0].length);
      continue;
    }
    if (rest.startsWith('#')) {
      push('comment', rest);
      break;
    }
    if (language === 'apache' && expectDirective && rest.startsWith('<')) {
      // <VirtualHost *:443>, </Proxy>: a section tag, coloured whole.
      const end = rest.indexOf('>');
      const tag = end >= 0 ? rest.slice(0, end + 1) : rest;
      push('section', tag);
      rest = rest.slice(tag.length);
      continue;
    }
    const variable = VARIABLE.exec(rest);
    if (variable) {
      push('variable', variable[0]);
      rest = rest.slice(variable[0].length);
      expectDirective = false;
      continue;
    }
    const string = STRING.exec(rest);
    if (string) {
      push('string', string[0]);
      rest = rest.slice(string[0].length);
      expectDirective = false;
      continue;
    }
    if (/^[;{}]/.test(rest)) {
      push('punct', rest[0]);
      expectDirective = language === 'nginx';
      rest = rest.slice(1);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number && !expectDirective) {
      push('number', number[0]);
      rest = rest.slice(number[0].length);
      continue;
    }
    const word = WORD.exec(rest) ?? [rest[0]];
    push(expectDirective ? 'directive' : 'text', word[0]);
    rest = rest.slice(word[0].length);
    expectDirective = false;
  }
  return tokens;
}

/** Guesses the language from the text, for viewers fed arbitrary snippets. */
export function guessLanguage(text: string): ConfigLanguage {
  if (/<VirtualHost|ProxyPass\b|RewriteEngine/i.test(text)) return 'apache';
  if (/\bserver\s*\{|proxy_pass\s|listen\s+\d/.test(text)) return 'nginx';
  return 'plain';
}
