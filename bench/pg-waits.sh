#!/usr/bin/env bash
# What the bench's PostgreSQL backends wait for, second by second: samples pg_stat_activity every 50 ms over one
# connection (a new connection per sample would cost the machine more than it measures) and prints, per second, how
# many samples found an active client backend running (cpu) or in each wait event. Run it beside
# bench/lifecycle.sh, e.g. during its fixed-rate phases, and read it next to their per-second timeline.
# Usage: bench/pg-waits.sh [seconds, default 60]
set -euo pipefail
SAMPLES=$(( ${1:-60} * 20 ))
for _ in $(seq 1 "$SAMPLES"); do
  echo "SELECT to_char(clock_timestamp(), 'HH24:MI:SS') || '|' || COALESCE(wait_event_type || ':' || wait_event, 'cpu')
        FROM pg_stat_activity WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid();"
  echo "SELECT pg_sleep(0.05);"
done | psql -h /var/tmp/paydesk-bench -p 55433 -U postgres -d postgres -qAt 2>/dev/null | grep '|' \
  | awk -F'|' '{ if ($1 != second) { if (second != "") print line; second = $1; delete n; line = "" }
                 n[$2]++; line = second; for (w in n) line = line " " w "=" n[w] }
               END { if (second != "") print line }'
