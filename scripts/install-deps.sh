#!/usr/bin/env bash
# Installs the Debian packages lsearch needs to build and test, only those missing.
# Idempotent: when everything is present it does nothing (no apt-get update).
#   scripts/install-deps.sh          build and test
#   scripts/install-deps.sh --bench  also omindex and quest, the benchmarks' baselines
set -euo pipefail

packages=(
  build-essential cmake make pkg-config ninja-build
  libxapian-dev xapian-tools libicu-dev libcli11-dev doctest-dev nlohmann-json3-dev zlib1g-dev
  libre2-dev clang clang-format libclang-rt-dev python3 time
  libcpp-httplib-dev curl chromium python3-websocket libgeonames-dev iso-codes
  wamerican wbritish wordnet-base
  python3-dev pybind11-dev python3-pybind11 python3-pytest scdoc dpkg-dev file man-db pmccabe
  libjemalloc-dev
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(xapian-omega)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
