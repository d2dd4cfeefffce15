// The first page's API request, started while the app's wasm is still loading: its round trip
// then overlaps the start-up instead of following it. The app adopts the answer (early.rs)
// instead of sending its own request. This sends nothing unless it can tell exactly the
// request the app is about to make (same URL, headers and token): no session, an expired
// token, another page, or a query the app would read otherwise all mean no early request.
(function () {
  var KEY = 'switchboard.session';
  var SIZES = ['10', '25', '50', '100'];
  try {
    var raw = sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
    var s = raw && JSON.parse(raw);
    if (!s || typeof s.base_url !== 'string' || typeof s.token !== 'string') return;
    var parts = s.token.trim().split('.');
    if (parts.length === 3) {
      try {
        var claims = JSON.parse(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')));
        if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) return;
      } catch (e) {
        // Not a JWT after all: the app uses it as it is, and so does this.
      }
    }
    var root = document.querySelector('base[href]') ? new URL(document.baseURI).pathname.replace(/\/$/, '') : '';
    if (!location.pathname.startsWith(root)) return;
    var path = location.pathname.slice(root.length) || '/';
    var q = new URLSearchParams(location.search);
    var url;
    // The root goes to the bare Extensions address, its query dropped.
    if (path === '/' && location.search !== '') return;
    if (path === '/extensions' || path === '/') {
      var page = q.get('page') ?? '1';
      var size = q.get('size');
      var keyword = q.get('keyword') ?? '';
      // A bare address shows the size remembered here (list_params.rs).
      var remembered = localStorage.getItem('switchboard.extensions.pageSize');
      if (location.search === '' && SIZES.includes(remembered)) size = remembered;
      if (!/^[1-9][0-9]{0,8}$/.test(page)) return;
      if (size !== null && !SIZES.includes(size)) return;
      var query = [['page', page], ['size', size ?? '50']];
      if (keyword !== '') query.push(['keyword', keyword]);
      url = new URL(s.base_url + '/api/call_center/internal_phone/list', location.href);
      url.search = new URLSearchParams(query).toString();
    } else if (path === '/groups') {
      url = new URL(s.base_url + '/api/call_center/internal_group/get_all', location.href);
    } else {
      return;
    }
    // The list's body is read here too, while the wasm loads: a started app then has the whole
    // answer at once and shows the rows in its first frame, instead of showing "Loading…"
    // first and waiting a task for the body. The groups' body can be tens of megabytes: the
    // app reads it in pieces as it arrives, so it is handed over unread.
    var whole = url.pathname.endsWith('/list');
    var answer = fetch(url.href, {
      headers: { Authorization: 'Bearer ' + s.token, 'Content-Type': 'application/json' },
    }).then(function (r) {
      if (!whole) return { status: r.status, response: r };
      return r.text().then(function (body) {
        return { status: r.status, body: body };
      });
    });
    // Handled by the app when it adopts it; never an "uncaught" error when it does not.
    answer.catch(function () {});
    window.__switchboardEarly = { url: url.href, token: s.token, answer: answer };
  } catch (e) {
    // Anything unexpected: no early request, and the app sends its own.
  }
})();
