// The per-domain criteria rules (JFrog's Terraform provider), table-driven over every domain.
import { describe, expect, it } from 'vitest';
import { CRITERIA_KIND, DOMAINS, EVENT_TYPES, checkCriteria, criteriaFor, subscriptionSchema, type Criteria, type Domain } from '../../../shared/areas/webhooks/model';
import { wireCriteria } from '../../../shared/areas/webhooks/calls';

/** For each domain: criteria that break its rule (with the field named), and criteria that pass. */
const CASES: Record<Domain, { broken?: { criteria: Criteria; field: string }; passing: Criteria[] }> = {
  artifact: {
    broken: { criteria: { anyLocal: false, anyRemote: false, anyFederated: false, repoKeys: [], includePatterns: ['**/*.jar'] }, field: 'repoKeys' },
    passing: [{ anyLocal: true }, { anyRemote: true }, { anyFederated: true }, { repoKeys: ['libs-release-local'] }],
  },
  artifact_property: { broken: { criteria: { includePatterns: ['a/**'], excludePatterns: ['b/**'] }, field: 'repoKeys' }, passing: [{ repoKeys: ['r'] }, { anyLocal: true }] },
  docker: { broken: { criteria: {}, field: 'repoKeys' }, passing: [{ repoKeys: ['docker-local', 'generic-local'], excludePatterns: ['tmp/**'] }] },
  build: {
    broken: { criteria: { anyBuild: false, selectedBuilds: [], excludePatterns: ['x'] }, field: 'selectedBuilds' },
    passing: [{ anyBuild: true }, { selectedBuilds: ['b'] }, { includePatterns: ['team-*/**'] }],
  },
  release_bundle: {
    broken: { criteria: { anyReleaseBundle: false, includePatterns: ['x'] }, field: 'registeredReleaseBundlesNames' },
    passing: [{ anyReleaseBundle: true }, { registeredReleaseBundlesNames: ['rb'] }],
  },
  distribution: { broken: { criteria: {}, field: 'registeredReleaseBundlesNames' }, passing: [{ registeredReleaseBundlesNames: ['rb'] }] },
  artifactory_release_bundle: { broken: { criteria: {}, field: 'registeredReleaseBundlesNames' }, passing: [{ anyReleaseBundle: true }] },
  destination: { broken: { criteria: { registeredReleaseBundlesNames: [] }, field: 'registeredReleaseBundlesNames' }, passing: [{ registeredReleaseBundlesNames: ['a', 'b'] }] },
  release_bundle_v2: {
    broken: { criteria: { anyReleaseBundle: false, includePatterns: ['x'] }, field: 'selectedReleaseBundles' },
    passing: [{ anyReleaseBundle: true }, { selectedReleaseBundles: ['fleet-api'] }],
  },
  release_bundle_v2_promotion: { passing: [{}, { selectedEnvironments: ['PROD'] }] },
  user: { passing: [{}] },
  artifact_lifecycle: { passing: [{}] },
};

describe('checkCriteria', () => {
  it('has a case for every domain', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DOMAINS].sort());
  });

  it.each(DOMAINS)('%s: the broken case is named on its field, the passing ones pass', (domain) => {
    const { broken, passing } = CASES[domain];
    if (broken) {
      const problems = checkCriteria(domain, broken.criteria);
      expect(problems).toHaveLength(1);
      expect(problems[0].field).toBe(broken.field);
      expect(problems[0].message.length).toBeGreaterThan(20);
    }
    for (const criteria of passing) expect(checkCriteria(domain, criteria), JSON.stringify(criteria)).toEqual([]);
  });

  it.each(DOMAINS)('%s: the subscription schema refuses the broken criteria at criteria.<field>', (domain) => {
    const base = { key: 'hook', domain, event_types: [EVENT_TYPES[domain][0]], handlers: [{ handler_type: 'webhook', url: 'https://h.example' }] };
    const { broken, passing } = CASES[domain];
    if (broken) {
      const parsed = subscriptionSchema.safeParse({ ...base, criteria: broken.criteria });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(`criteria.${broken.field}`);
    }
    expect(subscriptionSchema.safeParse({ ...base, criteria: passing[0] }).success).toBe(true);
  });

  it.each(DOMAINS)('%s: only its own event types are accepted', (domain) => {
    const other = DOMAINS.flatMap((d) => EVENT_TYPES[d]).find((type) => !EVENT_TYPES[domain].includes(type))!;
    const parsed = subscriptionSchema.safeParse({
      key: 'hook',
      domain,
      event_types: [other],
      criteria: CASES[domain].passing[0],
      handlers: [{ handler_type: 'webhook', url: 'https://h.example' }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toContain(`"${other}" is not an event of`);
  });
});

describe('criteria on the wire', () => {
  it.each(DOMAINS)("%s: only the domain's own fields are sent", (domain) => {
    const everything: Criteria = {
      anyLocal: true,
      anyBuild: true,
      anyReleaseBundle: true,
      repoKeys: ['r'],
      selectedBuilds: ['b'],
      registeredReleaseBundlesNames: ['n'],
      selectedReleaseBundles: ['v2'],
      selectedEnvironments: ['PROD'],
      includePatterns: ['i'],
    };
    const sent = Object.keys(criteriaFor(domain, everything)).sort();
    const expected: Record<string, string[]> = {
      repo: ['anyFederated', 'anyLocal', 'anyRemote', 'excludePatterns', 'includePatterns', 'repoKeys'],
      build: ['anyBuild', 'excludePatterns', 'includePatterns', 'selectedBuilds'],
      releaseBundle: ['anyReleaseBundle', 'excludePatterns', 'includePatterns', 'registeredReleaseBundlesNames'],
      releaseBundleV2: ['anyReleaseBundle', 'excludePatterns', 'includePatterns', 'selectedReleaseBundles'],
      promotion: ['selectedEnvironments'],
      none: [],
    };
    expect(sent).toEqual(expected[CRITERIA_KIND[domain]]);
  });

  it('sends release bundle v2 names as the {"release-bundles-v2": […]} map', () => {
    expect(wireCriteria({ domain: 'release_bundle_v2', criteria: { selectedReleaseBundles: ['a', 'b'] } })).toEqual({
      anyReleaseBundle: false,
      selectedReleaseBundles: { 'release-bundles-v2': ['a', 'b'] },
      includePatterns: [],
      excludePatterns: [],
    });
  });
});

describe('key, handlers and secret names', () => {
  const sub = (patch: Record<string, unknown>) => ({
    key: 'hook',
    domain: 'user',
    event_types: ['locked'],
    handlers: [{ handler_type: 'webhook', url: 'https://h.example' }],
    ...patch,
  });
  it.each([
    ['a', false],
    ['ab', true],
    ['k'.repeat(200), true],
    ['k'.repeat(201), false],
    ['has space', false],
  ])('key %j valid: %s', (key, valid) => {
    expect(subscriptionSchema.safeParse(sub({ key })).success).toBe(valid);
  });
  it.each([
    ['token', true],
    ['_x9', true],
    ['9lives', false],
    ['with-dash', false],
  ])('custom secret name %j valid: %s', (name, valid) => {
    expect(subscriptionSchema.safeParse(sub({ handlers: [{ handler_type: 'custom-webhook', url: 'https://h.example', secrets: [{ name, value: 'v' }] }] })).success).toBe(valid);
  });
  it('refuses a proxy given as a URL and a URL that is not http(s)', () => {
    expect(subscriptionSchema.safeParse(sub({ handlers: [{ handler_type: 'webhook', url: 'https://h.example', proxy: 'https://proxy' }] })).success).toBe(false);
    expect(subscriptionSchema.safeParse(sub({ handlers: [{ handler_type: 'webhook', url: 'ftp://h.example' }] })).success).toBe(false);
    expect(subscriptionSchema.safeParse(sub({ handlers: [] })).success).toBe(false);
  });
});
