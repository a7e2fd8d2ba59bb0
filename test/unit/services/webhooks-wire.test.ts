// Main's webhook wire handling: answers become views without secret values, kept secrets
// are filled in from what the platform holds, exports carry none.
import { describe, expect, it } from 'vitest';
import { rawSecrets, toCriteria, toWebhookView, withKeptSecrets, withoutSecrets } from '../../../electron/services/areas/webhooks';
import { subscriptionSchema } from '../../../shared/areas/webhooks/model';

const stored = {
  key: 'k1',
  enabled: true,
  event_filter: { domain: 'docker', event_types: ['pushed'], criteria: { anyLocal: true } },
  handlers: [
    { handler_type: 'webhook', url: 'https://a.example', secret: 'clear-secret', use_secret_for_signing: true, custom_http_headers: [] },
    { handler_type: 'custom-webhook', url: 'https://b.example', secrets: [{ name: 'token', value: 'tok-value' }], http_headers: [{ name: 'H', value: 'v' }] },
  ],
};

describe('webhook wire', () => {
  it('a view holds no secret value, only whether one is stored and the names', () => {
    const view = toWebhookView(stored);
    expect(view.handlers).toEqual([
      { handler_type: 'webhook', url: 'https://a.example', has_secret: true, use_secret_for_signing: true, custom_http_headers: [] },
      { handler_type: 'custom-webhook', url: 'https://b.example', secrets: [{ name: 'token' }], http_headers: [{ name: 'H', value: 'v' }] },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/clear-secret|tok-value/);
    expect(rawSecrets(stored)).toEqual(['clear-secret', 'tok-value']);
  });

  it('reads release bundle v2 names as a map or a list, and the plural any flag', () => {
    expect(toCriteria({ anyReleaseBundle: false, selectedReleaseBundles: { 'release-bundles-v2': ['a'] } })).toEqual({ anyReleaseBundle: false, selectedReleaseBundles: ['a'] });
    expect(toCriteria({ selectedReleaseBundles: ['b'] })).toEqual({ selectedReleaseBundles: ['b'] });
    expect(toCriteria({ anyReleaseBundles: true })).toEqual({ anyReleaseBundle: true });
  });

  it('fills kept secrets from the stored subscription (same URL first, else the same position)', () => {
    const edit = subscriptionSchema.parse({
      key: 'k1',
      domain: 'docker',
      event_types: ['pushed'],
      criteria: { anyLocal: true },
      handlers: [
        { handler_type: 'custom-webhook', url: 'https://b.example', secrets: [{ name: 'token' }, { name: 'fresh', value: 'typed' }] },
        { handler_type: 'webhook', url: 'https://a.example', keep_secret: true },
        { handler_type: 'webhook', url: 'https://new.example', secret: 'new-one', keep_secret: true },
      ],
    });
    const sent = withKeptSecrets(edit, stored);
    expect(sent.handlers[0]).toMatchObject({
      secrets: [
        { name: 'token', value: 'tok-value' },
        { name: 'fresh', value: 'typed' },
      ],
    });
    expect(sent.handlers[1]).toMatchObject({ secret: 'clear-secret' });
    expect(sent.handlers[1]).not.toHaveProperty('keep_secret');
    expect(sent.handlers[2]).toMatchObject({ secret: 'new-one' });
  });

  it('exports without any secret value', () => {
    expect(JSON.stringify(withoutSecrets(stored))).not.toMatch(/clear-secret|tok-value/);
    expect((withoutSecrets(stored).handlers as unknown[])[1]).toMatchObject({ secrets: [{ name: 'token' }] });
  });
});
