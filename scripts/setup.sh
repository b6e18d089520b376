#!/usr/bin/env bash
# Installs what building and testing Grindstone needs, from the package registries only
# (crates.io, npm, Debian). Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)

if [ ! -x /usr/bin/bwrap ] || [ ! -x /usr/bin/chromium ]; then
  step "Debian packages: bubblewrap chromium"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends bubblewrap chromium \
    || { $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends bubblewrap chromium; }
fi

# `serve` started as root runs its web server as this unprivileged account (server.user).
if ! id -u grindstone >/dev/null 2>&1; then
  step "service user grindstone"
  $SUDO useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin grindstone
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
  step "cargo-leptos $CARGO_LEPTOS_VERSION (no_downloads; about 15 minutes on 2 cores)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a webpki-roots version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/playwright-core ] \
  || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  step "npm packages of end2end/ (playwright-core, binaryen's wasm-opt)"
  (cd end2end && npm ci --no-audit --no-fund)
fi

if [ ! -d web/node_modules/monaco-editor ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  step "npm packages of web/ (monaco-editor)"
  (cd web && npm ci --no-audit --no-fund)
fi
# The editor is served from public/ (which cargo-leptos copies into the site); only the
# minified AMD build is needed. A marker names the copied version so an upgrade recopies it.
MONACO_VERSION=$(node -p "require('./web/node_modules/monaco-editor/package.json').version")
if [ "$(cat public/monaco/VERSION 2>/dev/null)" != "$MONACO_VERSION" ]; then
  step "Monaco $MONACO_VERSION into public/monaco"
  rm -rf public/monaco
  mkdir -p public/monaco
  cp -a web/node_modules/monaco-editor/min/vs public/monaco/vs
  echo "$MONACO_VERSION" > public/monaco/VERSION
fi

# The judge runs rustc as an unprivileged user, who cannot reach rustup's toolchain under a
# private home directory; the toolchain is linked to where the language table expects it
# (hard links: nothing is copied when /opt is on the same filesystem).
JUDGE_RUST=/opt/grindstone/rust
if [ "$("$JUDGE_RUST/bin/rustc" --version 2>/dev/null)" != "$(rustc --version)" ]; then
  step "Rust toolchain for the judge in $JUDGE_RUST"
  SYSROOT=$(rustc --print sysroot)
  $SUDO rm -rf "$JUDGE_RUST.new"
  $SUDO mkdir -p "$JUDGE_RUST.new/bin"
  $SUDO cp -al "$SYSROOT/bin/rustc" "$JUDGE_RUST.new/bin/" 2>/dev/null \
    || $SUDO cp -a "$SYSROOT/bin/rustc" "$JUDGE_RUST.new/bin/"
  $SUDO cp -al "$SYSROOT/lib" "$JUDGE_RUST.new/" 2>/dev/null \
    || $SUDO cp -a "$SYSROOT/lib" "$JUDGE_RUST.new/"
  $SUDO rm -rf "$JUDGE_RUST"
  $SUDO mv "$JUDGE_RUST.new" "$JUDGE_RUST"
fi
