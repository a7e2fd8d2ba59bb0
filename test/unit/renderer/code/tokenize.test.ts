// The config tokenizer colours what an admin scans for; these pin what each line becomes.
import { describe, expect, it } from 'vitest';
import { guessLanguage, tokenizeLine, type Token } from '../../../../renderer/components/code/tokenize';

/** Kind and text of each token, blanks left out (adjacent plain text merges into one token). */
const kinds = (tokens: Token[]) => tokens.filter((t) => t.text.trim() !== '').map((t) => [t.kind, t.text.trim()]);

describe('config tokenizer', () => {
  it('nginx: directive, values, variables, numbers with units, punctuation, and a new statement after ;', () => {
    expect(kinds(tokenizeLine('  proxy_read_timeout 2400s; proxy_pass http://$upstream;', 'nginx'))).toEqual([
      ['directive', 'proxy_read_timeout'],
      ['number', '2400s'],
      ['punct', ';'],
      ['directive', 'proxy_pass'],
      ['text', 'http://'],
      ['variable', '$upstream'],
      ['punct', ';'],
    ]);
    expect(kinds(tokenizeLine('server {', 'nginx'))).toEqual([
      ['directive', 'server'],
      ['punct', '{'],
    ]);
  });

  it('keeps the text of a line whole, spaces included', () => {
    const line = '    rewrite ^/(v1|v2)/(.*) /artifactory/api/docker/$repo/$1/$2 break;  # docker';
    expect(
      tokenizeLine(line, 'nginx')
        .map((t) => t.text)
        .join(''),
    ).toBe(line);
  });

  it('a comment runs to the end of the line; strings keep their quotes, even unterminated', () => {
    expect(kinds(tokenizeLine('add_header X "a; b" # note; {', 'nginx'))).toEqual([
      ['directive', 'add_header'],
      ['text', 'X'],
      ['string', '"a; b"'],
      ['comment', '# note; {'],
    ]);
    expect(kinds(tokenizeLine("return 'half", 'nginx'))).toEqual([
      ['directive', 'return'],
      ['string', "'half"],
    ]);
  });

  it('nginx ${name} and a number as a directive word stay what they are', () => {
    expect(kinds(tokenizeLine('set ${x} 10;', 'nginx'))).toEqual([
      ['directive', 'set'],
      ['variable', '${x}'],
      ['number', '10'],
      ['punct', ';'],
    ]);
  });

  it('apache: section tags, %{VAR}e and %1 variables, and no new statement after ; or {', () => {
    expect(kinds(tokenizeLine('<VirtualHost *:443>', 'apache'))).toEqual([['section', '<VirtualHost *:443>']]);
    expect(kinds(tokenizeLine('RequestHeader set X-JFrog-Override-Base-Url %{my_scheme}e://h:%{my_server_port}e', 'apache'))).toEqual([
      ['directive', 'RequestHeader'],
      ['text', 'set X-JFrog-Override-Base-Url'],
      ['variable', '%{my_scheme}e'],
      ['text', '://h:'],
      ['variable', '%{my_server_port}e'],
    ]);
    expect(kinds(tokenizeLine('RewriteRule ^/(.*) /artifactory/api/docker/%1/$1 [PT]', 'apache')).filter(([kind]) => kind === 'variable')).toEqual([
      ['variable', '%1'],
      ['variable', '$1'],
    ]);
  });

  it('plain text is one token', () => {
    expect(tokenizeLine('anything ; { $x', 'plain')).toEqual([{ kind: 'text', text: 'anything ; { $x' }]);
  });

  it('guesses the language from the text', () => {
    expect(guessLanguage('<VirtualHost *:80>\nProxyPass / http://h/\n</VirtualHost>')).toBe('apache');
    expect(guessLanguage('server {\n  listen 80;\n}')).toBe('nginx');
    expect(guessLanguage('just words')).toBe('plain');
  });
});
