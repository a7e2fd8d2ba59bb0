import { describe, expect, it } from 'vitest';
import type { InstanceView } from '../../../../shared/areas/instances/model';
import type { FederationTarget } from '../../../../shared/areas/trust/model';
import { accessUrlOf, buildTrustGraph, circleLayout, normaliseBase } from '../../../../renderer/areas/trust/trust-graph';
import { createInputOf, emptyFederationForm, formOf, patternsOf, targetNameFor, visibleTargets } from '../../../../renderer/areas/trust/federation-form';

const instance = (id: string, name: string, baseUrl: string) => ({ id, name, baseUrl }) as InstanceView;
const target = (name: string, url: string, entities = ['users']): FederationTarget => ({
  name,
  url,
  entities,
  includePatterns: [],
  excludePatterns: [],
  active: true,
  spelling: 'camel',
});

describe('circle of trust', () => {
  it('matches a target to a saved instance by its Access URL, whatever the spelling', () => {
    expect(normaliseBase('https://EU.acme.test/access/')).toBe('https://eu.acme.test');
    expect(normaliseBase('https://eu.acme.test')).toBe('https://eu.acme.test');
    expect(accessUrlOf('https://eu.acme.test/')).toBe('https://eu.acme.test/access');
    const instances = [instance('a', 'Acme', 'https://acme.test'), instance('b', 'Acme EU', 'https://EU.acme.test/')];
    const graph = buildTrustGraph(
      instances,
      [[target('eu', 'https://eu.acme.test/access/', ['users', 'groups']), target('x', 'https://elsewhere.test/access')], undefined],
      [false, true],
    );
    expect(graph.nodes).toEqual([
      { id: 'a', name: 'Acme', state: 'loaded' },
      { id: 'b', name: 'Acme EU', state: 'failed' },
    ]);
    expect(graph.edges).toEqual([
      { from: 'a', to: 'b', targetName: 'eu', url: 'https://eu.acme.test/access/', entities: ['users', 'groups'], active: true },
      { from: 'a', to: undefined, targetName: 'x', url: 'https://elsewhere.test/access', entities: ['users'], active: true },
    ]);
  });

  it('lays nodes out inside the drawing; two side by side', () => {
    const two = circleLayout(2, 640, 300);
    expect(two[0].y).toBeCloseTo(two[1].y);
    for (const p of circleLayout(7, 640, 300)) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(640);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(300);
    }
  });
});

describe('federation form', () => {
  it('patterns from lines or commas; round trip of a target', () => {
    expect(patternsOf(' team_a_* ,\nteam_b_*\n\n')).toEqual(['team_a_*', 'team_b_*']);
    const t = { ...target('eu', 'https://eu.acme.test/access', ['users', 'groups']), includePatterns: ['a*'], excludePatterns: ['b*'] };
    expect(createInputOf(formOf(t))).toEqual({
      name: 'eu',
      url: 'https://eu.acme.test/access',
      entities: ['users', 'groups'],
      includePatterns: ['a*'],
      excludePatterns: ['b*'],
      active: true,
    });
    expect(emptyFederationForm().entities).toEqual(['users', 'groups', 'permissions']);
  });

  it('target names from instance names', () => {
    expect(targetNameFor('Acme EU (prod)')).toBe('acme-eu-prod');
    expect(targetNameFor('***')).toBe('target');
  });

  it('filters by name or URL as you type and sorts by name', () => {
    const list = [target('b-eu', 'https://eu.test/access'), target('a-us', 'https://us.test/access'), target('c', 'https://eu2.test/access')];
    expect(visibleTargets(list, '', 'asc').map((t) => t.name)).toEqual(['a-us', 'b-eu', 'c']);
    expect(visibleTargets(list, 'EU', 'desc').map((t) => t.name)).toEqual(['c', 'b-eu']);
  });
});
