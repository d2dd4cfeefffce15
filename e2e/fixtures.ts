import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const DEMO_TOKEN = 'demo-token';
export const DEMO_API_KEY = 'demo-api-key';

/** One request as dev-api received it (see dev-api's `/__test/requests`). */
export type LoggedRequest = {
  method: string;
  path: string;
  query: string;
  params: Record<string, string>;
};

/** A running dev-api and its test controls. */
export class Api {
  constructor(readonly url: string, readonly proc: ChildProcess) {}

  private async control(method: string, what: string): Promise<Response> {
    const res = await fetch(`${this.url}/__test/${what}`, { method });
    if (!res.ok) throw new Error(`dev-api ${method} /__test/${what}: ${res.status}`);
    return res;
  }
  reset = async () => void (await this.control('POST', 'reset'));
  clearRequests = async () => void (await this.control('DELETE', 'requests'));
  requests = async (): Promise<LoggedRequest[]> => (await this.control('GET', 'requests')).json();
  /** Requests to one API path, e.g. 'internal_phone/list'. */
  requestsTo = async (pathEnd: string) => (await this.requests()).filter((r) => r.path.endsWith(pathEnd));
  /** A JWT-shaped token that expires in `ttl` seconds (negative: already expired). */
  token = async (ttl: number) => (await this.control('POST', `token?ttl=${ttl}`)).text();
  /** Arms a fault (see dev-api's faults.rs): `{route, kind, once?, when?, ...}`. */
  async fault(f: Record<string, unknown>) {
    const res = await fetch(`${this.url}/__test/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(f),
    });
    if (!res.ok) throw new Error(`dev-api refused the fault ${JSON.stringify(f)}: ${res.status}`);
  }
  clearFaults = async () => void (await this.control('DELETE', 'faults'));
  /**
   * Lets the requests a `hold` fault keeps go on to their answers. dev-api waits for one to be
   * held first, and refuses (so this throws) if none comes.
   */
  release = async () => void (await this.control('POST', 'release'));
  /** The enabled flag of one extension as the server holds it. */
  async enabled(sip: string): Promise<boolean | undefined> {
    const p = await this.list(`keyword=${encodeURIComponent(sip)}&size=200`);
    return p.items.find((i: any) => i.sip_user === sip)?.enabled;
  }
  /** The list endpoint read back directly, as the server holds it. */
  async list(query: string): Promise<any> {
    const res = await fetch(`${this.url}/api/call_center/internal_phone/list?${query}`, {
      headers: { Authorization: `Bearer ${DEMO_TOKEN}` },
    });
    return (await res.json()).payload;
  }
}

export async function startDevApi(args: string[] = []): Promise<Api> {
  const proc = spawn(path.join(ROOT, 'target/debug/dev-api'), ['--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`dev-api exited (${code}) before listening`)));
  });
  return new Api(url, proc);
}

type WorkerFixtures = { server: Api };
type TestFixtures = {
  api: Api;
  consoleMessages: string[];
  /** Page errors a test provokes on purpose (Firefox reports a refused CORS call as one). */
  expectedPageErrors: RegExp[];
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // One dev-api per worker, serving the built app from dist/ and the API on one origin.
  server: [
    async ({}, use) => {
      const api = await startDevApi(['--static', path.join(ROOT, 'dist')]);
      await use(api);
      api.proc.kill();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  // Every test starts from the seed data with an empty request log, whether it asks for
  // `api` or not (auto), so no test sees what an earlier one changed.
  api: [
    async ({ server }, use) => {
      await server.reset();
      await use(server);
    },
    { auto: true },
  ],
  consoleMessages: async ({ page }, use) => {
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await use(messages);
  },
  expectedPageErrors: [[], { option: true }],
  // A panic in wasm kills the app: any uncaught page error fails the test.
  // So does anything the Content-Security-Policy blocks: the app runs under a strict one.
  page: async ({ page, expectedPageErrors }, use) => {
    const errors: string[] = [];
    await page.exposeFunction('__reportPolicyViolation', (text: string) => errors.push(`CSP: ${text}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__reportPolicyViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`),
      ),
    );
    page.on('pageerror', (e) => {
      if (!expectedPageErrors.some((re) => re.test(e.message))) errors.push(e.message);
    });
    page.on('console', (m) => {
      if (m.text().includes('panicked')) errors.push(m.text());
    });
    await use(page);
    expect(errors, `uncaught errors in the page:\n${errors.join('\n')}`).toEqual([]);
  },
});

export { expect };

/**
 * Signs in through the form, as a user does: on a page loaded at `path`, or with `here` on the
 * form the app shows now (after a sign-out or an expiry), keeping all the page holds in memory.
 */
export async function signIn(
  page: Page,
  opts: { token?: string; baseUrl?: string; remember?: boolean; path?: string; here?: boolean } = {},
) {
  if (!opts.here) await page.goto(opts.path ?? '/sign-in');
  if (opts.baseUrl) await page.getByLabel('API base URL').fill(opts.baseUrl);
  await page.getByLabel('Access token', { exact: true }).fill(opts.token ?? DEMO_TOKEN);
  if (opts.remember) await page.getByLabel('Remember on this device').check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The extensions table's body rows. */
export const extensionRows = (page: Page) => page.locator('table.data tbody tr');
/** The extensions table's row of one extension. */
export const extensionRow = (page: Page, sip: string) =>
  extensionRows(page).filter({ has: page.getByRole('rowheader', { name: sip, exact: true }) });

/** A file the page handed to the browser as a download. */
export type Downloaded = { name: string; bytes: Buffer };

/**
 * Records the files the page downloads from now on. Chromium reports each download; Playwright
 * over WebDriver BiDi reports none for a blob link in Firefox ESR, so there the page's hand-over
 * (the click on an `<a download>`) is recorded, and the file read back from its blob.
 */
export async function recordDownloads(page: Page, browserName: string) {
  const seen: Promise<Downloaded>[] = [];
  if (browserName === 'firefox') {
    await page.evaluate(() => {
      const w = window as any;
      w.__downloads = [];
      // The blob itself: the page's CSP allows no fetch of a blob: address.
      w.__blobs = new Map();
      const create = URL.createObjectURL;
      URL.createObjectURL = (obj: Blob | MediaSource) => {
        const href = create(obj);
        w.__blobs.set(href, obj);
        return href;
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) w.__downloads.push({ name: this.download, href: this.href });
        return click.call(this);
      };
    });
  } else {
    page.on('download', (d) =>
      seen.push(d.path().then((file) => ({ name: d.suggestedFilename(), bytes: fs.readFileSync(file) }))),
    );
  }
  const count = async () =>
    browserName === 'firefox' ? page.evaluate(() => (window as any).__downloads.length as number) : seen.length;
  return {
    count,
    /** The first file downloaded since recording began, once it has come. */
    async first(): Promise<Downloaded> {
      await expect.poll(count, { message: 'no download' }).toBeGreaterThan(0);
      if (browserName !== 'firefox') return seen[0];
      const d = await page.evaluate(async () => {
        const w = window as any;
        const { name, href } = w.__downloads[0];
        const bytes = [...new Uint8Array(await w.__blobs.get(href).arrayBuffer())];
        return { name, bytes };
      });
      return { name: d.name, bytes: Buffer.from(d.bytes) };
    },
  };
}

/** A port no one listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const DEPLOY = path.join(ROOT, 'deploy');
/** The vendor's API as deploy/*.conf name it; the tests put a dev-api in its place. */
const VENDOR_API = 'https://public-v1.omicall.com';

/** Replaces `from` in a config, failing if the config no longer has it. */
function replaceIn(conf: string, from: string, to: string): string {
  if (!conf.includes(from)) throw new Error(`deploy config no longer has ${JSON.stringify(from)}`);
  return conf.split(from).join(to);
}

/** Lets every user read `dir` and what it holds, whatever the umask it was made under. */
function readableByAll(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) readableByAll(p);
    else fs.chmodSync(p, 0o644);
  }
}

/**
 * Debian's nginx as a process of the test's own, on a free local port, serving a copy of `dist`
 * with the README's configuration: deploy/nginx.conf at the root, or deploy/nginx-subpath.conf
 * below /switchboard/. Only what a deployment changes is changed: the port, the folder and the API.
 */
export async function startNginx(opts: { dist: string; api: string; subPath?: boolean }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-nginx-'));
  // Workers may run as another user (nginx started as root hands them to www-data): they write
  // their temporary files here, and read the app from a copy here, since the checkout may lie
  // in a folder only its owner can enter.
  fs.chmodSync(dir, 0o777);
  const dist = path.join(dir, 'dist');
  fs.cpSync(opts.dist, dist, { recursive: true });
  readableByAll(dist);
  const port = await freePort();
  const main = fs.readFileSync(path.join(DEPLOY, 'nginx.conf'), 'utf8');
  let site: string;
  if (opts.subPath) {
    const map = main.match(/^map [\s\S]*?^}/m);
    if (!map) throw new Error('deploy/nginx.conf has no map block');
    let locations = fs.readFileSync(path.join(DEPLOY, 'nginx-subpath.conf'), 'utf8');
    locations = replaceIn(locations, 'alias /srv/switchboard/dist/;', `alias ${dist}/;`);
    site = `${map[0]}\nserver {\n    listen 127.0.0.1:${port};\n${locations}\n}\n`;
  } else {
    site = replaceIn(main, 'listen 80;', `listen 127.0.0.1:${port};`);
    site = replaceIn(site, 'root /srv/switchboard/dist;', `root ${dist};`);
  }
  site = replaceIn(site, VENDOR_API, opts.api);
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`,
  );
  const proc = spawn('nginx', ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (c) => (stderr += c));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited (${proc.exitCode}): ${stderr}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 200) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return {
    url,
    stop: () => {
      proc.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
