#!/usr/bin/env bash
# Runs the whole test suite: formatting and lints, unit tests, the repository suite on SQLite
# and Postgres, HTTP and CLI tests, then the browser tests against a dev build.
#
# Postgres is expected at 127.0.0.1:5432 (user postgres, trust auth; TEST_POSTGRES_URL names
# another server). With CI=true an unreachable Postgres fails the run; otherwise its half of
# the repository suite is skipped with a loud warning.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check
step "clippy (server)"
cargo clippy --features ssr --all-targets -- -D warnings
step "clippy (client)"
cargo clippy --features hydrate --target wasm32-unknown-unknown --lib -- -D warnings
step "cargo test"
cargo test --features ssr
step "cargo leptos build"
cargo leptos build
step "browser tests"
(cd end2end && npm test)
