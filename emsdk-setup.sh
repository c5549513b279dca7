#!/usr/bin/env bash
# Installs everything Fasthold needs on a fresh Debian 12 machine, idempotently.
# A second run only checks and takes seconds. Run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  cmake ninja-build g++ make            # native build
  emscripten                            # web build (emcc 3.1.6, frozen system libs)
  catch2 nlohmann-json3-dev             # tests, JSON
  clang-14 libclang-rt-14-dev           # fuzzing, sanitizers
  chromium                              # browser tests (Playwright drives Debian's Chromium)
  fonts-dejavu-core python3-fonttools   # the UI font, subset at build time
  libical-dev                           # tests only: parse our .ics output back
  dpkg-dev                              # unpacks `apt-get source imgui`
  nodejs npm gzip
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The machine may already have its own node/npm outside Debian's packages: accept those.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
todo=()
for p in "${missing[@]}"; do [ -n "$p" ] && todo+=("$p"); done
if [ "${#todo[@]}" -gt 0 ]; then
  echo "setup: installing ${todo[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${todo[@]}" >/dev/null
fi

# Dear ImGui 1.86 sources (the -dev package has no backends): from Debian's source package.
IMGUI_DIR=third_party/imgui
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  src_list=/etc/apt/sources.list.d/fasthold-deb-src.sources
  if ! grep -rqs "^Types: deb-src" /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null; then
    # Keep only the main-archive stanza: the security one has no imgui source.
    awk 'BEGIN{RS="";ORS="\n\n"} !/debian-security/' \
      /etc/apt/sources.list.d/debian.sources | sed 's/^Types: deb$/Types: deb-src/' | $SUDO tee "$src_list" >/dev/null
    $SUDO apt-get update -qq
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq imgui >/dev/null 2>&1 || apt-get source --download-only -qq imgui >/dev/null)
  dir=$(find "$tmp" -maxdepth 1 -type d -name 'imgui-*' | head -n 1)
  if [ -z "$dir" ]; then
    tar -C "$tmp" -xf "$tmp"/imgui_*.orig.tar.* && dir=$(find "$tmp" -maxdepth 1 -type d -name 'imgui*' ! -path "$tmp" | head -n 1)
  fi
  mkdir -p "$IMGUI_DIR"
  cp -r "$dir"/*.cpp "$dir"/*.h "$dir"/backends "$dir"/misc "$IMGUI_DIR"/
  rm -rf "$tmp"
  grep -Eq 'IMGUI_VERSION +"1\.86' "$IMGUI_DIR/imgui.h" || { echo "setup: expected Dear ImGui 1.86" >&2; exit 1; }
fi

# Playwright (library only: it must never download a browser; we use /usr/bin/chromium) and axe-core.
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent
fi
echo "setup: ready"
