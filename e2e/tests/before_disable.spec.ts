import { test, expect, signIn, switchOf, extensionRow as row, DEMO_TOKEN, type Api } from '../fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// What a disable would do to the groups, shown before it is sent: the bulk preview and its
// confirmation, the single switch that asks first, and the drawer's warning.

/**
 * 911 is the last member of Bán Hàng not known to be disabled (912 is disabled); Hỗ Trợ has
 * 911 and 913; Đêm has 913 and 914.
 */
const teams = {
  extensions: [
    { sip_user: '911', agent_id: 'ag911', full_name: 'Phạm Văn Bán', email: 'ban@congty.vn', enabled: true },
    { sip_user: '912', agent_id: 'ag912', full_name: 'Vũ Thị Nghỉ', email: 'nghi@congty.vn', enabled: false },
    { sip_user: '913', agent_id: 'ag913', full_name: 'Đặng Văn Trực', email: 'truc@congty.vn', enabled: true },
    { sip_user: '914', agent_id: 'ag914', full_name: 'Hoàng Thị Đêm', email: 'dem@congty.vn', enabled: true },
  ],
  groups: [
    { _id: 'g-sales', group_name: 'Nhóm Bán Hàng', group_number: '99101', is_deleted: false, members: [{ agent_id: 'ag911', sip_user: null }, { agent_id: 'ag912', sip_user: null }] },
    { _id: 'g-help', group_name: 'Nhóm Hỗ Trợ', group_number: '99102', is_deleted: false, members: [{ agent_id: 'ag911', sip_user: null }, { agent_id: 'ag913', sip_user: null }] },
    { _id: 'g-night', group_name: 'Nhóm Đêm', group_number: '99103', is_deleted: false, members: [{ agent_id: 'ag913', sip_user: null }, { agent_id: 'ag914', sip_user: null }] },
  ],
};

const puts = async (api: Api) => (await api.puts()).map((r) => r.params);

/** Signs in on Extensions, nothing read yet but the rows, searched for 91. */
async function searched(page: Page) {
  await signIn(page);
  await page.getByLabel('Search extensions').fill('91');
  await expect(row(page, '914')).toBeVisible();
}

/** Signs in, lets the Overview read everything, and comes back to Extensions searched for 91. */
async function readThenSearch(page: Page) {
  await signIn(page, { path: '/overview' });
  await expect(page.locator('.read-at')).toBeVisible();
  await page.getByRole('link', { name: 'Extensions' }).click();
  await page.getByLabel('Search extensions').fill('91');
  await expect(row(page, '914')).toBeVisible();
}

test('a switch that would leave a group with nobody asks first; Cancel sends nothing', async ({ page, api }) => {
  await api.add(teams);
  await readThenSearch(page);
  await api.clearRequests();
  await switchOf(page, '911').click();
  const ask = page.getByRole('alertdialog', { name: 'Disable 911?' });
  await expect(ask).toContainText('leaves these groups with every member known to be disabled');
  await expect(ask.getByRole('link')).toHaveText(['Nhóm Bán Hàng']);
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(switchOf(page, '911')).toHaveAttribute('aria-checked', 'true');
  await expect(switchOf(page, '911')).toBeFocused();
  expect(await puts(api)).toEqual([]);
  // Escape says no as well.
  await switchOf(page, '911').click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  expect(await puts(api)).toEqual([]);

  await switchOf(page, '911').click();
  await ask.getByRole('button', { name: 'Disable anyway' }).click();
  await expect(switchOf(page, '911')).toHaveAttribute('aria-checked', 'false');
  expect(await puts(api)).toEqual([{ enabled: 'false', sip_user: '911' }]);
});

test('a switch whose groups keep someone is one click', async ({ page, api }) => {
  await api.add(teams);
  await readThenSearch(page);
  await api.clearRequests();
  // Hỗ Trợ keeps 911 and Đêm keeps 914.
  await switchOf(page, '913').click();
  await expect(switchOf(page, '913')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await puts(api)).toEqual([{ enabled: 'false', sip_user: '913' }]);
  // Enabling never asks.
  await switchOf(page, '912').click();
  await expect(switchOf(page, '912')).toHaveAttribute('aria-checked', 'true');
  expect(await puts(api)).toHaveLength(2);
});

test('with the groups not downloaded, a switch is sent at once and does not wait for them', async ({ page, api }) => {
  await api.add(teams);
  await searched(page);
  await api.clearRequests();
  await switchOf(page, '911').click();
  await expect(switchOf(page, '911')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await puts(api)).toEqual([{ enabled: 'false', sip_user: '911' }]);
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(0);
});

test('a bulk disable shows the groups it touches and needs a word for those it leaves with nobody', async ({ page, api }) => {
  await api.add(teams);
  await searched(page);
  await api.clearRequests();
  await page.getByRole('checkbox', { name: 'Select 911' }).check();
  await page.getByRole('checkbox', { name: 'Select 913' }).check();
  await page.getByRole('button', { name: 'Disable selected' }).click();
  // The readings start here, and the preview waits for them.
  const preview = page.getByRole('region', { name: 'Disable 2 extensions: the groups they are in' });
  await expect(preview.locator('.touched li')).toHaveCount(3);
  await expect(preview.locator('.touched li')).toHaveText([
    'Nhóm Bán Hàng 0 of 2 members left not known to be disabled',
    'Nhóm Hỗ Trợ 0 of 2 members left not known to be disabled',
    'Nhóm Đêm 1 of 2 members left not known to be disabled',
  ]);
  await expect(preview.getByRole('alert')).toHaveText('2 groups would be left with every member known to be disabled.');
  const go = preview.getByRole('button', { name: 'Disable 2 extensions' });
  await expect(go).toBeDisabled();
  await preview.getByLabel('Leave those groups with nobody to take their calls').check();
  await expect(go).toBeEnabled();
  expect(await puts(api)).toEqual([]);
  await go.click();
  await expect(page.locator('.bulk-result')).toContainText('Disabled 2; 0 failed.');
  expect((await puts(api)).map((p) => p.sip_user).sort()).toEqual(['911', '913']);
  expect((await puts(api)).every((p) => p.enabled === 'false')).toBe(true);
});

test('a bulk disable that leaves every group someone goes ahead on one click; Cancel sends nothing', async ({ page, api }) => {
  await api.add(teams);
  await searched(page);
  await api.clearRequests();
  await page.getByRole('checkbox', { name: 'Select 913' }).check();
  await page.getByRole('button', { name: 'Disable selected' }).click();
  const preview = page.getByRole('region', { name: 'Disable 1 extension: the groups it is in' });
  await expect(preview.locator('.touched li')).toHaveText([
    'Nhóm Hỗ Trợ 1 of 2 members left not known to be disabled',
    'Nhóm Đêm 1 of 2 members left not known to be disabled',
  ]);
  await expect(preview.getByRole('alert')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  expect(await puts(api)).toEqual([]);
  // The readings are kept: the preview comes back at once, with nothing asked again.
  const lists = (await api.lists()).length;
  await page.getByRole('button', { name: 'Disable selected' }).click();
  await preview.getByRole('button', { name: 'Disable 1 extension' }).click();
  await expect(switchOf(page, '913')).toHaveAttribute('aria-checked', 'false');
  expect(await puts(api)).toEqual([{ enabled: 'false', sip_user: '913' }]);
  expect(await api.lists()).toHaveLength(lists);
  expect(await api.requestsTo('internal_group/get_all')).toHaveLength(1);
});

test('when the groups cannot be read, the preview says so, and the disable can still be sent knowingly', async ({ page, api }) => {
  await api.add(teams);
  await searched(page);
  await api.fault({ route: 'groups', kind: 'http', status: 500 });
  await api.clearRequests();
  await page.getByRole('checkbox', { name: 'Select 911' }).check();
  await page.getByRole('button', { name: 'Disable selected' }).click();
  const preview = page.getByRole('region', { name: 'Disable 1 extension: the groups it is in' });
  const alert = preview.getByRole('alert');
  await expect(alert).toContainText('What this disable touches could not be worked out. The API answered with HTTP error 500');
  await preview.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(async () => (await api.requestsTo('internal_group/get_all')).length).toBe(2);
  await expect(alert).toContainText('HTTP error 500');
  expect(await puts(api)).toEqual([]);
  await preview.getByRole('button', { name: 'Disable without checking' }).click();
  await expect(switchOf(page, '911')).toHaveAttribute('aria-checked', 'false');
  expect(await puts(api)).toEqual([{ enabled: 'false', sip_user: '911' }]);
  // Once the API answers again, the next preview reads the groups.
  await api.clearFaults();
  await page.getByRole('checkbox', { name: 'Select 913' }).check();
  await page.getByRole('button', { name: 'Disable selected' }).click();
  await expect(preview.locator('.touched li')).toHaveText([
    'Nhóm Hỗ Trợ 0 of 2 members left not known to be disabled',
    'Nhóm Đêm 1 of 2 members left not known to be disabled',
  ]);
});

test('the drawer says where the extension is the only member not known to be disabled', async ({ page, api }) => {
  await api.add(teams);
  await signIn(page, { path: '/extensions?keyword=91&ext=911' });
  const groups = page.getByRole('dialog').locator('.member-of');
  await expect(groups.getByRole('link')).toHaveText(['Nhóm Bán Hàng', 'Nhóm Hỗ Trợ']);
  await expect(groups.locator('li').filter({ hasText: 'Nhóm Bán Hàng' })).toContainText(
    'The only member of Nhóm Bán Hàng not known to be disabled',
  );
  await expect(groups.locator('.only-one')).toHaveCount(1);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  // Once 912 is enabled, 911 is no longer the only one.
  await switchOf(page, '912').click();
  await expect(switchOf(page, '912')).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Details of 911' }).click();
  await expect(groups.getByRole('link')).toHaveCount(2);
  await expect(groups.locator('.only-one')).toHaveCount(0);
});

test.describe('in Vietnamese', () => {
  test.use({ locale: 'vi-VN' });
  for (const theme of ['light', 'dark']) {
    test(`the preview and the question read in Vietnamese and axe finds nothing, ${theme} theme`, async ({ page, api }) => {
      await api.add(teams);
      await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
      await page.goto('/sign-in');
      await page.getByLabel('Access token', { exact: true }).fill(DEMO_TOKEN);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('searchbox').fill('91');
      await expect(page.getByRole('rowheader', { name: '914', exact: true })).toBeVisible();
      await page.locator('input[type=checkbox][aria-label$=" 911"]').check();
      await page.getByRole('button', { name: 'Tắt các số đã chọn' }).click();
      const preview = page.locator('section.preview');
      await expect(preview.getByRole('alert')).toHaveText('1 nhóm sẽ có mọi thành viên đều đã tắt.');
      await expect(preview.locator('.touched li').first()).toHaveText('Nhóm Bán Hàng còn 0 trong 2 thành viên chưa biết là đã tắt');
      let { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await preview.getByRole('button', { name: 'Huỷ' }).click();
      // The readings are in now: the switch asks.
      await page.getByRole('switch', { name: /911/ }).click();
      const ask = page.getByRole('alertdialog', { name: 'Tắt 911?' });
      await expect(ask).toContainText('không còn ai nhận cuộc gọi');
      ({ violations } = await new AxeBuilder({ page }).analyze());
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await ask.getByRole('button', { name: 'Huỷ' }).click();
    });
  }
});

test.describe('a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 740 } });

  test('the question fits the width', async ({ page, api }) => {
    await api.add(teams);
    await readThenSearch(page);
    await switchOf(page, '911').click();
    const ask = page.getByRole('alertdialog');
    await expect(ask).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await ask.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});
