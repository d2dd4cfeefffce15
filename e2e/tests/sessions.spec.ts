import { test, expect, disableSelected, signIn, extensionRow as row, startDevApi, switchOf, DIST, type Api } from '../fixtures';
import type { Page } from '@playwright/test';

// A change, its Undo and what is told of it belong to the sign-in they were made in: they never
// act in another account, an Undo ends with its window or a newer change, and what the end of a
// session cut short is told at the account's next sign-in, with Retry.

const toast = (page: Page, text: string | RegExp) => page.locator('.toast').filter({ hasText: text });

/** Turns 102 off and waits for its message: after that, every earlier PUT has been answered. */
async function disable102(page: Page) {
  await switchOf(page, '102').click();
  await expect(toast(page, '102 disabled.')).toBeVisible();
}

/** Signs in, turns 101 off and keeps its message on screen with the pointer on it. */
async function disable101Kept(page: Page, api: Api) {
  await signIn(page);
  await api.clearRequests();
  await switchOf(page, '101').click();
  const message = toast(page, '101 disabled.');
  await expect(message.getByRole('button', { name: 'Undo' })).toBeVisible();
  await message.hover();
  return message;
}

test('an Undo never reaches another account, even when pressed after signing in to it', async ({ page, api }) => {
  const b = await startDevApi(['--static', DIST]);
  try {
    await disable101Kept(page, api);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, { baseUrl: b.url.replace('127.0.0.1', 'localhost'), here: true });
    await expect(row(page, '147')).toBeVisible();
    await page.keyboard.press('Control+z');
    await disable102(page);
    expect((await b.puts()).map((r) => r.params)).toEqual([{ enabled: 'false', sip_user: '102' }]);
    expect((await api.puts()).map((r) => r.params)).toEqual([{ enabled: 'false', sip_user: '101' }]);
    expect(await api.enabled('101')).toBe(false);
    // The old account's message and its Undo went with its session.
    await expect(toast(page, '101')).toHaveCount(0);
    // Nor did anything of account A's reach B's journal.
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.locator('table.activity tbody tr')).toHaveCount(1);
    await expect(page.locator('table.activity')).not.toContainText('101');
  } finally {
    b.proc.kill();
  }
});

test('an Undo past its window does nothing, though its message is kept on screen', async ({ page, api }) => {
  await page.clock.install();
  const message = await disable101Kept(page, api);
  await page.clock.fastForward(11_000);
  await expect(message.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(message).toBeVisible();
  await page.keyboard.press('Control+z');
  await disable102(page);
  expect((await api.puts()).map((r) => r.params)).toEqual([
    { enabled: 'false', sip_user: '101' },
    { enabled: 'false', sip_user: '102' },
  ]);
});

test('a newer change to an extension withdraws the older Undo, and Activity says what is there now', async ({ page, api }) => {
  await signIn(page);
  await expect(switchOf(page, '101')).toHaveAttribute('aria-checked', 'true');
  await api.clearRequests();
  await switchOf(page, '101').click();
  await expect(toast(page, '101 disabled.').getByRole('button', { name: 'Undo' })).toBeVisible();
  await switchOf(page, '101').click();
  await expect(toast(page, '101 enabled.').getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(toast(page, '101 disabled.').getByRole('button', { name: 'Undo' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Activity' }).click();
  const rows = page.locator('table.activity tbody tr');
  await expect(rows).toHaveCount(2);
  const older = rows.filter({ hasText: 'Enabled → Disabled' });
  await expect(older).toContainText('101 was changed again since: now Enabled.');
  await expect(older.getByRole('button', { name: 'Undo the change to 101' })).toHaveCount(0);
  // The newer change is the one that can be taken back.
  await rows.filter({ hasText: 'Disabled → Enabled' }).getByRole('button', { name: 'Undo the change to 101' }).click();
  await expect(toast(page, '101 disabled.')).toBeVisible();
  expect((await api.puts()).map((r) => r.params)).toEqual([
    { enabled: 'false', sip_user: '101' },
    { enabled: 'true', sip_user: '101' },
    { enabled: 'false', sip_user: '101' },
  ]);
});

test('a bulk change cut short by the session ending says which were not changed, and Retry sends them', async ({ page, api }) => {
  await signIn(page);
  const sips = ['101', '102', '103', '105', '106', '107', '108', '109'];
  for (const sip of sips) await row(page, sip).getByRole('checkbox').check();
  // The session ends at 106: it and every later one are refused, whichever the pool had
  // already sent when the first refusal came.
  for (const sip_user of sips.slice(4)) await api.fault({ route: 'status', kind: 'http', status: 401, when: { sip_user } });
  await api.clearRequests();
  await disableSelected(page);
  await expect(page.getByLabel('Access token', { exact: true })).toBeVisible();
  await api.clearFaults();
  const sent = (await api.puts()).map((r) => r.params.sip_user!);
  expect(sent).toEqual(expect.arrayContaining(['101', '102', '103', '105', '106']));
  expect(sips).toEqual(expect.arrayContaining(sent));
  expect(new Set(sent).size).toBe(sent.length);

  await api.clearRequests();
  await signIn(page, { here: true });
  const notice = toast(page, 'The session ended, so disabling stopped after 4 of 8. 106, 107, 108 and 109 were not changed.');
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(toast(page, '4 extensions disabled.')).toBeVisible();
  const retried = (await api.puts()).map((r) => r.params).sort((a, b) => a.sip_user!.localeCompare(b.sip_user!));
  expect(retried).toEqual(['106', '107', '108', '109'].map((sip_user) => ({ enabled: 'false', sip_user })));
  for (const sip of sips) await expect(switchOf(page, sip)).toHaveAttribute('aria-checked', 'false');
});

test('an Undo the session ended is journaled, and told with Retry at the next sign-in', async ({ page, api }) => {
  await signIn(page);
  await api.clearRequests();
  await disable102(page);
  await api.fault({ route: 'status', kind: 'http', status: 401 });
  await toast(page, '102 disabled.').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Access token', { exact: true })).toBeVisible();
  await api.clearFaults();
  expect(await api.enabled('102')).toBe(false);

  // Told after a reload too: what the session's end cut short is kept for the next sign-in.
  await signIn(page);
  const notice = toast(page, 'The session ended before 102 could be enabled: it was not changed.');
  await expect(notice).toBeVisible();
  await page.getByRole('link', { name: 'Activity' }).click();
  const refused = page.locator('table.activity tbody tr').filter({ hasText: 'Disabled → Enabled' });
  await expect(refused).toContainText('Failed');
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(toast(page, '102 enabled.')).toBeVisible();
  expect(await api.enabled('102')).toBe(true);
  expect((await api.puts()).map((r) => r.params)).toEqual([
    { enabled: 'false', sip_user: '102' },
    { enabled: 'true', sip_user: '102' },
    { enabled: 'true', sip_user: '102' },
  ]);
});
