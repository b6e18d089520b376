#!/usr/bin/env bash
# Builds the release site (split into lazily loaded parts, precompressed), serves it with the
# demo content and prints what each page's first load fetches; fails when the first load of
# /problems carries more WASM + JS, gzip-compressed, than the budget in end2end/page-weight.mjs
# (PAGE_WEIGHT_BUDGET, in bytes, overrides it). THROTTLE=1 adds the time to interactive of /problems on a slow phone.
# SKIP_BUILD=1 measures the release build already in target/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
if [ -z "${SKIP_BUILD:-}" ]; then
  scripts/build-release.sh
fi
E2E_SERVER_BINARY="$PWD/target/release/grindstone" node end2end/page-weight.mjs
