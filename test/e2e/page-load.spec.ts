import { expect, test } from './fixtures';

test.describe('page load', () => {
  test('the console loads with no failed request and serves the icons it declares', async ({ page }) => {
    const problems: string[] = [];
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    // A request the page itself cancelled (a lazy screen it no longer needs) is not a failure.
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      if (error !== 'net::ERR_ABORTED') problems.push(`failed ${request.url()} ${error}`);
    });
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();

    // The tab icon is fetched by the browser itself, outside the page's requests: fetch each
    // declared icon from the page, as the tab would.
    const icons = await page.evaluate(async () =>
      Promise.all(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]')].map(async (link) => {
          const response = await fetch(link.href);
          return { path: new URL(link.href).pathname, status: response.status, type: response.headers.get('content-type') ?? '' };
        }),
      ),
    );
    expect(icons.map((icon) => icon.path).sort()).toEqual(['/favicon.ico', '/favicon.svg']);
    for (const icon of icons) {
      expect(icon.status, icon.path).toBe(200);
      expect(icon.type, icon.path).toMatch(/^image\//);
    }
    expect(problems).toEqual([]);
  });
});
