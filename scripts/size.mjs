// The app's transfer size (html + js + wasm + css in a built folder), raw and gzip, as the
// benchmark reports it and the test command checks it.
//   node scripts/size.mjs <dist dir>    prints the size; fails above CEILING
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The transfer-size budget the console aims for (gzip). */
export const BUDGET = 250 * 1024;
/**
 * What the test command holds the line at until the budget is met: about the size of the
 * current build, so that it grows only when a change means to. Lower it when a change makes the
 * app smaller; raising it is a decision its commit explains (this file's git log keeps each
 * one, and docs/performance.md what each feature costs).
 */
export const CEILING = 525 * 1024;

export function transferSize(dir) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of fs.readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f))) {
    const bytes = fs.readFileSync(path.join(dir, f));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    const quality = zlib.constants.BROTLI_MAX_QUALITY;
    brotli += zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }).length;
  }
  return { raw, gzip, brotli };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const { raw, gzip, brotli } = transferSize(dir);
  console.log(`${dir}: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (gzip budget ${kb(BUDGET)}, ceiling ${kb(CEILING)})`);
  if (gzip > CEILING) {
    console.error(`The app grew past its ceiling of ${kb(CEILING)} gzip: find what added to it (./run.sh bench lists the largest parts of the wasm).`);
    process.exit(1);
  }
  if (gzip > BUDGET) console.log(`Still ${kb(gzip - BUDGET)} over the ${kb(BUDGET)} budget.`);
}
