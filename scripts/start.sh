#!/usr/bin/env bash
# Builds the page and serves it on this machine: scripts/start.sh
# Open the URL it prints. PORT=8765 by default (your browser keeps a separate localStorage
# per port, so a fixed port keeps your saved cases); Ctrl+C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
./emsdk-setup.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset web >/dev/null
cmake --build --preset web --target fasthold_app fasthold_single  # the page and its offline copy
exec node tests/e2e/serve.mjs build/web/site "${PORT:-8765}"
