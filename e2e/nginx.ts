// Debian's nginx serving a build with the deployment's own configuration (deploy/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
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
