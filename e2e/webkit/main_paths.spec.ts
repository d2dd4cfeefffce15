// The main paths in WebKit (see fixtures.ts for why through WebDriver, not Playwright).
import { startDevApi, SUB_PATH_DIST } from '../fixtures';
import { test, expect } from './fixtures';

const rows = 'table.data tbody tr';
const pager = 'nav.pagination';

test('sign-in shows the first 50 extensions', async ({ wk }) => {
  await wk.goto('/extensions');
  await wk.waitUrl((u) => u.includes('/sign-in?next='), 'went to sign-in');
  await wk.signIn(new URL(await wk.url()).pathname + new URL(await wk.url()).search);
  await wk.count(rows, 50);
  await wk.sees('table.data', 'Đỗ Thị Hồng Vy');
  await wk.sees(pager, '1–50 of 130');
});

test('search and paging reach the server and the table', async ({ wk, api }) => {
  await wk.signIn();
  await wk.count(rows, 50);
  await wk.click('button[aria-label="Next page"]');
  await wk.sees(pager, '51–100 of 130');
  await wk.waitUrl((u) => u.includes('page=2'), 'showed page 2');
  await wk.type('#search', 'vy');
  await wk.waitUrl((u) => u.includes('keyword=vy') && u.includes('page=1'), 'took the keyword');
  await wk.sees(rows, 'Đỗ Thị Hồng Vy');
  const last = (await api.lists()).at(-1)!;
  expect(last.params).toMatchObject({ keyword: 'vy', page: '1' });
});

test('a toggle reaches the server; a refused one rolls back and says why', async ({ wk, api }) => {
  await wk.signIn();
  const sw101 = 'button[role=switch][aria-label="Enabled: 101"]';
  await wk.attribute(sw101, 'aria-checked', 'true');
  await wk.click(sw101);
  await wk.sees('.toasts', '101 disabled.');
  await wk.attribute(sw101, 'aria-checked', 'false');
  expect(await api.enabled('101')).toBe(false);
  await api.fault({ route: 'status', kind: 'rejected', error: 'tenant_invalid', once: true });
  const sw103 = 'button[role=switch][aria-label="Enabled: 103"]';
  await wk.click(sw103);
  await wk.sees('.toasts', 'Could not disable 103: The call-center account is not valid or has been locked.');
  await wk.attribute(sw103, 'aria-checked', 'true');
  expect(await api.enabled('103')).toBe(true);
});

test('Undo sets a change back, and Activity lists both', async ({ wk, api }) => {
  await wk.signIn();
  const sw = 'button[role=switch][aria-label="Enabled: 102"]';
  await wk.attribute(sw, 'aria-checked', 'true');
  await wk.click(sw);
  await wk.sees('.toasts', '102 disabled.');
  await wk.click('.toast button.undo');
  await wk.sees('.toasts', '102 enabled.');
  await wk.attribute(sw, 'aria-checked', 'true');
  expect(await api.enabled('102')).toBe(true);
  await wk.click('nav[aria-label="Main"] a[href$="/activity"]');
  await wk.count('table.activity tbody tr', 2);
  await wk.sees('table.activity tbody tr:first-child', 'Disabled → Enabled');
});

test('the detail shows the hotlines', async ({ wk, api }) => {
  await wk.signIn();
  await wk.click('button[aria-label="Details of 147"]');
  await wk.sees('[role=dialog] .hotlines', '024********');
  await wk.sees('[role=dialog] .hotlines', '842*********');
  expect((await api.requestsTo('hotline/list')).at(-1)!.params).toEqual({ extension: '147' });
  await wk.waitUrl((u) => u.includes('ext=147'), 'named the open detail');
});

test('Groups opens from the header and its search ignores diacritics', async ({ wk }) => {
  await wk.signIn();
  await wk.count(rows, 50);
  await wk.click('nav[aria-label="Main"] a[href$="/groups"]');
  await wk.sees('table.groups', 'Nhóm Sales');
  await wk.type('#search', 'nhom tech');
  await wk.count('table.groups > tbody', 1);
  await wk.sees('table.groups', 'Nhóm Tech');
});

test('the language switch turns the UI into Vietnamese and back', async ({ wk }) => {
  await wk.signIn();
  await wk.count(rows, 50);
  await wk.click('header label.lang select');
  await wk.click('header label.lang option[value="vi"]');
  await wk.sees('table.data thead', 'Trạng thái');
  await wk.attribute('html', 'lang', 'vi');
  await wk.sees(pager, '1–50 trên 130');
});

test('built with --public-url /switchboard/, a deep link signs in and comes back below the path', async ({ wk }) => {
  const host = await startDevApi(['--static', SUB_PATH_DIST, '--prefix', '/switchboard']);
  try {
    const app = `${host.url}/switchboard`;
    await wk.goto(`${app}/groups?size=100`);
    await wk.waitUrl((u) => u === `${app}/sign-in?next=%2Fgroups%3Fsize%3D100`, 'went to sign-in below the path');
    await wk.type('#token', 'demo-token');
    await wk.click('form button[type=submit]');
    await wk.waitUrl((u) => u === `${app}/groups?size=100`, 'came back to the deep link');
    await wk.sees('table.groups', 'Nhóm Sales');
    await wk.click('nav[aria-label="Main"] a[href="/switchboard/extensions"]');
    await wk.count(rows, 50);
    expect(await wk.url()).toBe(`${app}/extensions`);
  } finally {
    host.proc.kill();
  }
});

test('the sticky columns are drawn as the others: row lines level, checkboxes dark in the dark theme', async ({ wk }) => {
  await wk.signIn();
  await wk.count(rows, 50);
  // Row lines are found in each cell's left padding, where no text is, by their colour: the
  // same heights in the sticky selection column as in the scrolling Full name column.
  const border: number[] = await wk.driver.executeScript(
    "return getComputedStyle(document.querySelector('tbody td')).borderBottomColor.match(/\\d+/g).map(Number)",
  );
  const lines = (shot: Awaited<ReturnType<typeof wk.screenshot>>, x: number, top: number, bottom: number) => {
    const ys: number[] = [];
    for (let y = Math.ceil(top); y < Math.min(bottom, shot.height); y++) {
      if (shot.at(x, y).every((c, i) => Math.abs(c - border[i]) <= 6)) ys.push(y);
    }
    return ys;
  };
  // Where the table starts decides the rounding: try it at several fractions of a pixel.
  for (const nudge of [0, 0.25, 0.5, 0.75]) {
    await wk.driver.executeScript(`document.querySelector('main h1').style.marginBottom = 'calc(.75rem + ${nudge}px)'`);
    const select = await wk.rect('tbody td.select');
    const name = await wk.rect('tbody td:nth-of-type(2)');
    const body = await wk.rect('tbody');
    // Both columns from one screenshot. Under load CI once drew a frame with the sticky cells
    // still at the previous nudge's place: wait for the drawn page to settle, and compare
    // what it last drew if it never does.
    let sticky: number[] = [];
    let scrolling: number[] = [];
    await wk.settles(async () => {
      const shot = await wk.screenshot();
      sticky = lines(shot, select.x + 3, body.y, body.y + body.height);
      scrolling = lines(shot, name.x + 3, body.y, body.y + body.height);
      return sticky.length > 5 && sticky.join() === scrolling.join();
    }, 5_000);
    expect(sticky.length, `row lines found, nudged ${nudge}px`).toBeGreaterThan(5);
    expect(sticky, `nudged ${nudge}px`).toEqual(scrolling);
  }
  await wk.driver.executeScript(`const s = document.querySelector('label.theme select'); s.value = 'dark'; s.dispatchEvent(new Event('change', { bubbles: true }));`);
  await wk.attribute('html', 'data-theme', 'dark');
  const box = await wk.rect('input[aria-label="Select 101"]');
  // CI once read this box white right after the switch, likely a frame drawn before the theme's
  // repaint: wait for the drawn box to turn dark, and say what it was drawn and styled if it never does.
  let inside: number[] = [];
  const dark = await wk.settles(async () => {
    inside = (await wk.screenshot()).at(box.x + box.width / 2, box.y + box.height / 2);
    return Math.max(...inside) < 100;
  }, 10_000);
  const computed = await wk.driver.executeScript(
    'return getComputedStyle(document.querySelector(arguments[0])).backgroundColor',
    'input[aria-label="Select 101"]',
  );
  expect(dark, `an unchecked box in the dark theme is dark inside (drawn rgb(${inside}), styled ${computed})`).toBe(true);
});
