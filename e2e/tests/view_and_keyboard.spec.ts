// The Extensions view as the URL and the keyboard drive it: one URL means one view, the drawer
// is open exactly when the URL says so, one Esc does one thing, and a page past the end says so.
import { test, expect, disableSelected, signIn, extensionRows, extensionRow as row, recordDownloads, switchOf } from '../fixtures';
import type { Page } from '@playwright/test';

const pager = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await expect(row(page, '147')).toBeVisible();
});

test.describe('the detail drawer and the URL', () => {
  test('a new page drops the open detail, and Back does not reopen it', async ({ page }) => {
    await row(page, '101').getByRole('button', { name: 'Details of 101' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await row(page, '101').getByRole('button', { name: 'Details of 101' }).click();
    await expect(page).toHaveURL(/ext=101/);
    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect(pager(page)).toContainText('51–100 of 130');
    await expect(page).not.toHaveURL(/ext=/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.goBack();
    await expect(pager(page)).toContainText('1–50 of 130');
    await expect(page).toHaveURL(/ext=101/);
    await expect(page.getByRole('dialog', { name: 'Extension 101' })).toBeVisible();
    // That entry had the drawer open; the one before it did not, and Back there closes it.
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a search drops the open detail; Esc in the emptied search does not bring it back', async ({ page }) => {
    await row(page, '103').getByRole('button', { name: 'Details of 103' }).click();
    await expect(page.getByRole('dialog', { name: 'Extension 103' })).toBeVisible();
    const search = page.getByLabel('Search extensions');
    await search.fill('zzz');
    await expect(page.getByText('No extension matches “zzz”.')).toBeVisible();
    await expect(page).not.toHaveURL(/ext=/);
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(row(page, '103')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('one Esc does one thing: it closes the drawer and leaves the search as it was', async ({ page }) => {
    await page.goto('/extensions?keyword=an&ext=106');
    const d = page.getByRole('dialog', { name: 'Extension 106' });
    await expect(d).toBeVisible();
    const search = page.getByLabel('Search extensions');
    await search.focus();
    await page.keyboard.press('Escape');
    await expect(d).toHaveCount(0);
    await expect(search).toHaveValue('an');
    await expect(page).toHaveURL(/keyword=an/);
    await expect(page).not.toHaveURL(/ext=/);
    // The next Esc, in the search box, clears the search.
    await search.focus();
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
  });

  test('an extension in the URL that is not on the page is said and dropped', async ({ page }) => {
    await page.goto('/extensions?ext=99999');
    await expect(page.getByText('Extension 99999 is not on this page of the list.')).toBeVisible();
    await expect(page).not.toHaveURL(/ext=/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the keyboard stays in the open drawer and comes back to its Details button', async ({ page, browserName }) => {
    test.slow(browserName === 'firefox', 'each key press and check takes Firefox over WebDriver BiDi about half a second');
    const opener = row(page, '147').getByRole('button', { name: 'Details of 147' });
    await opener.click();
    const d = page.getByRole('dialog', { name: 'Extension 147' });
    await expect(d.getByRole('button', { name: 'Close' })).toBeFocused();
    // Round the drawer's controls both ways: focus never leaves it.
    // The drawer has six controls: eight presses go round it.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await d.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await d.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(d).toHaveCount(0);
    await expect(opener).toBeFocused();
    await opener.press('Enter');
    await d.getByRole('button', { name: 'Close' }).click();
    await expect(opener).toBeFocused();
  });
});

test('sorted by status, a toggled row stays under the pointer until the next load', async ({ page }) => {
  await page.goto('/extensions?sort=status');
  const status = page.getByRole('button', { name: 'Status', exact: true });
  await expect(status).toHaveAttribute('title', 'Sorted by state as loaded: a changed row keeps its place until the next load.');
  const order = () => extensionRows(page).getByRole('rowheader').allTextContents();
  await expect(extensionRows(page)).toHaveCount(50);
  const before = await order();
  const sixth = before[5];
  const sw = extensionRows(page).nth(5).getByRole('switch');
  await expect(sw).toHaveAccessibleName(`Enabled: ${sixth}`);
  await sw.click();
  await expect(page.getByText(`${sixth} disabled.`)).toBeVisible();
  expect(await order()).toEqual(before);
  // The next click at the same place is the same extension: it enables it again.
  await extensionRows(page).nth(5).getByRole('switch').click();
  await expect(page.getByText(`${sixth} enabled.`)).toBeVisible();
  expect(await order()).toEqual(before);
});

test('paged from the pager below the table, the new page shows from its top', async ({ page }) => {
  const next = pager(page).getByRole('button', { name: 'Next page' });
  await next.scrollIntoViewIfNeeded();
  await expect(row(page, '147')).not.toBeInViewport();
  await next.click();
  await expect(pager(page)).toContainText('51–100 of 130');
  await expect(extensionRows(page).first()).toBeInViewport();
  await expect(page.locator('#extensions-table')).toBeFocused();
});

test.describe('one URL, one view', () => {
  test('past the last page it says so and offers the last page', async ({ page }) => {
    await page.goto('/extensions?page=999');
    await expect(page.getByText('Page 999 is past the end of the list, which has 3 pages.')).toBeVisible();
    await expect(page.getByText('There are no extensions yet.')).toHaveCount(0);
    await expect(pager(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Go to page 3' }).click();
    await expect(pager(page)).toContainText('101–130 of 130');
    await page.goto('/extensions?keyword=an&page=5');
    await expect(page.getByText(/^Page 5 is past the end of the list, which has \d+ pages?\.$/)).toBeVisible();
  });

  test('Back before the address has followed a new page shows what the address says', async ({ page }) => {
    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    // The address follows a new page a moment after it shows (list_params.rs); with the clock
    // stopped, it has not yet when Back is pressed.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect(pager(page)).toContainText('101–130 of 130');
    await expect(page).toHaveURL(/page=2/);
    await page.goBack();
    await expect(page).not.toHaveURL(/page=/);
    await expect(pager(page)).toContainText('1–50 of 130');
    // The write that was due does not take the address, or the view, to page 3 after all.
    await page.clock.runFor(1000);
    await expect(page).not.toHaveURL(/page=/);
    await expect(pager(page)).toContainText('1–50 of 130');
  });

  test('a header link taken before the address has followed a new page keeps that page in history', async ({ page }) => {
    await expect(pager(page)).toContainText('1–50 of 130');
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await pager(page).getByRole('button', { name: 'Next page' }).click();
    await expect(pager(page)).toContainText('51–100 of 130');
    await expect(page).not.toHaveURL(/page=/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await expect(page).toHaveURL(/\/groups$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/extensions\?page=2$/);
    await expect(pager(page)).toContainText('51–100 of 130');
  });

  test('Back after choosing a size shows the page as it was, whatever size is remembered', async ({ page }) => {
    await page.goto('/extensions?page=2');
    await expect(pager(page)).toContainText('51–100 of 130');
    await page.getByLabel('Rows per page').selectOption('10');
    await expect(pager(page)).toContainText('1–10 of 130');
    await expect(page).toHaveURL(/size=10/);
    await page.goBack();
    await expect(page).toHaveURL(/\/extensions\?page=2$/);
    await expect(pager(page)).toContainText('51–100 of 130');
    await expect(extensionRows(page)).toHaveCount(50);
    // The remembered size applies where the page is opened bare, and is written into the URL.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Extensions' }).click();
    await expect(page).toHaveURL(/\/extensions\?size=10$/);
    await expect(extensionRows(page)).toHaveCount(10);
  });

  test('each settled search is a history entry: Back returns to the unfiltered list', async ({ page }) => {
    await page.getByLabel('Search extensions').fill('vy');
    await expect(page).toHaveURL(/keyword=vy/);
    await expect(pager(page)).not.toContainText('of 130');
    await page.goBack();
    await expect(page).not.toHaveURL(/keyword=/);
    await expect(extensionRows(page)).toHaveCount(50);
    await expect(page.getByLabel('Search extensions')).toHaveValue('');
  });
});

test.describe('CSV export', () => {
  test('a double click exports once, and is not taken as Cancel', async ({ page, api, browserName }) => {
    // The first page is held until the test has seen the export start, so both clicks land
    // while it runs however long the browser takes over them.
    await api.fault({ route: 'list', kind: 'hold', once: true, when: { size: '100' } });
    await api.clearRequests();
    const downloads = await recordDownloads(page, browserName);
    await page.getByRole('button', { name: 'Export CSV' }).dblclick();
    await expect(page.getByText('Starting the export…')).toBeVisible();
    await api.release();
    await downloads.first();
    await expect(page.getByText('Exported 130 extensions.')).toBeVisible();
    expect(await downloads.count()).toBe(1);
    await expect(page.getByText('Export cancelled.')).toHaveCount(0);
    const pages = (await api.lists()).filter((c) => c.params.size === '100');
    expect(pages.map((c) => c.params.page)).toEqual(['1', '2']);
  });

  test('it exports the keyword the box shows, even before the typing settles', async ({ page, api, browserName }) => {
    await page.clock.install();
    await api.clearRequests();
    const downloads = await recordDownloads(page, browserName);
    await page.getByLabel('Search extensions').fill('nguyen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect((await downloads.first()).name).toBe('extensions-nguyen.csv');
    const exported = (await api.lists()).filter((c) => c.params.size === '100');
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.every((c) => c.params.keyword === 'nguyen')).toBe(true);
  });
});

test("an unknown address says so, under the app's name, with a way back", async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'There is no such page.' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Switchboard');
  await page.getByRole('link', { name: 'Back to the extensions' }).click();
  await expect(extensionRows(page).first()).toBeVisible();
});

test('a bulk change stops when its page is left, and a message anywhere says how far it got', async ({ page, api }) => {
  await api.fault({ route: 'status', kind: 'delay', ms: 150 });
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await disableSelected(page);
  await expect(bulk.getByRole('status')).toContainText('Stay on this page until it finishes.');
  const sent = async () => (await api.requestsTo('internal_phone/status')).length;
  await expect.poll(sent).toBeGreaterThanOrEqual(5);
  await page.getByRole('link', { name: 'Groups' }).click();
  const notice = page.locator('.toasts').getByText(/^You left the page, so disabling stopped after (\d+) of 50 extensions\. .+ were not sent\.$/);
  await expect(notice).toBeVisible();
  const done = Number((await notice.textContent())!.match(/after (\d+) of 50/)![1]);
  expect(done).toBeGreaterThanOrEqual(5);
  expect(done).toBeLessThan(50);
  // Proving that nothing more is sent takes a while without requests: 1.5 s holds ten more
  // of them at 150 ms each. Only the one in flight when the page was left may still arrive.
  await page.waitForTimeout(1500);
  expect(await sent()).toBeLessThanOrEqual(done + 1);
});

test.describe('messages', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`failures collapse into one message that covers no control at ${viewport.width}×${viewport.height}`, async ({ page, api }) => {
      await page.setViewportSize(viewport);
      await api.fault({ route: 'status', kind: 'rejected', error: 'tenant_invalid' });
      for (const sip of ['101', '102', '103', '104']) {
        await switchOf(page, sip).click();
        await expect(switchOf(page, sip)).not.toHaveAttribute('aria-busy', 'true');
      }
      const toasts = page.locator('.toasts .toast');
      await expect(toasts).toHaveCount(1);
      await expect(toasts).toContainText('4 changes failed.');
      await toasts.getByText('See why').click();
      await expect(toasts.getByRole('listitem')).toHaveText([
        /^Could not (en|dis)able 101: The call-center account is not valid/,
        /^Could not (en|dis)able 102: /,
        /^Could not (en|dis)able 103: /,
        /^Could not (en|dis)able 104: /,
      ]);
      // The page keeps clear of the messages as tall as they are now, "See why" opened
      // (measured in the frame after the change, toast.rs).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const region = document.querySelector('.toasts') as HTMLElement;
            return getComputedStyle(document.documentElement).scrollPaddingBottom === `${region.offsetHeight}px`;
          }),
        )
        .toBe(true);
      // Scrolled into view as the keyboard or WebDriver would, each control is what the
      // pointer finds at its centre, not a message over it.
      const reachable = async (name: string, el: ReturnType<Page['locator']>) => {
        const hit = await el.evaluate((e) => {
          e.scrollIntoView({ block: 'end', inline: 'nearest' });
          const r = e.getBoundingClientRect();
          const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return at === e || e.contains(at);
        });
        expect(hit, `${name} is not covered`).toBe(true);
      };
      await reachable('Next page', page.getByRole('button', { name: 'Next page' }));
      await reachable('the last row\'s box', extensionRows(page).last().getByRole('checkbox'));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await reachable('Last page', page.getByRole('button', { name: 'Last page' }));
      await toasts.getByRole('button', { name: 'Dismiss message' }).click();
      await expect(toasts).toHaveCount(0);
    });
  }
});

test('a skip link takes the keyboard past the table to the pager', async ({ page }) => {
  await page.getByRole('button', { name: 'Export CSV' }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to page navigation' });
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.width, 'it shows while focused').toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await expect(pager(page)).toBeFocused();
  // From there, "Next page" is a few presses away, not 166.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('button', { name: 'Next page' }).evaluate((b) => b === document.activeElement)) break;
  }
  await expect(page.getByRole('button', { name: 'Next page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pager(page)).toContainText('51–100 of 130');
});
