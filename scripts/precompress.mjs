// Trunk post-build hook: writes a .gz and a .br beside each file a browser downloads, so a
// server can send them as they are (nginx's gzip_static and brotli_static, deploy/nginx.conf)
// instead of compressing on every request, and at the highest levels.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
for (const f of fs.readdirSync(dir).filter((f) => /\.(html|js|wasm|css|md)$/.test(f))) {
  const file = path.join(dir, f);
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
  fs.writeFileSync(
    `${file}.br`,
    zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
}
