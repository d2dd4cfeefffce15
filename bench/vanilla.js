// The hand-written floor: fetch a page of extensions and render it, nothing else.
const stored = JSON.parse(localStorage.getItem('switchboard.session') || sessionStorage.getItem('switchboard.session'));
const body = document.querySelector('tbody');
const fmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'short' });
const date = (ms) => (typeof ms === 'number' ? fmt.format(new Date(ms)) : '—');
const text = (v) => (v == null || v === '' ? '—' : String(v));
let page = 1;

async function load(p) {
  const url = `${stored.base_url}/api/call_center/internal_phone/list?page=${p}&size=50`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${stored.token}`, 'Content-Type': 'application/json' } });
  const { payload } = await res.json();
  page = payload.page_number;
  const rows = document.createDocumentFragment();
  for (const e of payload.items) {
    const tr = document.createElement('tr');
    for (const v of [e.sip_user, e.full_name, e.email, e.public_number, e.domain, e.outbound_proxy, date(e.created_date), date(e.last_updated_date), e.enabled === undefined ? 'Unknown' : e.enabled ? 'Enabled' : 'Disabled']) {
      const td = document.createElement('td');
      td.textContent = text(v);
      tr.append(td);
    }
    rows.append(tr);
  }
  body.replaceChildren(rows);
  document.getElementById('range').textContent = `${(page - 1) * 50 + 1}–${(page - 1) * 50 + payload.items.length} of ${payload.total_items}`;
  requestAnimationFrame(() => performance.mark('sb:table-painted'));
}
document.getElementById('next').onclick = () => load(page + 1);
document.getElementById('prev').onclick = () => load(Math.max(1, page - 1));
load(1);
