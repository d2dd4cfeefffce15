// WebKit (the engine behind Safari) through WebKitGTK's WebDriver: Playwright drives only its own
// patched WebKit builds, which cannot be downloaded here, so this suite uses selenium-webdriver
// with Debian's WebKitWebDriver and MiniBrowser under Xvfb. It shares the dev-api fixtures and
// the test runner with the Playwright suite.
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, By, until, type WebDriver, type WebElement } from 'selenium-webdriver';
// Playwright's own copy of pngjs, which it uses to compare screenshots.
import { PNG } from 'playwright-core/lib/utilsBundle';
import { test as base, expect, freePort } from '../fixtures';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WAIT = 10_000;

/** WebKitWebDriver on a free port, answering once it is up. */
async function startDriver(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  // -a: a free display number, so two workers never share one.
  const proc = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, proc };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** How long a new session may take before it is given up and asked for once more. */
const SESSION_WAIT = 40_000;

/**
 * A MiniBrowser session. On a loaded machine one in a few hundred session starts never answers
 * (seen once in a full run); one that has not answered within SESSION_WAIT is asked for again,
 * and quit if it answers later.
 */
async function newSession(driverUrl: string): Promise<WebDriver> {
  for (let attempt = 1; ; attempt++) {
    const starting = new Builder()
      .usingServer(driverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SESSION_WAIT)));
    const driver = await Promise.race([starting, late]);
    clearTimeout(timer);
    if (driver) return driver;
    starting.then((d) => d.quit()).catch(() => {});
    if (attempt === 2) throw new Error(`WebKitWebDriver started no session in ${SESSION_WAIT / 1000} s, twice`);
  }
}

/** A browser window and what a test does with it, in the user's terms. */
export class Browser {
  constructor(readonly driver: WebDriver, readonly baseURL: string) {}

  goto = (path: string) => this.driver.get(path.startsWith('http') ? path : `${this.baseURL}${path}`);
  url = () => this.driver.getCurrentUrl();
  /** The first element matching `css` once it is displayed. */
  async find(css: string): Promise<WebElement> {
    const el = await this.driver.wait(until.elementLocated(By.css(css)), WAIT, `no ${css}`);
    await this.driver.wait(until.elementIsVisible(el), WAIT, `${css} stays hidden`);
    return el;
  }
  /**
   * Waits until a displayed `css` element holds `text`. Its text content is read: WebKitGTK's
   * "rendered text" leaves out the table cells that scroll beneath the sticky columns.
   */
  async sees(css: string, text: string | RegExp) {
    await this.driver.wait(
      async () => {
        for (const el of await this.driver.findElements(By.css(css))) {
          if (!(await el.isDisplayed().catch(() => false))) continue;
          const t = (await el.getAttribute('textContent').catch(() => '')) ?? '';
          if (typeof text === 'string' ? t.includes(text) : text.test(t)) return true;
        }
        return false;
      },
      WAIT,
      `${css} never showed ${text}`,
    );
  }
  async attribute(css: string, name: string, value: string) {
    await this.driver.wait(
      async () => (await this.driver.findElement(By.css(css)).then((e) => e.getAttribute(name)).catch(() => null)) === value,
      WAIT,
      `${css} never had ${name}="${value}"`,
    );
  }
  async count(css: string, n: number) {
    await this.driver.wait(async () => (await this.driver.findElements(By.css(css))).length === n, WAIT, `${css} never counted ${n}`);
  }
  async waitUrl(test: (u: string) => boolean, what: string) {
    await this.driver.wait(async () => test(await this.url()), WAIT, `the address never ${what}`);
  }
  async click(css: string) {
    await (await this.find(css)).click();
  }
  async type(css: string, text: string) {
    const el = await this.find(css);
    await el.clear();
    await el.sendKeys(text);
  }
  /** The window as drawn: `at(x, y)` is the pixel's [r, g, b], in CSS pixels of the viewport. */
  async screenshot() {
    const img = PNG.sync.read(Buffer.from(await this.driver.takeScreenshot(), 'base64'));
    const at = (x: number, y: number) => {
      const i = (Math.round(y) * img.width + Math.round(x)) * 4;
      return [img.data[i], img.data[i + 1], img.data[i + 2]];
    };
    return { height: img.height, at };
  }
  /**
   * Whether `drawn` comes true within `ms`: for what the screen shows a frame or two after the
   * page changed. Only the wait running out reads as false; a driver failure stays a failure.
   */
  settles(drawn: () => Promise<boolean>, ms: number): Promise<boolean> {
    return this.driver.wait(drawn, ms).catch((e) => (e?.name === 'TimeoutError' ? false : Promise.reject(e)));
  }
  /** The element's box in the viewport. */
  rect = (css: string): Promise<DOMRect> =>
    this.driver.executeScript('return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()', css);
  async signIn(path = '/sign-in') {
    await this.goto(path);
    await this.type('#token', 'demo-token');
    await this.click('form button[type=submit]');
  }
}

type WorkerFixtures = { webkitDriver: string };
type TestFixtures = { wk: Browser };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  webkitDriver: [
    async ({}, use) => {
      const { url, proc } = await startDriver();
      await use(url);
      // xvfb-run starts Xvfb and the driver in its own group: end them all.
      if (proc.pid) process.kill(-proc.pid, 'SIGTERM');
    },
    { scope: 'worker' },
  ],
  wk: async ({ webkitDriver, server }, use) => {
    const driver = await newSession(webkitDriver);
    await driver.manage().window().setRect({ width: 1280, height: 800 });
    try {
      await use(new Browser(driver, server.url));
    } finally {
      await driver.quit();
    }
  },
});

export { expect };
