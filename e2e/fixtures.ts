// The test fixtures every spec uses: one dev-api per worker serving the built app, a page that
// fails its test on any uncaught error or policy violation, sign-in and the table's locators.
// The dev-api client, downloads and nginx live in their own files and are exported from here.
import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { startDevApi, DEMO_TOKEN, type Api } from './dev-api';

export * from './dev-api';
export * from './downloads';
export * from './nginx';

const ROOT = path.resolve(__dirname, '..');
/** The release build, and the build made for a sub-path (`--public-url /switchboard/`). */
export const DIST = path.join(ROOT, 'dist');
export const SUB_PATH_DIST = path.join(ROOT, 'target', 'dist-switchboard');

type WorkerFixtures = { server: Api };
type TestFixtures = {
  api: Api;
  consoleMessages: string[];
  /** Page errors a test provokes on purpose (Firefox reports a refused CORS call as one). */
  expectedPageErrors: RegExp[];
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // One dev-api per worker, serving the built app from dist/ and the API on one origin.
  server: [
    async ({}, use) => {
      const api = await startDevApi(['--static', DIST]);
      await use(api);
      api.proc.kill();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  // Every test starts from the seed data with an empty request log, whether it asks for
  // `api` or not (auto), so no test sees what an earlier one changed.
  api: [
    async ({ server }, use) => {
      await server.reset();
      await use(server);
    },
    { auto: true },
  ],
  consoleMessages: async ({ page }, use) => {
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await use(messages);
  },
  expectedPageErrors: [[], { option: true }],
  // A panic in wasm kills the app: any uncaught page error fails the test.
  // So does anything the Content-Security-Policy blocks: the app runs under a strict one.
  page: async ({ page, expectedPageErrors }, use) => {
    const errors: string[] = [];
    await page.exposeFunction('__reportPolicyViolation', (text: string) => errors.push(`CSP: ${text}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__reportPolicyViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`),
      ),
    );
    page.on('pageerror', (e) => {
      if (!expectedPageErrors.some((re) => re.test(e.message))) errors.push(e.message);
    });
    page.on('console', (m) => {
      if (m.text().includes('panicked')) errors.push(m.text());
    });
    await use(page);
    expect(errors, `uncaught errors in the page:\n${errors.join('\n')}`).toEqual([]);
  },
});

export { expect };

/**
 * Signs in through the form, as a user does: on a page loaded at `path`, or with `here` on the
 * form the app shows now (after a sign-out or an expiry), keeping all the page holds in memory.
 */
export async function signIn(
  page: Page,
  opts: { token?: string; baseUrl?: string; remember?: boolean; path?: string; here?: boolean } = {},
) {
  if (!opts.here) await page.goto(opts.path ?? '/sign-in');
  if (opts.baseUrl) await page.getByLabel('API base URL').fill(opts.baseUrl);
  await page.getByLabel('Access token', { exact: true }).fill(opts.token ?? DEMO_TOKEN);
  if (opts.remember) await page.getByLabel('Remember on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Disables the selected extensions as an admin does: "Disable selected", then, once the preview
 * of the groups they are in has come, its go-ahead, giving the word first where the preview
 * asks for it (a group left with nobody to take its calls).
 */
export async function disableSelected(page: Page) {
  await page.getByRole('button', { name: 'Disable selected' }).click();
  const preview = page.locator('section.preview');
  await expect(preview).toBeVisible();
  // While the readings come, the preview says so in a status line.
  await expect(preview.getByRole('status')).toHaveCount(0);
  const understood = preview.getByRole('checkbox');
  if (await understood.count()) await understood.check();
  await preview.getByRole('button', { name: /^Disable [\d,]+ extensions?$/ }).click();
}

/** The switch of one extension, by its accessible name in English. */
export const switchOf = (page: Page, sip: string) => page.getByRole('switch', { name: `Enabled: ${sip}` });
/** The extensions table's body rows. */
export const extensionRows = (page: Page) => page.locator('table.data tbody tr');
/** The extensions table's row of one extension. */
export const extensionRow = (page: Page, sip: string) =>
  extensionRows(page).filter({ has: page.getByRole('rowheader', { name: sip, exact: true }) });
