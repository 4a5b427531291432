package id.go.tebingtinggi.kinerja.dashboard;

import id.go.tebingtinggi.kinerja.meeting.DistributionGuide;
import id.go.tebingtinggi.kinerja.meeting.UnitResult;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
    Map<String, MeetingResult> results = meetingResults(period);
    return rows.values().stream().map(row -> row.toRow(results.get(row.code))).toList();
  }

  /**
   * The unit result each unit's latest evaluation meeting of the quarter set (a supplementary meeting replaces the
   * regular one's), by unit code; units without a meeting are absent. At most one row per unit, so no scope is
   * needed here: only the rows of units already in scope are looked up.
   */
  private Map<String, MeetingResult> meetingResults(Period period) {
    Map<String, MeetingResult> results = new HashMap<>();
    jdbc.query("select u.code, m.unit_result, m.meeting_date, m.distribution_justification from evaluation_meeting m "
            + "join unit_cycle c on c.id = m.cycle_id join org_unit u on u.id = c.unit_id "
            + "where c.cycle_year = :year and c.cycle_quarter = :quarter and m.sequence_number = "
            + "(select max(l.sequence_number) from evaluation_meeting l where l.cycle_id = m.cycle_id)",
        new MapSqlParameterSource().addValue("year", period.year()).addValue("quarter", period.quarter()),
        rs -> {
          results.put(rs.getString("code"), new MeetingResult(UnitResult.valueOf(rs.getString("unit_result")),
              rs.getDate("meeting_date").toLocalDate(), rs.getString("distribution_justification")));
        });
    return results;
  }

  private record MeetingResult(UnitResult unitResult, LocalDate meetingDate, String justification) {
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

  /**
   * The active employees of a unit, each with their review of the quarter if they have one: one query whatever the
   * unit's size (loading the reviews as entities would also load each one's objection, one query per review).
   */
  List<EmployeeLine> unitEmployees(Long unitId, Period period) {
    return jdbc.query("select e.id, e.nip, e.name, e.position, r.status, r.predikat, r.decided_follow_up "
            + "from employee e left join performance_review r on r.employee_id = e.id and r.review_year = :year "
            + "and r.review_quarter = :quarter where e.unit_id = :unitId and e.active = true",
        new MapSqlParameterSource().addValue("unitId", unitId).addValue("year", period.year())
            .addValue("quarter", period.quarter()),
        (rs, i) -> new EmployeeLine(rs.getLong("id"), new DashboardService.EmployeeRow(rs.getString("nip"),
            rs.getString("name"), rs.getString("position"),
            label(rs.getString("status"), ReviewStatus::valueOf, ReviewStatus::label),
            label(rs.getString("predikat"), Predikat::valueOf, Predikat::label),
            label(rs.getString("decided_follow_up"), FollowUp::valueOf, FollowUp::label))));
  }

  record EmployeeLine(long employeeId, DashboardService.EmployeeRow row) {
  }

  /**
   * Every quarter of one employee's record, newest first, with its objection and indicators: two queries whatever
   * the number of quarters.
   */
  List<EmployeeHistory.Quarter> employeeHistory(Long employeeId) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("employeeId", employeeId);
    Map<Long, List<EmployeeHistory.IndicatorLine>> indicators = new HashMap<>();
    jdbc.query("select i.review_id, i.position, i.description, i.target_value, i.unit_of_measure, i.realisation, "
            + "i.achievement, i.category from review_indicator i join performance_review r on r.id = i.review_id "
            + "where r.employee_id = :employeeId order by i.review_id, i.position", p,
        rs -> {
          indicators.computeIfAbsent(rs.getLong("review_id"), id -> new ArrayList<>()).add(
              new EmployeeHistory.IndicatorLine(rs.getInt("position"), rs.getString("description"),
                  rs.getBigDecimal("target_value"), rs.getString("unit_of_measure"), rs.getBigDecimal("realisation"),
                  rs.getBigDecimal("achievement"), label(rs.getString("category"), Rating::valueOf, Rating::label)));
        });
    return jdbc.query("select r.id, r.review_year, r.review_quarter, r.status, r.rating_hasil_kerja, "
            + "r.rating_perilaku_kerja, r.predikat, r.recommended_follow_up, r.decided_follow_up, r.feedback, "
            + "r.process_instance_id, o.id as objection_id, o.reason as objection_reason, "
            + "o.decision as objection_decision from performance_review r "
            + "left join review_objection o on o.review_id = r.id where r.employee_id = :employeeId "
            + "order by r.review_year desc, r.review_quarter desc", p,
        (rs, i) -> {
          boolean objection = rs.getObject("objection_id") != null;
          String decision = rs.getString("objection_decision");
          return new EmployeeHistory.Quarter(rs.getInt("review_year"), rs.getInt("review_quarter"),
              ReviewStatus.valueOf(rs.getString("status")).label(),
              label(rs.getString("rating_hasil_kerja"), Rating::valueOf, Rating::label),
              label(rs.getString("rating_perilaku_kerja"), Rating::valueOf, Rating::label),
              label(rs.getString("predikat"), Predikat::valueOf, Predikat::label),
              label(rs.getString("recommended_follow_up"), FollowUp::valueOf, FollowUp::label),
              label(rs.getString("decided_follow_up"), FollowUp::valueOf, FollowUp::label),
              rs.getString("feedback"),
              objection ? rs.getString("objection_reason") : null,
              objection ? (decision == null ? "Belum diputus" : decision) : null,
              indicators.getOrDefault(rs.getLong("id"), List.of()),
              rs.getString("process_instance_id"));
        });
  }

  /** The reviews of the quarter of the employees of one unit, by name. */
  List<UnitReport.Line> unitReviews(Long unitId, Period period) {
    return jdbc.query("select e.nip, e.name, e.position, r.status, r.predikat, r.recommended_follow_up, "
            + "r.decided_follow_up from performance_review r join employee e on e.id = r.employee_id "
            + "where e.unit_id = :unitId and r.review_year = :year and r.review_quarter = :quarter order by e.name",
        new MapSqlParameterSource().addValue("unitId", unitId).addValue("year", period.year())
            .addValue("quarter", period.quarter()),
        (rs, i) -> new UnitReport.Line(rs.getString("nip"), rs.getString("name"), rs.getString("position"),
            ReviewStatus.valueOf(rs.getString("status")).label(),
            label(rs.getString("predikat"), Predikat::valueOf, Predikat::label),
            label(rs.getString("recommended_follow_up"), FollowUp::valueOf, FollowUp::label),
            label(rs.getString("decided_follow_up"), FollowUp::valueOf, FollowUp::label)));
  }

  private static <E> String label(String name, Function<String, E> parse, Function<E, String> label) {
    return name == null ? null : label.apply(parse.apply(name));
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
    // the quarters as (year, quarter) pairs rather than a range of year * 10 + quarter: the planner can use the
    // period index and estimate the rows, where it took the computed range for a few rows and looped over them
    MapSqlParameterSource p = params(scope, period).addValue("quarters",
        quarters.stream().map(each -> new Object[] {each.year(), each.quarter()}).toList());
    Map<Integer, Map<String, Long>> counts = new LinkedHashMap<>();
    jdbc.query("select r.review_year * 10 + r.review_quarter as pkey, r.predikat, count(*) as n "
            + "from performance_review r join employee e on e.id = r.employee_id "
            + "where r.predikat is not null and r.status <> 'WITHDRAWN' "
            + "and (r.review_year, r.review_quarter) in (:quarters) and " + scope.sqlCondition()
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

    DashboardView.UnitRow toRow(MeetingResult result) {
      return new DashboardView.UnitRow(code, name, reviews, stages, predikat, awards, coaching, tasksCompleted,
          tasksOnTime, tasksCompleted == 0 ? null : 100.0 * tasksOnTime / tasksCompleted,
          result == null ? null : guide(result));
    }

    private DashboardView.Guide guide(MeetingResult result) {
      Map<Predikat, Long> counts = new EnumMap<>(Predikat.class);
      predikat.forEach((name, n) -> counts.put(Predikat.valueOf(name), n));
      return new DashboardView.Guide(result.unitResult().name(), result.unitResult().label(), result.meetingDate(),
          DistributionGuide.describe(result.unitResult()), DistributionGuide.deviations(result.unitResult(), counts),
          result.justification());
    }
  }
}
