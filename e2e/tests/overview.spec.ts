import { test, expect, signIn, recordDownloads, DEMO_TOKEN, type Api } from '../fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// The Overview: one reading of every extension and group, its counts, each finding against
// data made to trigger it, and the reading's progress, Cancel and "Read again".

/** Records that trigger every finding, beside the seeded ones. */
const troubled = {
  extensions: [
    { sip_user: '901', agent_id: 'ag901', full_name: 'Trần Văn Một', email: 'chung@congty.vn', enabled: false },
    { sip_user: '902', agent_id: 'ag902', full_name: '', email: ' CHUNG@congty.vn', enabled: false },
    { sip_user: '903', agent_id: 'ag903', full_name: 'Lê Thị Ba', email: null, enabled: true },
  ],
  groups: [
    { _id: 'g-empty', group_name: 'Nhóm Trống', group_number: '99001', is_deleted: false, members: [] },
    { _id: 'g-dead', group_name: 'Nhóm Tắt Hết', group_number: '99002', is_deleted: false, members: [{ agent_id: 'ag901', sip_user: null }, { agent_id: 'ag902', sip_user: null }] },
    { _id: 'g-lone', group_name: 'Nhóm Một Người', group_number: '99003', is_deleted: false, members: [{ agent_id: 'ag903', sip_user: null }, { agent_id: 'ag901', sip_user: null }] },
    { _id: 'g-gone', group_name: 'Nhóm Đã Xoá', group_number: '99004', is_deleted: true, members: [{ agent_id: 'ag903', sip_user: null }] },
    {
      _id: 'g-astray', group_name: 'Nhóm Chuyển Sai', group_number: '99005', is_deleted: false,
      members: [{ agent_id: 'ag903', sip_user: '903' }, { agent_id: 'ag901', sip_user: null }],
      is_forward_to_outer_group: true, outer_group_id: 'g-gone',
      target_timeout_type: 'internal_group', target_timeout: '99999', target_timeout_name: 'Nhóm Cũ',
    },
    { _id: 'g-ghost', group_name: 'Nhóm Lạ', group_number: '99006', is_deleted: false, members: [{ agent_id: 'ag-ghost', sip_user: null }] },
  ],
};

/** The groups as the server holds them, read back directly. */
async function serverGroups(api: Api): Promise<any[]> {
  const res = await fetch(`${api.url}/api/call_center/internal_group/get_all`, { headers: { Authorization: `Bearer ${DEMO_TOKEN}` } });
  return (await res.json()).payload;
}

const finding = (page: Page, id: string) => page.locator(`section.finding#${id}`);
const read = (page: Page) => expect(page.locator('.read-at')).toBeVisible();

test('every finding, from one reading of the list and of the groups', async ({ page, api }) => {
  await api.add(troubled);
  await signIn(page);
  await expect(page.locator('table.data tbody tr').first()).toBeVisible();
  await api.clearRequests();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await read(page);
  // One reading: every list page once, `get_all` once (the log is read before the test's own
  // requests below join it).
  const listed = (await api.lists()).map((r) => r.params.page);
  const groupReads = (await api.requestsTo('internal_group/get_all')).length;
  const items = (await api.list('size=200')).items as any[];
  const pages = Math.ceil(items.length / 100);
  expect(listed.sort()).toEqual(Array.from({ length: pages }, (_, i) => String(i + 1)).sort());
  expect(listed).toHaveLength(pages);
  expect(groupReads).toBe(1);

  await expect(finding(page, 'no-members').getByRole('link')).toHaveText(['Nhóm Trống']);
  await expect(finding(page, 'no-members').getByRole('link')).toHaveAttribute('href', /\/groups\?keyword=99001&open=g-empty$/);
  await expect(finding(page, 'all-disabled').getByRole('link')).toHaveText(['Nhóm Tắt Hết']);
  await expect(finding(page, 'single-point')).toContainText('Nhóm Một Người');
  await expect(finding(page, 'single-point')).toContainText('Nhóm Chuyển Sai');
  await expect(finding(page, 'single-point')).not.toContainText('Nhóm Tắt Hết');
  await expect(finding(page, 'unmatched')).toContainText('Nhóm Lạ: agent ag-ghost');
  await expect(finding(page, 'none-known-enabled')).toContainText('Nhóm Lạ');
  await expect(finding(page, 'bad-destination').getByRole('listitem')).toHaveText([
    'Nhóm Chuyển Sai forwards to g-gone (deleted)',
    'Nhóm Chuyển Sai sends unanswered calls to 99999 (not among the groups)',
  ]);
  await expect(finding(page, 'shared-email').getByRole('listitem')).toHaveText(['chung@congty.vn: 901 Trần Văn Một 902']);
  await expect(finding(page, 'no-name')).toContainText('902');
  await expect(finding(page, 'no-email').getByRole('link', { name: 'Details of 903' })).toBeVisible();
  // The contract's own records carry no agent id, and no member names them by SIP user.
  await expect(finding(page, 'in-no-group').getByRole('link', { name: 'Details of 147' })).toBeVisible();
  await expect(finding(page, 'in-no-group')).not.toContainText('Trần Văn Một');
  // Each finding says why it matters.
  await expect(finding(page, 'all-disabled')).toContainText('Nobody can answer their calls');

  // The counts, against the server's own records.
  const all = await serverGroups(api);
  const live = all.filter((g) => !g.is_deleted);
  const count = (label: string) => page.locator('.counts div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(count('Groups')).toHaveText(String(live.length));
  await expect(count('Deleted groups')).toHaveText(String(all.length - live.length));
  await expect(count('Group members')).toHaveText(String(live.reduce((n, g) => n + g.members.length, 0)));
  await expect(count('Extensions disabled')).toHaveText(String(items.filter((e) => e.enabled === false).length));
  await expect(count('Extensions, state unknown')).toHaveText(String(items.filter((e) => e.enabled === undefined).length));

  // The picture: a group's members by state, in words too.
  await expect(page.locator('.bars li').filter({ hasText: 'Nhóm Tắt Hết' })).toContainText('0 enabled, 2 disabled, 0 unknown');

  // The Groups page names members from the same reading.
  await api.clearRequests();
  await finding(page, 'all-disabled').getByRole('link', { name: 'Nhóm Tắt Hết' }).click();
  await expect(page).toHaveURL(/\/groups\?keyword=99002&open=g-dead/);
  await expect(page.locator('.member-list')).toContainText('Trần Văn Một');
  expect(await api.lists()).toHaveLength(0);
});

test('where nothing is wrong, each finding says none', async ({ page, api }) => {
  await api.fault({
    route: 'list', kind: 'payload',
    payload: {
      items: [
        { sip_user: '201', agent_id: 'a1', full_name: 'Một', email: 'mot@x.vn', enabled: true },
        { sip_user: '202', agent_id: 'a2', full_name: 'Hai', email: 'hai@x.vn', enabled: true },
      ],
      page_number: 1, page_size: 100, total_items: 2, total_pages: 1, has_next: false,
    },
  });
  await api.fault({
    route: 'groups', kind: 'payload',
    payload: [{ _id: 'g1', group_name: 'Nhóm Tốt', group_number: '1', is_deleted: false, members: [{ agent_id: 'a1' }, { agent_id: 'a2' }] }],
  });
  await signIn(page, { path: '/overview' });
  await read(page);
  for (const id of ['no-members', 'all-disabled', 'none-known-enabled', 'single-point', 'unmatched', 'in-no-group', 'bad-destination', 'shared-email', 'no-name', 'no-email']) {
    await expect(finding(page, id).locator('.count')).toHaveText('0');
    await expect(finding(page, id)).toContainText('None.');
  }
  await expect(page.locator('.bars li')).toHaveText(['Nhóm Tốt2 enabled, 0 disabled, 0 unknown']);
});

test('an API whose list carries no agent id says members cannot be matched, not that all are missing', async ({ page, api }) => {
  await api.fault({
    route: 'list', kind: 'payload',
    payload: { items: [{ sip_user: '147', full_name: 'Vy' }], total_items: 1, total_pages: 1, has_next: false },
  });
  await signIn(page, { path: '/overview' });
  await read(page);
  for (const id of ['unmatched', 'in-no-group']) {
    await expect(finding(page, id)).toContainText('Cannot be worked out on this API: its extension list carries no agent id');
    await expect(finding(page, id).locator('.count')).toHaveCount(0);
  }
  // States are not in this list: every member's is unknown, which the group findings say.
  await expect(finding(page, 'none-known-enabled')).toContainText('Nhóm Sales');
});

test('the reading shows its progress, can be cancelled and read again', async ({ page, api }) => {
  await api.fault({ route: 'list', kind: 'hold', once: true, when: { page: '2' } });
  await signIn(page, { path: '/overview' });
  const total = (await api.list('size=1')).total_items;
  await expect(page.locator('.read-progress')).toHaveText(new RegExp(`Reading extensions: 100 of ${total}`));
  await page.locator('.read-progress').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.reading')).toContainText('The reading was cancelled.');
  await expect(page.locator('section.finding')).toHaveCount(0);
  // The held answer is let go, and the fault with it.
  await api.clearFaults();
  await api.clearRequests();
  await page.getByRole('button', { name: 'Read again' }).click();
  await read(page);
  await expect(page.locator('section.finding')).toHaveCount(10);
  const listed = (await api.lists()).map((r) => r.params.page);
  expect(listed.sort()).toEqual(['1', '2']);
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(1);
});

test('after an export of the whole list, the Overview reads no page of it again', async ({ page, api, browserName }) => {
  await signIn(page);
  await expect(page.locator('table.data tbody tr').first()).toBeVisible();
  const downloads = await recordDownloads(page, browserName);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await downloads.first()).name).toBe('extensions.csv');
  await api.clearRequests();
  await page.getByRole('link', { name: 'Overview' }).click();
  await read(page);
  await expect(page.locator('section.finding')).toHaveCount(10);
  // Read before the test's own request below joins the log.
  expect(await api.lists()).toHaveLength(0);
  const total = (await api.list('size=1')).total_items;
  // Every extension is counted: enabled, disabled and unknown add up to the list's total.
  const counts = (await page.locator('.counts dd').allTextContents()).slice(0, 3).map(Number);
  expect(counts.reduce((a, b) => a + b)).toBe(total);
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(1);
});

test('a failed reading says so, and Retry reads again', async ({ page, api }) => {
  await signIn(page);
  await expect(page.locator('table.data tbody tr').first()).toBeVisible();
  await api.fault({ route: 'list', kind: 'http', status: 502, once: true });
  await page.getByRole('link', { name: 'Overview' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The extensions could not be read.');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await read(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('in Vietnamese', () => {
  test.use({ locale: 'vi-VN' });
  for (const theme of ['light', 'dark']) {
    test(`the Overview reads in Vietnamese and axe finds nothing on it, ${theme} theme`, async ({ page, api }) => {
      await api.add(troubled);
      await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
      await page.goto('/sign-in');
      await page.getByLabel('Access token', { exact: true }).fill(DEMO_TOKEN);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
      await expect(page.locator('.read-at')).toContainText('Đọc lúc');
      await expect(finding(page, 'all-disabled')).toContainText('Nhóm có mọi thành viên đều đang tắt');
      await expect(finding(page, 'bad-destination')).toContainText('chuyển tiếp tới g-gone (đã xoá)');
      await expect(page.locator('section#since')).toContainText('Đây là lần đọc đầu tiên lưu trong trình duyệt này');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the Overview fits the width, each bar under its group', async ({ page, api }) => {
    await api.add(troubled);
    await signIn(page, { path: '/overview' });
    await read(page);
    await expect(page.locator('.bars li').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const item = page.locator('.bars li').filter({ hasText: 'Nhóm Tắt Hết' });
    const link = (await item.getByRole('link').boundingBox())!;
    const bar = (await item.locator('.bar').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(link.y + link.height);
    expect(bar.x + bar.width).toBeLessThanOrEqual(375);
  });
});
