import { test, expect, disableSelected, signIn, switchOf, recordDownloads, type Api } from '../fixtures';
import type { Page } from '@playwright/test';

// A bulk change across every page of a search: selecting all that match, the pool's bound on
// the requests out at once, Stop, Undo of exactly what was done, and an API that asks to slow
// down.

const bulkBar = (page: Page) => page.getByRole('region', { name: 'Bulk actions' });
const toast = (page: Page, text: string | RegExp) => page.locator('.toast').filter({ hasText: text });

/** Every extension the server holds, sorted as the bulk sends them. */
async function allSips(api: Api): Promise<string[]> {
  const sips: string[] = [];
  for (let p = 1; p <= 2; p++) sips.push(...(await api.list(`page=${p}&size=100`)).items.map((e: any) => e.sip_user));
  return sips.sort();
}

/** Selects every row of the page, then all that match on every page. */
async function selectAllMatching(page: Page, total: number) {
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await bulkBar(page).getByRole('button', { name: `Select all ${total} that match (at most 1,000 at once)` }).click();
  await expect(bulkBar(page)).toContainText(`All ${total} that match are selected, on every page`);
}

test('all that match, on every page, are changed in one bulk; Stop ends it and Undo takes back exactly what was done', async ({ page, api }) => {
  await signIn(page);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–50 of 130');
  const sips = await allSips(api);
  expect(sips).toHaveLength(130);
  await selectAllMatching(page, 130);
  // Rows of another page are selected too, and the selection stays.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–100 of 130');
  await expect(page.getByRole('checkbox', { name: 'Select all on this page' })).toBeChecked();
  await expect(bulkBar(page)).toContainText('All 130 that match are selected');

  // The 41st change is held: those before it are settled, three after it are on their way.
  const held = sips[40];
  // The first armed fault that matches a request is the one it meets.
  await api.fault({ route: 'status', kind: 'hold', once: true, when: { sip_user: held } });
  await api.fault({ route: 'status', kind: 'delay', ms: 60 });
  await api.clearRequests();
  await disableSelected(page);
  await expect(bulkBar(page).getByRole('status')).toContainText('Updating 40 of 130…');
  await bulkBar(page).getByRole('button', { name: 'Stop' }).click();
  await api.release();
  await expect(bulkBar(page)).toContainText('Disabled 44; 0 failed. Stopped: 86 were not sent.');

  const puts = await api.puts();
  const made = sips.slice(0, 44);
  expect(puts.map((r) => r.params.sip_user).sort()).toEqual(made);
  expect(puts.every((r) => r.params.enabled === 'false')).toBe(true);
  // At most four out at once, and never two for one extension.
  expect(Math.max(...puts.map((r) => r.in_flight))).toBe(4);
  expect(Math.max(...puts.map((r) => r.same_in_flight))).toBe(1);
  for (const sip of [made[0], made[43]]) expect(await api.enabled(sip)).toBe(false);
  expect(await api.enabled(sips[44])).not.toBe(false);
  // What was not sent stays selected to try again.
  await expect(bulkBar(page)).toContainText('86 of the 130 that match are selected');

  await api.clearRequests();
  await toast(page, '44 extensions disabled.').getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, '44 extensions enabled.')).toBeVisible();
  const undone = await api.puts();
  expect(undone.map((r) => r.params.sip_user).sort()).toEqual(made);
  expect(undone.every((r) => r.params.enabled === 'true')).toBe(true);
  expect(await api.enabled(made[0])).toBe(true);
});

test('a search selects only its matches, and a new search keeps only the selected rows it shows', async ({ page, api }) => {
  await signIn(page, { path: '/extensions?keyword=1&size=10' });
  const matches = (await api.list('keyword=1&size=200')).total_items;
  expect(matches).toBeGreaterThan(10);
  await selectAllMatching(page, matches);
  await page.getByLabel('Search extensions').fill('14');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).not.toContainText(`of ${matches}`);
  const shown = await page.locator('table.data tbody tr').count();
  await expect(bulkBar(page)).toContainText(`${shown} selected`);
  await expect(bulkBar(page)).not.toContainText('that match are selected');
});

test('an API that asks to slow down is waited out, said, and every change still made', async ({ page, api }) => {
  await signIn(page, { path: '/extensions?size=10' });
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–10 of 130');
  await api.fault({ route: 'status', kind: 'rate_limit', per_second: 3, retry_after: 1 });
  await api.clearRequests();
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await disableSelected(page);
  await expect(toast(page, 'The API asked to slow down; going on in 1 s.').first()).toBeVisible();
  await expect(bulkBar(page)).toContainText('Disabled 10; 0 failed.');
  const puts = await api.puts();
  const sips = new Set(puts.map((r) => r.params.sip_user));
  expect(sips.size).toBe(10);
  // Refused ones were sent again: more requests than changes.
  expect(puts.length).toBeGreaterThan(10);
  for (const sip of sips) await expect(switchOf(page, sip!)).toHaveAttribute('aria-checked', 'false');
});

test.describe('a fault in the middle of a walk', () => {
  for (const [name, fault, sentence] of [
    ['a 500', { kind: 'http', status: 500 }, 'The API answered with HTTP error 500.'],
    ['a dropped connection', { kind: 'drop' }, 'The browser could not reach the API.'],
  ] as const) {
    test(`${name} on the second page ends the export with a sentence, no file and nothing asked again`, async ({ page, api, browserName }) => {
      await signIn(page);
      await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–50 of 130');
      await api.fault({ route: 'list', ...fault, when: { page: '2', size: '100' } });
      await api.clearRequests();
      const downloads = await recordDownloads(page, browserName);
      await page.getByRole('button', { name: 'Export CSV' }).click();
      await expect(toast(page, 'The export failed.')).toContainText(sentence);
      await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
      expect(await downloads.count()).toBe(0);
      // The walk is not started again: page 1 is asked for once. The app sends page 2 once too,
      // but a browser re-sends on its own a GET whose connection dropped, so only the 500's
      // count is the app's.
      const pages = (await api.lists()).map((r) => r.params.page);
      expect(pages.filter((p) => p === '1')).toHaveLength(1);
      if (fault.kind === 'http') expect(pages.filter((p) => p === '2')).toHaveLength(1);
    });

    test(`${name} while reading all that match selects nothing and changes nothing`, async ({ page, api }) => {
      await signIn(page);
      await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–50 of 130');
      await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
      await api.fault({ route: 'list', ...fault, when: { page: '2' } });
      await bulkBar(page).getByRole('button', { name: 'Select all 130 that match (at most 1,000 at once)' }).click();
      const alert = bulkBar(page).getByRole('alert');
      await expect(alert).toContainText('The matches could not be read, so nothing was selected or changed.');
      await expect(alert).toContainText(sentence);
      await expect(bulkBar(page)).toContainText('50 selected');
      expect(await api.puts()).toHaveLength(0);
    });
  }

  test('a 500 among a bulk\'s changes is told on its row, and a lost answer is checked, not guessed', async ({ page, api }) => {
    await signIn(page);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–50 of 130');
    const sips = await allSips(api);
    await selectAllMatching(page, 130);
    const [failing, dropped] = [sips[30], sips[90]];
    await api.fault({ route: 'status', kind: 'http', status: 500, when: { sip_user: failing } });
    // The server makes this change, then the connection drops before the answer.
    await api.fault({ route: 'status', kind: 'drop', when: { sip_user: dropped } });
    await api.clearRequests();
    await disableSelected(page);
    // The lost answer's change is found made when the state is read again: it counts as done.
    await expect(bulkBar(page)).toContainText('Disabled 129; 1 failed.');
    await expect(bulkBar(page).locator('li.failed')).toHaveCount(1);
    await expect(bulkBar(page).locator('li.failed')).toContainText(`${failing}: The API answered with HTTP error 500.`);
    expect((await api.lists()).some((r) => r.params.keyword === dropped), 'the state was read again').toBe(true);
    const puts = await api.puts();
    expect(new Set(puts.map((r) => r.params.sip_user)).size).toBe(130);
    // Nothing is retried without limit: the 500 is sent once.
    expect(puts.filter((r) => r.params.sip_user === failing)).toHaveLength(1);
    expect(await api.enabled(sips[0])).toBe(false);
    expect(await api.enabled(dropped)).toBe(false);
    expect(await api.enabled(failing)).not.toBe(false);
    // What failed stays selected, to try again.
    await expect(bulkBar(page)).toContainText('1 of the 130 that match are selected');
  });
});
