package id.go.tebingtinggi.kinerja.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tebingtinggi.kinerja.award.Award;
import id.go.tebingtinggi.kinerja.award.AwardRepository;
import id.go.tebingtinggi.kinerja.review.BehaviourRating;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Indicator;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewStatus;
import id.go.tebingtinggi.kinerja.review.TargetRound;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One whole review of Dewi Lestari for Triwulan I 2026, driven only through {@code /engine-rest} by the demo
 * users who do each step in real life: BKPSDM opens it, Dewi proposes, her atasan Arif returns and then approves
 * the plan, Dewi assesses herself, Arif rates, Dewi accepts, the evaluation meeting decides an award.
 */
@IntegrationTest
class ReviewRestEndToEndTest {

  static final String BKPSDM = "ani.wulandari";
  static final String DEWI = "dewi.lestari";
  static final String ARIF = "arif.lubis";
  static final String BUDI = "budi.santoso";
  /** Dewi Lestari in src/main/resources/demo/roster.csv. */
  static final String NIP = "199201082014032008";
  static final String KEY = NIP + "-2026-Q1";
  static final String RETURN_COMMENT = "Target waktu terlalu longgar, turunkan menjadi 5 hari";
  static final String FEEDBACK = "Pertahankan ketepatan waktu pelayanan KTP-el dan bagikan caranya ke tim.";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired PerformanceReviewRepository reviews;
  @Autowired AwardRepository awards;
  @Autowired PlatformTransactionManager transactionManager;

  EngineRestClient client;
  ReviewCleanup cleanup;
  boolean reviewIsOurs;

  @BeforeEach
  void nobodyElseReviewsDewiForThisQuarter() {
    client = new EngineRestClient(rest);
    cleanup = new ReviewCleanup(engine, jdbc);
    assertThat(cleanup.exists(KEY)).as("another test uses the review %s", KEY).isFalse();
    reviewIsOurs = true;
  }

  @AfterEach
  void removeTheReview() {
    if (reviewIsOurs) {
      cleanup.delete(KEY);
    }
  }

  static Map<String, Object> plan(double daysTarget) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("jumlahIndikator", 2);
    plan.putAll(Map.of("rhk01", "Meningkatnya kecepatan pelayanan KTP-el",
        "indikator01", "Jumlah KTP-el tercetak", "aspek01", "KUANTITAS", "target01", 100,
        "satuan01", "keping", "bobot01", 60, "jenis01", "UTAMA"));
    plan.putAll(Map.of("rhk02", "Meningkatnya kecepatan pelayanan KTP-el",
        "indikator02", "Lama penerbitan KTP-el", "aspek02", "WAKTU", "target02", daysTarget,
        "satuan02", "hari", "bobot02", 40, "jenis02", "UTAMA"));
    return plan;
  }

  @Test
  void oneWholeReviewFromOpeningToAwardThroughTheEngineRestApi() {
    // BKPSDM opens the quarter for Dewi; a second opening of the same quarter is refused
    String instance = client.startReview(BKPSDM, NIP, 2026, 1);
    assertThat(reviews.findByBusinessKey(KEY)).hasValueSatisfying(r ->
        assertThat(r.getProcessInstanceId()).isEqualTo(instance));

    ResponseEntity<JsonNode> duplicate = client.startReview(BKPSDM, Map.of("nip", NIP, "year", 2026, "quarter", 1),
        null);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(duplicate.getBody().path("message").asText())
        .isEqualTo("Penilaian kinerja Dewi Lestari, A.Md untuk Triwulan I 2026 sudah ada (" + KEY + ")");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(KEY)
        .count()).isEqualTo(1);

    // Dewi proposes two indicators
    String propose = client.taskId(DEWI, instance, "UserTask_ProposeTargets");
    Map<String, JsonNode> proposeForm = client.formVariables(DEWI, propose);
    assertThat(proposeForm.get("pegawaiNama").asText()).isEqualTo("Dewi Lestari, A.Md");
    assertThat(proposeForm.get("pegawaiJabatan").asText()).isEqualTo("Pengadministrasi Kependudukan");
    assertThat(proposeForm.get("unitNama").asText()).isEqualTo(
        jdbc.queryForObject("select name from org_unit where code = 'DISDUKCAPIL'", String.class));
    assertThat(proposeForm.get("periodeLabel").asText()).isEqualTo("Triwulan I 2026");
    assertThat(proposeForm.get("putaranRevisi").asInt()).isEqualTo(1);
    assertThat(proposeForm.get("komentarAtasan").isNull()).isTrue();
    assertThat(proposeForm.get("pengingat").isNull()).as("not late: at least three days to go").isTrue();
    client.completeTask(DEWI, instance, "UserTask_ProposeTargets", plan(7));

    // Arif returns the plan with a comment
    String reviewTargets = client.taskId(ARIF, instance, "UserTask_ReviewTargets");
    assertThat(client.formVariables(ARIF, reviewTargets).get("ringkasanTarget").asText())
        .contains("Jumlah KTP\\-el tercetak", "Lama penerbitan KTP\\-el", "| 7 hari |", "| 60 % |");
    client.completeTask(ARIF, instance, "UserTask_ReviewTargets",
        Map.of("keputusanTarget", "KEMBALIKAN", "komentarAtasan", RETURN_COMMENT));

    // Dewi sees the comment and her plan prefilled, and revises the time target
    String revise = client.taskId(DEWI, instance, "UserTask_ProposeTargets");
    Map<String, JsonNode> reviseForm = client.formVariables(DEWI, revise);
    assertThat(reviseForm.get("komentarAtasan").asText()).isEqualTo(RETURN_COMMENT);
    assertThat(reviseForm.get("putaranRevisi").asInt()).isEqualTo(2);
    assertThat(reviseForm.get("jumlahIndikator").asInt()).isEqualTo(2);
    assertThat(reviseForm.get("indikator02").asText()).isEqualTo("Lama penerbitan KTP-el");
    assertThat(reviseForm.get("target02").asDouble()).isEqualTo(7.0);
    client.completeTask(DEWI, instance, "UserTask_ProposeTargets", plan(5));

    // Arif approves
    client.completeTask(ARIF, instance, "UserTask_ReviewTargets", Map.of("keputusanTarget", "SETUJU"));
    JsonNode processVariables = client.get(EngineRestClient.ADMIN, "/process-instance/{id}/variables", instance)
        .getBody();
    assertThat(processVariables.has("rhk01")).as("submitted rows stay in the domain only").isFalse();
    assertThat(processVariables.has("komentarAtasan")).isFalse();
    assertThat(processVariables.path("reviewId").path("value").isIntegralNumber()).isTrue();

    // Dewi's self-assessment: nobody else can complete it
    String selfAssess = client.taskId(DEWI, instance, "UserTask_SelfAssess");
    assertThat(client.formVariables(DEWI, selfAssess).get("label02").asText())
        .isEqualTo("Indikator 2: Lama penerbitan KTP-el — target 5 hari (waktu, bobot 40 %, utama)");
    Map<String, Object> selfAssessment = Map.of(
        "realisasi01", 120, "bukti01", "Rekap register pencetakan KTP-el Januari–Maret",
        "realisasi02", 4, "bukti02", "https://disdukcapil.tebingtinggikota.go.id/laporan/2026-q1",
        "refleksi", "Antrean berkurang setelah jadwal piket diatur ulang; perlu printer cadangan.");
    ResponseEntity<JsonNode> byColleague = client.complete(BUDI, selfAssess, selfAssessment);
    assertThat(byColleague.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> byAtasan = client.complete(ARIF, selfAssess, selfAssessment);
    assertThat(byAtasan.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> byAdministrator = client.complete(EngineRestClient.ADMIN, selfAssess, selfAssessment);
    assertThat(byAdministrator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(byAdministrator.getBody().path("message").asText()).isEqualTo(
        "Tugas 'Isi penilaian mandiri' hanya dapat diselesaikan oleh pegawai yang ditugasi (dewi.lestari), "
            + "bukan oleh admin");
    assertThat(client.taskId(DEWI, instance, "UserTask_SelfAssess")).isEqualTo(selfAssess);
    assertThat(statusOfTheReview()).isEqualTo(ReviewStatus.SELF_ASSESSMENT);

    ResponseEntity<JsonNode> byDewi = client.complete(DEWI, selfAssess, selfAssessment);
    assertThat(byDewi.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(client.executeJobs(instance)).as("ComputeAchievement").isEqualTo(1);

    // Arif rates: the suggestion follows from 120 % and 125 %
    String rate = client.taskId(ARIF, instance, "UserTask_ReviewPerformance");
    Map<String, JsonNode> rateForm = client.formVariables(ARIF, rate);
    assertThat(rateForm.get("ratingHasilKerjaSaran").asText()).isEqualTo("DI_ATAS_EKSPEKTASI");
    assertThat(rateForm.get("ratingHasilKerja").asText()).isEqualTo("DI_ATAS_EKSPEKTASI");
    assertThat(rateForm.get("ringkasanCapaian").asText())
        .contains("| 120 % | Di atas ekspektasi |", "| 125 % | Di atas ekspektasi |",
            "perlu printer cadangan");
    Map<String, Object> rating = new HashMap<>(Map.of(
        "ratingHasilKerja", "DI_ATAS_EKSPEKTASI",
        "perilakuBerorientasiPelayanan", "DI_ATAS_EKSPEKTASI", "perilakuAkuntabel", "DI_ATAS_EKSPEKTASI",
        "perilakuKompeten", "DI_ATAS_EKSPEKTASI", "perilakuHarmonis", "SESUAI_EKSPEKTASI",
        "perilakuLoyal", "DI_ATAS_EKSPEKTASI", "perilakuAdaptif", "DI_ATAS_EKSPEKTASI",
        "perilakuKolaboratif", "SESUAI_EKSPEKTASI"));
    rating.put("umpanBalik", FEEDBACK);
    client.completeTask(ARIF, instance, "UserTask_ReviewPerformance", rating);
    assertThat(client.executeJobs(instance)).as("RecordPredikat").isEqualTo(1);

    // Dewi reads the result and accepts it
    String respond = client.taskId(DEWI, instance, "UserTask_RespondToResult");
    Map<String, JsonNode> result = client.formVariables(DEWI, respond);
    assertThat(result.get("predikat").asText()).isEqualTo("Sangat Baik");
    assertThat(result.get("ratingHasilKerja").asText()).isEqualTo("Di atas ekspektasi");
    assertThat(result.get("ratingPerilakuKerja").asText()).isEqualTo("Di atas ekspektasi");
    assertThat(result.get("umpanBalik").asText()).isEqualTo(FEEDBACK);
    assertThat(result.get("batasKeberatanLabel").asText()).startsWith("Keberatan dapat diajukan sampai ");
    client.completeTask(DEWI, instance, "UserTask_RespondToResult", Map.of("tanggapanHasil", "TERIMA"));
    assertThat(client.executeJobs(instance)).as("MarkReadyForMeeting").isEqualTo(1);

    // the review waits for the unit's evaluation meeting
    JsonNode activities = client.get(EngineRestClient.ADMIN, "/process-instance/{id}/activity-instances", instance)
        .getBody();
    assertThat(activities.path("childActivityInstances")).singleElement()
        .satisfies(child -> assertThat(child.path("activityId").asText())
            .isEqualTo("ReceiveTask_AwaitMeetingDecision"));
    assertThat(statusOfTheReview()).isEqualTo(ReviewStatus.READY_FOR_MEETING);

    // the meeting decides an award
    // a certificate number is never given twice, not even one of an award removed since (award_counter)
    int lastCertificate = jdbc.queryForObject("select greatest("
        + "(select coalesce(max(sequence_number), 0) from award where award_year = 2026), "
        + "(select coalesce(max(last_number), 0) from award_counter where award_year = 2026))", Integer.class);
    ResponseEntity<JsonNode> decided = client.post(EngineRestClient.ADMIN, "/message", Map.of(
        "messageName", "MeetingDecision", "businessKey", KEY,
        "processVariables", Map.of("tindakLanjut", Map.of("value", "PENGHARGAAN"))));
    assertThat(decided.getStatusCode()).as("%s", decided.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(client.executeJobs(instance)).as("RecordMeetingDecision, GrantAward").isEqualTo(2);

    // BKPSDM claims the hand-over of the certificate and records its date
    String handOver = client.task(BKPSDM, instance, "UserTask_HandOverAward").path("id").asText();
    assertThat(client.post(BKPSDM, "/task/{id}/claim", Map.of("userId", BKPSDM), handOver).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    client.completeTask(BKPSDM, instance, "UserTask_HandOverAward",
        Map.of("tanggalPenyerahan", java.time.LocalDate.now(id.go.tebingtinggi.kinerja.review.ReviewCalendar.ZONE).toString()));

    String certificate = "800.1.6/%04d/BKPSDM/2026".formatted(lastCertificate + 1);
    JsonNode finished = client.get(EngineRestClient.ADMIN, "/history/process-instance/{id}", instance).getBody();
    assertThat(finished.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(client.get(EngineRestClient.ADMIN,
        "/history/activity-instance?processInstanceId={id}&activityType=noneEndEvent", instance).getBody())
        .singleElement()
        .satisfies(end -> assertThat(end.path("activityId").asText()).isEqualTo("EndEvent_Awarded"));
    JsonNode certificateVariable = client.get(EngineRestClient.ADMIN,
        "/history/variable-instance?processInstanceId={id}&variableName=nomorSertifikat", instance).getBody();
    assertThat(certificateVariable).singleElement()
        .satisfies(variable -> assertThat(variable.path("value").asText()).isEqualTo(certificate));

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> assertTheRecords(certificate));
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private ReviewStatus statusOfTheReview() {
    return ReviewStatus.valueOf(jdbc.queryForObject("select status from performance_review where business_key = ?",
        String.class, KEY));
  }

  private void assertTheRecords(String certificate) {
    PerformanceReview review = reviews.findByBusinessKey(KEY).orElseThrow();
    assertThat(review.getStatus()).isEqualTo(ReviewStatus.DECIDED);
    assertThat(review.getAssessor().getLoginId()).isEqualTo(ARIF);
    assertThat(review.getAppealAssessor().getLoginId()).isEqualTo("syahrial.nasution");
    assertThat(review.getRatingHasilKerjaSuggested()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(review.getRatingHasilKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(review.getRatingHasilKerjaReason()).isNull();
    assertThat(review.getRatingPerilakuKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(review.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    assertThat(review.getRecommendedFollowUp()).isEqualTo(FollowUp.PENGHARGAAN);
    assertThat(review.getDecidedFollowUp()).isEqualTo(FollowUp.PENGHARGAAN);
    assertThat(review.getFeedback()).isEqualTo(FEEDBACK);
    assertThat(review.getReflection()).startsWith("Antrean berkurang");
    assertThat(review.getObjection()).isEmpty();

    assertThat(review.getRounds()).extracting(TargetRound::getRoundNumber, TargetRound::getDecision,
            TargetRound::getComment, TargetRound::getProposedBy, TargetRound::getDecidedBy)
        .containsExactly(
            tuple(1, TargetRound.RETURNED, RETURN_COMMENT, DEWI, ARIF),
            tuple(2, TargetRound.APPROVED, null, DEWI, ARIF));
    assertThat(review.getRounds().get(0).getIndicatorsJson()).contains("\"target\":7");
    assertThat(review.getRounds().get(1).getIndicatorsJson()).contains("\"target\":5");

    assertThat(review.getIndicators()).extracting(Indicator::getPosition, i -> plain(i.getTarget()),
            i -> plain(i.getRealisation()), i -> plain(i.getAchievement()), Indicator::getCategory)
        .containsExactly(
            tuple(1, "100", "120", "120", Rating.DI_ATAS_EKSPEKTASI),
            tuple(2, "5", "4", "125", Rating.DI_ATAS_EKSPEKTASI));
    assertThat(review.getIndicators()).extracting(Indicator::getEvidence).containsExactly(
        "Rekap register pencetakan KTP-el Januari–Maret",
        "https://disdukcapil.tebingtinggikota.go.id/laporan/2026-q1");

    assertThat(review.getBehaviourRatings()).hasSize(7);
    assertThat(review.getBehaviourRatings()).filteredOn(r -> r.getRating() == Rating.SESUAI_EKSPEKTASI)
        .extracting(BehaviourRating::getCoreValue).extracting(Enum::name)
        .containsExactlyInAnyOrder("HARMONIS", "KOLABORATIF");

    Award award = awards.findByReviewId(review.getId()).orElseThrow();
    assertThat(award.getCertificateNumber()).isEqualTo(certificate);
    assertThat(award.getYear()).isEqualTo(2026);
    assertThat(award.getCategory()).isEqualTo("Pegawai Berprestasi Triwulan I 2026");
    assertThat(award.getHandedOverAt()).isEqualTo(java.time.LocalDate.now(id.go.tebingtinggi.kinerja.review.ReviewCalendar.ZONE));
  }
}
