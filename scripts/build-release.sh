#!/usr/bin/env bash
# Builds the release server and its client: the WebAssembly split into a part per heavy page
# (`--split`, for the lazy routes), every file named after its content (`hash-files`), and
# brotli and gzip copies at their strongest settings made now rather than on each request.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo leptos build --release --split "$@"
node scripts/precompress.mjs target/site/pkg
