#!/usr/bin/env bash
# Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64), restored through bicep.csproj.
#   tools/bicep/bicep.sh --path     print the binary's path (restoring first if needed)
#   tools/bicep/bicep.sh <args…>    run bicep with those arguments, e.g. `lint infra/main.bicep`
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="0.49.2"
assets="$here/obj/project.assets.json"

packages_dir() {
  # The global packages folder as restore saw it (honours NUGET_PACKAGES and NuGet.Config).
  local dir
  dir="$(sed -n 's/^ *"packagesPath": "\(.*\)",\{0,1\}$/\1/p' "$assets" | head -n 1)"
  echo "${dir%/}"
}

binary=""
if [[ -f "$assets" ]]; then
  binary="$(packages_dir)/azure.bicep.commandline.linux-x64/$version/tools/bicep"
fi
if [[ -z "$binary" || ! -f "$binary" ]]; then
  dotnet restore "$here/bicep.csproj" --verbosity quiet >&2
  binary="$(packages_dir)/azure.bicep.commandline.linux-x64/$version/tools/bicep"
fi
if [[ ! -f "$binary" ]]; then
  echo "bicep.sh: restore finished but $binary is missing" >&2
  exit 1
fi
[[ -x "$binary" ]] || chmod +x "$binary"

if [[ "${1:-}" == "--path" ]]; then
  echo "$binary"
  exit 0
fi
exec "$binary" "$@"
