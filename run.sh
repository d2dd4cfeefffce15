#!/usr/bin/env bash
# Switchboard's one entry point. See README.md.
#   ./run.sh demo    set up if needed, build, serve app + stand-in API on http://127.0.0.1:8080
#   ./run.sh test    set up if needed, then every check and test CI runs
#   ./run.sh bench   set up if needed, build, and print the benchmark table (sizes, timings)
#   ./run.sh setup   only the set-up (idempotent: a second run takes seconds)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
# wasm-opt comes from npm's binaryen (Debian's 108 breaks the module); cargo-installed tools next.
export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
step() { printf '\n==> %s\n' "$*"; }

setup() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    step "cargo install trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  # wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, and so must
  # Trunk.toml, or Trunk tries to download it.
  local wb
  wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
  if ! grep -q "^wasm_bindgen = \"$wb\"" Trunk.toml; then
    echo "Trunk.toml's wasm_bindgen must be $wb, the version in Cargo.lock" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    step "cargo install wasm-bindgen-cli $wb (about 4 minutes, once)"
    # Not --locked: one of its locked dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$wb" --force
  fi
  # Each Debian package on its own: a machine may already have one and not another.
  #   chromium, firefox-esr     the browsers every e2e spec runs in
  #   webkit2gtk-driver, xvfb   WebKitGTK (Safari's engine) and its WebDriver, for the WebKit suite
  #   fonts-noto-core, -mono    the one font family the tests render with (e2e/fonts.conf)
  #   nginx + brotli_static     the deployment the nginx tests serve (deploy/nginx.conf)
  local missing=() pkg
  for pkg in chromium firefox-esr webkit2gtk-driver xvfb fonts-noto-core fonts-noto-mono nginx libnginx-mod-http-brotli-static; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  local stamp=e2e/node_modules/.package-lock.sha
  local want
  want=$(sha256sum e2e/package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    step "npm ci (Playwright, binaryen's wasm-opt)"
    (cd e2e && npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
  fi
}

build_app() {
  step "trunk build --release"
  trunk build --release
}

build_api() {
  step "cargo build -p dev-api"
  cargo build -p dev-api
}

case "${1:-}" in
  setup)
    setup
    ;;
  demo)
    setup
    build_app
    build_api
    step "Open http://127.0.0.1:8080 and sign in with the access token printed below (Ctrl-C stops)"
    exec target/debug/dev-api --port "${PORT:-8080}" --static dist
    ;;
  test)
    setup
    step "cargo fmt --check"
    cargo fmt --all -- --check
    step "cargo clippy --workspace -- -D warnings"
    cargo clippy --workspace --all-targets -- -D warnings
    step "cargo test --workspace"
    cargo test --workspace
    build_app
    step "transfer size (scripts/size.mjs: fails above its ceiling)"
    node scripts/size.mjs dist
    # The same wasm again, for a host that serves the app below a path (README, "sub-path").
    step "trunk build --release --public-url /switchboard/ (for the sub-path test)"
    trunk build --release --public-url /switchboard/ --dist target/dist-switchboard
    build_api
    step "Browser tests: every spec in Chromium and Firefox ESR, the main paths in WebKitGTK, the nginx deployment"
    (cd e2e && npx playwright test)
    ;;
  bench)
    setup
    if [ "$(twiggy --version 2>/dev/null)" != "twiggy 0.8.0" ]; then
      step "cargo install twiggy 0.8.0 (once, for the wasm size breakdown)"
      cargo install twiggy --version 0.8.0 --locked
    fi
    build_app
    build_api
    step "trunk build --release bench/floor-leptos (the 50 rows alone in Leptos, for comparison)"
    (cd bench/floor-leptos && trunk build --release)
    step "Benchmark (headless Chromium against dev-api; a few minutes)"
    node bench/bench.mjs dist target/debug/dev-api target/dist-floor
    step "Largest contributors to the wasm (twiggy, before wasm-opt, by function)"
    # The names and wasm-bindgen sections are in this copy only (the shipped wasm has neither).
    twiggy top -n 17 target/wasm32-unknown-unknown/release/switchboard.wasm |
      grep -v -e '"function names" subsection' -e "custom section '__wasm_bindgen_unstable'" |
      cut -c1-150
    ;;
  *)
    echo "usage: ./run.sh demo | test | bench | setup" >&2
    exit 2
    ;;
esac
