package id.go.tebingtinggi.kinerja.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One unit's quarter driven through the engine's Java API up to its evaluation meeting, as the unit's people would
 * do it in Tasklist: the quarter opened (UnitQuarterlyCycle), then each review through targets, self-assessment,
 * the supervisor's rating and the employee's acceptance. The job executor is off in tests, so the fixture runs the
 * asynchronous continuations of its own instances. {@link #remove()} takes the quarter away again, engine and domain
 * rows, because every integration test shares one database.
 */
public final class MeetingFixture {

  public static final String SANGAT_BAIK = "SANGAT_BAIK";
  public static final String BAIK = "BAIK";
  public static final String BUTUH_PERBAIKAN = "BUTUH_PERBAIKAN";

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final String unitCode;
  private final Period period;

  public MeetingFixture(ProcessEngine engine, JdbcTemplate jdbc, String unitCode) {
    this(engine, jdbc, unitCode, previousQuarter());
  }

  /** A fixture for a quarter of the test's own (a meeting held today needs a quarter that has begun). */
  public MeetingFixture(ProcessEngine engine, JdbcTemplate jdbc, String unitCode, Period period) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.unitCode = unitCode;
    this.period = period;
  }

  /** The quarter whose meeting is held now: the one that ended last, so that today is a valid meeting date. */
  private static Period previousQuarter() {
    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    return new Period(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).previous();
  }

  public Period period() {
    return period;
  }

  public String cycleKey() {
    return unitCode + "-" + period.year() + "-Q" + period.quarter();
  }

  /**
   * Kecamatan Rambutan's last quarter brought to its meeting: its head Sangat Baik, two staff Baik, one Butuh
   * Perbaikan — a distribution that fits the guide of a Baik unit and not that of a Butuh Perbaikan one.
   */
  public static MeetingFixture rambutanAtItsMeeting(ProcessEngine engine, JdbcTemplate jdbc) {
    return new MeetingFixture(engine, jdbc, "KEC-RAMBUTAN").open()
        .bringToMeeting("khairul.dalimunthe", SANGAT_BAIK)
        .bringToMeeting("suryani.sihombing", BAIK)
        .bringToMeeting("ferdi.matondang", BAIK)
        .bringToMeeting("mega.silvia", BUTUH_PERBAIKAN);
  }

  public MeetingFixture open() {
    engine.getRuntimeService().startProcessInstanceByKey("UnitQuarterlyCycle", Variables.createVariables()
        .putValue("kodeUnit", unitCode).putValue("year", period.year()).putValue("quarter", period.quarter()));
    executeJobs();
    assertThat(reviewKeys()).as("reviews opened for %s", unitCode).hasSizeGreaterThan(1);
    return this;
  }

  /** Takes the employee's review to the meeting with the given predikat, accepted by the employee. */
  public MeetingFixture bringToMeeting(String login, String predikat) {
    String key = nipOf(login) + "-" + period.year() + "-Q" + period.quarter();
    complete(key, "UserTask_ProposeTargets", twoIndicators());
    complete(key, "UserTask_ReviewTargets", Map.of("keputusanTarget", "SETUJU"));
    complete(key, "UserTask_SelfAssess", Map.of(
        "realisasi01", 100, "bukti01", "Rekap register pelayanan kecamatan",
        "realisasi02", 5, "bukti02", "https://tebingtinggikota.go.id/laporan-pelayanan",
        "refleksi", "Layanan berjalan sesuai jadwal piket."));
    complete(key, "UserTask_ReviewPerformance", rating(key, predikat));
    complete(key, "UserTask_RespondToResult", Map.of("tanggapanHasil", "TERIMA"));
    assertThat(reviewColumn(login, "status")).isEqualTo("READY_FOR_MEETING");
    assertThat(reviewColumn(login, "predikat")).isEqualTo(predikat);
    return this;
  }

  public Task meetingTask() {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycleKey())
        .taskDefinitionKey("UserTask_HoldMeeting").singleResult();
    assertThat(task).as("meeting task of %s", cycleKey()).isNotNull();
    return task;
  }

  public Long cycleId() {
    return jdbc.queryForObject("select id from unit_cycle where business_key = ?", Long.class, cycleKey());
  }

  public String nipOf(String login) {
    return jdbc.queryForObject("select nip from employee where login_id = ?", String.class, login);
  }

  public Long reviewId(String login) {
    return jdbc.queryForObject("select r.id from performance_review r join employee e on e.id = r.employee_id "
        + "where e.login_id = ? and r.cycle_id = ?", Long.class, login, cycleId());
  }

  public String reviewColumn(String login, String column) {
    return jdbc.queryForObject("select r." + column + " from performance_review r join employee e on "
        + "e.id = r.employee_id where e.login_id = ? and r.review_year = ? and r.review_quarter = ?", String.class,
        login, period.year(), period.quarter());
  }

  /** Runs the due asynchronous continuations (not timers) of this quarter's instances until none is left. */
  public void executeJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = new ArrayList<>();
      for (ProcessInstance instance : instances()) {
        jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .executable().messages().list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs of " + cycleKey() + " keep coming");
  }

  /** Removes the quarter's process instances, their history and every domain row they wrote. */
  public void remove() {
    List<String> keys = new ArrayList<>(reviewKeys());
    keys.add(cycleKey());
    for (String key : keys) {
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
          .filter(instance -> instance.getId().equals(instance.getProcessInstanceId()))
          .forEach(instance -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
              engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test fixture removed", true, true);
            }
          });
    }
    List<String> history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(keys.toArray(String[]::new)).list().stream()
        .map(HistoricProcessInstance::getId).toList();
    if (!history.isEmpty()) {
      engine.getHistoryService().deleteHistoricProcessInstancesIfExists(history);
    }
    Long cycleId = jdbc.queryForList("select id from unit_cycle where business_key = ?", Long.class, cycleKey())
        .stream().findFirst().orElse(null);
    String reviews = "select r.id from performance_review r join employee e on e.id = r.employee_id "
        + "join org_unit u on u.id = e.unit_id where u.code = ? and r.review_year = ? and r.review_quarter = ?";
    Object[] reviewArgs = {unitCode, period.year(), period.quarter()};
    jdbc.update("delete from meeting_decision where review_id in (" + reviews + ")", reviewArgs);
    if (cycleId != null) {
      jdbc.update("delete from meeting_decision where meeting_id in (select id from evaluation_meeting where cycle_id = ?)",
          cycleId);
      jdbc.update("delete from evaluation_meeting where cycle_id = ?", cycleId);
      jdbc.update("delete from cycle_escalation where cycle_id = ?", cycleId);
    }
    String coachings = "select c.id from coaching c where c.review_id in (" + reviews + ")";
    jdbc.update("delete from coaching_session where coaching_id in (" + coachings + ")", reviewArgs);
    jdbc.update("delete from coaching_action where coaching_id in (" + coachings + ")", reviewArgs);
    jdbc.update("delete from coaching where review_id in (" + reviews + ")", reviewArgs);
    for (String table : List.of("award", "task_alert", "review_objection", "behaviour_rating", "target_round",
        "review_indicator")) {
      jdbc.update("delete from " + table + " where review_id in (" + reviews + ")", reviewArgs);
    }
    jdbc.update("delete from performance_review where id in (" + reviews + ")", reviewArgs);
    if (cycleId != null) {
      jdbc.update("delete from unit_cycle where id = ?", cycleId);
    }
  }

  private List<String> reviewKeys() {
    return jdbc.queryForList("select e.nip from employee e join org_unit u on u.id = e.unit_id where u.code = ?",
        String.class, unitCode).stream().map(nip -> nip + "-" + period.year() + "-Q" + period.quarter()).toList();
  }

  private List<ProcessInstance> instances() {
    List<ProcessInstance> instances = new ArrayList<>();
    List<String> keys = new ArrayList<>(reviewKeys());
    keys.add(cycleKey());
    keys.forEach(key -> instances.addAll(
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).list()));
    return instances;
  }

  private void complete(String reviewKey, String taskKey, Map<String, Object> variables) {
    Task task = task(reviewKey, taskKey);
    engine.getTaskService().complete(task.getId(), variables);
    executeJobs();
  }

  private Task task(String reviewKey, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reviewKey)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s of %s", taskKey, reviewKey).isNotNull();
    return task;
  }

  private Map<String, Object> rating(String reviewKey, String predikat) {
    String hasilKerja = switch (predikat) {
      case SANGAT_BAIK -> "DI_ATAS_EKSPEKTASI";
      case BAIK -> "SESUAI_EKSPEKTASI";
      case BUTUH_PERBAIKAN -> "DI_BAWAH_EKSPEKTASI";
      default -> throw new IllegalArgumentException("no rating in the fixture for " + predikat);
    };
    String behaviour = predikat.equals(SANGAT_BAIK) ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI";
    Map<String, Object> vars = new HashMap<>();
    vars.put("ratingHasilKerja", hasilKerja);
    Object suggested = engine.getTaskService().getVariable(task(reviewKey, "UserTask_ReviewPerformance").getId(),
        "ratingHasilKerjaSaran");
    if (!hasilKerja.equals(suggested)) {
      vars.put("alasanRatingHasilKerja", "Atasan menilai berbeda dari saran sistem sesuai bukti dukung triwulan ini.");
    }
    for (String value : List.of("perilakuBerorientasiPelayanan", "perilakuAkuntabel", "perilakuKompeten",
        "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif", "perilakuKolaboratif")) {
      vars.put(value, behaviour);
    }
    vars.put("umpanBalik", "Pertahankan ketepatan waktu pelayanan masyarakat.");
    return vars;
  }

  /** Two main indicators: quantity (target 100 documents, weight 60) and time (target 5 days, weight 40). */
  private static Map<String, Object> twoIndicators() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("jumlahIndikator", 2);
    vars.putAll(indicator(1, "KUANTITAS", 100, 60));
    vars.putAll(indicator(2, "WAKTU", 5, 40));
    return vars;
  }

  private static Map<String, Object> indicator(int i, String aspect, double target, int weight) {
    String n = String.format("%02d", i);
    return Map.of("rhk" + n, "Meningkatnya kualitas pelayanan administrasi kecamatan",
        "indikator" + n, "Indikator " + i + " pelayanan surat keterangan",
        "aspek" + n, aspect, "target" + n, target, "satuan" + n, "WAKTU".equals(aspect) ? "hari" : "dokumen",
        "bobot" + n, weight, "jenis" + n, "UTAMA");
  }
}
