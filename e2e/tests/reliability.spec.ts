import { test, expect, signIn, extensionRows, extensionRow as row, switchOf, type Api } from '../fixtures';
import type { Page } from '@playwright/test';

/** A list answer made of these items, in the contract's page shape. */
const listPayload = (items: unknown[]) => ({
  items,
  page_number: 1,
  page_size: 50,
  total_items: items.length,
  total_pages: 1,
  has_next: false,
  next_page: 1,
  has_previous: false,
  previous_page: 1,
});

async function signedIn(page: Page) {
  await signIn(page);
  await expect(row(page, '147')).toBeVisible();
}

test.describe('every fault reads as a sentence, with Retry, and the app stays usable', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an HTML 502 from a proxy', { kind: 'http', status: 502 }, 'The API answered with HTTP error 502. Try again in a few minutes.'],
    ['an empty body', { kind: 'empty' }, 'The API sent an answer in an unexpected format.'],
    ['malformed JSON', { kind: 'malformed' }, 'The API sent an answer in an unexpected format.'],
    ['a dropped connection', { kind: 'drop' }, 'The browser could not reach the API.'],
    ['a documented error code', { kind: 'rejected', error: 'tenant_invalid' }, 'The call-center account is not valid or has been locked.'],
    ['an unknown error code', { kind: 'rejected', error: 'quota_exceeded', message: 'Too many calls' }, 'The API refused the request: quota_exceeded (Too many calls).'],
    ['a payload of the wrong shape', { kind: 'payload', payload: 'surprise' }, 'The API sent an answer in an unexpected format.'],
  ];
  for (const [name, fault, sentence] of cases) {
    test(`${name} on the list`, async ({ page, api }) => {
      await signedIn(page);
      // Permanent until cleared: the browser itself retries a GET whose connection dropped.
      await api.fault({ route: 'list', ...fault });
      await page.getByRole('button', { name: 'Next page' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'The extensions could not be loaded.' });
      await expect(alert).toContainText(sentence);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      await api.clearFaults();
      // The rest of the app still works: the groups page, then Retry here.
      await page.getByRole('link', { name: 'Groups' }).click();
      await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–100 of 130');
    });
  }

  test('malformed JSON on the groups', async ({ page, api }) => {
    await signedIn(page);
    await api.fault({ route: 'groups', kind: 'malformed', once: true });
    await page.getByRole('link', { name: 'Groups' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The groups could not be loaded.' });
    await expect(alert).toContainText('unexpected format');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('button', { name: 'Nhóm Tech', exact: true })).toBeVisible();
  });

  test('an empty body from the status change is success, as the contract documents', async ({ page, api }) => {
    await signedIn(page);
    await switchOf(page, '101').click();
    await expect(page.getByText('101 disabled.')).toBeVisible();
    expect(await api.enabled('101')).toBe(false);
  });

  test('a status change answered with an envelope or null is success too', async ({ page, api }) => {
    await signedIn(page);
    await api.fault({ route: 'status', kind: 'raw', status: 200, body: 'null', once: true });
    await switchOf(page, '101').click();
    await expect(page.getByText('101 disabled.')).toBeVisible();
    await api.fault({ route: 'status', kind: 'raw', status: 200, body: '{"status_code":9999,"instance_id":"stg","payload":null,"key_enabled":false}', once: true });
    await switchOf(page, '101').click();
    await expect(page.getByText('101 enabled.')).toBeVisible();
  });
});

test('missing, null, unknown and wrong-typed fields show as "—", item by item', async ({ page, api }) => {
  await signedIn(page);
  await api.fault({
    route: 'list',
    kind: 'payload',
    payload: {
      items: [
        { sip_user: 777, full_name: 12345, email: ['x'], public_number: null, created_date: 'soon', enabled: 'yes', extra: { deep: true } },
        { sip_user: '778', full_name: 'Trần Bình Thường', email: 'binh@congty.vn', created_date: 1575251355778, enabled: false },
        'not an item',
        { domain: 'omiteam' },
      ],
    },
  });
  await page.getByRole('button', { name: 'Next page' }).click();
  const odd = row(page, '777');
  await expect(odd).toBeVisible();
  // A number where text belongs is still shown; anything else is a dash.
  await expect(odd.getByRole('cell').nth(1)).toHaveText('12345');
  await expect(odd.getByRole('cell').nth(2)).toHaveText('—');
  await expect(odd.getByRole('cell').nth(3)).toHaveText('—');
  await expect(odd.getByRole('cell').nth(6)).toHaveText('—');
  await expect(odd.getByRole('switch', { name: 'Enabled: 777' })).toHaveAttribute('aria-checked', 'mixed');
  await expect(row(page, '778').getByRole('cell').nth(6)).toHaveText('12/2/19, 8:49 AM');
  await expect(row(page, '778').getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  // The item without sip_user is listed, and can be neither toggled nor opened.
  await expect(extensionRows(page)).toHaveCount(3);
  // A page object without its paging keys is paged from what is there: page 2, three rows.
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('51–53 of 53');
  await expect(page.locator('table.data')).not.toContainText('null');
});

test('an account with no extensions and no groups says so on each page', async ({ page, api }) => {
  await signedIn(page);
  await api.fault({ route: 'list', kind: 'payload', payload: { items: [], page_number: 1, total_items: 0, total_pages: 0 } });
  await api.fault({ route: 'groups', kind: 'payload', payload: [] });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'There are no extensions yet.' })).toBeVisible();
  await page.getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'There are no internal groups yet.' })).toBeVisible();
});

test('groups with missing and wrong-typed fields still list', async ({ page, api }) => {
  await signedIn(page);
  await api.fault({
    route: 'groups',
    kind: 'payload',
    payload: [
      { group_name: 'Nhóm Lạ', group_number: 99001, members: 'none', strategy: 42, create_by: 'x', is_deleted: 'false' },
      { group_name: null, members: [{ agent_id: null, timeout: '20', order: 'first' }] },
    ],
  });
  await page.getByRole('link', { name: 'Groups' }).click();
  const odd = page.locator('table.groups > tbody > tr').filter({ hasText: 'Nhóm Lạ' });
  await expect(odd.getByRole('cell').nth(0)).toHaveText('99001');
  // A number where the strategy's word belongs is shown as sent, like any unknown strategy.
  await expect(odd.getByRole('cell').nth(1)).toHaveText('42');
  await expect(odd.getByRole('cell').nth(2)).toHaveText('0');
  await expect(odd.getByRole('cell').nth(5)).toHaveText('—');
  await page.locator('table.groups > tbody > tr').nth(1).getByRole('button').click();
  await expect(page.locator('.members-row')).toContainText('rings 20 s');
});

test.describe('hostile text renders as text and the layout holds', () => {
  const markup = '<img src=x onerror="window.__pwned=1">';
  const long = 'Nguyễn'.repeat(340);
  const rtl = 'مرحبا بالعالم';
  const emoji = 'Tổng đài 📞🇻🇳👩‍💻';

  test('in the extensions table and the detail', async ({ page, api }) => {
    await signedIn(page);
    await api.fault({
      route: 'list',
      kind: 'payload',
      payload: listPayload([
        { sip_user: '900', full_name: markup, email: `${long}@x.vn`, public_number: rtl, domain: emoji, outbound_proxy: 'wss://x' },
      ]),
    });
    await page.getByRole('button', { name: 'Next page' }).click();
    const r = row(page, '900');
    await expect(r.getByRole('cell').nth(1)).toHaveText(markup);
    await expect(r.getByRole('cell').nth(3)).toHaveText(rtl);
    await expect(r.getByRole('cell').nth(4)).toHaveText(emoji);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await expect(page.locator('table.data img')).toHaveCount(0);
    // The 2,000-character email is cut with an ellipsis and kept whole on hover.
    const email = r.getByRole('cell').nth(2);
    await expect(email).toHaveAttribute('title', `${long}@x.vn`);
    const box = await email.boundingBox();
    expect(box!.width).toBeLessThan(400);
    expect(await email.evaluate((e) => getComputedStyle(e).textOverflow)).toBe('ellipsis');
    await r.getByRole('button', { name: 'Details of 900' }).click();
    const d = page.getByRole('dialog');
    await expect(d).toContainText(`${long}@x.vn`);
    await expect(d).toContainText(markup);
    const viewport = page.viewportSize()!;
    expect((await d.boundingBox())!.width).toBeLessThanOrEqual(viewport.width);
  });

  test('in the groups table', async ({ page, api }) => {
    await signedIn(page);
    await api.fault({
      route: 'groups',
      kind: 'payload',
      payload: [{ group_name: markup, group_number: '1', note: long, members: [] }, { group_name: rtl + emoji, group_number: '2', members: [] }],
    });
    await page.getByRole('link', { name: 'Groups' }).click();
    await expect(page.getByRole('button', { name: markup })).toBeVisible();
    await expect(page.getByRole('button', { name: rtl + emoji })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    const note = page.locator('table.groups > tbody > tr').first().getByRole('cell').last();
    await expect(note).toHaveAttribute('title', long);
    expect((await note.boundingBox())!.width).toBeLessThan(400);
  });
});

test.describe('text reaches the server exactly as typed', () => {
  const nasty = 'a&b #1 50%+ Đà Nẵng';

  test('a keyword', async ({ page, api }) => {
    await signedIn(page);
    await page.getByLabel('Search extensions').fill(nasty);
    await expect(page.getByText(`No extension matches “${nasty}”.`)).toBeVisible();
    expect((await api.lists()).at(-1)!.params.keyword).toBe(nasty);
    await expect(page).toHaveURL(/keyword=/);
    await page.reload();
    await expect(page.getByLabel('Search extensions')).toHaveValue(nasty);
    expect((await api.lists()).at(-1)!.params.keyword).toBe(nasty);
  });

  test('sip_user in the status change and the hotline call', async ({ page, api }) => {
    await signedIn(page);
    await api.fault({ route: 'list', kind: 'payload', once: true, payload: listPayload([{ sip_user: nasty, enabled: true }]) });
    await page.getByRole('button', { name: 'Next page' }).click();
    await switchOf(page, nasty).click();
    await expect(page.getByText(`Could not disable ${nasty}: The extension does not exist or is not valid.`)).toBeVisible();
    expect((await api.requests()).filter((r) => r.method === 'PUT').at(-1)!.params).toEqual({ enabled: 'false', sip_user: nasty });
    await page.getByRole('button', { name: `Details of ${nasty}` }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('The extension does not exist');
    expect((await api.requestsTo('hotline/list')).at(-1)!.params).toEqual({ extension: nasty });
  });
});

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function serverStates(api: Api, sips: string[]) {
  const items = (await api.list('size=200')).items as any[];
  return sips.map((s) => items.find((i) => i.sip_user === s)?.enabled);
}

test('a lost answer is checked against every page of matches, wherever the extension falls', async ({ page, api }) => {
  await signedIn(page);
  // The re-read asks for the extension by keyword, which matches parts of other numbers too:
  // here a whole first page of them comes before 105 itself.
  const answer = (page_number: number, items: Record<string, unknown>[]) => ({
    items,
    page_number,
    page_size: 100,
    total_items: 101,
    total_pages: 2,
    has_next: page_number === 1,
  });
  const others = [...Array(100).keys()].map((i) => ({ sip_user: `${9105 + i * 10}`, full_name: 'Other', enabled: true }));
  await api.fault({ route: 'list', kind: 'payload', when: { keyword: '105', page: '1' }, payload: answer(1, others) });
  await api.fault({ route: 'list', kind: 'payload', when: { keyword: '105', page: '2' }, payload: answer(2, [{ sip_user: '105', enabled: false }]) });
  // The change is made and its answer lost (every time: the browser may send it again on a new
  // connection); the server then says 105 is disabled.
  await api.fault({ route: 'status', kind: 'drop', when: { sip_user: '105' } });
  await expect(switchOf(page, '105')).toHaveAttribute('aria-checked', 'true');
  await switchOf(page, '105').click();
  await expect(page.locator('.toast').filter({ hasText: '105 disabled.' })).toBeVisible();
  await expect(switchOf(page, '105')).toHaveAttribute('aria-checked', 'false');
  await expect(page.locator('.toast').filter({ hasText: 'Could not' })).toHaveCount(0);
  expect((await api.lists()).filter((r) => r.params.keyword === '105').map((r) => r.params.page).sort()).toEqual(['1', '2']);
});

test('after 50 random toggles under faults, every switch shows the server state', async ({ page, api }) => {
  test.setTimeout(120_000);
  const seed = Number(process.env.TOGGLE_SEED ?? 20261126);
  const random = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const sips = ['147', '145', '101', '102', '103', '104', '105', '106'];
  const faults: Record<string, unknown>[] = [
    { kind: 'delay', ms: 400 },
    { kind: 'http', status: 500 },
    { kind: 'http', status: 502 },
    { kind: 'drop' },
    { kind: 'rejected', error: 'data_is_required' },
    { kind: 'malformed' },
    { kind: 'empty' },
  ];
  await signedIn(page);
  const steps: string[] = [];
  for (let i = 0; i < 50; i++) {
    const sip = pick(sips);
    const sw = switchOf(page, sip);
    const roll = random();
    if (roll < 0.4) {
      const f = pick(faults);
      await api.fault({ route: 'status', once: true, when: { sip_user: sip }, ...f });
      steps.push(`fault ${JSON.stringify(f)} on ${sip}, click`);
      await sw.click();
    } else if (roll < 0.7) {
      steps.push(`double click ${sip}`);
      await sw.dblclick();
    } else {
      steps.push(`click ${sip}`);
      await sw.click();
    }
  }
  // Once every request has settled, the UI must show what the server holds.
  await expect(page.locator('.switch[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  const server = await serverStates(api, sips);
  const shown = await Promise.all(sips.map((s) => switchOf(page, s).getAttribute('aria-checked')));
  const expected = server.map((e) => (e === undefined ? 'mixed' : String(e)));
  expect(shown, `seed ${seed}; steps:\n${steps.join('\n')}`).toEqual(expected);
  // And after a reload the list agrees too.
  await page.reload();
  const reloaded = await Promise.all(sips.map((s) => switchOf(page, s).getAttribute('aria-checked')));
  expect(reloaded).toEqual(expected);
});
