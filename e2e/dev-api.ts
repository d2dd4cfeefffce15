// dev-api, the stand-in API, as the tests start and drive it.
import { spawn, type ChildProcess } from 'node:child_process';
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
  /** How many requests were being answered when this one came, itself included. */
  in_flight: number;
  /** Of those, how many were about the same extension (`sip_user` or `extension`); 0 for none. */
  same_in_flight: number;
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
  /** The list requests received, in order. */
  lists = () => this.requestsTo('internal_phone/list');
  /** The status changes received, in order. */
  puts = async () => (await this.requests()).filter((r) => r.method === 'PUT');
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
  /** Adds records after the seeded ones, shaped as the contract shapes them; a reset removes them. */
  async add(records: { extensions?: Record<string, unknown>[]; groups?: Record<string, unknown>[] }) {
    const res = await fetch(`${this.url}/__test/records`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(records),
    });
    if (!res.ok) throw new Error(`dev-api refused the records: ${res.status}`);
  }
  /** Changes records as if made elsewhere: fields merged by `sip_user` / `_id`, or records removed. */
  async change(changes: {
    extensions?: Record<string, unknown>[]; groups?: Record<string, unknown>[];
    remove_extensions?: string[]; remove_groups?: string[];
  }) {
    const res = await fetch(`${this.url}/__test/records`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(changes),
    });
    if (!res.ok) throw new Error(`dev-api refused the changes: ${res.status}`);
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
