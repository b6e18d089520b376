#!/usr/bin/env bash
# Builds Grindstone (release) and serves it at http://127.0.0.1:3000 on a SQLite database in
# ./data, with the demo content loaded and ada@demo.grindstone.dev as its administrator (the
# demo password is published: this is for a machine nobody else reaches).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build-release.sh
export LEPTOS_ENV=PROD
target/release/grindstone seed --demo --demo-admin
exec target/release/grindstone serve
