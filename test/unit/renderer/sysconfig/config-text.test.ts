import { describe, expect, it } from 'vitest';
import { formatBytes, searchLines, urlBaseOf } from '../../../../renderer/areas/sysconfig/config-text';
import { minimalConfigXml } from '../../../fake-platform/fixtures/config-xml';

describe('system configuration text', () => {
  it('reads the URL base from the XML, unescaped; none when absent or empty', () => {
    expect(urlBaseOf(minimalConfigXml('https://a.test/x?a=1&amp;b=2'))).toBe('https://a.test/x?a=1&b=2');
    expect(urlBaseOf(minimalConfigXml())).toBeUndefined();
    expect(urlBaseOf('<config><urlBase> </urlBase></config>')).toBeUndefined();
  });

  it('searches the system info by every word, any case, keeping line numbers', () => {
    const text = 'SYSTEM INFORMATION:\n Artifactory version: 7.111.4\n Node id: n1\n Java version: 17';
    expect(searchLines(text, '')).toHaveLength(4);
    expect(searchLines(text, 'VERSION')).toEqual([
      { number: 2, text: ' Artifactory version: 7.111.4' },
      { number: 4, text: ' Java version: 17' },
    ]);
    expect(searchLines(text, 'java 17')).toEqual([{ number: 4, text: ' Java version: 17' }]);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
