// Trunk post-build hook step: ships src/api/early.js (the first page's API request, started
// before the wasm loads) as a file named by its hash, and loads it with a plain, blocking
// script just before Trunk's loader, so it has run before the app can send anything. A file,
// not an inline script, for the same strict CSP as the loader. Minified in release builds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
let code = fs.readFileSync(new URL('../src/api/early.js', import.meta.url), 'utf8');
if (process.env.TRUNK_PROFILE === 'release') {
  const esbuild = createRequire(new URL('../e2e/package.json', import.meta.url))('esbuild');
  code = esbuild.transformSync(code, { minify: true }).code;
}
const hash = createHash('sha384').update(code).digest();
const name = `early-${hash.toString('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), code);
const indexPath = path.join(dir, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
const loader = '<script type="module"';
if (!html.includes(loader)) throw new Error('no loader script in index.html: run externalize-loader.mjs first');
const prefix = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
const tag = `<script src="${prefix}${name}" integrity="sha384-${hash.toString('base64')}"></script>`;
fs.writeFileSync(indexPath, html.replace(loader, tag + loader));
