#!/usr/bin/env bash
# Installs what the demo, the tests and the benchmarks need on a fresh Debian machine (as root):
# Debian packages first (the az CLI is the peer the login benchmark and az-cli mode run against),
# then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(azure-cli)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
