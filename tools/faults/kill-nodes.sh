#!/usr/bin/env bash
# Crash test: one application node on a fresh PostgreSQL database with its job executor on, the fault load
# (tools/faults/lib.sh, FaultLoad) against it, and `kill -9` of the node at random moments while the load runs
# (FAULT_KILLS times, at least 5), each time started again; once the load has finished: the consistency checker
# and the SQL checks that no review, decision or award was lost or duplicated and no incident is open.
# Exit 0 only when everything holds. Usage: tools/faults/kill-nodes.sh   (settings: see tools/faults/lib.sh;
# FAULT_KILLS (5), FAULT_PORT (18081), FAULT_DB (faults_kill), kill after FAULT_MIN_UP..FAULT_MAX_UP s (20..60);
# jobs a killed node had locked are taken over once their lock expires: FAULT_LOCK_MS (60000, engine default 300000))
# enough load for the kills to land while it runs (120 employees finish in under a minute on an idle machine)
FAULT_EMPLOYEES="${FAULT_EMPLOYEES:-600}"
source "$(dirname "$0")/lib.sh"
FAULT_DB="${FAULT_DB:-faults_kill}"
FAULT_WORK="${FAULT_WORK:-$FAULT_ROOT/target/faults/kill-nodes}"
FAULT_KILLS="${FAULT_KILLS:-5}"
FAULT_PORT="${FAULT_PORT:-18081}"
FAULT_MIN_UP="${FAULT_MIN_UP:-20}"
FAULT_MAX_UP="${FAULT_MAX_UP:-60}"
started=$(date +%s)
rm -rf "$FAULT_WORK"; mkdir -p "$FAULT_WORK"

fault_build
fault_fresh_database
fault_start_node "$FAULT_PORT" node --camunda.bpm.job-execution.lock-time-in-millis="${FAULT_LOCK_MS:-60000}"
node_pid=$FAULT_NODE_PID
trap 'fault_stop_pid "$node_pid"; [ -n "${FAULT_LOAD_PID:-}" ] && fault_stop_pid "$FAULT_LOAD_PID"' EXIT
fault_await_node "$FAULT_PORT" || exit 2
fault_start_load "http://127.0.0.1:$FAULT_PORT"

kills=0
kill_moments=()
while fault_load_running; do
  up=$(( FAULT_MIN_UP + RANDOM % (FAULT_MAX_UP - FAULT_MIN_UP + 1) ))
  for _ in $(seq 1 "$up"); do fault_load_running || break; sleep 1; done
  fault_load_running || break
  # past the requested kills, keep killing only now and then so that the load can finish
  if [ "$kills" -ge "$FAULT_KILLS" ] && [ $((RANDOM % 4)) -ne 0 ]; then continue; fi
  kill -9 "$node_pid" 2>/dev/null
  kills=$((kills + 1))
  moment="$(( $(date +%s) - started ))s: $(tail -1 "$FAULT_WORK/load.log" | cut -c1-120)"
  kill_moments+=("$moment")
  fault_log "kill -9 #$kills of pid $node_pid at $moment"
  sleep $((1 + RANDOM % 5))
  # started again like a service manager would, also when a start fails (the database may be away meanwhile)
  for attempt in 1 2 3; do
    fault_start_node "$FAULT_PORT" node --camunda.bpm.job-execution.lock-time-in-millis="${FAULT_LOCK_MS:-60000}"
    node_pid=$FAULT_NODE_PID
    fault_await_node "$FAULT_PORT" 600 "$node_pid"; rc=$?
    [ "$rc" -eq 3 ] || break
  done
  [ "$rc" -eq 0 ] || { fault_fail "node did not come back after kill #$kills"; break; }
done
wait "$FAULT_LOAD_PID"
fault_log "load ended (exit $?); $kills kills"
[ "$kills" -ge "$FAULT_KILLS" ] || fault_fail "only $kills kills (the load finished too early; raise FAULT_EMPLOYEES)"

# give the node a moment to finish jobs of its own, then stop it so the checker sees a quiet database
sleep 5
fault_stop_pid "$node_pid"
fault_end_checks
fault_summary "$started" "kills (kill -9): $kills" "$(printf 'killed at:       %s\n' "${kill_moments[@]}")"
[ "$FAULT_FAILURES" -eq 0 ]
