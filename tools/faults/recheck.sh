#!/usr/bin/env bash
# Runs the end checks of tools/faults/ again on the database a script left (the nodes stopped), e.g.
# FAULT_DB=faults_kill FAULT_WORK=target/faults/kill-nodes tools/faults/recheck.sh
source "$(dirname "$0")/lib.sh"
: "${FAULT_DB:?FAULT_DB}" "${FAULT_WORK:?FAULT_WORK}"
FAULT_WORK="$(cd "$FAULT_WORK" && pwd)"
started=$(date +%s)
FAULT_SKIP_BUILD=1
FAULT_JAR="${FAULT_JAR:-$(ls "$FAULT_ROOT"/target/kinerja-asn-*.jar | grep -v original | head -1)}"
fault_end_checks
fault_summary "$started" "(end checks run again by recheck.sh)"
[ "$FAULT_FAILURES" -eq 0 ]
