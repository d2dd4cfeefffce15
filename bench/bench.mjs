// ./run.sh bench: the release build in headless Chromium against dev-api, one table printed.
// Timings are printed, never asserted: the machines are shared and noisy. Usage:
//   node bench/bench.mjs <dist dir> <dev-api binary> [<Leptos floor dist dir>]
// The Leptos floor (bench/floor-leptos, built by ./run.sh bench) is the vanilla page's 50 rows
// in a Leptos app and nothing else: it shows what the stack itself costs in size and time.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transferSize, kb, BUDGET } from '../scripts/size.mjs';

const [distDir, devApi, floorDir] = process.argv.slice(2);
const here = path.dirname(new URL(import.meta.url).pathname);
// Playwright is installed for the e2e suite; use that copy.
const { chromium } = createRequire(path.join(here, '..', 'e2e', 'package.json'))('playwright-core');
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
// BENCH_ONLY=switch,memory runs only those rows, for tuning one thing at a time.
const ONLY = process.env.BENCH_ONLY?.split(',');
const runs = (section) => !ONLY || ONLY.includes(section);
const SWITCHES = 30;
const GROUPS = 5000;
const GROUPS_LARGE = 20000;

// --- helpers ---------------------------------------------------------------------------------
const ms = (n) => `${n.toFixed(1)} ms`;
const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const rows = [];
const row = (what, value, note = '') => {
  rows.push([what, value, note]);
  console.error(`  ${what}: ${value} ${note}`);
};

async function startApi(staticDir, extra = []) {
  const proc = spawn(devApi, ['--port', '0', '--static', staticDir, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (c) => reject(new Error(`dev-api exited ${c}`)));
  });
  return { url, stop: () => proc.kill() };
}

// --- 1. transfer size ------------------------------------------------------------------------
const size = transferSize(distDir);
const floorSize = floorDir && transferSize(floorDir);
row('transfer size (html+js+wasm+css)', `${kb(size.raw)} raw, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli`,
  `budget ${kb(BUDGET)} gzip${floorSize ? `; the Leptos floor (the 50 rows alone, same stack) ${kb(floorSize.gzip)}` : ''}`);

// --- a site with the app and the vanilla floor side by side ----------------------------------
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-'));
for (const f of fs.readdirSync(distDir)) fs.copyFileSync(path.join(distDir, f), path.join(site, f));
fs.copyFileSync(path.join(here, 'vanilla.html'), path.join(site, 'vanilla.html'));
fs.copyFileSync(path.join(here, 'vanilla.js'), path.join(site, 'vanilla.js'));
if (floorDir) fs.cpSync(floorDir, path.join(site, 'floor-leptos'), { recursive: true });
const api = await startApi(site, ['--groups', String(GROUPS)]);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const session = JSON.stringify({ base_url: api.url, token: 'demo-token' });

/** A fresh context (cold cache), already signed in. */
async function freshPage() {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript((s) => {
    localStorage.setItem('switchboard.session', s);
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
  }, session);
  return { context, page: await context.newPage() };
}

/** Milliseconds from navigation start to the mark `name`. */
const markTime = (page, name) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const hit = performance.getEntriesByName(n, 'mark')[0];
        if (hit) return resolve(hit.startTime);
        new PerformanceObserver((list, obs) => {
          const m = list.getEntries().find((e) => e.name === n);
          if (m) {
            obs.disconnect();
            resolve(m.startTime);
          }
        }).observe({ type: 'mark', buffered: true });
      }),
    name,
  );

/**
 * Does one user action in the page, `click` (a selector) or `type` (one character into the
 * search box), and resolves with the milliseconds from just before it until the next `mark`.
 * A space alone starts no search (the keyword is trimmed): it resolves with `null`, untimed.
 */
const timeToMark = (page, mark, kind, arg) =>
  page.evaluate(
    ([name, kind, a]) =>
      new Promise((resolve) => {
        const before = performance.getEntriesByName(name, 'mark').length;
        const obs = new PerformanceObserver(() => {
          const marks = performance.getEntriesByName(name, 'mark');
          if (marks.length > before) {
            obs.disconnect();
            resolve(marks[marks.length - 1].startTime - t0);
          }
        });
        obs.observe({ type: 'mark' });
        const t0 = performance.now();
        if (kind === 'click') return document.querySelector(a).click();
        const input = document.querySelector('#search');
        input.value += a;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        if (a === ' ') {
          obs.disconnect();
          resolve(null);
        }
      }),
    [mark, kind, arg],
  );

/** Clicks `selector` and waits for the table to be painted again. */
const clickToPaint = (page, selector) => timeToMark(page, 'sb:table-painted', 'click', selector);

// --- 2. time to first table ------------------------------------------------------------------
/** `LOADS` cold loads of each page, taken in turns so that a slow spell of the machine falls
 * on all of them alike; the times to the first table, per page. */
async function firstTables(pathnames, { warm = false } = {}) {
  const times = pathnames.map(() => []);
  for (let i = 0; i < LOADS; i++) {
    for (const [k, pathname] of pathnames.entries()) {
      const { context, page } = await freshPage();
      await page.goto(api.url + pathname);
      if (warm) {
        // The second load in the same profile: the files come from the browser's cache.
        await markTime(page, 'sb:table-painted');
        await page.reload();
      }
      times[k].push(await markTime(page, 'sb:table-painted'));
      await context.close();
    }
  }
  return times;
}
const timing = (loads) => `median ${ms(quantile(loads, 0.5))}, p90 ${ms(quantile(loads, 0.9))}`;
const ratio = (loads, base, name = 'vanilla') => `${(quantile(loads, 0.5) / quantile(base, 0.5)).toFixed(2)}× ${name}`;
/** The API answers the list `delay` ms late (dev-api's delay fault) while `work` runs. */
async function withListDelay(delay, work) {
  const faults = `${api.url}/__test/faults`;
  await fetch(faults, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ route: 'list', kind: 'delay', ms: delay }) });
  try {
    return await work();
  } finally {
    await fetch(faults, { method: 'DELETE' });
  }
}
/** The app beside both floors (the Leptos one when it was built). */
const threePages = ['/vanilla.html', '/extensions', ...(floorDir ? ['/floor-leptos/'] : [])];
/** One row of loads of `threePages` (or of the first two): the app's, its goal against the
 * vanilla page, and the floors' medians beside it. */
function loadRow(label, goal, [vanilla, app, floor]) {
  const floors = `vanilla ${ms(quantile(vanilla, 0.5))}${floor ? `, Leptos floor ${ms(quantile(floor, 0.5))} (${ratio(floor, vanilla)}; the app ${ratio(app, floor, 'it')})` : ''}`;
  row(`${label} (${LOADS})`, timing(app), `${ratio(app, vanilla)} (goal ≤ ${goal}×); ${floors}`);
}
if (runs('first')) loadRow('first table, cold loads', 1.6, await firstTables(threePages));
if (runs('far')) {
  loadRow('first table, cold, API 150 ms away', 1.25, await withListDelay(150, () => firstTables(['/vanilla.html', '/extensions'])));
}
if (runs('warm')) loadRow('first table, warm (second load)', 1.1, await firstTables(threePages, { warm: true }));
// The warm load is taken both with the API on localhost and 150 ms away, as the cold load is.
if (runs('farwarm')) {
  loadRow('first table, warm, API 150 ms away', 1.1, await withListDelay(150, () => firstTables(threePages, { warm: true })));
}

// --- 3. page switch --------------------------------------------------------------------------
async function switches(pathname, next, prev) {
  const { context, page } = await freshPage();
  await page.goto(api.url + pathname);
  await markTime(page, 'sb:table-painted');
  const times = [];
  for (let i = 0; i < SWITCHES; i++) times.push(await clickToPaint(page, i % 2 ? prev : next));
  await context.close();
  return times;
}
if (runs('switch')) {
  const appSwitch = await switches('/extensions', 'button[aria-label="Next page"]', 'button[aria-label="Previous page"]');
  const vanillaSwitch = await switches('/vanilla.html', '#next', '#prev');
  row('page switch, app (30)', `median ${ms(quantile(appSwitch, 0.5))}`, `vanilla median ${ms(quantile(vanillaSwitch, 0.5))}`);
}

// --- 4. groups at 5,000 ----------------------------------------------------------------------
if (runs('groups')) {
  const { context, page } = await freshPage();
  await page.goto(`${api.url}/groups`);
  const first = await markTime(page, 'sb:groups-rendered');
  await page.waitForSelector('table.groups tbody tr');
  row(`groups: first render (${GROUPS} groups)`, ms(first));
  // One keystroke at a time: from the input event to the rows rendered for it.
  const perKey = [];
  // About fifty keystrokes: a p95 over fewer is little more than the slowest one.
  for (const word of ['nhom kinh doanh', 'tong dai 3', '4001', 'cham soc khach hang', 'nhom ky thuat 12']) {
    await page.fill('#search', '');
    for (const ch of word) {
      const t = await timeToMark(page, 'sb:groups-rendered', 'type', ch);
      if (t !== null) perKey.push(t);
      if (process.env.BENCH_VERBOSE && t !== null) console.log(`  ${JSON.stringify(word)} +${JSON.stringify(ch)}: ${ms(t)}`);
    }
  }
  row('groups: filter per keystroke', `median ${ms(quantile(perKey, 0.5))}, p95 ${ms(quantile(perKey, 0.95))}`, 'goal p95 < 16 ms');
  await context.close();
}

// --- 4b. groups at 20,000: the one big answer ------------------------------------------------
// Every main-thread task from navigation until the first page of rows is on screen, and the
// wasm memory then, beside the size of the answer's JSON.
if (runs('biggroups')) {
  const big = await startApi(site, ['--groups', String(GROUPS_LARGE)]);
  const json = await (await fetch(`${big.url}/api/call_center/internal_group/get_all`, { headers: { Authorization: 'Bearer demo-token' } })).text();
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript((s) => {
    localStorage.setItem('switchboard.session', s);
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
    window.__tasks = [];
    new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  }, JSON.stringify({ base_url: big.url, token: 'demo-token' }));
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${big.url}/groups`);
  await page.waitForSelector('table.groups tbody tr');
  const shown = Date.now() - t0;
  // Long tasks are reported after they end: a frame later, every one before the rows is in.
  const { tasks, wasm } = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() =>
    resolve({ tasks: window.__tasks, wasm: window.__wasm?.memory?.buffer.byteLength ?? 0 }), 0))));
  const longest = Math.max(0, ...tasks.map(([, d]) => d));
  if (process.env.BENCH_VERBOSE) console.log('  long tasks (start, ms):', JSON.stringify(tasks.map(([s, d]) => [Math.round(s), Math.round(d)])));
  // Only tasks over 50 ms are reported as long.
  row(`groups: ${GROUPS_LARGE} groups, first rows`, `${ms(shown)}; longest task ${tasks.length ? ms(longest) : 'under 50 ms'}`, 'goal longest ≤ 200 ms');
  row(`groups: ${GROUPS_LARGE} groups, wasm memory`, `${mb(wasm)} for ${mb(json.length)} of JSON`, `${(wasm / json.length).toFixed(2)}× (goal ≤ 2×)`);
  await context.close();
  big.stop();
}

// --- 5. requests -----------------------------------------------------------------------------
if (runs('requests')) {
  const { context, page } = await freshPage();
  const log = async () => (await (await fetch(`${api.url}/__test/requests`)).json()).filter((r) => r.path.startsWith('/api/call_center'));
  const clear = () => fetch(`${api.url}/__test/requests`, { method: 'DELETE' });
  await page.goto(`${api.url}/extensions`);
  await markTime(page, 'sb:table-painted');
  await clear();
  await page.locator('#search').pressSequentially('nguyen', { delay: 60 });
  await page.waitForURL(/keyword=nguyen/);
  await page.waitForSelector('table.data:not([aria-busy])');
  const typed = (await log()).length;
  await page.fill('#search', '');
  await page.waitForURL((u) => !u.search.includes('keyword'));
  await page.waitForSelector('table.data:not([aria-busy])');
  await clear();
  await clickToPaint(page, 'button[aria-label="Next page"]');
  const switched = (await log()).length;
  await clear();
  await page.click('button[role="switch"][aria-label="Enabled: 152"]');
  await page.waitForSelector('button[role="switch"][aria-label="Enabled: 152"]:not([aria-busy])');
  const toggled = await log();
  row('requests: typing a 6-character keyword', `${typed} list request(s)`, 'goal 1');
  row('requests: a page switch', `${switched} list request(s)`, 'goal 1');
  row('requests: a toggle', `${toggled.filter((r) => r.method === 'PUT').length} PUT, ${toggled.filter((r) => r.method === 'GET').length} list`, 'goal 1 PUT, 0 list');
  await context.close();
}

// --- 6. memory -------------------------------------------------------------------------------
if (runs('memory')) {
  const { context, page } = await freshPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0);
    return { heap, wasm };
  };
  await page.goto(`${api.url}/extensions`);
  await markTime(page, 'sb:table-painted');
  let after10;
  for (let i = 1; i <= 200; i++) {
    await clickToPaint(page, i % 2 ? 'button[aria-label="Next page"]' : 'button[aria-label="Previous page"]');
    if (i === 10) after10 = await measure();
  }
  const after200 = await measure();
  const growth = after200.heap + after200.wasm - after10.heap - after10.wasm;
  row('memory: 10 → 200 page switches', `JS heap ${kb(after10.heap)} → ${kb(after200.heap)}, wasm ${kb(after10.wasm)} → ${kb(after200.wasm)}`, `growth ${kb(growth)} (goal < 2 MB)`);
  await context.close();
}

// --- 7. at a tenant's scale, the API 80 ms away -----------------------------------------------
// dev-api's --latency delays every API request, preflights too, as a distant API does. The
// page is served from another origin than the API (cross-origin: a preflight before each
// request of its own URL), or from the API's own origin, as through deploy/nginx.conf's /api/.
const LATENCY = 80;
/** A page signed in to `apiUrl`, served from `pageUrl`. */
async function scalePage(pageUrl, apiUrl, path = '/extensions') {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  await context.addInitScript((s) => localStorage.setItem('switchboard.session', s), JSON.stringify({ base_url: apiUrl, token: 'demo-token' }));
  const page = await context.newPage();
  await page.goto(pageUrl + path);
  return { context, page };
}
const secs = (n) => `${(n / 1000).toFixed(1)} s`;
if (runs('export')) {
  const far = await startApi(site, ['--extensions', '9998', '--latency', String(LATENCY)]);
  const { context, page } = await scalePage(api.url, far.url);
  await page.waitForSelector('table.data tbody tr');
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export CSV")')]);
  const file = await download.path();
  const took = Date.now() - t0;
  const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1);
  const sips = lines.map((l) => l.split(',')[0].replace(/"/g, ''));
  const once = new Set(sips).size === sips.length;
  row('export 10,000 extensions, cross-origin', secs(took), `${lines.length} rows${once ? ', each once' : ', NOT each once'} (goal ≤ 5 s)`);
  await context.close();
  far.stop();
}
/** Disables all `n` extensions in one bulk; the time from the click to the bar's result. */
async function bulk(n, sameOrigin) {
  const far = await startApi(site, ['--extensions', String(n - 2), '--latency', String(LATENCY)]);
  const { context, page } = await scalePage(sameOrigin ? far.url : api.url, far.url);
  await page.waitForSelector('table.data tbody tr');
  await page.check('input[aria-label="Select all on this page"]');
  await page.click(`button:has-text("Select all ${n.toLocaleString('en-US')} that match")`);
  const t0 = Date.now();
  await page.click('button:has-text("Disable selected")');
  await page.waitForFunction((n) => document.querySelector('[aria-label="Bulk actions"]')?.textContent.includes(`Disabled ${n}; 0 failed.`), n.toLocaleString('en-US'), { timeout: 600_000 });
  const took = Date.now() - t0;
  await context.close();
  far.stop();
  return took;
}
if (runs('bulk')) {
  for (const n of [100, 500]) {
    const cross = await bulk(n, false);
    const same = await bulk(n, true);
    const goal = n === 500 ? ' (goal ≤ 30 s cross-origin, ≤ 15 s same-origin)' : '';
    row(`bulk disable ${n} across pages`, `cross-origin ${secs(cross)}, same-origin ${secs(same)}`, `one bulk${goal}`);
  }
}
if (runs('members')) {
  const far = await startApi(site, ['--extensions', '9998', '--latency', String(LATENCY)]);
  const { context, page } = await scalePage(api.url, far.url, '/groups');
  await page.waitForSelector('table.groups tbody tr');
  const t = await timeToMark(page, 'sb:directory-read', 'click', 'table.groups tbody button.expand');
  const note = await page.locator('.members-row').getByText('Names are looked up among').count();
  row('members named, 10,000 extensions', secs(t), `${note ? 'capped, and said so' : 'none left out'} (goal ≤ 5 s)`);
  await context.close();
  far.stop();
}
// The Overview's one reading: every list page and `get_all`, through the pool, the API 80 ms
// away and on another origin; the long tasks and the wasm memory it grew by, beside the JSON.
if (runs('overview')) {
  const far = await startApi(site, ['--extensions', '9998', '--groups', '1000', '--latency', String(LATENCY)]);
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript((s) => {
    localStorage.setItem('switchboard.session', s);
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__wasm = e.detail.wasm;
      window.__wasm0 = e.detail.wasm?.memory?.buffer.byteLength ?? 0;
      window.__started = performance.now();
    });
    window.__tasks = [];
    new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  }, JSON.stringify({ base_url: far.url, token: 'demo-token' }));
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${api.url}/overview`);
  await page.waitForSelector('section.finding', { timeout: 120_000 });
  const took = Date.now() - t0;
  const { tasks, started, grown } = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() =>
    resolve({ tasks: window.__tasks, started: window.__started, grown: (window.__wasm?.memory?.buffer.byteLength ?? 0) - window.__wasm0 }), 0))));
  // The task that starts the app is the same on every page (the Groups rows above): apart.
  const startup = Math.max(0, ...tasks.filter(([at]) => at < started).map(([, d]) => d));
  const reading = tasks.filter(([at]) => at >= started).map(([, d]) => d);
  const log = (await (await fetch(`${far.url}/__test/requests`)).json()).filter((r) => r.method === 'GET');
  const lists = log.filter((r) => r.path.endsWith('internal_phone/list'));
  const pages = new Set(lists.map((r) => r.params.page)).size;
  const gets = log.filter((r) => r.path.endsWith('internal_group/get_all')).length;
  const get = async (p) => (await fetch(`${far.url}${p}`, { headers: { Authorization: 'Bearer demo-token' } })).text();
  const bodies = await Promise.all([get('/api/call_center/internal_group/get_all'),
    ...Array.from({ length: pages }, (_, i) => get(`/api/call_center/internal_phone/list?page=${i + 1}&size=100`))]);
  const json = bodies.reduce((n, b) => n + b.length, 0);
  const longest = Math.max(0, ...reading);
  row('overview: 10,000 extensions, 1,000 groups', `${secs(took)} to the findings; ${lists.length} list requests (${pages} pages), ${gets} get_all`,
    'goal every page once');
  row('overview: longest task / wasm memory', `${reading.length ? ms(longest) : 'under 50 ms'}; grew ${mb(grown)} for ${mb(json)} of JSON`,
    `${(grown / json).toFixed(2)}× (goal ≤ 100 ms, ≤ 3×); the app's start-up ${ms(startup)}`);
  await context.close();
  far.stop();
}
if (runs('toggle')) {
  const { context, page } = await freshPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  await page.goto(`${api.url}/extensions?size=100`);
  await page.waitForSelector('table.data tbody tr:nth-child(100)');
  /** The main-thread time from before `act` until the switch `k` is settled and painted. */
  const work = async (k, act) => {
    const before = await busy();
    await act();
    await page.waitForFunction((k) => {
      const s = document.querySelectorAll('button[role="switch"]')[k];
      return s && !s.hasAttribute('aria-busy') && document.getAnimations().length === 0;
    }, k);
    // A frame later, the paint of the last step is in too.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return (await busy()) - before;
  };
  const costs = [];
  const probes = [];
  for (let i = 0; i < 7; i++) {
    costs.push(await work(i, () => page.locator('button[role="switch"]').nth(i).click()));
    // The same waits with no toggle: what the measuring itself costs.
    probes.push(await work(i, async () => {}));
  }
  row('one toggle\'s main-thread work, 100 rows', `median ${ms(quantile(costs, 0.5) - quantile(probes, 0.5))}`, `goal ≤ 30 ms; measured ${ms(quantile(costs, 0.5))}, less ${ms(quantile(probes, 0.5))} the measuring costs alone`);
  await context.close();
}

await browser.close();
api.stop();
fs.rmSync(site, { recursive: true, force: true });

// --- the table -------------------------------------------------------------------------------
const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
console.log(`\nMachine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}; ${chromiumVersion}; node ${process.version}\n`);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['what', 'result', 'note'][i].length));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(['what', 'result', 'note']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
