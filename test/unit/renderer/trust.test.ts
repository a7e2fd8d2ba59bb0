// Pure logic of the trust features in the renderer: who asks for the typed name, when a
// form holds unsaved input, what an activity entry links to and says.
import { describe, expect, it } from 'vitest';
import { needsTypedName } from '../../../renderer/app/environment';
import { objectScreenOf } from '../../../renderer/app/open-object';
import { actionChoices, objectLinkOf, resultText } from '../../../renderer/areas/activity/activity-view';
import { emptyForm, isFormDirty } from '../../../renderer/areas/instances/form-model';
import type { ActivityEntry } from '../../../shared/areas/activity/model';

describe('production guard policy', () => {
  it('auto asks on production labels only; typed-name always; simple never', () => {
    const on = (environment: string, confirmPolicy?: 'auto' | 'typed-name' | 'simple') => needsTypedName({ name: 'X', environment, confirmPolicy });
    expect([on('PROD'), on('production'), on('Live-EU'), on('prd')]).toEqual([true, true, true, true]);
    expect([on(''), on('DEV'), on('STAGING'), on('PRODUCT-TEAM', 'simple')]).toEqual([false, false, false, false]);
    expect(on('DEV', 'typed-name')).toBe(true);
    expect(on('', 'typed-name')).toBe(true);
    expect(on('PROD', 'simple')).toBe(false);
    expect(on('PROD', 'auto')).toBe(true);
  });
});

describe('instance form dirty state', () => {
  it('is clean as opened and dirty after any change, clean again when changed back', () => {
    const initial = emptyForm();
    expect(isFormDirty(initial, { ...initial })).toBe(false);
    expect(isFormDirty(initial, { ...initial, name: 'A' })).toBe(true);
    expect(isFormDirty(initial, { ...initial, confirmPolicy: 'typed-name' })).toBe(true);
    expect(isFormDirty(initial, { ...initial, name: '' })).toBe(false);
  });
});

const entry = (call: string, extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  v: 1,
  id: 'x',
  at: '2030-01-01T00:00:00.000Z',
  call,
  instance: { id: 'i1', name: 'Acme', environment: '' },
  target: 'bob',
  ok: true,
  ...extra,
});

describe('activity links and text', () => {
  it('resolves the screen by call prefix: users and groups today', () => {
    expect(objectScreenOf('users.update')).toBe('users');
    expect(objectScreenOf('groups.updateMembers')).toBe('groups');
    expect(objectScreenOf('httpSettings.save')).toBeUndefined();
    expect(objectScreenOf('toString.x')).toBeUndefined();
  });

  it('links only to objects that still exist, on instances still saved', () => {
    const saved = new Set(['i1']);
    expect(objectLinkOf(entry('users.update'), saved)).toEqual({ screen: 'users', instanceId: 'i1', name: 'bob' });
    expect(objectLinkOf(entry('users.create'), saved)).not.toBeNull();
    expect(objectLinkOf(entry('users.create', { ok: false }), saved)).toBeNull();
    expect(objectLinkOf(entry('users.delete'), saved)).toBeNull();
    expect(objectLinkOf(entry('users.delete', { ok: false }), saved)).toBeNull();
    expect(objectLinkOf(entry('users.update'), new Set(['other']))).toBeNull();
    expect(objectLinkOf(entry('instances.save'), saved)).toBeNull();
  });

  it('says the status and message of a failure', () => {
    expect(resultText({ ok: true })).toBe('ok');
    expect(resultText({ ok: false, status: 404, kind: 'http', message: 'not found' })).toBe('404 · not found');
    expect(resultText({ ok: false, kind: 'network', message: 'refused' })).toBe('network · refused');
  });

  it('offers each area, then its calls', () => {
    expect(actionChoices(['users.delete', 'groups.delete', 'users.create']).map((c) => c.value)).toEqual(['groups.', 'groups.delete', 'users.', 'users.create', 'users.delete']);
  });
});
