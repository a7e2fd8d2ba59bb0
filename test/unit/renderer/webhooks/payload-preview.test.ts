// The custom webhook's payload preview, over every domain.
import { describe, expect, it } from 'vitest';
import { DOMAINS, EVENT_TYPES } from '../../../../shared/areas/webhooks/model';
import { SAMPLE_DATA, renderPreview, templateVariables } from '../../../../renderer/areas/webhooks/payload-preview';

describe('renderPreview', () => {
  it.each(DOMAINS)('%s: every data variable it offers renders from the sample', (domain) => {
    const variables = templateVariables(domain, ['token']);
    const template = variables.map((v) => `{{${v}}}`).join('|');
    const { text, unknown } = renderPreview(template, domain, 'my-hook', ['token']);
    expect(unknown).toEqual([]);
    expect(text.split('|')).toHaveLength(variables.length);
    expect(text).toContain(EVENT_TYPES[domain][0]);
    expect(text).toContain('my-hook');
    expect(text).toContain('«secret:token»');
    for (const value of Object.values(SAMPLE_DATA[domain])) if (typeof value === 'string') expect(text).toContain(value);
  });

  it('keeps the Go template spacing forms and JSON-encodes objects', () => {
    expect(renderPreview('{{ .data.repo_key }}/{{.data.path}}', 'artifact', 'k', []).text).toBe('libs-release-local/org/acme/app/1.0/app-1.0.jar');
    expect(renderPreview('{{.data.property}}', 'artifact_property', 'k', []).text).toBe('{"key":"license","values":["MIT"]}');
  });

  it('names what the sample cannot fill and leaves it as written', () => {
    const preview = renderPreview('{"x":"{{.data.nope}}","t":"{{.secrets.missing}}"}', 'user', 'k', ['token']);
    expect(preview.unknown).toEqual(['.data.nope', '.secrets.missing']);
    expect(preview.text).toBe('{"x":"{{.data.nope}}","t":"{{.secrets.missing}}"}');
  });
});
