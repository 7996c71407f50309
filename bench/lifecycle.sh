#!/usr/bin/env bash
# Refund-lifecycle load benchmark (issue 4): starts PostgreSQL from Debian's packages with fsync and
# synchronous_commit ON (what production money needs; checkpoints spaced as a write-heavy server would
# have them, max_wal_size 8 GB and 30 min), starts the server on it with the manual gateway,
# and runs the load harness (floor, closed-loop lifecycle, fixed-rate lifecycle). `DB=h2` runs the same
# against the embedded H2 file instead. Usage: bench/lifecycle.sh [seconds] [rate]
# Environment: WARMUP (seconds of lifecycles before measuring, default 120), POOL (server connections,
# default 8), CLIENTS (closed-loop clients, default 16), MERCHANTS (lifecycles spread round-robin over them, default 16), ONLY=lifecycle, floor or rate (warm-up, then that closed loop or the fixed rates alone: profiling, A/B of builds), SKIP_BUILD=1,
# PG_OPTS (extra PostgreSQL settings, e.g. '-c log_statement=all'), JAR (another build of the server),
# SERVER_JAVA_OPTS (extra JVM options for the server, e.g. a flight recording),
# JAR_B (a second build: both servers run side by side, each on its own database, and the lifecycle is measured
# against each in alternating slices — an A/B comparison that the VM's drifting speed cannot skew; JAR is A;
# COMPARE_RATES=true also runs the fixed rates against each in turn, in slices of the phase's length; ENV_B: extra
# environment for B alone, e.g. 'PAYDESK_DB_POOL_SIZE=16').
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-15}
RATE=${2:-250}   # one rate or several: 150,200,250
DB=${DB:-postgresql}
PORT=18181
KEY="pdk_op_bench$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
WORK=/var/tmp/paydesk-bench
rm -rf "$WORK" && mkdir -p "$WORK" && chmod 755 "$WORK"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -ntp -q package -DskipTests
fi
# The harness runs from bootstrap's test classes, on their test classpath (Jetty's HTTP client).
mvn -B -ntp -q test-compile dependency:build-classpath -pl bootstrap -am -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/harness.cp"

ENV=(PAYDESK_PORT=$PORT PAYDESK_OPERATOR_KEY=$KEY PAYDESK_GATEWAY=manual PAYDESK_SCHEDULER=off PAYDESK_DATA_DIR=$WORK/data)
ENV+=(PAYDESK_DB_POOL_SIZE=${POOL:-8})   # a few connections per core: PostgreSQL shares the same 2 cores here
if [ "$DB" = postgresql ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  chown postgres:postgres "$WORK"
  su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -w -l $WORK/pg.log -o '-p 55433 -c listen_addresses=127.0.0.1 -k $WORK -c fsync=on -c synchronous_commit=on -c max_connections=200 -c shared_buffers=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min ${PG_OPTS:-}' start" >/dev/null
  trap 'su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -m fast stop" >/dev/null || true; kill $SERVER ${SERVER_B:-} 2>/dev/null || true' EXIT
  ENV+=(PAYDESK_DB_URL=jdbc:postgresql://127.0.0.1:55433/postgres PAYDESK_DB_USER=postgres PAYDESK_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64))
else
  trap 'kill $SERVER ${SERVER_B:-} 2>/dev/null || true' EXIT
fi

env "${ENV[@]}" java ${SERVER_JAVA_OPTS:-} -Xmx2g -Xlog:gc:file="$WORK/gc.log" -jar "${JAR:-bootstrap/target/paydesk.jar}" > "$WORK/server.log" 2>&1 &
SERVER=$!
COMPARE=()
if [ -n "${JAR_B:-}" ]; then
  B_ENV=("${ENV[@]}" PAYDESK_PORT=$((PORT + 1)) PAYDESK_DATA_DIR=$WORK/data_b ${ENV_B:-})
  if [ "$DB" = postgresql ]; then
    su postgres -c "$PG_BIN/createdb -h $WORK -p 55433 bench_b"
    B_ENV+=(PAYDESK_DB_URL=jdbc:postgresql://127.0.0.1:55433/bench_b)
  fi
  env "${B_ENV[@]}" java ${SERVER_JAVA_OPTS:-} -Xmx2g -Xlog:gc:file="$WORK/gc_b.log" -jar "$JAR_B" > "$WORK/server_b.log" 2>&1 &
  SERVER_B=$!
  COMPARE=(-Dcompare=http://127.0.0.1:$((PORT + 1)) -DcompareRates="${COMPARE_RATES:-false}")
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$((PORT + 1))/health" >/dev/null && break; sleep 0.5; done
fi
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done

CP="bootstrap/target/test-classes:bootstrap/target/classes:$(cat "$WORK/harness.cp")"
java -Dseconds="$SECONDS_PER_PHASE" -Drate="$RATE" -Dwarmup="${WARMUP:-120}" -Dconnections="${CONNECTIONS:-64}" -Dclients="${CLIENTS:-16}" -Dmerchants="${MERCHANTS:-16}" -Donly="${ONLY:-}" "${COMPARE[@]}" -cp "$CP" dev.paydesk.bootstrap.bench.LifecycleLoad "http://127.0.0.1:$PORT" "$KEY"
echo "database: $DB (fsync on for PostgreSQL); server log: $WORK/server.log"
