// The release build served as the README says to deploy it: Debian's nginx with
// deploy/nginx.conf (and deploy/nginx-subpath.conf), in front of an API that allows no other
// origin (dev-api --no-cors), reached through the configuration's same-origin proxy.
import http from 'node:http';
import path from 'node:path';
import { test, expect, startDevApi, startNginx, extensionRows, switchOf, DIST, SUB_PATH_DIST, type Api } from '../fixtures';
import type { Page } from '@playwright/test';


type Site = Awaited<ReturnType<typeof startNginx>>;
let api: Api;
let site: Site;

test.beforeAll(async () => {
  api = await startDevApi(['--no-cors']);
  site = await startNginx({ dist: DIST, api: api.url });
});
test.afterAll(() => {
  site?.stop();
  api?.proc.kill();
});
test.beforeEach(async () => {
  await api.reset();
});

/** One GET as a browser of the given Accept-Encoding sends it, the body left compressed. */
function get(url: string, acceptEncoding = 'identity'): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      })
      .on('error', reject);
  });
}

/** The policy violations the page reports (the app must cause none). */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy|blocked .* \(/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

async function signInThroughProxy(page: Page, base: string) {
  await expect(page.getByLabel('API base URL')).toHaveValue(base);
  await page.getByLabel('Access token', { exact: true }).fill('demo-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('each file is sent with its type, policy, caching and the encoding the browser accepts', async () => {
  const index = await get(`${site.url}/`);
  const html = await (await fetch(`${site.url}/`)).text();
  // The release build minifies index.html: attributes may be unquoted.
  const js = html.match(/href="?\/(switchboard-[^"\s>]+\.js)/)?.[1];
  const wasm = html.match(/href="?\/(switchboard-[^"\s>]+\.wasm)/)?.[1];
  const css = html.match(/href="?\/(main-[^"\s>]+\.css)/)?.[1];
  expect([js, wasm, css].every(Boolean), 'index.html names its files').toBe(true);

  expect(index.status).toBe(200);
  expect(index.headers['content-type']).toMatch(/^text\/html/);
  expect(index.headers['cache-control']).toBe('no-cache');
  expect(index.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(index.headers['content-security-policy']).toContain("style-src 'self'");
  expect(index.headers['x-content-type-options']).toBe('nosniff');
  expect(index.headers['referrer-policy']).toBe('no-referrer');

  for (const [file, type] of [[js, 'application/javascript'], [wasm, 'application/wasm'], [css, 'text/css']]) {
    const plain = await get(`${site.url}/${file}`);
    expect(plain.headers['content-type'], file).toMatch(new RegExp(`^${type}`));
    expect(plain.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding'], file).toBeUndefined();
    expect((await get(`${site.url}/${file}`, 'gzip')).headers['content-encoding'], file).toBe('gzip');
    const br = await get(`${site.url}/${file}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding'], file).toBe('br');
    expect(br.headers['vary'], file).toContain('Accept-Encoding');
    expect(Number(br.headers['content-length']), file).toBeLessThan(Number(plain.headers['content-length']));
  }
  // An app path is index.html, not a 404.
  const deep = await get(`${site.url}/groups?size=100`);
  expect(deep.status).toBe(200);
  expect(deep.headers['content-type']).toMatch(/^text\/html/);
  expect(deep.headers['cache-control']).toBe('no-cache');
});

test('through the proxy: a deep link signs in, lists, toggles, opens Groups and survives a reload, under the policy', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto(`${site.url}/extensions?page=2`);
  await expect(page).toHaveURL(`${site.url}/sign-in?next=%2Fextensions%3Fpage%3D2`);
  await signInThroughProxy(page, site.url);
  await expect(page).toHaveURL(`${site.url}/extensions?page=2`);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–100 of 130');
  await page.goto(`${site.url}/extensions`);
  const sw = switchOf(page, '101');
  await sw.click();
  await expect(page.getByText('101 disabled.')).toBeVisible();
  expect(await api.enabled('101')).toBe(false);
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(`${site.url}/groups`);
  await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
  // The proxy passed the token and none of the browser's own headers.
  const proxied = await api.requestsTo('internal_phone/status');
  expect(proxied).toHaveLength(1);
  expect(proxied[0].headers).toContain('authorization');
  for (const h of ['cookie', 'origin', 'referer', 'user-agent', 'accept-language', 'sec-fetch-mode']) {
    expect(proxied[0].headers, h).not.toContain(h);
  }
  expect(violations).toEqual([]);
});

test.describe('without the proxy', () => {
  // The refusal under test: Firefox reports it as a page error too.
  test.use({ expectedPageErrors: [/^The Same Origin Policy disallows reading the remote resource/] });

  test("an API that allows no other origin gets the sentence that names the causes", async ({ page }) => {
    await page.goto(`${site.url}/sign-in`);
    await page.getByLabel('API base URL').fill(api.url);
    await page.getByLabel('Access token', { exact: true }).fill('demo-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The browser could not reach the API');
    await expect(alert).toContainText('CORS');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test('below a sub-path with deploy/nginx-subpath.conf', async ({ page }) => {
  const sub = await startNginx({ dist: SUB_PATH_DIST, api: api.url, subPath: true });
  try {
    const app = `${sub.url}/switchboard`;
    const css = (await (await fetch(`${app}/`)).text()).match(/href="?(\/switchboard\/main-[^"\s>]+\.css)/)?.[1];
    const asset = await get(`${sub.url}${css}`, 'br');
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await page.goto(`${app}/groups?size=100`);
    await expect(page).toHaveURL(`${app}/sign-in?next=%2Fgroups%3Fsize%3D100`);
    await signInThroughProxy(page, sub.url);
    await expect(page).toHaveURL(`${app}/groups?size=100`);
    await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Extensions' }).click();
    await expect(extensionRows(page)).toHaveCount(50);
  } finally {
    sub.stop();
  }
});
