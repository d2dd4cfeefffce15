// Trunk post-build hook: moves Trunk's inline module loader out of index.html into its own file,
// so the app runs under a Content-Security-Policy of `script-src 'self' 'wasm-unsafe-eval'`
// with no hash to keep up to date.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const indexPath = path.join(dir, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script in index.html: did Trunk change its loader?');
const code = match[1].trim() + '\n';
const hash = createHash('sha384').update(code).digest();
const name = `loader-${hash.toString('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), code);
const prefix = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
const tag = `<script type="module" src="${prefix}${name}" integrity="sha384-${hash.toString('base64')}"></script>`;
fs.writeFileSync(indexPath, html.replace(inline, tag));
