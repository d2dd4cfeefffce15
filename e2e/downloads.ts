// The files a page hands to the browser as downloads, read back in each engine.
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';

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
