import { test, expect, signIn, switchOf, recordDownloads, extensionRow as row } from '../fixtures';
import type { Page } from '@playwright/test';

// What changed since the last visit: the snapshot the Overview keeps in IndexedDB (never the
// password), the differences after records change between two visits, changes made from this
// browser told apart, "Mark as seen", the CSV, and a store that refuses.

const people = {
  extensions: [
    { sip_user: '921', agent_id: 'ag921', full_name: 'Ngô Văn Cũ', email: 'cu@congty.vn', password: 'Sip-921-secret', enabled: true },
    { sip_user: '922', agent_id: 'ag922', full_name: 'Lý Thị Đi', email: 'di@congty.vn', password: 'Sip-922-secret', enabled: true },
    { sip_user: '923', agent_id: 'ag923', full_name: 'Tạ Văn Bật', email: 'bat@congty.vn', password: 'Sip-923-secret', enabled: true },
    { sip_user: '924', agent_id: 'ag924', full_name: 'Mai Thị Tắt', email: 'tat@congty.vn', password: 'Sip-924-secret', enabled: true },
  ],
  groups: [
    { _id: 'g-a', group_name: 'Nhóm A', group_number: '99201', is_deleted: false, strategy: 'enterprise', members: [{ agent_id: 'ag921', sip_user: null }, { agent_id: 'ag922', sip_user: null }] },
    { _id: 'g-b', group_name: 'Nhóm B', group_number: '99202', is_deleted: false, strategy: 'rollover', members: [{ agent_id: 'ag923', sip_user: null }, { agent_id: 'ag924', sip_user: null }] },
    { _id: 'g-c', group_name: 'Nhóm C', group_number: '99203', is_deleted: false, strategy: 'random', members: [{ agent_id: 'ag923', sip_user: null }, { agent_id: 'ag921', sip_user: null }] },
  ],
};

const since = (page: Page) => page.locator('section#since');
const change = (page: Page, text: string) => since(page).locator('.changes li').filter({ hasText: text });

/** Everything the app keeps in IndexedDB, as text. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('switchboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('snapshots').objectStore('snapshots').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
          all.onerror = () => reject(all.error);
        };
      }),
  );

test('the first reading is kept without any password; the next one lists what changed, here and elsewhere; Mark as seen', async ({ page, api, browserName }) => {
  await api.add(people);
  await signIn(page, { path: '/overview' });
  await expect(since(page)).toContainText('This is the first reading kept in this browser for this account');
  // The snapshot holds every extension, and not one SIP password.
  const kept = await stored(page);
  expect(kept).toContain('\\"sip_user\\":\\"921\\"');
  const passwords = ((await api.list('size=200')).items as any[]).map((e) => e.password).filter((p) => p);
  expect(passwords.length).toBeGreaterThan(4);
  for (const p of passwords) expect(kept).not.toContain(p);

  // Changes made elsewhere between two visits, and one made from this browser.
  await api.change({
    extensions: [
      { sip_user: '921', full_name: 'Ngô Văn Mới', password: 'Sip-921-new' },
      { sip_user: '924', enabled: false },
    ],
    groups: [{ _id: 'g-a', strategy: 'random', members: [{ agent_id: 'ag921', sip_user: null }] }, { _id: 'g-b', is_deleted: true }],
    remove_extensions: ['922'],
    remove_groups: ['g-c'],
  });
  await api.add({ extensions: [{ sip_user: '925', agent_id: 'ag925', full_name: 'Đào Văn Mới', email: 'moi@congty.vn', enabled: true }] });
  await page.getByRole('link', { name: 'Extensions' }).click();
  await page.getByLabel('Search extensions').fill('923');
  await expect(row(page, '923')).toBeVisible();
  await switchOf(page, '923').click();
  await expect(switchOf(page, '923')).toHaveAttribute('aria-checked', 'false');

  await page.reload();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('.read-at')).toBeVisible();
  await expect(since(page)).toContainText(/10 changes since the reading of .+, 1 of them made from this browser\./);
  await expect(change(page, '921: Full name:')).toHaveText('921: Full name: Ngô Văn Cũ → Ngô Văn Mới');
  await expect(change(page, '921: SIP password')).toHaveText('921: SIP password changed');
  await expect(change(page, '922:')).toHaveText('922: removed');
  await expect(change(page, '925:')).toHaveText('925: added');
  await expect(change(page, '923:')).toHaveText('923: Status: Enabled → Disabled from this browser');
  await expect(change(page, '924:')).toHaveText('924: Status: Enabled → Disabled');
  await expect(change(page, 'Nhóm A: Ring strategy')).toHaveText('Nhóm A: Ring strategy: enterprise → random');
  await expect(change(page, 'Nhóm A: member')).toHaveText('Nhóm A: member ag922 removed');
  await expect(change(page, 'Nhóm B')).toHaveText('Nhóm B: marked deleted');
  await expect(change(page, 'Nhóm C')).toHaveText('Nhóm C: removed');
  await expect(change(page, '921: Full name:').getByRole('link', { name: 'Details of 921' })).toBeVisible();

  const downloads = await recordDownloads(page, browserName);
  await since(page).getByRole('button', { name: 'Export CSV' }).click();
  const file = await downloads.first();
  expect(file.name).toBe('changes.csv');
  const lines = file.bytes.toString('utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('\ufeffWhat,Which,Change,Old,New,Made from this browser');
  expect(lines).toHaveLength(11);
  expect(lines).toContain('Extension,921,Full name,Ngô Văn Cũ,Ngô Văn Mới,');
  expect(lines).toContain('Extension,923,Status,Enabled,Disabled,from this browser');
  expect(lines).toContain('Group,Nhóm C 99203,removed,,,');

  await since(page).getByRole('button', { name: 'Mark as seen' }).click();
  await expect(since(page)).toContainText('Nothing changed since the reading of');
  // A new visit compares with what was marked as seen.
  await page.reload();
  await expect(page.locator('.read-at')).toBeVisible();
  await expect(since(page)).toContainText('Nothing changed since the reading of');
  expect(await stored(page)).not.toContain('Sip-921-new');
});

test('a full store costs the comparison, in one sentence, never the reading', async ({ page, api }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await signIn(page, { path: '/overview' });
  await expect(page.locator('.read-at')).toBeVisible();
  await expect(since(page).getByRole('alert')).toHaveText(
    "What changed since the last visit cannot be shown: this browser's storage for the site is full. Free some (Activity: Clear the journal), then Read again.",
  );
  await expect(page.locator('section.finding')).toHaveCount(10);
  await expect(page.locator('.counts')).toContainText('Groups');
});

test('a 401 in the middle of the reading comes back to the Overview after signing in', async ({ page, api }) => {
  await signIn(page);
  await expect(page.locator('table.data tbody tr').first()).toBeVisible();
  await api.fault({ route: 'list', kind: 'http', status: 401, once: true, when: { page: '2', size: '100' } });
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await signIn(page, { here: true });
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.locator('.read-at')).toBeVisible();
  await expect(page.locator('section.finding')).toHaveCount(10);
});
