#!/usr/bin/env bash
# Runs FollowUp locally on a machine with the .NET 10 SDK and Node.js 20+: installs npm packages,
# builds, starts Azurite (data kept in .azurite/), imports the sample Joint Commission commitments
# and serves the update pages, the secretariat's dashboard and the reminder scan on
# http://127.0.0.1:7071, with emails written to outbox/ and shown at /dev/outbox; once serve is up it
# prints the dashboard's one-time sign-in link beside the outbox link. Ctrl+C stops everything it started.
# Links are signed with a key followup makes on first use and keeps in .followup/ (git-ignored);
# deleting that folder invalidates every local link.
set -euo pipefail
cd "$(dirname "$0")"
source eng/azurite.sh

followup_npm_ci
echo "Building..."
dotnet build src/FollowUp.Cli --nologo -v quiet -clp:ErrorsOnly

# Azurite's standard ports, so that `UseDevelopmentStorage=true` (the tool's default) reaches its
# tables, and the backup container (followup export) its blobs.
export FOLLOWUP_AZURITE_BLOB_PORT=${FOLLOWUP_AZURITE_BLOB_PORT:-10000}
export FOLLOWUP_AZURITE_QUEUE_PORT=${FOLLOWUP_AZURITE_QUEUE_PORT:-10001}
export FOLLOWUP_AZURITE_PORT=${FOLLOWUP_AZURITE_PORT:-10002}
for port in "$FOLLOWUP_AZURITE_BLOB_PORT" "$FOLLOWUP_AZURITE_QUEUE_PORT" "$FOLLOWUP_AZURITE_PORT"; do
  if followup_port_open "$port"; then
    echo "Port $port is in use: is Azurite already running? Stop it, or set FOLLOWUP_AZURITE_BLOB_PORT, FOLLOWUP_AZURITE_QUEUE_PORT and FOLLOWUP_AZURITE_PORT." >&2
    exit 1
  fi
done
followup_start_azurite --location .azurite
export FollowUp__Storage__ConnectionString="$FOLLOWUP_AZURITE_CONNECTION"
url=${FOLLOWUP_URL:-http://127.0.0.1:7071}
export FollowUp__PublicBaseUrl="$url"

# A demo should show reminders whatever the day and hour it is started: every day is a working
# day and digests may go out from midnight. Deployed apps keep Monday-Friday from 09:00.
for i in 0 1 2 3 4 5 6; do
  day=(Monday Tuesday Wednesday Thursday Friday Saturday Sunday)
  export "FollowUp__Reminders__WorkingDays__$i=${day[$i]}"
done
export FollowUp__Reminders__SendHour=0

followup() { dotnet src/FollowUp.Cli/bin/Debug/net10.0/followup.dll "$@"; }
followup import samples/joint-commission-8.json
link=$(followup link customs-edi-mou --owner customs.pk@example.org)

echo "FollowUp is starting on $url with the sample commitments of the eighth session..."

# serve issues the sign-in code when it starts listening, so the links are shown once it says so.
show_links() {
  local line
  while IFS= read -r line; do
    printf '%s\n' "$line"
    case "$line" in
      "Secretariat dashboard ("*)
        cat <<EOM

FollowUp is running on $url with the sample commitments of the eighth session.
  Secretariat dashboard (one-time sign-in link, 15 minutes; restart for a new one):
    ${line##*: }
  Outbox (the emails the reminder scan sends):  $url/dev/outbox
  Local signing key (delete it to invalidate local links): $PWD/.followup/signing-key.json
  An update link (customs data exchange MoU, Pakistan Customs):
    $link
The scan runs now and then every minute; each ministry gets at most one digest a day.
Press Ctrl+C to stop FollowUp and Azurite.

EOM
        ;;
    esac
  done
}

followup serve --urls "$url" --scan-every 1m > >(show_links) &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; followup_stop_azurite' EXIT
wait "$serve_pid"
