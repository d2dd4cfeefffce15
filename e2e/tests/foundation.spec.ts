import { test, expect, signIn, extensionRows } from '../fixtures';

test('signing in with the demo token shows extension 147 in the table', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/extensions/);
  const row = extensionRows(page).filter({ hasText: 'Đỗ Thị Hồng Vy' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText('147');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' })).toBeVisible();
});

test('a wrong token shows a readable error and stays on sign-in', async ({ page }) => {
  await signIn(page, { token: 'not-a-real-token' });
  await expect(page.getByRole('alert')).toHaveText(/The API refused this access token/);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});

test('the app on one origin calls the API on another (CORS)', async ({ page, api }) => {
  // The page comes from 127.0.0.1, the API is called as localhost: two origins, one server.
  const apiOrigin = api.url.replace('127.0.0.1', 'localhost');
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) apiCalls.push(new URL(r.url()).origin);
  });
  await signIn(page, { baseUrl: apiOrigin });
  await expect(extensionRows(page).filter({ hasText: 'Đỗ Thị Hồng Vy' })).toHaveCount(1);
  expect(new URL(page.url()).origin).toBe(api.url);
  expect(apiCalls.length).toBeGreaterThan(0);
  expect(new Set(apiCalls)).toEqual(new Set([apiOrigin]));
  expect((await api.lists()).length).toBeGreaterThan(0);
});

test('signing out forgets the session', async ({ page }) => {
  await signIn(page);
  await expect(extensionRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/extensions');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the app is served under a strict Content-Security-Policy and breaks none of it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window as any).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  const response = await page.goto('/sign-in');
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await signIn(page);
  await expect(extensionRows(page).filter({ hasText: 'Đỗ Thị Hồng Vy' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});
