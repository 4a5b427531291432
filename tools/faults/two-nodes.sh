#!/usr/bin/env bash
# Two application nodes on one fresh PostgreSQL database, the job executor on in both, the fault load spread over
# both (round robin, a request to a node that does not answer goes to the other); then the end checks of the crash
# test, including "no job run twice with effect": no duplicate domain rows (reviews, decisions, awards,
# certificate numbers, coachings) and no job with two successful executions in ACT_HI_JOB_LOG.
# Usage: tools/faults/two-nodes.sh   (settings: see tools/faults/lib.sh; FAULT_PORTS ("18083 18084"),
# FAULT_DB (faults_two))
source "$(dirname "$0")/lib.sh"
FAULT_DB="${FAULT_DB:-faults_two}"
FAULT_WORK="${FAULT_WORK:-$FAULT_ROOT/target/faults/two-nodes}"
read -r -a ports <<<"${FAULT_PORTS:-18083 18084}"
started=$(date +%s)
rm -rf "$FAULT_WORK"; mkdir -p "$FAULT_WORK"

fault_build
fault_fresh_database
# the first node creates the schemas; the second starts on a ready database
fault_start_node "${ports[0]}" node1
pid1=$FAULT_NODE_PID
trap 'fault_stop_pid "$pid1"; [ -n "${pid2:-}" ] && fault_stop_pid "$pid2"; [ -n "${FAULT_LOAD_PID:-}" ] && fault_stop_pid "$FAULT_LOAD_PID"' EXIT
fault_await_node "${ports[0]}" || exit 2
fault_start_node "${ports[1]}" node2
pid2=$FAULT_NODE_PID
fault_await_node "${ports[1]}" || exit 2
fault_start_load "http://127.0.0.1:${ports[0]},http://127.0.0.1:${ports[1]}"
wait "$FAULT_LOAD_PID"
fault_log "load ended (exit $?)"
kill -0 "$pid1" 2>/dev/null || fault_fail "node1 died"
kill -0 "$pid2" 2>/dev/null || fault_fail "node2 died"
sleep 5
fault_stop_pid "$pid1"; fault_stop_pid "$pid2"
fault_end_checks
fault_expect "jobs executed on both nodes (ACT_HI_JOB_LOG hostnames)" \
  "select count(distinct hostname_) = 2 from act_hi_job_log where job_state_ = 2" t
fault_summary "$started" "nodes:           2 (ports ${ports[*]}), job executor on in both" \
  "jobs by node:    $(fault_sql "select string_agg(hostname_ || ' ' || n, ', ') from (select hostname_, count(*) n from act_hi_job_log where job_state_ = 2 group by 1) x")" \
  "optimistic locking conflicts logged: node1 $(grep -c 'OptimisticLockingException\|ENGINE-03005' "$FAULT_WORK/node1.log"), node2 $(grep -c 'OptimisticLockingException\|ENGINE-03005' "$FAULT_WORK/node2.log")"
[ "$FAULT_FAILURES" -eq 0 ]
