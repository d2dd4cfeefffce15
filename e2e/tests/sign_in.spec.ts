import { test, expect, signIn, extensionRows, DEMO_API_KEY } from '../fixtures';
import type { Page } from '@playwright/test';

const storedSession = (page: Page) =>
  page.evaluate(() => ({
    local: localStorage.getItem('switchboard.session'),
    tab: sessionStorage.getItem('switchboard.session'),
  }));
const rowsVisible = (page: Page) => expect(extensionRows(page).first()).toBeVisible();

test('sign-in by API key keeps the exchanged token, never the key', async ({ page, api }) => {
  await page.goto('/sign-in');
  await page.getByRole('radio', { name: 'An API key' }).check();
  await page.getByLabel('API key', { exact: true }).fill(DEMO_API_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await rowsVisible(page);
  const auth = await api.requestsTo('/api/auth');
  expect(auth).toHaveLength(1);
  expect(auth[0].params).toEqual({ apiKey: DEMO_API_KEY });
  const { tab, local } = await storedSession(page);
  expect(local).toBeNull();
  expect(tab).not.toContain(DEMO_API_KEY);
  expect(JSON.parse(tab!).token.split('.')).toHaveLength(3);
  await expect(page.getByRole('banner')).toContainText(/token expires in 2[34] hours/);
});

test('a wrong API key says so and stays on sign-in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('radio', { name: 'An API key' }).check();
  await page.getByLabel('API key', { exact: true }).fill('not-the-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The API key or access token is not valid. Check it, or get a new one.');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('without "remember", a new tab is signed out; with it, signed in', async ({ page, context }) => {
  await signIn(page);
  await rowsVisible(page);
  expect((await storedSession(page)).local).toBeNull();
  const other = await context.newPage();
  await other.goto('/extensions');
  await expect(other).toHaveURL(/\/sign-in/);
  await other.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, { remember: true });
  await rowsVisible(page);
  expect((await storedSession(page)).tab).toBeNull();
  const again = await context.newPage();
  await again.goto('/extensions');
  await expect(extensionRows(again).first()).toBeVisible();
});

test('a return path that would leave the app is refused: sign-in goes to Extensions instead', async ({ page, baseURL }) => {
  test.slow(true, 'it signs in and out ten times');
  // Browsers read `/\\host` and `/<tab>/host` as `//host`; the others name a host or a scheme.
  const hostile = [
    '/\\example.com',
    '/\t/example.com',
    '//example.com',
    ' /\\example.com',
    '/.//example.com',
    '/\\/example.com/extensions',
    'https://example.com/extensions',
    'javascript:alert(1)',
    '/sign-in?next=//example.com',
  ];
  for (const next of hostile) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Access token', { exact: true }).fill('demo-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page, `next=${JSON.stringify(next)}`).toHaveURL(`${baseURL}/extensions`);
    await rowsVisible(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
  }
  // A path of the app still comes back whole.
  await page.goto(`/sign-in?next=${encodeURIComponent('/groups?size=100')}`);
  await page.getByLabel('Access token', { exact: true }).fill('demo-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${baseURL}/groups?size=100`);
});

test('signing out, or in with another account, in one tab ends the session in the others', async ({ page, context, api }) => {
  await signIn(page, { remember: true });
  await rowsVisible(page);
  const other = await context.newPage();
  await other.goto('/extensions?page=2');
  await expect(extensionRows(other).first()).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(other).toHaveURL(/\/sign-in\?next=%2Fextensions%3Fpage%3D2$/);
  await expect(other.getByRole('status').filter({ hasText: 'in another tab' })).toHaveText(
    'You signed out, or signed in with another account, in another tab. Sign in again to go on.',
  );
  // The other tab signs in again and comes back; then the first tab signs in as someone else.
  await other.getByLabel('Access token', { exact: true }).fill('demo-token');
  await other.getByLabel('Remember on this device').check();
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).toHaveURL(/\/extensions\?page=2$/);
  await signIn(page, { token: await api.token(3600), remember: true });
  await rowsVisible(page);
  await expect(other).toHaveURL(/\/sign-in/);
  await expect(other.getByRole('status').filter({ hasText: 'in another tab' })).toBeVisible();
  // The new account stays kept for the first tab.
  await page.reload();
  await rowsVisible(page);
});

test('sign-out clears the credential from both storages', async ({ page }) => {
  await signIn(page, { remember: true });
  await rowsVisible(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await storedSession(page)).toEqual({ local: null, tab: null });
});

test('the base URL tolerates a pasted path, is shown in the header and offered next time', async ({ page, api }) => {
  await signIn(page, { baseUrl: `${api.url}/api/call_center/internal_phone/list/?page=1` });
  await rowsVisible(page);
  await expect(page.getByRole('banner')).toContainText(api.url);
  await page.getByRole('button', { name: 'Sign out' }).click();
  // This site first (for an API proxied on the console's origin), then the ones signed in to.
  const offered = page.locator('#recent-base-urls option');
  await expect(offered).toHaveCount(2);
  await expect(offered.first()).toHaveAttribute('label', 'This site (the API is proxied here)');
  expect(await offered.first().getAttribute('value')).toBe(new URL(page.url()).origin);
  await expect(offered.nth(1)).toHaveAttribute('value', api.url);
  await page.getByLabel('API base URL').fill('omicall.com');
  await page.getByLabel('Access token', { exact: true }).fill('x');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The API base URL must be an http:// or https:// URL.');
});

test('an expired JWT is refused before any call', async ({ page, api }) => {
  const token = await api.token(-120);
  await api.clearRequests();
  await signIn(page, { token });
  await expect(page.getByRole('alert')).toHaveText('This token expired 2 minutes ago. Get a new one.');
  expect(await api.requests()).toHaveLength(0);
});

test('sign-in says what is wrong with the address or the token, in words an admin reads', async ({ page, api, baseURL }) => {
  await page.goto('/sign-in');
  await page.getByLabel('API base URL').fill('https://admin:secret@public-v1.omicall.com');
  await page.getByLabel('Access token', { exact: true }).fill('demo-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The API base URL must not contain a user name or password (user:password@). Remove that part and put the access token in the box below.',
  );
  // A token that expired long ago is told in years, not in hundreds of thousands of hours.
  await page.getByLabel('API base URL').fill(baseURL!);
  await page.getByLabel('Access token', { exact: true }).fill(await api.token(-57 * 366 * 86400));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('This token expired 57 years ago. Get a new one.');
});

test("the console's own address given as the API's is named as such", async ({ page, baseURL }) => {
  // As a static host without the API answers: its fallback page for every path.
  const html = await (await fetch(`${baseURL}/sign-in`)).text();
  await page.route('**/api/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.goto('/sign-in');
  await expect(page.getByLabel('API base URL')).toHaveValue(baseURL!);
  await page.getByLabel('Access token', { exact: true }).fill('demo-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    "This is the address of this console, not of the API. Enter the call-center API's address, for example https://public-v1.omicall.com.",
  );
});

test('a JWT that expires during the session signs out with the reason and the way back', async ({ page, api }) => {
  // The page's clock is the test's: the expiry comes when the test moves time on, however
  // slowly the browser signed in.
  await page.clock.install();
  const token = await api.token(60);
  await signIn(page, { token, path: '/sign-in?next=%2Fextensions%3Fpage%3D2' });
  await rowsVisible(page);
  await expect(page).toHaveURL(/\/extensions\?page=2/);
  await expect(page.getByRole('banner')).toContainText(/token expires in (\d+ seconds|1 minute)/);
  await page.clock.fastForward('01:05');
  await expect(page.getByText('Your session expired or was refused. Please sign in again.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fextensions%3Fpage%3D2/);
});

test('a 401 in the middle of a session returns to the same page after signing in again', async ({ page, api }) => {
  await signIn(page, { path: '/sign-in?next=%2Fextensions%3Fpage%3D2%26size%3D10' });
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('11–20 of 130');
  await api.fault({ route: 'list', kind: 'http', status: 401, once: true });
  await page.getByRole('button', { name: 'Page 3' }).click();
  await expect(page.getByText('Your session expired or was refused. Please sign in again.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Access token', { exact: true }).fill('demo-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/extensions\?/);
  await expect(page).toHaveURL(/page=3/);
  await expect(page).toHaveURL(/size=10/);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('21–30 of 130');
});

for (const [what, body] of [
  ['status_code 401', '{"status_code":401,"payload":null}'],
  ['token_expired', '{"status_code":-9999,"payload":{"status":"fail","error":"x","message":"token_expired"}}'],
]) {
  test(`${what} in an answer is an expired session too`, async ({ page, api }) => {
    await signIn(page);
    await rowsVisible(page);
    await api.fault({ route: 'list', kind: 'raw', status: 200, body, once: true });
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText('Your session expired or was refused. Please sign in again.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fextensions/);
  });
}

test('the token goes only to the API, never into a URL or the console', async ({ page, api, consoleMessages }) => {
  const token = await api.token(3600);
  const leaks: string[] = [];
  const withAuth = new Set<string>();
  page.on('request', (r) => {
    if (r.url().includes(token)) leaks.push(r.url());
    if (r.headers()['authorization']) withAuth.add(new URL(r.url()).origin);
  });
  await signIn(page, { token });
  await rowsVisible(page);
  await page.getByRole('button', { name: 'Details of 147' }).click();
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
  await api.fault({ route: 'groups', kind: 'http', status: 401, once: true });
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(leaks).toEqual([]);
  expect([...withAuth]).toEqual([api.url]);
  expect(consoleMessages.filter((m) => m.includes(token))).toEqual([]);
  expect(page.url()).not.toContain(token);
});

test('an unreachable API gets a message naming the causes and a link to the fix', async ({ page }) => {
  await signIn(page, { baseUrl: 'http://127.0.0.1:9' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The browser could not reach the API.');
  await expect(alert).toContainText('(CORS)');
  await expect(alert).toContainText('the server may be down');
  await expect(alert).toContainText('its name may not resolve');
  const help = alert.getByRole('link', { name: "How to fix this (CORS, Trunk's proxy)" });
  const [readme] = await Promise.all([page.waitForEvent('popup'), help.click()]);
  await expect(readme.locator('body')).toContainText('### When the browser cannot reach the API');
  await expect(readme.locator('body')).toContainText('[[proxy]]');
});
