# Sourced by test.sh and run.sh: starts Azurite's blob, queue and table services (one process) on
# free loopback ports and stops it when the calling script exits. Sets FOLLOWUP_AZURITE_PORT (the
# table port), FOLLOWUP_AZURITE_BLOB_PORT, FOLLOWUP_AZURITE_QUEUE_PORT and FOLLOWUP_AZURITE_CONNECTION,
# a connection string with all three endpoints (the backups use the blob service).

followup_npm_ci() {
  # npm ci only when the lock file changed since the last install: it wipes node_modules each time.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing npm packages (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

followup_free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"
}

followup_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# followup_start_azurite [--location DIR]: in memory unless a folder is given for its data.
followup_start_azurite() {
  local persistence=(--inMemoryPersistence)
  if [ "${1:-}" = "--location" ]; then
    mkdir -p "$2"
    persistence=(--location "$2")
  fi
  FOLLOWUP_AZURITE_PORT=${FOLLOWUP_AZURITE_PORT:-$(followup_free_port)}
  FOLLOWUP_AZURITE_BLOB_PORT=${FOLLOWUP_AZURITE_BLOB_PORT:-$(followup_free_port)}
  FOLLOWUP_AZURITE_QUEUE_PORT=${FOLLOWUP_AZURITE_QUEUE_PORT:-$(followup_free_port)}
  local log="${TMPDIR:-/tmp}/followup-azurite-$FOLLOWUP_AZURITE_PORT.log"
  node_modules/.bin/azurite "${persistence[@]}" \
    --blobHost 127.0.0.1 --blobPort "$FOLLOWUP_AZURITE_BLOB_PORT" \
    --queueHost 127.0.0.1 --queuePort "$FOLLOWUP_AZURITE_QUEUE_PORT" \
    --tableHost 127.0.0.1 --tablePort "$FOLLOWUP_AZURITE_PORT" \
    --skipApiVersionCheck --disableProductStyleUrl --silent >"$log" 2>&1 &
  FOLLOWUP_AZURITE_PID=$!
  trap followup_stop_azurite EXIT
  for _ in $(seq 1 150); do
    if followup_port_open "$FOLLOWUP_AZURITE_PORT" && followup_port_open "$FOLLOWUP_AZURITE_BLOB_PORT" \
      && followup_port_open "$FOLLOWUP_AZURITE_QUEUE_PORT"; then
      # The well-known Azurite development account key: public, and only valid against the emulator.
      local account="http://127.0.0.1:%s/devstoreaccount1"
      FOLLOWUP_AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
      FOLLOWUP_AZURITE_CONNECTION+="BlobEndpoint=$(printf "$account" "$FOLLOWUP_AZURITE_BLOB_PORT");"
      FOLLOWUP_AZURITE_CONNECTION+="QueueEndpoint=$(printf "$account" "$FOLLOWUP_AZURITE_QUEUE_PORT");"
      FOLLOWUP_AZURITE_CONNECTION+="TableEndpoint=$(printf "$account" "$FOLLOWUP_AZURITE_PORT");"
      export FOLLOWUP_AZURITE_PORT FOLLOWUP_AZURITE_BLOB_PORT FOLLOWUP_AZURITE_QUEUE_PORT FOLLOWUP_AZURITE_CONNECTION
      return 0
    fi
    if ! kill -0 "$FOLLOWUP_AZURITE_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "Azurite did not start (blob $FOLLOWUP_AZURITE_BLOB_PORT, queue $FOLLOWUP_AZURITE_QUEUE_PORT, table $FOLLOWUP_AZURITE_PORT on 127.0.0.1); its log:" >&2
  cat "$log" >&2
  return 1
}

followup_stop_azurite() {
  if [ -n "${FOLLOWUP_AZURITE_PID:-}" ] && kill -0 "$FOLLOWUP_AZURITE_PID" 2>/dev/null; then
    kill "$FOLLOWUP_AZURITE_PID" 2>/dev/null
    wait "$FOLLOWUP_AZURITE_PID" 2>/dev/null
  fi
  FOLLOWUP_AZURITE_PID=
}
