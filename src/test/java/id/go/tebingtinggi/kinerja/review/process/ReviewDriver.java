package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drives one review through the engine's Java API as its people would; the job executor is off in tests. */
public class ReviewDriver {

  public final ProcessEngine engine;
  public final JdbcTemplate jdbc;
  public ProcessInstance instance;

  public ReviewDriver(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  /** An active employee of the demo roster who has a supervisor, by login. */
  public String nipOf(String login) {
    return jdbc.queryForObject("select nip from employee where login_id = ?", String.class, login);
  }

  public ReviewDriver start(String login, int year, int quarter) {
    instance = engine.getRuntimeService().startProcessInstanceByKey(ReviewVariables.PROCESS_KEY,
        Variables.createVariables().putValue("nip", nipOf(login)).putValue("year", year).putValue("quarter", quarter));
    return this;
  }

  public Task task(String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  public void complete(String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(taskKey).getId(), variables);
  }

  public static Map<String, Object> indicator(int i, String aspect, double target, int weight, String kind) {
    Map<String, Object> row = new HashMap<>();
    String n = String.format("%02d", i);
    row.put("rhk" + n, "Meningkatnya kualitas pelayanan administrasi kependudukan");
    row.put("indikator" + n, "Indikator " + i + " pelayanan KTP-el");
    row.put("aspek" + n, aspect);
    row.put("target" + n, target);
    row.put("satuan" + n, "WAKTU".equals(aspect) ? "hari" : "dokumen");
    row.put("bobot" + n, weight);
    row.put("jenis" + n, kind);
    return row;
  }

  /** Two main indicators: quantity (target 100 documents, weight 60) and time (target 5 days, weight 40). */
  public static Map<String, Object> twoIndicators() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("jumlahIndikator", 2);
    vars.putAll(indicator(1, "KUANTITAS", 100, 60, "UTAMA"));
    vars.putAll(indicator(2, "WAKTU", 5, 40, "UTAMA"));
    return vars;
  }

  public ReviewDriver proposeTargets() {
    complete("UserTask_ProposeTargets", twoIndicators());
    return this;
  }

  public ReviewDriver approveTargets() {
    complete("UserTask_ReviewTargets", Map.of("keputusanTarget", "SETUJU"));
    return this;
  }

  public ReviewDriver returnTargets(String comment) {
    complete("UserTask_ReviewTargets", Map.of("keputusanTarget", "KEMBALIKAN", "komentarAtasan", comment));
    return this;
  }

  /** Realises both indicators: documents as given, days as given (fewer days is better). */
  public ReviewDriver selfAssess(double documents, double days) {
    complete("UserTask_SelfAssess", Map.of(
        "realisasi01", documents, "bukti01", "Rekap register pelayanan",
        "realisasi02", days, "bukti02", "https://disdukcapil.tebingtinggikota.go.id/laporan",
        "refleksi", "Antrean berkurang setelah jadwal piket diatur ulang."));
    executeJobs();
    return this;
  }

  public ReviewDriver rate(String hasilKerja, String behaviour) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("ratingHasilKerja", hasilKerja);
    Object suggested = engine.getTaskService().getVariable(task("UserTask_ReviewPerformance").getId(),
        "ratingHasilKerjaSaran");
    if (!hasilKerja.equals(suggested)) {
      vars.put("alasanRatingHasilKerja", "Atasan menilai berbeda dari saran sistem karena beban kerja tambahan.");
    }
    for (String value : List.of("perilakuBerorientasiPelayanan", "perilakuAkuntabel", "perilakuKompeten",
        "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif", "perilakuKolaboratif")) {
      vars.put(value, behaviour);
    }
    vars.put("umpanBalik", "Pertahankan ketepatan waktu pelayanan.");
    complete("UserTask_ReviewPerformance", vars);
    executeJobs();
    return this;
  }

  public ReviewDriver accept() {
    complete("UserTask_RespondToResult", Map.of("tanggapanHasil", "TERIMA"));
    executeJobs();
    return this;
  }

  public ReviewDriver object(String reason) {
    complete("UserTask_RespondToResult", Map.of("tanggapanHasil", "KEBERATAN", "alasanKeberatan", reason));
    return this;
  }

  public ReviewDriver deliverMeetingDecision(String followUp) {
    engine.getRuntimeService().createMessageCorrelation(ReviewVariables.MEETING_DECISION_MESSAGE)
        .processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable(ReviewVariables.FOLLOW_UP, followUp)
        .correlate();
    executeJobs();
    return this;
  }

  /** Executes the due asynchronous continuations of this review (and of instances it called) until none is left. */
  public void executeJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().messages().list().stream()
          .filter(job -> belongsHere(job))
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private boolean belongsHere(Job job) {
    if (instance.getId().equals(job.getProcessInstanceId())) {
      return true;
    }
    ProcessInstance owner = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(job.getProcessInstanceId()).singleResult();
    return owner != null && instance.getBusinessKey().equals(owner.getBusinessKey());
  }

  public Long reviewId() {
    return jdbc.queryForObject("select id from performance_review where business_key = ?", Long.class,
        instance.getBusinessKey());
  }

  public String reviewColumn(String column) {
    return jdbc.queryForObject("select " + column + " from performance_review where business_key = ?", String.class,
        instance.getBusinessKey());
  }
}
