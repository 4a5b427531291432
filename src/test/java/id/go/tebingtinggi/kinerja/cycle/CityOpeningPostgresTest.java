package id.go.tebingtinggi.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The design load of issue 4 on PostgreSQL: 5,000 employees in 30 units of their own (beside the demo roster's
 * units), the quarter opened for the whole city in one request, and its asynchronous steps run job by job as the
 * job executor would (two workers, the jobs of one instance one after another), while one unit's opening and one
 * employee's review start each fail once (inside the database, so their transactions roll back as after a real
 * failure) and are retried. Every eligible employee ends with exactly one review, none with two. Prints the wall
 * time of each phase.
 *
 * <p>Year 2015 Q1 (a year of its own; the PostgreSQL context has its own database anyway).
 */
@PostgresIntegrationTest
class CityOpeningPostgresTest {

  private static final Period PERIOD = new Period(2015, 1);
  private static final int EMPLOYEES = 5_000;
  private static final int UNITS = 30;
  private static final String UNIT_PREFIX = "UJI-KOTA-";
  private static final String LOGIN_PREFIX = "uji.pegawai.";
  /** Two job workers, as a job executor on this two-core machine would run them. */
  private static final int WORKERS = 2;

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  private String openingId;

  @Test
  void opensTheWholeCityWithOneReviewPerEligibleEmployeeAlthoughTwoStepsFailOnceAndAreRetried() {
    long started = System.nanoTime();
    createCityRoster();
    long rosterCreated = System.nanoTime();
    Long failingEmployee = jdbc.queryForObject("select id from employee where login_id = ?", Long.class,
        LOGIN_PREFIX + "02500");
    Long failingUnit = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, UNIT_PREFIX + "07");
    failOnce(failingEmployee, failingUnit);

    ProcessInstance opening = engine.getRuntimeService().startProcessInstanceByKey("QuarterOpening",
        Variables.createVariables().putValue("year", PERIOD.year()).putValue("quarter", PERIOD.quarter())
            .putValue("seluruhUnit", true));
    openingId = opening.getId();
    long requested = System.nanoTime();
    QuarterJobs jobs = new QuarterJobs(engine, PERIOD).include(opening.getId());
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long cpuBefore = processCpuNanos();
    Map<String, Throwable> failed = jobs.executeTolerating(WORKERS);
    long firstPass = System.nanoTime();

    assertThat(failed).as("the two steps made to fail").hasSize(2);
    assertThat(failed.values()).allSatisfy(failure -> assertThat(rootMessage(failure)).contains("simulated failure"));
    for (String jobId : failed.keySet()) {
      Job job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
      assertThat(job.getRetries()).isEqualTo(2);
      jobs.retry(jobId);
    }
    assertThat(jobs.executeTolerating(WORKERS)).as("failures after the retry").isEmpty();
    long done = System.nanoTime();
    long cpuUsed = processCpuNanos() - cpuBefore;

    List<String> openable = jdbc.queryForList("select u.code from org_unit u where u.head_employee_id is not null "
        + "and exists (select 1 from employee e where e.unit_id = u.id and e.active and e.supervisor_id is not null)",
        String.class);
    int eligible = jdbc.queryForObject("select count(*) from employee e join org_unit u on u.id = e.unit_id "
        + "where e.active and e.supervisor_id is not null and u.head_employee_id is not null", Integer.class);
    assertThat(openable).hasSizeGreaterThanOrEqualTo(UNITS).contains(UNIT_PREFIX + "07", "DISDUKCAPIL");
    assertThat(eligible).isGreaterThanOrEqualTo(EMPLOYEES);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(opening.getId())
        .singleResult().getEndActivityId()).isEqualTo("EndEvent_QuarterOpened");
    assertThat(jdbc.queryForObject("select count(*) from unit_cycle where cycle_year = ? and cycle_quarter = ?",
        Integer.class, PERIOD.year(), PERIOD.quarter())).isEqualTo(openable.size());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("UnitQuarterlyCycle")
        .processInstanceBusinessKeyLike("%" + suffix()).count()).isEqualTo(openable.size());
    assertThat(jdbc.queryForObject("select count(*) from performance_review where review_year = ? and review_quarter = ?",
        Integer.class, PERIOD.year(), PERIOD.quarter())).isEqualTo(eligible);
    assertThat(jdbc.queryForList("select employee_id from performance_review where review_year = ? and review_quarter = ? "
        + "group by employee_id having count(*) > 1", Long.class, PERIOD.year(), PERIOD.quarter())).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from employee e join org_unit u on u.id = e.unit_id "
        + "where e.active and e.supervisor_id is not null and u.head_employee_id is not null and not exists (select 1 "
        + "from performance_review r where r.employee_id = e.id and r.review_year = ? and r.review_quarter = ? "
        + "and r.cycle_id is not null)", Integer.class, PERIOD.year(), PERIOD.quarter())).isZero();
    List<ProcessInstance> reviews = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("EmployeeQuarterlyReview").processInstanceBusinessKeyLike("%" + suffix()).list();
    assertThat(reviews).hasSize(eligible);
    assertThat(reviews.stream().map(ProcessInstance::getBusinessKey).distinct().count()).isEqualTo(eligible);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("EmployeeQuarterlyReview").processInstanceBusinessKeyLike("%" + suffix()).count())
        .as("review processes ever started, the rolled-back start included").isEqualTo(eligible);
    assertThat(jdbc.queryForObject("select count(*) from performance_review r join employee e on e.id = r.employee_id "
        + "where e.id = ? and r.review_year = ? and r.review_quarter = ?", Integer.class, failingEmployee,
        PERIOD.year(), PERIOD.quarter())).isEqualTo(1);

    System.out.printf("City-size opening on PostgreSQL: %d units opened, %d reviews started, %d jobs executed%n",
        openable.size(), eligible, jobs.executed());
    System.out.printf("  roster of %d employees in %d units created: %s%n", EMPLOYEES, UNITS,
        seconds(rosterCreated - started));
    System.out.printf("  opening request (validation, one job per unit): %s%n", seconds(requested - rosterCreated));
    System.out.printf("  asynchronous steps, first pass (two failed): %s%n", seconds(firstPass - requested));
    System.out.printf("  retries and the rest: %s%n", seconds(done - firstPass));
    System.out.printf("  opening wall time from request to the last review started: %s (%d job workers; system load "
        + "average %.1f before, %.1f after, on %d cores)%n", seconds(done - rosterCreated), WORKERS, loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    System.out.printf("  CPU time of the application's JVM meanwhile (the database server's not counted): %s%n",
        seconds(cpuUsed));
  }

  @AfterEach
  void removeTheCity() {
    long started = System.nanoTime();
    jdbc.execute("drop trigger if exists test_fail_once_review on performance_review");
    jdbc.execute("drop trigger if exists test_fail_once_cycle on unit_cycle");
    jdbc.execute("drop function if exists test_fail_once_review()");
    jdbc.execute("drop function if exists test_fail_once_cycle()");
    jdbc.execute("drop sequence if exists test_fail_once_review_seq");
    jdbc.execute("drop sequence if exists test_fail_once_cycle_seq");
    List<String> instances = new ArrayList<>(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("%" + suffix()).list().stream().map(ProcessInstance::getId).toList());
    for (List<String> chunk : chunks(instances)) {
      engine.getRuntimeService().deleteProcessInstances(chunk, "test city removed", true, true);
    }
    List<String> history = new ArrayList<>(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyLike("%" + suffix()).list().stream().map(HistoricProcessInstance::getId).toList());
    if (openingId != null) {
      history.add(openingId);
    }
    for (List<String> chunk : chunks(history)) {
      engine.getHistoryService().deleteHistoricProcessInstancesBulk(chunk);
      jdbc.batchUpdate("delete from act_ru_authorization where resource_id_ = ?",
          chunk.stream().map(id -> new Object[] {id}).toList());
    }
    String reviews = "select id from performance_review where review_year = " + PERIOD.year()
        + " and review_quarter = " + PERIOD.quarter();
    for (String table : List.of("task_alert", "review_objection", "behaviour_rating", "target_round",
        "review_indicator", "cycle_escalation")) {
      jdbc.update("delete from " + table + " where review_id in (" + reviews + ")");
    }
    jdbc.update("delete from performance_review where id in (" + reviews + ")");
    jdbc.update("delete from unit_cycle where cycle_year = ? and cycle_quarter = ?", PERIOD.year(), PERIOD.quarter());
    jdbc.update("update org_unit set head_employee_id = null where code like '" + UNIT_PREFIX + "%'");
    jdbc.update("delete from employee where login_id like '" + LOGIN_PREFIX + "%'");
    jdbc.update("delete from org_unit where code like '" + UNIT_PREFIX + "%'");
    System.out.printf("  test city removed again: %s%n", seconds(System.nanoTime() - started));
  }

  /**
   * 30 units, each headed by a kepala who reports to the Sekretaris Daerah, five kepala bidang under the head and the
   * staff spread over them: 5,000 active employees, each with an atasan. Written straight into the tables, as the
   * roster import would leave them, without replacing the demo roster that the other PostgreSQL tests use.
   */
  private void createCityRoster() {
    Long sekda = jdbc.queryForObject("select head_employee_id from org_unit where code = 'SETDA'", Long.class);
    List<Object[]> units = new ArrayList<>();
    for (int u = 1; u <= UNITS; u++) {
      units.add(new Object[] {UNIT_PREFIX + String.format("%02d", u), "Dinas Uji Kota " + u});
    }
    jdbc.batchUpdate("insert into org_unit (code, name, kind) values (?, ?, 'DINAS')", units);
    List<Object[]> people = new ArrayList<>();
    List<Object[]> supervisors = new ArrayList<>();
    List<Object[]> heads = new ArrayList<>();
    int n = 0;
    for (int u = 1; u <= UNITS; u++) {
      String unit = UNIT_PREFIX + String.format("%02d", u);
      int size = EMPLOYEES / UNITS + (u <= EMPLOYEES % UNITS ? 1 : 0);
      String head = null;
      List<String> divisionHeads = new ArrayList<>();
      for (int i = 0; i < size; i++, n++) {
        String nip = nip(n);
        String position = i == 0 ? "Kepala Dinas Uji " + u : i <= 5 ? "Kepala Bidang " + i : "Pelaksana " + i;
        people.add(new Object[] {nip, "Pegawai Uji " + n, position, i <= 5 ? "STRUKTURAL" : "PELAKSANA", unit,
            LOGIN_PREFIX + String.format("%05d", n)});
        if (i == 0) {
          head = nip;
          heads.add(new Object[] {nip, unit});
        } else if (i <= 5) {
          divisionHeads.add(nip);
          supervisors.add(new Object[] {head, nip});
        } else {
          supervisors.add(new Object[] {divisionHeads.get(i % divisionHeads.size()), nip});
        }
      }
    }
    jdbc.batchUpdate("insert into employee (nip, name, position, position_kind, unit_id, active, login_id, updated_at) "
        + "select ?, ?, ?, ?, id, true, ?, current_timestamp from org_unit where code = ?",
        people.stream().map(p -> new Object[] {p[0], p[1], p[2], p[3], p[5], p[4]}).toList());
    jdbc.batchUpdate("update employee set supervisor_id = ? where nip = ?",
        heads.stream().map(h -> new Object[] {sekda, h[0]}).toList());
    jdbc.batchUpdate("update employee set supervisor_id = (select id from employee where nip = ?) where nip = ?",
        supervisors);
    jdbc.batchUpdate("update org_unit set head_employee_id = (select id from employee where nip = ?) where code = ?",
        heads);
    assertThat(jdbc.queryForObject("select count(*) from employee where login_id like '" + LOGIN_PREFIX
        + "%' and supervisor_id is not null", Integer.class)).isEqualTo(EMPLOYEES);
  }

  /** Born 1 January 1980 plus n/999 days, in service since January 2005, sequence n % 999 + 1: unique and valid. */
  private static String nip(int n) {
    return String.format("198001%02d200501%d%03d", n / 999 + 1, 1 + n % 2, n % 999 + 1);
  }

  /**
   * Test-only triggers: the first attempt to attach the review of {@code employeeId} to its cycle and the first
   * attempt to register the cycle of {@code unitId} raise an error. A sequence counts the attempts, because a
   * sequence is not rolled back with the failed transaction.
   */
  private void failOnce(Long employeeId, Long unitId) {
    jdbc.execute("create sequence test_fail_once_review_seq");
    jdbc.execute("create sequence test_fail_once_cycle_seq");
    jdbc.execute("create function test_fail_once_review() returns trigger language plpgsql as $$ begin "
        + "if NEW.employee_id = " + employeeId + " and NEW.cycle_id is not null then "
        + "if nextval('test_fail_once_review_seq') = 1 then "
        + "raise exception 'simulated failure (test) attaching the review of employee %', NEW.employee_id; "
        + "end if; end if; return NEW; end $$");
    jdbc.execute("create trigger test_fail_once_review before insert or update on performance_review for each row "
        + "execute function test_fail_once_review()");
    jdbc.execute("create function test_fail_once_cycle() returns trigger language plpgsql as $$ begin "
        + "if NEW.unit_id = " + unitId + " then "
        + "if nextval('test_fail_once_cycle_seq') = 1 then "
        + "raise exception 'simulated failure (test) registering the cycle of unit %', NEW.unit_id; "
        + "end if; end if; return NEW; end $$");
    jdbc.execute("create trigger test_fail_once_cycle before insert on unit_cycle for each row "
        + "execute function test_fail_once_cycle()");
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static String suffix() {
    return "-" + PERIOD.year() + "-Q" + PERIOD.quarter();
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    StringBuilder messages = new StringBuilder();
    while (cause != null) {
      messages.append(cause.getMessage()).append(" | ");
      cause = cause.getCause();
    }
    return messages.toString();
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
    }
    return chunks;
  }

  private static String seconds(long nanos) {
    Duration duration = Duration.ofNanos(nanos);
    return String.format("%d.%01d s", duration.toSeconds(), duration.toMillisPart() / 100);
  }
}
