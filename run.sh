#!/usr/bin/env bash
# Runs FollowUp locally on a machine with the .NET 10 SDK and Node.js 20+: installs npm packages,
# builds, starts Azurite (data kept in .azurite/), imports the sample Joint Commission
# commitments and lists them. Ctrl+C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"
source eng/azurite.sh

followup_npm_ci
echo "Building..."
dotnet build src/FollowUp.Cli --nologo -v quiet -clp:ErrorsOnly

# Azurite's standard table port, so that `UseDevelopmentStorage=true` (the tool's default) reaches it.
export FOLLOWUP_AZURITE_PORT=${FOLLOWUP_AZURITE_PORT:-10002}
if (exec 3<>"/dev/tcp/127.0.0.1/$FOLLOWUP_AZURITE_PORT") 2>/dev/null; then
  echo "Port $FOLLOWUP_AZURITE_PORT is in use: is Azurite already running? Stop it, or set FOLLOWUP_AZURITE_PORT." >&2
  exit 1
fi
followup_start_azurite --location .azurite
export FollowUp__Storage__ConnectionString="$FOLLOWUP_AZURITE_CONNECTION"

followup() { dotnet src/FollowUp.Cli/bin/Debug/net10.0/followup.dll "$@"; }
followup import samples/joint-commission-8.json
followup list

cat <<EOM

Azurite is serving the sample commitments on 127.0.0.1:$FOLLOWUP_AZURITE_PORT (data in .azurite/).
From another terminal: dotnet src/FollowUp.Cli/bin/Debug/net10.0/followup.dll list --status overdue
Press Ctrl+C to stop.
EOM
wait "$FOLLOWUP_AZURITE_PID"
