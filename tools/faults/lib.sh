# Shared by the fault scripts of tools/faults/: build, fresh database, application nodes, the load, end checks.
# Sourced, not run. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD   the PostgreSQL server the nodes use
#   FAULT_DB          database to create afresh (each script has its own default)
#   FAULT_UNITS (3) FAULT_EMPLOYEES (120) FAULT_THREADS (4)        the size of the load
#   FAULT_YEAR FAULT_QUARTER                                        the quarter driven (default: the current one)
#   FAULT_WORK (target/faults/<script>)                             logs, roster and summary
#   FAULT_POOL_SIZE (8)                                             connections per node (the server is shared)
#   FAULT_SKIP_BUILD=1                                              use the jar in target/ as it is
#   FAULT_JAR                                                       another application jar (implies no build)

set -u -o pipefail

FAULT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
FAULT_UNITS="${FAULT_UNITS:-3}"
FAULT_EMPLOYEES="${FAULT_EMPLOYEES:-120}"
FAULT_THREADS="${FAULT_THREADS:-4}"
FAULT_YEAR="${FAULT_YEAR:-$(TZ=Asia/Jakarta date +%Y)}"
FAULT_QUARTER="${FAULT_QUARTER:-$(( ( $(TZ=Asia/Jakarta date +%-m) - 1 ) / 3 + 1 ))}"
FAULT_ADMIN_PASSWORD="${FAULT_ADMIN_PASSWORD:-Uji-Gangguan-Admin-2026}"
FAULT_FAILURES=0
FAULT_NODE_PIDS=()

fault_log() { echo "$(date -u +%H:%M:%S) [$(basename "$0" .sh)] $*"; }
fault_fail() { fault_log "FAIL: $*"; FAULT_FAILURES=$((FAULT_FAILURES + 1)); }

fault_build() {
  cd "$FAULT_ROOT"
  if [ -z "${FAULT_JAR:-}" ] && { [ "${FAULT_SKIP_BUILD:-0}" != 1 ] || ! ls target/kinerja-asn-*.jar >/dev/null 2>&1; }; then
    fault_log "building the application jar"
    ./mvnw -B -ntp -q -DskipTests package || { fault_log "build failed"; exit 2; }
  fi
  FAULT_JAR="${FAULT_JAR:-$(ls "$FAULT_ROOT"/target/kinerja-asn-*.jar | grep -v original | head -1)}"
  # the load driver needs Jackson only: take it from the application jar
  local lib="$FAULT_WORK/lib" classes="$FAULT_WORK/classes"
  rm -rf "$lib" "$classes"; mkdir -p "$lib" "$classes"
  (cd "$lib" && unzip -q -j -o "$FAULT_JAR" 'BOOT-INF/lib/jackson-core-*' 'BOOT-INF/lib/jackson-databind-*' \
    'BOOT-INF/lib/jackson-annotations-*')
  FAULT_CP="$classes:$(ls "$lib"/*.jar | tr '\n' ':')"
  javac -d "$classes" -cp "$FAULT_CP" \
    "$FAULT_ROOT/src/test/java/id/go/tebingtinggi/kinerja/faults/FaultLoad.java" || { fault_log "driver does not compile"; exit 2; }
}

fault_fresh_database() {
  psql -q -d postgres -c "drop database if exists \"$FAULT_DB\" with (force)" -c "create database \"$FAULT_DB\"" \
    || { fault_log "cannot create database $FAULT_DB"; exit 2; }
  fault_log "fresh database $FAULT_DB on $PGHOST:$PGPORT"
}

fault_sql() { psql -X -q -t -A -d "$FAULT_DB" -c "$1"; }

# fault_start_node PORT NAME [ARGS]: starts one node (postgres profile, job executor on) in the background
fault_start_node() {
  local port="$1" name="$2"; shift 2
  mkdir -p "$FAULT_WORK"
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$FAULT_DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}" \
    ADMIN_PASSWORD="$FAULT_ADMIN_PASSWORD" PORT="$port" DB_POOL_SIZE="${FAULT_POOL_SIZE:-8}" \
    java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$FAULT_JAR" --spring.profiles.active=postgres \
    --camunda.bpm.job-execution.enabled=true --camunda.bpm.generic-properties.properties.hostname="$name" \
    "$@" >>"$FAULT_WORK/$name.log" 2>&1 &
  FAULT_NODE_PID=$!
  echo "$FAULT_NODE_PID" >"$FAULT_WORK/$name.pid"
  fault_log "node $name started on port $port (pid $FAULT_NODE_PID)"
}

# fault_await_node PORT [SECONDS] [PID]: 0 once healthy, 3 when the node's process ended (e.g. it could not reach
# the database while starting), 1 on timeout
fault_await_node() {
  local port="$1" limit="${2:-600}" pid="${3:-}" waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then fault_log "node on port $port ended while starting"; return 3; fi
    sleep 2; waited=$((waited + 2))
    if [ "$waited" -ge "$limit" ]; then fault_log "node on port $port not healthy after ${limit}s"; return 1; fi
  done
  fault_log "node on port $port healthy after ${waited}s"
}

# fault_stop_pid PID: stops one node we started, by its pid
fault_stop_pid() {
  local pid="$1"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  fi
}

# fault_start_load URLS: the load driver in the background; FAULT_LOAD_PID
fault_start_load() {
  java -cp "$FAULT_CP" id.go.tebingtinggi.kinerja.faults.FaultLoad --urls="$1" --units="$FAULT_UNITS" \
    --employees="$FAULT_EMPLOYEES" --year="$FAULT_YEAR" --quarter="$FAULT_QUARTER" --threads="$FAULT_THREADS" \
    --admin-password="$FAULT_ADMIN_PASSWORD" --out="$FAULT_WORK/load.properties" \
    --timeout-minutes="${FAULT_TIMEOUT_MINUTES:-45}" >"$FAULT_WORK/load.log" 2>&1 &
  FAULT_LOAD_PID=$!
  fault_log "load started (pid $FAULT_LOAD_PID): $FAULT_EMPLOYEES employees in $FAULT_UNITS units, $FAULT_YEAR-Q$FAULT_QUARTER, log $FAULT_WORK/load.log"
}

fault_load_running() { kill -0 "$FAULT_LOAD_PID" 2>/dev/null; }

fault_prop() { grep -m1 "^$1=" "$FAULT_WORK/load.properties" 2>/dev/null | cut -d= -f2-; }

# fault_expect NAME SQL EXPECTED: one end check
fault_expect() {
  local name="$1" sql="$2" expected="$3" actual
  actual="$(fault_sql "$sql" 2>&1)"
  if [ "$actual" = "$expected" ]; then
    fault_log "ok    $name: $actual"
  else
    fault_fail "$name: expected $expected, got $actual"
  fi
}

# fault_end_checks: the consistency checker and the SQL checks that nothing was lost or duplicated
fault_end_checks() {
  local reviews_expected
  reviews_expected="$(fault_prop reviewsExpected)"
  if [ "$(fault_prop finished)" != true ]; then
    fault_fail "the load did not finish ($(fault_prop seconds) s); see $FAULT_WORK/load.log"
  fi

  fault_log "consistency checker (java -jar ... --check-consistency)"
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$FAULT_DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}" \
    ADMIN_PASSWORD="$FAULT_ADMIN_PASSWORD" PORT=0 DB_POOL_SIZE=2 \
    java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$FAULT_JAR" --spring.profiles.active=postgres \
    --camunda.bpm.job-execution.enabled=false \
    --check-consistency >"$FAULT_WORK/consistency.log" 2>&1
  local checker_rc=$?
  FAULT_CHECKER_LINE="$(grep -m1 'ketidaksesuaian antara' "$FAULT_WORK/consistency.log" || echo 'no checker output')"
  grep -E '^[A-Z_]+ .*: ' "$FAULT_WORK/consistency.log" | grep -v ' INFO \| WARN ' | head -20
  if [ "$checker_rc" -eq 0 ] && [[ "$FAULT_CHECKER_LINE" == 0\ * ]]; then
    fault_log "ok    checker: $FAULT_CHECKER_LINE"
  else
    fault_fail "checker (exit $checker_rc): $FAULT_CHECKER_LINE"
  fi

  local year="$FAULT_YEAR" q="$FAULT_QUARTER"
  local this="review_year = $year and review_quarter = $q"
  fault_expect "reviews: one per employee with an atasan" \
    "select count(*) from performance_review where $this" "$reviews_expected"
  fault_expect "employees with more than one review" \
    "select count(*) from (select employee_id from performance_review where $this group by employee_id having count(*) > 1) x" 0
  fault_expect "employees with an atasan and no review" \
    "select count(*) from employee e where e.active and e.supervisor_id is not null and not exists (select 1 from performance_review r where r.employee_id = e.id and r.$this)" 0
  fault_expect "review processes: one per review" \
    "select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_ where d.key_ = 'EmployeeQuarterlyReview'" "$reviews_expected"
  fault_expect "reviews not decided at the end" \
    "select count(*) from performance_review where $this and status <> 'DECIDED'" 0
  fault_expect "unit cycles: one per unit" \
    "select count(*) from unit_cycle" "$(fault_prop units | tr ',' '\n' | wc -l)"
  fault_expect "meetings: one per unit cycle" \
    "select count(*) from (select cycle_id from evaluation_meeting group by cycle_id having count(*) = 1) x" \
    "$(fault_prop units | tr ',' '\n' | wc -l)"
  fault_expect "decisions: exactly one per decided review" \
    "select count(*) from performance_review r where r.$this and r.status = 'DECIDED' and (select count(*) from meeting_decision d where d.review_id = r.id) <> 1" 0
  fault_expect "decisions not delivered" "select count(*) from meeting_decision where delivered_at is null" 0
  fault_expect "awards: exactly one per PENGHARGAAN decision" \
    "select count(*) from performance_review r where r.decided_follow_up = 'PENGHARGAAN' and (select count(*) from award a where a.review_id = r.id) <> 1" 0
  fault_expect "awards without a PENGHARGAAN decision" \
    "select count(*) from award a join performance_review r on r.id = a.review_id where r.decided_follow_up is distinct from 'PENGHARGAAN'" 0
  fault_expect "certificate numbers used twice" \
    "select count(*) from (select certificate_number from award group by certificate_number having count(*) > 1) x" 0
  fault_expect "awards not handed over" "select count(*) from award where handed_over_at is null" 0
  fault_expect "coachings: exactly one per PEMBINAAN decision" \
    "select count(*) from performance_review r where r.decided_follow_up = 'PEMBINAAN' and (select count(*) from coaching c where c.review_id = r.id) <> 1" 0
  fault_expect "open incidents (ACT_RU_INCIDENT)" "select count(*) from act_ru_incident" 0
  fault_expect "jobs without retries left" "select count(*) from act_ru_job where retries_ = 0" 0
  fault_expect "open tasks" "select count(*) from act_ru_task" 0
  fault_expect "unit cycles still running" \
    "select count(*) from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_ where d.key_ = 'UnitQuarterlyCycle'" 0
  fault_expect "review processes running outside coaching" \
    "select count(*) from act_ru_execution x join act_re_procdef d on d.id_ = x.proc_def_id_ where d.key_ = 'EmployeeQuarterlyReview' and x.parent_id_ is null and not exists (select 1 from act_ru_execution c where c.proc_inst_id_ = x.id_ and c.act_id_ = 'CallActivity_CoachingFollowUp')" 0
  fault_expect "jobs that succeeded twice (ACT_HI_JOB_LOG)" \
    "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) x" 0
}

fault_summary() {
  local started="$1"; shift
  local seconds=$(( $(date +%s) - started ))
  {
    echo "== $(basename "$0") summary =="
    echo "database:        $FAULT_DB"
    echo "employees:       $(fault_prop employees) ($(fault_prop reviewsExpected) reviews) in units $(fault_prop units), $FAULT_YEAR-Q$FAULT_QUARTER"
    for line in "$@"; do echo "$line"; done
    echo "load:            finished=$(fault_prop finished) in $(fault_prop seconds) s; requests $(fault_prop requests), retried $(fault_prop retriedRequests), failed completions $(fault_prop failedCompletions)"
    echo "tasks completed: $(grep '^completed\.' "$FAULT_WORK/load.properties" 2>/dev/null | sed 's/^completed\.//; s/UserTask_//' | tr '\n' ' ')"
    echo "by node:         $(grep '^node\.' "$FAULT_WORK/load.properties" 2>/dev/null | sed 's/^node\.//' | tr '\n' ' ')"
    echo "decisions:       $(fault_sql "select string_agg(decided_follow_up || ' ' || n, ', ') from (select decided_follow_up, count(*) n from performance_review group by 1 order by 1) x")"
    echo "awards:          $(fault_sql 'select count(*) from award')"
    echo "checker:         $FAULT_CHECKER_LINE"
    echo "failed checks:   $FAULT_FAILURES"
    echo "whole run:       ${seconds} s"
    echo "result:          $([ "$FAULT_FAILURES" -eq 0 ] && echo PASS || echo FAIL)"
  } | tee "$FAULT_WORK/summary.txt"
}
