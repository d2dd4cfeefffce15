// The app's transfer size (html + js + wasm + css in a built folder), raw and gzip, as the
// benchmark reports it and the test command checks it.
//   node scripts/size.mjs <dist dir>    prints the size; fails above CEILING
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The budget issue #15 sets (it replaced #7's 150 KB). */
export const BUDGET = 250 * 1024;
/**
 * What the test command holds the line at until the budget is met: the size of the current
 * build, so that it grows only when a change means to. Lower it when a change makes the app
 * smaller; raising it is a decision a commit says (367 KB: the fixes of issue #19 cost 7 KB;
 * 369 KB: issue #18's split into components of at most about 100 lines cost 1.9 KB, after
 * minifying won 3.3 KB; 407 KB: issue #16, the change journal, Undo, the Activity page and the
 * drawer's groups and history, cost 38.7 KB: the page 13.5, the drawer's parts 8.8, the rest 16;
 * 409 KB: issue #15's early request, 0.8 KB of script and 0.9 KB of wasm to adopt it, which
 * brought the first table with a distant API from 1.60× to 1.14× vanilla; 411 KB: the drawers
 * of one visit share one download of get_all, 1.7 KB, instead of one download per drawer;
 * 410 KB: the switch as one reactive closure, 1.1 KB smaller; 412 KB: table rows rewritten in
 * place for a new page, 1.8 KB, for a page switch about a fifth sooner; 413 KB: a journal entry
 * another tab's write dropped is put back, 0.6 KB; 414 KB: a new page, size or keyword is
 * written to the address a moment after it shows, not at the click, 1.7 KB, for a page switch
 * from 2.3–2.7× to 1.6–1.9× vanilla; 415 KB: early.js reads the first answer's body too, 0.6 KB,
 * for the first table in the page's first frame: warm 2.1× to 1.8× vanilla, cold 2.0× to 1.8×).
 */
export const CEILING = 415 * 1024;

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
  if (gzip > BUDGET) console.log(`Still ${kb(gzip - BUDGET)} over the ${kb(BUDGET)} budget (issue #15).`);
}
