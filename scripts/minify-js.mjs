// Trunk post-build hook step: minifies wasm-bindgen's JS glue with esbuild (Trunk's own JS
// minifier gives up on its `export default` and leaves it whole), then puts the new file's
// hash in index.html's integrity attribute, which Trunk computed for the file as it was.
// Release builds only. esbuild comes with e2e's npm packages, as wasm-opt does.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
if (process.env.TRUNK_PROFILE === 'release') {
  const esbuild = createRequire(new URL('../e2e/package.json', import.meta.url))('esbuild');
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  for (const name of fs.readdirSync(dir).filter((f) => /^switchboard-[0-9a-f]+\.js$/.test(f))) {
    const file = path.join(dir, name);
    const { code } = esbuild.transformSync(fs.readFileSync(file, 'utf8'), { minify: true, format: 'esm' });
    fs.writeFileSync(file, code);
    const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    html = html.replace(/<link\b[^>]*>/g, (tag) =>
      tag.includes(name) ? tag.replace(/integrity=("[^"]*"|[^\s>]+)/, `integrity="${sri}"`) : tag,
    );
  }
  fs.writeFileSync(indexPath, html);
}
