#!/usr/bin/env bash
# The unit suite (without coverage) under five process time zones: UTC, America/Los_Angeles,
# Asia/Kolkata (+05:30), Australia/Lord_Howe (a 30-minute DST shift) and Pacific/Chatham (+12:45/+13:45).
# Results must not depend on the server's zone, only on the `timeZone` option. `TZ_MATRIX` overrides the list.
set -euo pipefail
cd "$(dirname "$0")/../.."
zones=${TZ_MATRIX:-"UTC America/Los_Angeles Asia/Kolkata Australia/Lord_Howe Pacific/Chatham"}
for zone in $zones; do
  # Proves the zone reaches Date's local getters before trusting a green run: the local wall time of
  # two instants (winter and summer) must be the zone's, read independently through Intl.
  TZ="$zone" node -e '
    const zone = process.env.TZ;
    for (const ms of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]) {
      const d = new Date(ms);
      const wall = new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", minute: "numeric", hourCycle: "h23" }).format(d);
      const local = `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
      if (wall !== local) { console.error(`TZ ${zone} not applied: local ${local}, zone ${wall}`); process.exit(1); }
    }'
  start=$(date +%s)
  TZ="$zone" npx vitest run --config test/vitest.config.ts --typecheck.enabled=false --reporter=dot
  echo "tz-matrix: $zone passed in $(( $(date +%s) - start )) s"
done
