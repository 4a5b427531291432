#!/usr/bin/env bash
# PostgreSQL restart during the load: one application node on a fresh database with its job executor on, the fault
# load against it, and the PostgreSQL server restarted FAULT_RESTARTS times (2) while the load runs, each time
# down for FAULT_DOWN seconds (10). Nobody touches the application: it must reconnect (Hikari) and the engine must
# retry the jobs that failed meanwhile; at the end no incident may be open. Then the same end checks as the crash
# test. The server is shared with other work on this machine: keep FAULT_DOWN short.
# Usage: tools/faults/restart-database.sh   (settings: see tools/faults/lib.sh; FAULT_PORT (18082),
# FAULT_DB (faults_restart); FAULT_PG_STOP / FAULT_PG_START: the commands that stop and start the server,
# default pg_ctlcluster --skip-systemctl-redirect 15 main stop|start)
source "$(dirname "$0")/lib.sh"
FAULT_DB="${FAULT_DB:-faults_restart}"
FAULT_WORK="${FAULT_WORK:-$FAULT_ROOT/target/faults/restart-database}"
FAULT_RESTARTS="${FAULT_RESTARTS:-2}"
FAULT_DOWN="${FAULT_DOWN:-10}"
FAULT_PORT="${FAULT_PORT:-18082}"
FAULT_PG_STOP="${FAULT_PG_STOP:-pg_ctlcluster --skip-systemctl-redirect 15 main stop -m fast}"
FAULT_PG_START="${FAULT_PG_START:-pg_ctlcluster --skip-systemctl-redirect 15 main start}"
started=$(date +%s)
rm -rf "$FAULT_WORK"; mkdir -p "$FAULT_WORK"

fault_build
fault_fresh_database
fault_start_node "$FAULT_PORT" node
node_pid=$FAULT_NODE_PID
trap 'fault_stop_pid "$node_pid"; [ -n "${FAULT_LOAD_PID:-}" ] && fault_stop_pid "$FAULT_LOAD_PID"' EXIT
fault_await_node "$FAULT_PORT" || exit 2
fault_start_load "http://127.0.0.1:$FAULT_PORT"

restarts=0
restart_moments=()
# first restart once the reviews are under way, the next ones at random moments after it
until [ "$(fault_sql 'select count(*) from performance_review' 2>/dev/null || echo 0)" -gt 0 ] || ! fault_load_running; do
  sleep 2
done
while fault_load_running && [ "$restarts" -lt "$FAULT_RESTARTS" ]; do
  wait_s=$(( 10 + RANDOM % 40 ))
  for _ in $(seq 1 "$wait_s"); do fault_load_running || break; sleep 1; done
  fault_load_running || break
  restarts=$((restarts + 1))
  moment="$(( $(date +%s) - started ))s: $(tail -1 "$FAULT_WORK/load.log" | cut -c1-120)"
  restart_moments+=("$moment")
  fault_log "PostgreSQL stop #$restarts at $moment"
  $FAULT_PG_STOP || fault_fail "PostgreSQL did not stop"
  sleep "$FAULT_DOWN"
  $FAULT_PG_START || fault_fail "PostgreSQL did not start"
  until pg_isready -q; do sleep 1; done
  fault_log "PostgreSQL back after ${FAULT_DOWN}s down"
done
wait "$FAULT_LOAD_PID"
fault_log "load ended (exit $?); $restarts restarts of PostgreSQL"
[ "$restarts" -ge 1 ] || fault_fail "PostgreSQL was not restarted (the load finished too early)"
kill -0 "$node_pid" 2>/dev/null || fault_fail "the node died (it must survive a database restart)"
fault_log "job failures logged by the node: $(grep -c 'ENGINE-16004\|Exception while executing job' "$FAULT_WORK/node.log")"
sleep 5
fault_stop_pid "$node_pid"
fault_end_checks
fault_summary "$started" "PostgreSQL restarts: $restarts (down ${FAULT_DOWN}s each)" \
  "$(printf 'restarted at:    %s\n' "${restart_moments[@]}")" \
  "job retries:     $(fault_sql "select count(*) from act_hi_job_log where job_state_ = 1") failed job executions logged, $(fault_sql "select count(distinct job_id_) from act_hi_job_log where job_state_ = 1") jobs; all succeeded later: $(fault_sql "select count(*) from (select job_id_ from act_hi_job_log group by job_id_ having bool_or(job_state_ = 1) and not bool_or(job_state_ in (2, 3))) x") without success or deletion"
[ "$FAULT_FAILURES" -eq 0 ]
