import { test, expect, disableSelected, signIn, extensionRow as row, recordDownloads, startDevApi, DEMO_TOKEN, switchOf, DIST, type Api } from '../fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// The change journal, the switch's "set here" state, Undo, the Activity page, and the
// groups of an extension.

/** The localStorage key of the journal the page has written, if any. */
const journalKeyIn = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('switchboard.journal:')));

/** A list answer that, like the contract's example, says nothing of `enabled`. */
const withoutEnabled = (sips: string[]) => ({
  items: sips.map((s) => ({ sip_user: s, full_name: `Agent ${s}`, domain: 'omiteam' })),
  page_number: 1,
  page_size: 50,
  total_items: sips.length,
  total_pages: 1,
  has_next: false,
});

test('a reload keeps the state set here, marked as such, for sight and for screen readers', async ({ page, api }) => {
  await api.fault({ route: 'list', kind: 'payload', payload: withoutEnabled(['147', '102']) });
  await signIn(page);
  const sw = switchOf(page, '102');
  await expect(sw).toHaveAttribute('aria-checked', 'mixed');
  await sw.click();
  await expect(page.locator('.toast')).toContainText('102 enabled.');
  await page.reload();
  await expect(sw).toHaveAttribute('aria-checked', 'true');
  const note = row(page, '102').locator('.set-here');
  await expect(note).toContainText(/^set here \d/);
  await expect(sw).toHaveAccessibleDescription(/set here \d/);
  // Nothing set here for 147: still honestly unknown.
  await expect(switchOf(page, '147')).toHaveAttribute('aria-checked', 'mixed');
  await expect(row(page, '147').locator('.set-here')).toHaveCount(0);
});

test('a state the API reports wins over the journal', async ({ page, api }) => {
  await signIn(page);
  await switchOf(page, '102').click();
  await expect(page.locator('.toast')).toContainText('102 disabled.');
  // Changed elsewhere: the list now says enabled, and that is what shows.
  await fetch(`${api.url}/api/call_center/internal_phone/status?enabled=true&sip_user=102`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${DEMO_TOKEN}` },
  });
  await page.reload();
  await expect(switchOf(page, '102')).toHaveAttribute('aria-checked', 'true');
  await expect(row(page, '102').locator('.set-here')).toHaveCount(0);
});

test('Undo sends exactly one reverse change, from the button or from the keyboard', async ({ page, api }) => {
  await signIn(page);
  await expect(switchOf(page, '102')).toHaveAttribute('aria-checked', 'true');
  await api.clearRequests();
  await switchOf(page, '102').click();
  const toast = page.locator('.toast').filter({ hasText: '102 disabled.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast').filter({ hasText: '102 enabled.' })).toBeVisible();
  await expect(switchOf(page, '102')).toHaveAttribute('aria-checked', 'true');
  expect((await api.puts()).map((r) => r.params)).toEqual([
    { enabled: 'false', sip_user: '102' },
    { enabled: 'true', sip_user: '102' },
  ]);
  expect(await api.enabled('102')).toBe(true);

  // Ctrl+Z with the keyboard still on the switch; the result is announced in the live region.
  await api.clearRequests();
  await switchOf(page, '103').focus();
  const before = await switchOf(page, '103').getAttribute('aria-checked');
  await page.keyboard.press('Enter');
  await expect(switchOf(page, '103')).not.toHaveAttribute('aria-checked', before!);
  await expect(page.locator('.toast button.undo')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(switchOf(page, '103')).toHaveAttribute('aria-checked', before!);
  await expect(page.getByRole('status').filter({ has: page.locator('.toast') })).toContainText(
    before === 'true' ? '103 enabled.' : '103 disabled.',
  );
  expect((await api.puts()).length).toBe(2);
});

test('a bulk Undo sets back only the extensions whose change was made', async ({ page, api }) => {
  await signIn(page);
  await api.fault({ route: 'status', kind: 'rejected', error: 'extension_invalid', when: { sip_user: '103' } });
  for (const sip of ['102', '103', '105']) await row(page, sip).getByRole('checkbox').check();
  await disableSelected(page);
  await expect(page.locator('.bulk-result')).toContainText('Disabled 2; 1 failed.');
  await api.clearRequests();
  await page.locator('.toast').filter({ hasText: '2 extensions disabled.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.toast').filter({ hasText: '2 extensions enabled.' })).toBeVisible();
  // Sent side by side, so in any order.
  const sent = (await api.puts()).map((r) => r.params).sort((a, b) => a.sip_user!.localeCompare(b.sip_user!));
  expect(sent).toEqual([
    { enabled: 'true', sip_user: '102' },
    { enabled: 'true', sip_user: '105' },
  ]);
});

test('two tabs stay in step', async ({ page, context }) => {
  await signIn(page, { remember: true });
  const other = await context.newPage();
  await other.goto('/activity');
  await expect(other.getByText('No changes have been sent from this browser yet.')).toBeVisible();
  await switchOf(page, '102').click();
  await expect(page.locator('.toast')).toContainText('102 disabled.');
  await expect(other.locator('table.activity tbody tr')).toHaveCount(1);
  await expect(other.locator('table.activity')).toContainText('Enabled → Disabled');
  // A bulk change writes once a change, in a burst: the other tab ends with every one.
  for (const sip of ['103', '105', '106']) await row(page, sip).getByRole('checkbox').check();
  await disableSelected(page);
  await expect(page.locator('.bulk-result')).toContainText('0 failed.');
  await expect(other.locator('table.activity tbody tr')).toHaveCount(4);
  for (const sip of ['102', '103', '105', '106']) await expect(other.locator('table.activity tbody')).toContainText(sip);
});

test('a change another tab wrote over at the same moment is put back', async ({ page, context }) => {
  await signIn(page, { remember: true });
  await switchOf(page, '102').click();
  await expect(page.locator('.toast')).toContainText('102 disabled.');
  // What a second tab writes when it records a change before this tab's write reached it:
  // its own list, without this tab's entry. The first tab hears of it as of any write there.
  const other = await context.newPage();
  await other.goto('/sign-in');
  const key = (await journalKeyIn(other))!;
  const journal = async () =>
    JSON.parse((await other.evaluate((k) => localStorage.getItem(k), key))!) as { version: number; entries: { sip: string; at: number }[] };
  const stored = await journal();
  expect(stored.entries.map((e) => e.sip)).toEqual(['102']);
  const theirs = { at: stored.entries[0].at + 1, sip: '103', from: true, to: false };
  await other.evaluate(([key, value]) => localStorage.setItem(key, value), [key, JSON.stringify({ version: stored.version, entries: [theirs] })]);
  await expect.poll(async () => (await journal()).entries.map((e) => e.sip)).toEqual(['102', '103']);
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.locator('table.activity tbody tr')).toHaveCount(2);
});

test('two API base URLs keep separate journals', async ({ page, api }) => {
  const second = await startDevApi(['--static', DIST]);
  try {
    await signIn(page);
    await switchOf(page, '102').click();
    await expect(page.locator('.toast')).toContainText('102 disabled.');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, { baseUrl: second.url.replace('127.0.0.1', 'localhost') });
    await expect(row(page, '147')).toBeVisible();
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByText('No changes have been sent from this browser yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, { baseUrl: api.url });
    await page.getByRole('link', { name: 'Activity' }).click();
    await expect(page.locator('table.activity tbody tr')).toHaveCount(1);
    await expect(page.locator('table.activity')).toContainText('102');
  } finally {
    second.proc.kill();
  }
});

test('Activity filters by extension and outcome, exports CSV, and clears after asking', async ({ page, api, browserName }) => {
  await signIn(page);
  await api.fault({ route: 'status', kind: 'rejected', error: 'extension_invalid', when: { sip_user: '103' } });
  await switchOf(page, '102').click();
  await expect(page.locator('.toast')).toContainText('102 disabled.');
  await switchOf(page, '103').click();
  await expect(page.locator('.toast.failed')).toBeVisible();
  await page.getByRole('link', { name: 'Activity' }).click();
  const rows = page.locator('table.activity tbody tr');
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(rows.first()).toContainText('103');
  await page.getByLabel('Outcome').selectOption('failed');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Failed:');
  await expect(page).toHaveURL(/outcome=failed/);
  await page.getByLabel('Outcome').selectOption('all');
  await page.getByRole('searchbox', { name: 'Extension' }).fill('102');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Enabled → Disabled');

  const downloads = await recordDownloads(page, browserName);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await downloads.first();
  expect(file.name).toBe('activity.csv');
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('\ufeffWhen,Extension,From,To,Outcome,Reason\r\n')).toBe(true);
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(text).toMatch(/Z,102,Enabled,Disabled,Done,\r\n/);

  await page.getByRole('button', { name: 'Clear the journal…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete 2 entries');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear the journal…' }).click();
  await page.getByRole('button', { name: 'Clear the journal', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Extension' }).fill('');
  await expect(page.getByText('No changes have been sent from this browser yet.')).toBeVisible();
});

test('Undo from Activity, per change and per bulk change', async ({ page, api }) => {
  await signIn(page);
  for (const sip of ['102', '105']) await row(page, sip).getByRole('checkbox').check();
  await disableSelected(page);
  await expect(page.locator('.bulk-result')).toContainText('Disabled 2; 0 failed.');
  await page.getByRole('link', { name: 'Activity' }).click();
  await api.clearRequests();
  await page.getByRole('button', { name: 'Undo the whole bulk change (2)' }).click();
  await expect(page.locator('table.activity tbody tr')).toHaveCount(4);
  expect((await api.puts()).map((r) => r.params.enabled)).toEqual(['true', 'true']);
  await api.clearRequests();
  await page.getByRole('button', { name: 'Undo the change to 102' }).first().click();
  await expect(page.locator('table.activity tbody tr')).toHaveCount(5);
  expect((await api.puts()).map((r) => r.params)).toEqual([{ enabled: 'false', sip_user: '102' }]);
});

test('a hostile or damaged journal: shown as text, or set aside with one notice', async ({ page, api }) => {
  await signIn(page, { remember: true });
  await expect(row(page, '147')).toBeVisible();
  const key = (await journalKeyIn(page)) ?? '';
  const base = await page.evaluate(() => JSON.parse(localStorage.getItem('switchboard.session')!).base_url);
  const journalKey = key || `switchboard.journal:${base}`;
  const nasty = '<img src=x onerror="window.__pwned=1">';
  await page.evaluate(
    ([k, sip]) =>
      localStorage.setItem(k, JSON.stringify({ version: 1, entries: [{ at: 1700000000000, sip, from: null, to: false, failed: `<b>${sip}</b>` }] })),
    [journalKey, nasty],
  );
  await page.goto('/activity');
  await expect(page.locator('table.activity tbody th')).toHaveText(nasty);
  await expect(page.locator('table.activity img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();

  await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"entries":'), journalKey);
  await page.reload();
  await expect(page.locator('.toast.failed')).toHaveCount(1);
  await expect(page.locator('.toast.failed')).toContainText('could not be read');
  await expect(page.getByText('No changes have been sent from this browser yet.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.set-aside`), journalKey)).toBe('{"version":1,"entries":');
  // The console goes on: a change is made and journaled anew.
  await page.getByRole('link', { name: 'Extensions' }).click();
  await switchOf(page, '102').click();
  await expect(page.locator('.toast').filter({ hasText: '102 disabled.' })).toBeVisible();
});

test('a full storage costs the journal, never the change', async ({ page, api }) => {
  await signIn(page);
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k.startsWith('switchboard.journal:')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await api.clearRequests();
  await switchOf(page, '102').click();
  await expect(page.locator('.toast.failed')).toContainText('storage is full');
  await expect(page.locator('.toast').filter({ hasText: '102 disabled.' })).toBeVisible();
  expect(await api.enabled('102')).toBe(false);
});

test('a storage that fills keeps the newer half of the journal, and says what it dropped', async ({ page }) => {
  await signIn(page);
  for (const sip of ['101', '102', '103', '105']) {
    await switchOf(page, sip).click();
    await expect(page.locator('.toast').filter({ hasText: `${sip} disabled.` })).toBeVisible();
  }
  // From now on the storage holds at most three entries of the journal.
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k.startsWith('switchboard.journal:') && JSON.parse(v).entries.length > 3) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      return set.call(this, k, v);
    };
  });
  await switchOf(page, '106').click();
  await expect(page.locator('.toast.failed')).toContainText(
    "The browser's storage was full, so the oldest 2 entries of the change journal were dropped to keep the newest.",
  );
  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.locator('table.activity tbody th')).toHaveText(['106', '105', '103']);
});

test('a journal past its share of the storage drops its oldest entries, and says how many', async ({ page }) => {
  await signIn(page, { remember: true });
  await switchOf(page, '102').click();
  await expect(page.locator('.toast')).toContainText('102 disabled.');
  const key = (await journalKeyIn(page))!;
  // 3,000 earlier changes that each failed with the longest reason kept: about 2 MB of JSON.
  await page.evaluate((key) => {
    const failed = 'Đ'.repeat(300);
    const entries = Array.from({ length: 3000 }, (_, i) => ({ at: 1_700_000_000_000 + i, sip: '147', from: true, to: false, failed }));
    localStorage.setItem(key, JSON.stringify({ version: 1, entries }));
  }, key);
  await page.reload();
  await switchOf(page, '103').click();
  const told = page.locator('.toast.failed').filter({ hasText: 'reached its share' });
  await expect(told).toContainText(/^The change journal reached its share of this browser's storage \(1 MB\), so its oldest [\d,]+ entries were dropped to keep the newest\./);
  const dropped = Number((await told.textContent())!.match(/oldest ([\d,]+) entries/)![1].replace(/,/g, ''));
  const stored = (await page.evaluate((k) => localStorage.getItem(k), key))!;
  expect(new TextEncoder().encode(stored).length).toBeLessThanOrEqual(1_000_000);
  const entries = JSON.parse(stored).entries as { sip: string }[];
  expect(entries.at(-1)!.sip).toBe('103');
  expect(entries.length + dropped).toBe(3001);
});

test('the detail lists the groups of the extension, each linking to it on Groups', async ({ page, api }) => {
  const res = await fetch(`${api.url}/api/call_center/internal_group/get_all`, { headers: { Authorization: `Bearer ${DEMO_TOKEN}` } });
  const groups: any[] = (await res.json()).payload;
  const list = await api.list('size=200');
  // An extension that is a member by SIP user somewhere.
  const member = groups.flatMap((g) => g.members ?? []).find((m: any) => m.sip_user);
  const ext = list.items.find((e: any) => e.sip_user === member.sip_user);
  const expected = groups
    .filter((g) => !g.is_deleted && (g.members ?? []).some((m: any) => m.agent_id === ext.agent_id || m.sip_user === ext.sip_user))
    .map((g) => g.group_name);
  await signIn(page, { path: `/sign-in?next=${encodeURIComponent(`/extensions?keyword=${ext.sip_user}&ext=${ext.sip_user}`)}` });
  const drawer = page.getByRole('dialog');
  const section = drawer.locator('.member-of');
  await expect(section.getByRole('link')).toHaveText(expected);
  await section.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/groups\?/);
  await expect(page.getByRole('button', { name: expected[0], expanded: true })).toBeVisible();

  // An extension in no group says so.
  await page.goto('/extensions?keyword=147&ext=147');
  const none = list.items.find((e: any) => e.sip_user === '147');
  const in147 = groups.some((g) => !g.is_deleted && (g.members ?? []).some((m: any) => m.sip_user === '147' || (none.agent_id && m.agent_id === none.agent_id)));
  await expect(page.getByRole('dialog').locator('.member-of')).toContainText(in147 ? /./ : 'In no group.');
});

test('the drawers share one download of the groups, kept across pages; a failed one is asked for again', async ({ page, api }) => {
  await signIn(page);
  await api.clearRequests();
  await api.fault({ route: 'groups', kind: 'http', status: 500, once: true });
  const drawer = page.getByRole('dialog');
  const details = (sip: string) => row(page, sip).getByRole('button', { name: /Details/ }).click();
  await details('101');
  await expect(drawer.locator('.member-of').getByRole('alert')).toContainText('HTTP error 500');
  await drawer.getByRole('button', { name: 'Close' }).click();
  // The next drawer asks again, and this time the groups come.
  await details('102');
  await expect(drawer.locator('.member-of')).not.toContainText('Loading');
  await expect(drawer.locator('.member-of').getByRole('alert')).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await details('147');
  await expect(drawer.locator('.member-of')).not.toContainText('Loading');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await details('101');
  await expect(drawer.locator('.member-of').getByRole('alert')).toHaveCount(0);
  await expect(drawer.locator('.member-of')).not.toContainText('Loading');
  // The failed download and the one after it; the later drawers used that one.
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(2);
  // Groups downloads its own; back on Extensions, the drawers still use the one kept.
  await page.getByRole('link', { name: 'Groups' }).click();
  // Groups' own download is in before the page is left: leaving at once could abort it unsent.
  await expect(page.locator('#groups-table')).toBeVisible();
  await page.getByRole('link', { name: 'Extensions' }).click();
  await details('101');
  await expect(drawer.locator('.member-of')).not.toContainText('Loading');
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(3);
});

test('the detail lists its changes from this browser', async ({ page }) => {
  await signIn(page);
  await switchOf(page, '102').click();
  await expect(page.locator('.toast')).toContainText('102 disabled.');
  await row(page, '102').getByRole('button', { name: /Details/ }).click();
  const history = page.getByRole('dialog').locator('.history');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('Enabled → Disabled · Done');
  await history.getByRole('link', { name: 'See all on the Activity page' }).click();
  await expect(page).toHaveURL(/\/activity\?keyword=102/);
  await expect(page.locator('table.activity tbody tr')).toHaveCount(1);
});

test.describe('in Vietnamese', () => {
  test.use({ locale: 'vi-VN' });
  test('Activity reads in Vietnamese and axe finds nothing on it', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Access token', { exact: true }).fill(DEMO_TOKEN);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('switch', { name: 'Hoạt động: 102' }).click();
    await expect(page.locator('.toast')).toContainText('Đã tắt 102.');
    await expect(page.locator('.toast').getByRole('button', { name: 'Hoàn tác' })).toBeVisible();
    await page.getByRole('link', { name: 'Hoạt động' }).click();
    await expect(page.getByRole('heading', { name: 'Hoạt động' })).toBeVisible();
    await expect(page.locator('table.activity')).toContainText('Hoạt động → Ngưng hoạt động');
    await expect(page.locator('table.activity')).toContainText('Thành công');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('a change still in flight when its page is left is told on the next page', async ({ page, api }) => {
  await signIn(page);
  await api.fault({ route: 'status', kind: 'hold', once: true });
  await switchOf(page, '102').click();
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Internal groups' })).toBeVisible();
  await api.release();
  await expect(page.locator('.toast').filter({ hasText: '102 disabled.' })).toBeVisible();
  expect(await api.enabled('102')).toBe(false);
});

test('Activity pages through a long journal, the keyboard landing on the new rows', async ({ page }) => {
  await signIn(page, { remember: true });
  await expect(row(page, '147')).toBeVisible();
  await page.evaluate(() => {
    const base = JSON.parse(localStorage.getItem('switchboard.session')!).base_url;
    const entries = Array.from({ length: 60 }, (_, i) => ({ at: 1700000000000 + i * 60000, sip: String(200 + i), from: true, to: false }));
    localStorage.setItem(`switchboard.journal:${base}`, JSON.stringify({ version: 1, entries }));
  });
  await page.goto('/activity');
  const rows = page.locator('table.activity tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('259');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText('209');
  await expect(page.locator('#activity-table')).toBeFocused();
  await expect(page).toHaveURL(/page=2/);
});
