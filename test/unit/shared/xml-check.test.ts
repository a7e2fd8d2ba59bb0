import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../../shared/areas/sysconfig/xml-check';
import { configXmlSchema } from '../../../shared/areas/sysconfig/model';
import { demoConfigXml, minimalConfigXml } from '../../fake-platform/fixtures/config-xml';

describe('xmlProblem', () => {
  it('accepts well-formed documents: declaration, comments, CDATA, entities, empty elements, attributes', () => {
    for (const xml of [
      minimalConfigXml('https://a.test'),
      demoConfigXml(),
      '<a/>',
      '<?xml version="1.0"?>\n<!-- c --><!DOCTYPE a><a x="1" y=\'2\'>t &amp; &#38; &#x26; <![CDATA[<raw>&]]><b/></a>\n',
    ]) {
      expect(xmlProblem(xml)).toBeNull();
    }
  });

  it.each([
    ['<a><b></a>', 1, '</a> found where </b> was expected'],
    ['<a>', 1, '<a> is never closed'],
    ['<a></a><b/>', 1, 'A second root element'],
    ['text<a/>', 1, 'Text before the root element'],
    ['<a/>text', 1, 'Text after the root element'],
    ['<a x=1/>', 1, 'must be in quotes'],
    ['<a x="1" x="2"/>', 1, 'appears twice'],
    ['<a>&nbsp;</a>', 1, 'not an entity reference'],
    ['<a>\n  1 < 2\n</a>', 2, '"<" that does not start a tag'],
    ['<a><!-- open</a>', 1, 'comment is not closed'],
    ['', 1, 'no root element'],
    ['<a></b>', 1, '</b> found where </a> was expected'],
    ['</a>', 1, '</a> closes nothing'],
  ])('refuses %j at line %i: %s', (xml, line, message) => {
    const problem = xmlProblem(xml);
    expect(problem?.message).toContain(message);
    expect(problem?.line).toBe(line);
  });

  it('the bridge schema says where, and that nothing was sent', () => {
    const result = configXmlSchema.safeParse('<config>\n  <offlineMode>false</config>');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(
      'The XML is not well-formed. Line 2, column 21: </config> found where </offlineMode> was expected (opened on line 2). Nothing was sent.',
    );
  });

  it('checks a large configuration in one pass', () => {
    const big = `<config>${'<repo><key>k</key><type>local</type></repo>'.repeat(20_000)}</config>`;
    expect(xmlProblem(big)).toBeNull();
  });
});
