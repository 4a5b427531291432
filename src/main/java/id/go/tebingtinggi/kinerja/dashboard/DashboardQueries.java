package id.go.tebingtinggi.kinerja.dashboard;

import id.go.tebingtinggi.kinerja.review.Period;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's read model: a handful of grouped SQL queries over the domain tables and the engine's task
 * tables (ACT_RU_TASK, ACT_HI_TASKINST, ACT_RU_EXECUTION), each one round trip whatever the number of units —
 * no query per unit or per employee.
 */
@Component
class DashboardQueries {

  private final NamedParameterJdbcTemplate jdbc;

  DashboardQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private static MapSqlParameterSource params(Scope scope, Period period) {
    return new MapSqlParameterSource()
        .addValue("year", period.year())
        .addValue("quarter", period.quarter())
        .addValue("scopeUnits", scope.unitParameter())
        .addValue("scopeEmployees", scope.employeeParameter());
  }

  /** Units in scope with at least one review this quarter, or all units in scope for the city and unit scopes. */
  List<DashboardView.UnitRow> units(Scope scope, Period period) {
    MapSqlParameterSource p = params(scope, period);
    Map<String, UnitAccumulator> rows = new TreeMap<>();
    jdbc.query("select u.code, u.name, " + Stage.SQL_CASE + " as stage, r.predikat, count(*) as n "
            + "from performance_review r join employee e on e.id = r.employee_id join org_unit u on u.id = e.unit_id "
            + "left join ACT_RU_EXECUTION x on x.ID_ = r.process_instance_id "
            + "where r.review_year = :year and r.review_quarter = :quarter and r.status <> 'WITHDRAWN' and "
            + scope.sqlCondition() + " group by u.code, u.name, " + Stage.SQL_CASE + ", r.predikat", p,
        rs -> {
          String name = rs.getString("name");
          UnitAccumulator row = rows.computeIfAbsent(rs.getString("code"), code -> new UnitAccumulator(code, name));
          long n = rs.getLong("n");
          row.reviews += n;
          row.stages.merge(Stage.valueOf(rs.getString("stage")), n, Long::sum);
          String predikat = rs.getString("predikat");
          if (predikat != null) {
            row.predikat.merge(predikat, n, Long::sum);
          }
        });
    jdbc.query("select u.code, u.name, "
            + "sum(case when a.id is not null then 1 else 0 end) as awards, "
            + "sum(case when r.decided_follow_up = 'PEMBINAAN' then 1 else 0 end) as coaching "
            + "from performance_review r join employee e on e.id = r.employee_id join org_unit u on u.id = e.unit_id "
            + "left join award a on a.review_id = r.id "
            + "where r.review_year = :year and r.review_quarter = :quarter and " + scope.sqlCondition()
            + " group by u.code, u.name", p,
        rs -> {
          String name = rs.getString("name");
          UnitAccumulator row = rows.computeIfAbsent(rs.getString("code"), code -> new UnitAccumulator(code, name));
          row.awards = rs.getLong("awards");
          row.coaching = rs.getLong("coaching");
        });
    jdbc.query("select u.code, u.name, count(*) as completed, "
            + "sum(case when h.END_TIME_ <= h.DUE_DATE_ then 1 else 0 end) as on_time "
            + "from ACT_HI_TASKINST h join performance_review r on r.process_instance_id = h.PROC_INST_ID_ "
            + "join employee e on e.id = r.employee_id join org_unit u on u.id = e.unit_id "
            + "where h.END_TIME_ is not null and h.DUE_DATE_ is not null and h.DELETE_REASON_ = 'completed' "
            + "and r.review_year = :year and r.review_quarter = :quarter and " + scope.sqlCondition()
            + " group by u.code, u.name", p,
        rs -> {
          String name = rs.getString("name");
          UnitAccumulator row = rows.computeIfAbsent(rs.getString("code"), code -> new UnitAccumulator(code, name));
          row.tasksCompleted = rs.getLong("completed");
          row.tasksOnTime = rs.getLong("on_time");
        });
    return rows.values().stream().map(UnitAccumulator::toRow).toList();
  }

  List<DashboardView.Overdue> overdue(Scope scope, Period period, Instant now) {
    MapSqlParameterSource p = params(scope, period).addValue("now", Timestamp.from(now));
    List<DashboardView.Overdue> overdue = new ArrayList<>();
    jdbc.query("select t.NAME_ as task_name, t.ASSIGNEE_ as assignee, a.name as assignee_name, e.name as employee_name, "
            + "u.name as unit_name, t.DUE_DATE_ as due, t.PROC_INST_ID_ as pid "
            + "from ACT_RU_TASK t join performance_review r on r.process_instance_id = t.PROC_INST_ID_ "
            + "join employee e on e.id = r.employee_id join org_unit u on u.id = e.unit_id "
            + "left join employee a on a.login_id = t.ASSIGNEE_ "
            + "where t.DUE_DATE_ < :now and r.review_year = :year and r.review_quarter = :quarter and "
            + scope.sqlCondition() + " order by t.DUE_DATE_ asc", p,
        rs -> {
          Instant due = rs.getTimestamp("due").toInstant();
          overdue.add(new DashboardView.Overdue(rs.getString("task_name"), rs.getString("assignee"),
              rs.getString("assignee_name"), rs.getString("employee_name"), rs.getString("unit_name"), due,
              Duration.between(due, now).toDays(), rs.getString("pid")));
        });
    return overdue;
  }

  /** Predikat counts of the eight quarters up to {@code period}, oldest first. */
  List<DashboardView.TrendPoint> trend(Scope scope, Period period) {
    List<Period> quarters = new ArrayList<>();
    Period q = period;
    for (int i = 0; i < 8 && q.year() >= 2000; i++) {
      quarters.add(0, q);
      if (q.year() == 2000 && q.quarter() == 1) {
        break;
      }
      q = q.previous();
    }
    Period first = quarters.get(0);
    MapSqlParameterSource p = params(scope, period)
        .addValue("fromKey", first.year() * 10 + first.quarter())
        .addValue("toKey", period.year() * 10 + period.quarter());
    Map<Integer, Map<String, Long>> counts = new LinkedHashMap<>();
    jdbc.query("select r.review_year * 10 + r.review_quarter as pkey, r.predikat, count(*) as n "
            + "from performance_review r join employee e on e.id = r.employee_id "
            + "where r.predikat is not null and r.status <> 'WITHDRAWN' "
            + "and r.review_year * 10 + r.review_quarter between :fromKey and :toKey and " + scope.sqlCondition()
            + " group by r.review_year * 10 + r.review_quarter, r.predikat", p,
        rs -> {
          counts.computeIfAbsent(rs.getInt("pkey"), k -> new TreeMap<>()).put(rs.getString("predikat"), rs.getLong("n"));
        });
    return quarters.stream().map(period1 -> new DashboardView.TrendPoint(period1.year(), period1.quarter(),
        period1.label(), counts.getOrDefault(period1.year() * 10 + period1.quarter(), Map.of()))).toList();
  }

  private static final class UnitAccumulator {
    final String code;
    final String name;
    long reviews;
    final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
    final Map<String, Long> predikat = new TreeMap<>();
    long awards;
    long coaching;
    long tasksCompleted;
    long tasksOnTime;

    UnitAccumulator(String code, String name) {
      this.code = code;
      this.name = name;
    }

    DashboardView.UnitRow toRow() {
      return new DashboardView.UnitRow(code, name, reviews, stages, predikat, awards, coaching, tasksCompleted,
          tasksOnTime, tasksCompleted == 0 ? null : 100.0 * tasksOnTime / tasksCompleted);
    }
  }
}
