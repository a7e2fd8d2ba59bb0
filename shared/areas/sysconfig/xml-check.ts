// Is this text well-formed XML? A small checker in pure TypeScript (shared/ has no DOM):
// one root element, tags closed in order, quoted attributes, no duplicate attribute,
// comments, CDATA, processing instructions, a DOCTYPE before the root, and entity
// references that are the five predefined ones or numeric. It does not validate against
// Artifactory's schema: the platform does that when it saves.

export interface XmlProblem {
  message: string;
  line: number;
  column: number;
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
/** The XML name starting at `at`, if any (sticky: no copy of the rest of the text). */
function nameAt(text: string, at: number): string | undefined {
  NAME.lastIndex = at;
  return NAME.exec(text)?.[0];
}
const ENTITY = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** The first problem, or null when the text is well-formed. */
export function xmlProblem(text: string): XmlProblem | null {
  const stack: { name: string; at: number }[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let i = 0;
  const problem = (message: string, at: number): XmlProblem => ({ message, ...position(text, at) });
  const textAllowed = (at: number): XmlProblem | null => {
    if (stack.length === 0 && !/\s/.test(text[at])) return problem(rootClosed ? 'Text after the root element' : 'Text before the root element', at);
    return null;
  };

  while (i < text.length) {
    const ch = text[i];
    if (ch === '<') {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) return problem('A comment is not closed (missing "-->")', i);
        i = end + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', i)) {
        if (stack.length === 0) return problem('CDATA outside the root element', i);
        const end = text.indexOf(']]>', i + 9);
        if (end < 0) return problem('A CDATA section is not closed (missing "]]>")', i);
        i = end + 3;
        continue;
      }
      if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i + 2);
        if (end < 0) return problem('A processing instruction is not closed (missing "?>")', i);
        if (text.startsWith('<?xml', i) && /\s/.test(text[i + 5] ?? '') && i !== 0) return problem('The XML declaration must come first', i);
        i = end + 2;
        continue;
      }
      if (text.startsWith('<!DOCTYPE', i)) {
        if (rootSeen) return problem('A DOCTYPE after the root element', i);
        const end = text.indexOf('>', i);
        if (end < 0) return problem('The DOCTYPE is not closed', i);
        i = end + 1;
        continue;
      }
      if (text[i + 1] === '/') {
        const name = nameAt(text, i + 2);
        if (!name) return problem('A closing tag without a name', i);
        let j = i + 2 + name.length;
        while (/\s/.test(text[j] ?? '')) j++;
        if (text[j] !== '>') return problem(`The closing tag </${name}> is not closed with ">"`, i);
        const open = stack.pop();
        if (!open) return problem(`</${name}> closes nothing`, i);
        if (open.name !== name) return problem(`</${name}> found where </${open.name}> was expected (opened on line ${position(text, open.at).line})`, i);
        if (stack.length === 0) rootClosed = true;
        i = j + 1;
        continue;
      }
      const name = nameAt(text, i + 1);
      if (!name) return problem('"<" that does not start a tag (write &lt; for a literal "<")', i);
      if (stack.length === 0) {
        if (rootClosed) return problem('A second root element: a document has exactly one', i);
        rootSeen = true;
      }
      let j = i + 1 + name.length;
      const attributes = new Set<string>();
      for (;;) {
        const beforeSpace = j;
        while (/\s/.test(text[j] ?? '')) j++;
        if (j >= text.length) return problem(`The tag <${name}> is not closed`, i);
        if (text[j] === '>') {
          stack.push({ name, at: i });
          j++;
          break;
        }
        if (text.startsWith('/>', j)) {
          if (stack.length === 0) rootClosed = true;
          j += 2;
          break;
        }
        if (j === beforeSpace) return problem(`Attributes of <${name}> must be separated by spaces`, j);
        const attribute = nameAt(text, j);
        if (!attribute) return problem(`Unexpected "${text[j]}" in the tag <${name}>`, j);
        if (attributes.has(attribute)) return problem(`The attribute "${attribute}" appears twice in <${name}>`, j);
        attributes.add(attribute);
        j += attribute.length;
        while (/\s/.test(text[j] ?? '')) j++;
        if (text[j] !== '=') return problem(`The attribute "${attribute}" has no value`, j);
        j++;
        while (/\s/.test(text[j] ?? '')) j++;
        const quote = text[j];
        if (quote !== '"' && quote !== "'") return problem(`The value of "${attribute}" must be in quotes`, j);
        const end = text.indexOf(quote, j + 1);
        if (end < 0) return problem(`The value of "${attribute}" is not closed`, j);
        const value = text.slice(j + 1, end);
        if (value.includes('<')) return problem(`"<" inside the value of "${attribute}"`, j);
        const badEntity = badEntityIn(value);
        if (badEntity >= 0) return problem(`"&" that is not an entity reference in the value of "${attribute}" (write &amp;)`, j + 1 + badEntity);
        j = end + 1;
      }
      i = j;
      continue;
    }
    if (ch === '&') {
      if (!ENTITY.test(text.slice(i, i + 12))) return problem('"&" that is not an entity reference (write &amp;)', i);
      const outside = textAllowed(i);
      if (outside) return outside;
      i = text.indexOf(';', i) + 1;
      continue;
    }
    const outside = textAllowed(i);
    if (outside) return outside;
    i++;
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    return problem(`<${open.name}> is never closed`, open.at);
  }
  if (!rootSeen) return problem('There is no root element', 0);
  return null;
}

function badEntityIn(value: string): number {
  for (let k = value.indexOf('&'); k >= 0; k = value.indexOf('&', k + 1)) {
    if (!ENTITY.test(value.slice(k, k + 12))) return k;
  }
  return -1;
}

/** "line 3, column 7: <a> is never closed". */
export const describeXmlProblem = (p: XmlProblem): string => `Line ${p.line}, column ${p.column}: ${p.message}`;
