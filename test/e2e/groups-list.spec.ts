// The groups list at some scale: description and member count per row, read lazily for
// the rows in view only, and search inside a large group's members.
import { expect, test } from './fixtures';
import { adminBasic, goToScreen } from './support/instances';
import { shot } from './support/screenshots';

const GROUP_DETAILS = /^\/access\/api\/v2\/groups\/[^/]+$/;

test.describe('groups list', () => {
  test('rows show description and member count, read for the rows in view; a large group is searched', async ({ page, services, extraPlatform }) => {
    test.skip(!services, 'browser host only: it sets the instance up through the services of the browser host');
    const platform = await extraPlatform({ seed: { users: 300, groups: 80 } });
    const saved = await services!.dispatch('instances.save', adminBasic(platform, 'Scale'));
    if (!saved.ok) throw new Error(saved.error.message);
    await page.reload();
    await goToScreen(page, 'Groups');
    await expect(page.getByTestId('groups-count')).toHaveText('80 of 80');

    const row = (name: string) => page.locator(`[data-testid="group-row"][data-group="${name}"]`);
    const names = [...platform.state.groups.keys()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const first = platform.state.groups.get(names[0])!;
    await expect(row(first.name).getByTestId('group-row-description')).toHaveText(first.description || 'No description');
    await expect(row(first.name).getByTestId('group-members-count')).toHaveAttribute('data-count', String(first.members.length));

    // Every row in view has its details; rows far below were not asked for.
    const visible = await page.getByTestId('group-row').count();
    for (let i = 0; i < visible; i++) await expect(page.getByTestId('group-row').nth(i).getByTestId('group-members-count')).toBeVisible();
    const asked = () => new Set(platform.requests.filter((r) => r.method === 'GET' && GROUP_DETAILS.test(r.path)).map((r) => r.path)).size;
    expect(asked()).toBeGreaterThanOrEqual(visible);
    expect(asked()).toBeLessThan(80);
    await shot(page, 'groups-list');

    // Scrolling brings the last group's details.
    const last = names.at(-1)!;
    await page
      .getByRole('table', { name: 'Groups' })
      .locator('div[style*="position: relative"]')
      .evaluate((el) => el.parentElement?.scrollTo(0, el.scrollHeight));
    await expect(row(last).getByTestId('group-members-count')).toHaveText(
      `${platform.state.groups.get(last)!.members.length} ${platform.state.groups.get(last)!.members.length === 1 ? 'member' : 'members'}`,
    );

    // The auto-join group holds every user: its row says so, and its members are searched, not scrolled.
    const readers = platform.state.groups.get('readers')!;
    expect(readers.members.length).toBe(300);
    await page.getByTestId('groups-filter').fill('readers');
    await expect(row('readers').getByTestId('group-row-description')).toHaveText(readers.description);
    await expect(row('readers').getByTestId('group-members-count')).toHaveText('300 members');
    await row('readers').click();
    const search = page.getByTestId('member-search');
    await expect(page.getByTestId('member-search-count')).toHaveText('300 of 300');
    const sample = readers.members[123];
    const fragment = sample.slice(0, Math.min(5, sample.length)).toUpperCase();
    const expected = readers.members.filter((name) => name.toLowerCase().includes(fragment.toLowerCase()));
    await search.fill(fragment);
    await expect(page.getByTestId('member-search-count')).toHaveText(`${expected.length} of 300`);
    await expect(page.locator(`[data-testid="member-row"][data-username="${sample}"]`)).toBeVisible();
    const shown = await page.getByTestId('member-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-username') ?? ''));
    for (const name of shown) expect(name.toLowerCase()).toContain(fragment.toLowerCase());
    await shot(page, 'group-member-search');

    await search.fill('no-such-member-anywhere');
    await expect(page.getByTestId('member-search-count')).toHaveText('0 of 300');
    await expect(page.getByTestId('member-list')).toContainText('No member matches');
  });
});
