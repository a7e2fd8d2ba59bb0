// The form model: what is sent for kept, typed and cleared secrets; duplicate; domain switch; list filter.
import { describe, expect, it } from 'vitest';
import type { WebhookView } from '../../../../shared/areas/webhooks/model';
import { emptyForm, formFromView, formProblems, toSubscriptionInput, withDomain, withoutTypedSecrets } from '../../../../renderer/areas/webhooks/webhook-form';
import { exportJson, filterRows, sortRows, toRows } from '../../../../renderer/areas/webhooks/webhook-list';

const view: WebhookView = {
  key: 'ci',
  description: 'CI hook',
  enabled: true,
  domain: 'docker',
  event_types: ['pushed'],
  criteria: { anyLocal: false, repoKeys: ['docker-local'], excludePatterns: ['tmp/**'] },
  handlers: [
    { handler_type: 'webhook', url: 'https://a.example', has_secret: true, use_secret_for_signing: true, custom_http_headers: [{ name: 'X-A', value: '1' }] },
    { handler_type: 'custom-webhook', url: 'https://b.example', payload: '{}', secrets: [{ name: 'token' }], http_headers: [] },
  ],
};

describe('webhook form', () => {
  it('an edit keeps stored secrets unless a new one is typed', () => {
    const form = formFromView(view, 'edit');
    const input = toSubscriptionInput(form);
    expect(input.handlers[0]).toMatchObject({ handler_type: 'webhook', keep_secret: true });
    expect(input.handlers[0]).not.toHaveProperty('secret');
    expect(input.handlers[1]).toMatchObject({ secrets: [{ name: 'token' }] });
    form.handlers[0].secret = 'new-one';
    form.handlers[1].secrets[0].value = 'tok';
    const typed = toSubscriptionInput(form);
    expect(typed.handlers[0]).toMatchObject({ secret: 'new-one' });
    expect(typed.handlers[0]).not.toHaveProperty('keep_secret');
    expect(typed.handlers[1]).toMatchObject({ secrets: [{ name: 'token', value: 'tok' }] });
    expect(formProblems(form)).toEqual({});
  });

  it('removing a stored secret sends none', () => {
    const form = formFromView(view, 'edit');
    form.handlers[0].clearSecret = true;
    const input = toSubscriptionInput(form);
    expect(input.handlers[0]).not.toHaveProperty('keep_secret');
    expect(input.handlers[0]).not.toHaveProperty('secret');
  });

  it('a duplicate gets a new key, starts disabled and holds no stored secret (a custom secret must be typed)', () => {
    const form = formFromView(view, 'duplicate');
    expect(form.key).toBe('ci-copy');
    expect(form.enabled).toBe(false);
    expect(form.handlers[0].storedSecret).toBe(false);
    expect(formProblems(form)).toMatchObject({ 'handlers.1.secrets.0.value': expect.stringContaining('Type the secret') });
  });

  it('switching domain keeps only its event types; the criteria rule is named by field', () => {
    const form = withDomain({ ...emptyForm(), key: 'kk', eventTypes: ['deleted', 'deployed'] }, 'docker');
    expect(form.eventTypes).toEqual(['deleted']);
    form.handlers[0].url = 'https://x.example';
    expect(formProblems(form)).toEqual({ 'criteria.repoKeys': expect.stringContaining('at least one repository') });
  });

  it('forgets typed secrets on request', () => {
    const form = formFromView(view, 'edit');
    form.handlers[0].secret = 'typed';
    form.handlers[1].secrets[0].value = 'typed2';
    expect(JSON.stringify(withoutTypedSecrets(form))).not.toContain('typed');
  });
});

describe('webhook list', () => {
  const views = [view, { ...view, key: 'b-user', domain: 'user', enabled: false, description: 'Locked accounts', handlers: [] }, { ...view, key: 'a-build', domain: 'build' }];
  const rows = toRows(views);
  it('filters on every word across key, description, domain, events and URLs', () => {
    expect(filterRows(rows, 'docker a.example', null).map((r) => r.view.key)).toEqual(['ci']);
    expect(filterRows(rows, 'LOCKED', null).map((r) => r.view.key)).toEqual(['b-user']);
    expect(filterRows(rows, '', 'build').map((r) => r.view.key)).toEqual(['a-build']);
  });
  it('sorts by key, domain and enabled, both ways', () => {
    expect(sortRows(rows, 'key', false).map((r) => r.view.key)).toEqual(['a-build', 'b-user', 'ci']);
    expect(sortRows(rows, 'key', true).map((r) => r.view.key)).toEqual(['ci', 'b-user', 'a-build']);
    expect(sortRows(rows, 'domain', false).map((r) => r.view.domain)).toEqual(['build', 'docker', 'user']);
    expect(sortRows(rows, 'enabled', false).at(-1)?.view.key).toBe('b-user');
  });
  it('exports the views as JSON', () => {
    expect(JSON.parse(exportJson([view]))).toEqual({ format: 'lilypad-webhooks', version: 1, subscriptions: [view] });
  });
});
