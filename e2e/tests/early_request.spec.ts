import { test, expect, signIn, extensionRows, startDevApi, DEMO_TOKEN, SUB_PATH_DIST, type Api } from '../fixtures';
import type { Page } from '@playwright/test';

// The first page's request leaves before the wasm has loaded (src/api/early.js), and the
// app adopts it: one request per load, the same URL, headers and token, nothing without a session.


/** Whether the request to `endpoint` left before the app had started: only the early one can. */
const sentBeforeStart = (page: Page, endpoint: string) =>
  page.evaluate((endpoint) => {
    const call = performance.getEntriesByType('resource').find((e) => e.name.includes(endpoint));
    const started = (window as any).__appStarted as number | undefined;
    return !!call && started !== undefined && call.startTime < started;
  }, endpoint);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', () => ((window as any).__appStarted = performance.now())),
  );
});

async function signedInThenReload(page: Page, api: Api, to: string) {
  await signIn(page, { remember: true });
  await expect(extensionRows(page).first()).toBeVisible();
  await page.goto(to);
  // That load's own request is answered before the log is cleared: under load it could
  // otherwise reach the server after the clearing, and count as the reload's.
  await expect(extensionRows(page).first()).toBeVisible();
  await api.clearRequests();
  await page.reload();
}

test('a reload of Extensions sends one list request, before the wasm, with the same query and token', async ({ page, api }) => {
  await signedInThenReload(page, api, '/extensions?page=2&size=10&keyword=a+');
  await expect(page.locator('nav.pagination')).toContainText('11–20');
  const sent = await api.lists();
  expect(sent).toHaveLength(1);
  expect(sent[0].params).toEqual({ page: '2', size: '10', keyword: 'a ' });
  expect(await sentBeforeStart(page, 'internal_phone/list')).toBe(true);
  expect(await page.evaluate(() => '__switchboardEarly' in window)).toBe(false);
});

test('the plain address, and a size remembered here, still make one request', async ({ page, api }) => {
  await signedInThenReload(page, api, '/extensions');
  await expect(extensionRows(page)).toHaveCount(50);
  expect(await api.lists()).toHaveLength(1);
  expect(await sentBeforeStart(page, 'internal_phone/list')).toBe(true);
  // A bare address shows the size remembered here: asked for once, early, with that size.
  await page.getByRole('combobox', { name: /Rows per page/ }).selectOption('25');
  await expect(extensionRows(page)).toHaveCount(25);
  await api.clearRequests();
  await page.goto('/extensions');
  await expect(page).toHaveURL(/size=25/);
  await expect(extensionRows(page)).toHaveCount(25);
  const sent = await api.lists();
  expect(sent.map((r) => r.params.size)).toEqual(['25']);
  expect(await sentBeforeStart(page, 'internal_phone/list')).toBe(true);
  // The root goes to the same bare address.
  await api.clearRequests();
  await page.goto('/');
  await expect(page).toHaveURL(/\/extensions\?size=25$/);
  await expect(extensionRows(page)).toHaveCount(25);
  expect((await api.lists()).map((r) => r.params.size)).toEqual(['25']);
});

test('a reload of Groups sends one get_all, before the wasm', async ({ page, api }) => {
  await signIn(page, { remember: true });
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.locator('#groups-table')).toBeVisible();
  await api.clearRequests();
  await page.reload();
  await expect(page.locator('#groups-table')).toBeVisible();
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(1);
  expect(await sentBeforeStart(page, 'internal_group/get_all')).toBe(true);
});

test('no session, or an expired one, sends nothing', async ({ page, api }) => {
  await page.goto('/extensions');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await api.requests()).toEqual([]);
  const expired = await api.token(-120);
  await page.evaluate((token) => localStorage.setItem('switchboard.session', JSON.stringify({ base_url: location.origin, token })), expired);
  await page.goto('/extensions');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await api.requests()).toEqual([]);
});

test('a 401 to the early request signs out as any 401 does', async ({ page, api }) => {
  await signIn(page, { remember: true });
  await expect(extensionRows(page).first()).toBeVisible();
  await api.fault({ route: 'list', kind: 'http', status: 401, once: true });
  await api.clearRequests();
  await page.reload();
  await expect(page.getByText('Your session expired or was refused. Please sign in again.')).toBeVisible();
  expect(await api.lists()).toHaveLength(1);
  expect(await api.requests().then((r) => r.every((x) => x.path.endsWith('internal_phone/list')))).toBe(true);
});

test('below a sub-path too, one request per load', async ({ page }) => {
  const host = await startDevApi(['--static', SUB_PATH_DIST, '--prefix', '/switchboard']);
  try {
    const app = `${host.url}/switchboard`;
    await page.goto(`${app}/sign-in`);
    await page.getByLabel('Access token', { exact: true }).fill(DEMO_TOKEN);
    await page.getByLabel('Remember on this device').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(extensionRows(page).first()).toBeVisible();
    await host.clearRequests();
    await page.reload();
    await expect(extensionRows(page)).toHaveCount(50);
    expect(await host.lists()).toHaveLength(1);
    expect(await sentBeforeStart(page, 'internal_phone/list')).toBe(true);
  } finally {
    host.proc.kill();
  }
});
