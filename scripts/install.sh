#!/usr/bin/env bash
# Installs what the demo, the tests and the benchmarks need on a fresh Debian machine (as root):
# Debian packages first, then the npm packages from the lock file. The Debian packages:
#   azure-cli         the peer of the login benchmark, and what az-cli: true logs in
#   docker-registry   a real OCI distribution registry behind the sandbox's ACR token service
#   buildah, skopeo   real image builds and copies (build-push tests; the promote benchmark's peer)
#   busybox-static    a base image made from local files (no public registry is reachable)
#   wrk               the HTTP load tool the smoke benchmark compares with
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(azure-cli docker-registry buildah skopeo busybox-static wrk)
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

# npm install, not npm ci: the registry here serves no optional binaries for other platforms, so the
# lock file cannot list them and npm ci refuses it; npm install still installs exactly the locked versions.
npm install --no-audit --no-fund
