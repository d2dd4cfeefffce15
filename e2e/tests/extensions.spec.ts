import { test, expect, disableSelected, signIn, extensionRows, extensionRow as row, recordDownloads, switchOf, startDevApi, DIST } from '../fixtures';
import type { Page } from '@playwright/test';

/**
 * What a paste would insert. Chromium lets the test read the clipboard once permitted; Firefox
 * has no such permission, so the test pastes with the keyboard into a box of its own.
 */
async function pasted(page: Page, browserName: string): Promise<string> {
  if (browserName === 'chromium') return page.evaluate(() => navigator.clipboard.readText());
  const active = await page.evaluateHandle(() => document.activeElement);
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-probe';
    document.body.append(box);
    box.focus();
  });
  await page.keyboard.press('Control+V');
  const text = await page.evaluate(() => {
    const box = document.getElementById('paste-probe') as HTMLTextAreaElement;
    box.remove();
    return box.value;
  });
  await active.evaluate((el) => (el as HTMLElement | null)?.focus());
  return text;
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await expect(row(page, '147')).toBeVisible();
});

test.describe('table', () => {
  test('shows every field of the list answer, dates in local time, never the password', async ({ page }) => {
    const headers = page.locator('table.data thead th');
    for (const h of ['Extension', 'Full name', 'Email', 'Public number', 'Domain', 'Outbound proxy', 'Created', 'Last updated', 'Status']) {
      await expect(headers.filter({ hasText: h })).toHaveCount(1);
    }
    const r = row(page, '147');
    for (const v of ['Đỗ Thị Hồng Vy', 'dohongvyzyt@gmail.com', '84256336xxxx', 'omiteam', 'wss://wssvn.omicrm.com']) {
      await expect(r.getByRole('cell', { name: v, exact: true })).toHaveCount(1);
    }
    // 1575251355778 and 1575269373331 ms, in Asia/Ho_Chi_Minh, en-US short style.
    await expect(r.getByRole('cell', { name: '12/2/19, 8:49 AM' })).toHaveCount(1);
    await expect(r.getByRole('cell', { name: '12/2/19, 1:49 PM' })).toHaveCount(1);
    await expect(page.locator('table.data')).not.toContainText('XXXXXX');
    await expect(page.locator('table.data')).not.toContainText('kiyyzsefxx');
    // A missing email shows as a dash, not as "null".
    await expect(page.locator('table.data')).not.toContainText('null');
  });

  test('sorting by a column sorts the current page and is kept in the URL', async ({ page, api }) => {
    await api.clearRequests();
    const nameHeader = page.getByRole('columnheader', { name: 'Full name' });
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    const names = await extensionRows(page).locator('td:nth-child(3)').allTextContents();
    const present = names.filter((n) => n !== '—');
    expect(present).toEqual([...present].sort((a, b) => a.localeCompare(b, 'en-US')));
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    const ext = page.getByRole('columnheader', { name: 'Extension' });
    await ext.getByRole('button').click();
    await ext.getByRole('button').click();
    await expect(extensionRows(page).first().getByRole('rowheader')).toHaveText('150');
    expect(await api.lists(), 'sorting is done in the browser').toHaveLength(0);
    // The order is in the URL: a reload keeps it, and so does the next page.
    await expect(page).toHaveURL(/[?&]sort=-extension(&|$)/);
    await page.reload();
    await expect(ext).toHaveAttribute('aria-sort', 'descending');
    await expect(extensionRows(page).first().getByRole('rowheader')).toHaveText('150');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/[?&]sort=-extension(&|$)/);
    await expect(ext).toHaveAttribute('aria-sort', 'descending');
    const sips = (await extensionRows(page).getByRole('rowheader').allTextContents()).map(Number);
    expect(sips).toEqual([...sips].sort((a, b) => b - a));
  });
});

test.describe('paging and search', () => {
  test('"vy" finds "Đỗ Thị Hồng Vy", sent as keyword, back on page 1', async ({ page, api }) => {
    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/page=2/);
    await page.getByLabel('Search extensions').fill('vy');
    await expect(row(page, '147')).toBeVisible();
    await expect(page).toHaveURL(/keyword=vy/);
    await expect(page).toHaveURL(/page=1/);
    const last = (await api.lists()).at(-1)!;
    expect(last.params).toMatchObject({ keyword: 'vy', page: '1' });
  });

  test('typing a 6-letter keyword sends one list request', async ({ page, api }) => {
    await api.clearRequests();
    // The page's clock stands still while the keys go in, however slowly the browser takes
    // them (Firefox over BiDi can take longer than the 300 ms a search waits to settle).
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.getByLabel('Search extensions').pressSequentially('nguyen');
    await page.clock.runFor(1000);
    await expect(page).toHaveURL(/keyword=nguyen/);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(/of \d+/);
    await expect(extensionRows(page).first()).toContainText(/Nguyễn/);
    const calls = await api.lists();
    expect(calls.map((c) => c.params.keyword)).toEqual(['nguyen']);
  });

  test('an empty state says nothing matches', async ({ page }) => {
    await page.getByLabel('Search extensions').fill('zzzz-nobody');
    await expect(page.getByText('No extension matches “zzzz-nobody”.')).toBeVisible();
  });

  test('paging to the last page and back', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    await expect(nav).toContainText('1–50 of 130');
    await expect(nav.getByRole('button', { name: 'First page' })).toBeDisabled();
    await expect(nav.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await nav.getByRole('button', { name: 'Last page' }).click();
    await expect(nav).toContainText('101–130 of 130');
    await expect(page).toHaveURL(/page=3/);
    await expect(extensionRows(page)).toHaveCount(30);
    await expect(nav.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await expect(nav.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('button', { name: 'Previous page' }).click();
    await expect(nav).toContainText('51–100 of 130');
    await nav.getByRole('button', { name: 'First page' }).click();
    await expect(nav).toContainText('1–50 of 130');
    await expect(row(page, '147')).toBeVisible();
  });

  test('reload, back/forward and a shared link restore page, size and keyword', async ({ page, api }) => {
    await page.goto('/extensions?page=2&size=10&keyword=%C4%91');
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    await expect(nav.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByLabel('Search extensions')).toHaveValue('đ');
    await expect(page.getByLabel('Rows per page')).toHaveValue('10');
    await expect(extensionRows(page)).toHaveCount(10);
    await api.clearRequests();
    await page.reload();
    await expect(nav.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByLabel('Search extensions')).toHaveValue('đ');
    // The pager's range comes from the reload's answer, so its request has reached the server.
    await expect(nav).toContainText('11–20 of');
    expect((await api.lists()).at(-1)!.params).toMatchObject({ page: '2', size: '10', keyword: 'đ' });
    await nav.getByRole('button', { name: 'Page 3' }).click();
    await expect(nav.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    // The address follows a new page a moment after it shows (list_params.rs).
    await expect(page).toHaveURL(/page=3/);
    await page.goBack();
    await expect(nav.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await page.goForward();
    await expect(nav.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
  });

  test('the page size is chosen, sent, and remembered in the browser', async ({ page, api }) => {
    await page.getByLabel('Rows per page').selectOption('25');
    await expect(extensionRows(page)).toHaveCount(25);
    await expect(page).toHaveURL(/size=25/);
    expect((await api.lists()).at(-1)!.params.size).toBe('25');
    await page.goto('/extensions');
    await expect(extensionRows(page)).toHaveCount(25);
    await expect(page.getByLabel('Rows per page')).toHaveValue('25');
  });

  test('while the next page loads, the old rows stay, dimmed', async ({ page, api }) => {
    await api.fault({ route: 'list', kind: 'hold', once: true, when: { page: '2' } });
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.locator('.table-wrap.loading-old')).toBeVisible();
    await expect(row(page, '147')).toBeVisible();
    await api.release();
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–100 of 130');
    await expect(page.locator('.table-wrap.loading-old')).toHaveCount(0);
    await expect(row(page, '147')).toHaveCount(0);
  });

  test('a newer search cancels the one in flight; its answer never shows', async ({ page, api }) => {
    await api.fault({ route: 'list', kind: 'delay', ms: 3000, once: true, when: { keyword: 'ngo' } });
    const aborted = page.waitForEvent('requestfailed', (r) => r.url().includes('keyword=ngo'));
    const search = page.getByLabel('Search extensions');
    await search.fill('ngo');
    await expect.poll(async () => (await api.lists()).some((c) => c.params.keyword === 'ngo')).toBe(true);
    await search.fill('vy');
    await expect(row(page, '147')).toBeVisible();
    await aborted;
    await expect(page).toHaveURL(/keyword=vy/);
    await expect(extensionRows(page).filter({ hasText: 'Ngô' })).toHaveCount(0);
  });

  test('an error says what failed and Retry recovers', async ({ page, api }) => {
    await api.fault({ route: 'list', kind: 'http', status: 500, once: true });
    await page.getByRole('button', { name: 'Next page' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The extensions could not be loaded.' });
    await expect(alert).toContainText('HTTP error 500');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–100 of 130');
  });
});

test.describe('enable/disable', () => {
  test('a switch is a named switch that works from the keyboard', async ({ page, api }) => {
    await api.clearRequests();
    const sw = switchOf(page, '101');
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    await sw.focus();
    await page.keyboard.press('Space');
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await expect(switchOf(page, '101')).toBeEnabled();
    await expect(page.getByText('101 disabled.')).toBeVisible();
    const put = (await api.puts()).at(-1)!;
    expect(put.path).toBe('/api/call_center/internal_phone/status');
    expect(put.params).toEqual({ enabled: 'false', sip_user: '101' });
    expect(await api.enabled('101')).toBe(false);
    await page.keyboard.press('Enter');
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => api.enabled('101')).toBe(true);
    // No list reload after a toggle.
    expect((await api.lists()).filter((c) => c.params.size !== '200')).toHaveLength(0);
  });

  test('a double click sends exactly one PUT', async ({ page, api }) => {
    // Held until both clicks are in, so the second lands while the first is in flight.
    await api.fault({ route: 'status', kind: 'hold', once: true });
    const sw = switchOf(page, '102');
    await sw.dblclick();
    await api.release();
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await expect(sw).toBeEnabled();
    expect(await api.puts()).toHaveLength(1);
    expect(await api.enabled('102')).toBe(false);
  });

  test('a failed PUT rolls back and says which extension and why', async ({ page, api }) => {
    await api.fault({ route: 'status', kind: 'rejected', error: 'tenant_invalid', once: true });
    const sw = switchOf(page, '103');
    await sw.click();
    await expect(page.getByText('Could not disable 103: The call-center account is not valid or has been locked.')).toBeVisible();
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    expect(await api.enabled('103')).toBe(true);
  });

  test('an unknown state shows as unknown until the first click sets it', async ({ page, api }) => {
    const sw = switchOf(page, '147');
    await expect(sw).toHaveAttribute('aria-checked', 'mixed');
    await expect(sw).toContainText('Unknown');
    await expect(sw).toHaveAccessibleDescription(/did not say whether this is enabled/);
    await sw.click();
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    // The switch flips before the answer: wait for it, then read what the server received.
    await expect(page.getByText('147 enabled.')).toBeVisible();
    expect((await api.puts()).at(-1)!.params).toEqual({ enabled: 'true', sip_user: '147' });
    expect(await api.enabled('147')).toBe(true);
  });
});

test.describe('rows rewritten for the next page', () => {
  // A page switch writes the new page into the rows on screen (row.rs): every part of a row
  // must then stand for the extension it shows, never the one it showed before.
  const states = (page: Page) =>
    page.locator('table.data tbody [role="switch"]').evaluateAll((s) => s.map((e) => e.getAttribute('aria-checked')));

  test('each row acts on the extension it now shows, and the switches do not slide', async ({ page, api }) => {
    // The first row is selected; its place shows another extension on the next page.
    await row(page, '147').getByRole('checkbox', { name: 'Select 147' }).check();
    await expect(extensionRows(page).first()).toHaveClass(/selected/);
    const before = await states(page);
    // Switch pages and read the running animations two frames after the new rows are written,
    // while a slide (0.15 s) would still be running.
    const running = await page.evaluate(async () => {
      const body = document.querySelector('table.data tbody')!;
      const written = new Promise<void>((done) => {
        const watch = new MutationObserver(() => {
          if (body.querySelector('th[scope="row"]')?.textContent === '151') {
            watch.disconnect();
            done();
          }
        });
        watch.observe(body, { subtree: true, childList: true, characterData: true });
      });
      (document.querySelector('button[aria-label="Next page"]') as HTMLElement).click();
      await written;
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      return document.getAnimations().length;
    });
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–100 of 130');
    const after = await states(page);
    // The test can fail only if some row's switch changed state with the page.
    expect(after.some((s, i) => s !== before[i])).toBe(true);
    expect(running).toBe(0);

    const first = extensionRows(page).first();
    const sip = (await first.getByRole('rowheader').textContent())!.trim();
    expect(sip).toBe('151');
    await expect(first.getByRole('checkbox', { name: `Select ${sip}` })).not.toBeChecked();
    await expect(first).not.toHaveClass(/selected/);
    const sw = first.getByRole('switch', { name: `Enabled: ${sip}` });
    const was = await api.enabled(sip);
    await api.clearRequests();
    await sw.click();
    await expect(sw).toHaveAttribute('aria-checked', String(!was));
    await expect.poll(() => api.enabled(sip)).toBe(!was);
    expect((await api.puts()).map((r) => r.params.sip_user)).toEqual([sip]);

    await first.getByRole('button', { name: `Details of ${sip}` }).click();
    await expect(page.getByRole('dialog', { name: `Extension ${sip}` })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(first.getByRole('button', { name: `Details of ${sip}` })).toBeFocused();
  });

  test('a new answer for the same page takes the keyboard from a row to the table', async ({ page }) => {
    // Back from a search to the whole list: page 1 both times, other extensions in the rows.
    const first = extensionRows(page).first();
    const whole = (await first.getByRole('rowheader').textContent())!.trim();
    await page.getByLabel('Search extensions').fill('nguyen');
    await expect(page).toHaveURL(/keyword=nguyen/);
    await expect(first).toContainText('Nguyễn');
    const searched = (await first.getByRole('rowheader').textContent())!.trim();
    expect(searched).not.toBe(whole);
    await first.getByRole('switch', { name: `Enabled: ${searched}` }).focus();
    await page.goBack();
    await expect(first.getByRole('rowheader')).toHaveText(whole);
    // Left on the row, the next key would switch an extension the admin never chose.
    await expect(page.locator('#extensions-table')).toBeFocused();
  });
});

test.describe('detail', () => {
  test('every field, the password behind a reveal, copy buttons, hotlines, Esc closes', async ({ page, context, api, browserName }) => {
    if (browserName === 'chromium') await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const clipboard = () => pasted(page, browserName);
    await row(page, '147').getByRole('button', { name: 'Details of 147' }).click();
    const d = page.getByRole('dialog', { name: 'Extension 147' });
    await expect(d).toBeVisible();
    await expect(page).toHaveURL(/ext=147/);
    for (const v of ['Đỗ Thị Hồng Vy', 'dohongvyzyt@gmail.com', '84256336xxxx', 'omiteam', 'wss://wssvn.omicrm.com', '12/2/19, 8:49 AM']) {
      await expect(d).toContainText(v);
    }
    await expect(d).not.toContainText('XXXXXX');
    await d.getByRole('button', { name: 'Show password' }).click();
    await expect(d).toContainText('XXXXXX');
    await d.getByRole('button', { name: 'Copy password' }).click();
    expect(await clipboard()).toBe('XXXXXX');
    await d.getByRole('button', { name: 'Copy outbound proxy' }).click();
    expect(await clipboard()).toBe('wss://wssvn.omicrm.com');
    await d.getByRole('button', { name: 'Copy domain' }).click();
    expect(await clipboard()).toBe('omiteam');
    await d.getByRole('button', { name: 'Copy extension' }).click();
    expect(await clipboard()).toBe('147');
    const hotlines = d.getByRole('region', { name: 'Hotlines for outbound calls' });
    await expect(hotlines.getByRole('listitem')).toHaveText(['024********', '842*********']);
    expect((await api.requestsTo('hotline/list')).at(-1)!.params).toEqual({ extension: '147' });
    await page.keyboard.press('Escape');
    await expect(d).toHaveCount(0);
    await expect(page).not.toHaveURL(/ext=/);
  });

  test('an extension without hotlines says so', async ({ page }) => {
    await row(page, '101').getByRole('button', { name: 'Details of 101' }).click();
    await expect(page.getByText('No hotline is allowed for outbound calls.')).toBeVisible();
  });

  test('hotlines have their own error with Retry', async ({ page, api }) => {
    await api.fault({ route: 'hotlines', kind: 'http', status: 502, once: true });
    await row(page, '145').getByRole('button', { name: 'Details of 145' }).click();
    const d = page.getByRole('dialog', { name: 'Extension 145' });
    await expect(d.getByRole('alert')).toContainText('The hotlines could not be loaded. The API answered with HTTP error 502.');
    await d.getByRole('button', { name: 'Retry' }).click();
    await expect(d.getByRole('listitem')).toHaveText(['024********', '842*********']);
  });
});

test.describe('export and bulk', () => {
  test('CSV export has every row of the search, UTF-8 with BOM, no password', async ({ page, api, browserName }) => {
    await page.getByLabel('Search extensions').fill('n');
    await expect(page).toHaveURL(/keyword=n/);
    const expected = (await api.list('keyword=n&size=200')).items;
    expect(expected.length).toBeGreaterThan(100);
    // The search's own list call must be answered before the log is cleared, or it counts as the export's.
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`1–50 of ${expected.length}`);
    await api.clearRequests();
    const downloads = await recordDownloads(page, browserName);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const { name, bytes } = await downloads.first();
    expect(name).toBe('extensions-n.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Extension,Full name,Email,Public number,Domain,Outbound proxy,Created,Last updated,Status');
    expect(lines).toHaveLength(expected.length + 1);
    const sips = lines.slice(1).map((l) => l.split(',')[0]);
    expect(sips.sort()).toEqual(expected.map((e: any) => e.sip_user).sort());
    expect(lines.join('\n')).toContain('147,Đỗ Thị Hồng Vy,dohongvyzyt@gmail.com');
    expect(lines.join('\n')).not.toContain('XXXXXX');
    const calls = await api.lists();
    expect(calls.map((c) => c.params.page)).toEqual(['1', '2']);
    expect(calls.every((c) => c.params.keyword === 'n')).toBe(true);
    await expect(page.getByText(`Exported ${expected.length} extensions.`)).toBeVisible();
  });

  test('an export of 11 pages asks for at most four at once, and has every row once, in order', async ({ page, browserName }) => {
    const big = await startDevApi(['--static', DIST, '--extensions', '1000']);
    try {
      await signIn(page, { path: `${big.url}/sign-in` });
      await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–50 of 1,002');
      const expected: string[] = [];
      for (let p = 1; p <= 6; p++) expected.push(...(await big.list(`page=${p}&size=200`)).items.map((e: any) => e.sip_user));
      expect(expected).toHaveLength(1002);
      // Answers 150 ms away, as a real API's are: the pool has requests out side by side.
      await big.fault({ route: 'list', kind: 'delay', ms: 150 });
      await big.clearRequests();
      const downloads = await recordDownloads(page, browserName);
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const lines = (await downloads.first()).bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expected);
      await expect(page.getByText('Exported 1,002 extensions.')).toBeVisible();
      const calls = await big.lists();
      expect(calls.map((c) => Number(c.params.page)).sort((a, b) => a - b)).toEqual([...Array(11).keys()].map((i) => i + 1));
      expect(Math.max(...calls.map((c) => c.in_flight))).toBe(4);
    } finally {
      big.proc.kill();
    }
  });

  test('an export shows its progress and can be cancelled', async ({ page, api, browserName }) => {
    await api.fault({ route: 'list', kind: 'hold', once: true, when: { page: '2', size: '100' } });
    const downloads = await recordDownloads(page, browserName);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByText('Exporting page 1 of 2 (100 rows)…')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Export cancelled.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
    expect(await downloads.count()).toBe(0);
  });

  test('bulk disabling 3 rows with 1 failing leaves 2 disabled and reports the third', async ({ page, api }) => {
    await api.fault({ route: 'status', kind: 'rejected', error: 'extension_invalid', when: { sip_user: '106' } });
    for (const sip of ['105', '106', '107']) await page.getByRole('checkbox', { name: `Select ${sip}` }).check();
    const bulk = page.getByRole('region', { name: 'Bulk actions' });
    await expect(bulk).toContainText('3 selected');
    await api.fault({ route: 'status', kind: 'hold', once: true, when: { sip_user: '105' } });
    await disableSelected(page);
    await expect(bulk.getByRole('status')).toContainText('Updating 0 of 3…');
    await api.release();
    await expect(bulk).toContainText('Disabled 2; 1 failed.');
    await expect(bulk.getByRole('listitem')).toHaveText('106: The extension does not exist or is not valid.');
    await expect(switchOf(page, '105')).toHaveAttribute('aria-checked', 'false');
    await expect(switchOf(page, '106')).toHaveAttribute('aria-checked', 'true');
    await expect(switchOf(page, '107')).toHaveAttribute('aria-checked', 'false');
    expect(await api.enabled('105')).toBe(false);
    expect(await api.enabled('106')).toBe(true);
    expect(await api.enabled('107')).toBe(false);
    // The failure stays selected to try again.
    await expect(page.getByRole('checkbox', { name: 'Select 106' })).toBeChecked();
    await expect(bulk).toContainText('1 selected');
  });

  test('a bulk change whose answer is lost but which the server made is reported as done', async ({ page, api }) => {
    // The server makes the change, then the connection drops before the answer.
    await api.fault({ route: 'status', kind: 'drop', when: { sip_user: '105' } });
    for (const sip of ['104', '105']) await page.getByRole('checkbox', { name: `Select ${sip}` }).check();
    const bulk = page.getByRole('region', { name: 'Bulk actions' });
    await disableSelected(page);
    await expect(bulk).toContainText('Disabled 2; 0 failed.');
    await expect(bulk.getByRole('listitem')).toHaveCount(0);
    await expect(switchOf(page, '105')).toHaveAttribute('aria-checked', 'false');
    expect(await api.enabled('105')).toBe(false);
  });

  test('select-this-page selects every row of the page', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('50 selected');
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);
  });
});
