package id.go.tebingtinggi.kinerja.award;

import static id.go.tebingtinggi.kinerja.coaching.EngineDriver.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.coaching.ReviewFixtures;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.TrainingInput;
import id.go.tebingtinggi.kinerja.competency.TrainingKind;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Awards: certificate numbers per year, the printable certificate and who may open it, and BKPSDM's hand-over
 * in the review's award path with the award's priority for a training nomination.
 */
@IntegrationTest
class AwardCertificateTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReviewService reviewService;
  @Autowired AwardService awards;
  @Autowired TrainingCatalogue catalogue;
  @Autowired TestRestTemplate rest;
  ReviewFixtures reviews;
  EngineDriver driver;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    reviews = new ReviewFixtures(reviewService, jdbc);
    driver = new EngineDriver(engine);
  }

  @Test
  void certificateNumbersRunPerYearWithoutGapsOrRepeats() {
    String first = grant("agus.daulay", 2045).getCertificateNumber();
    String second = grant("maya.hutagalung", 2045).getCertificateNumber();
    String nextYear = grant("agus.daulay", 2046).getCertificateNumber();

    assertThat(first).isEqualTo("800.1.6/0001/BKPSDM/2045");
    assertThat(second).isEqualTo("800.1.6/0002/BKPSDM/2045");
    assertThat(nextYear).isEqualTo("800.1.6/0001/BKPSDM/2046");
    assertThat(jdbc.queryForObject("select count(distinct certificate_number) from award where award_year = 2045",
        Integer.class)).isEqualTo(jdbc.queryForObject("select count(*) from award where award_year = 2045", Integer.class));
  }

  @Test
  void theCertificatePrintsForTheHolderTheirAtasanAndBkpsdmOnly() {
    Award award = grant("rizki.nainggolan", 2047);

    ResponseEntity<String> holder = rest.withBasicAuth("rizki.nainggolan", "demo")
        .getForEntity("/sertifikat/" + award.getId(), String.class);
    assertThat(holder.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(holder.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(holder.getBody()).contains("SERTIFIKAT PENGHARGAAN", "Nomor: 800.1.6/", "/BKPSDM/2047",
        "Pegawai Berprestasi Triwulan I 2047", "predikat <strong>Sangat Baik</strong>", "@media print",
        "PEMERINTAH KOTA TEBING TINGGI", "NIP " + reviews.nipOf("rizki.nainggolan"), "NIP " + reviews.nipOf("lely.purba"));
    assertThat(rest.withBasicAuth("eko.saragih", "demo").getForEntity("/sertifikat/" + award.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("ani.wulandari", "demo").getForEntity("/sertifikat/" + award.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("maya.hutagalung", "demo").getForEntity("/sertifikat/" + award.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/sertifikat/" + award.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("ani.wulandari", "demo").getForEntity("/sertifikat/999999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void bkpsdmHandsTheAwardOverWithTheDateAndMayNominateTheHolderWithPriority() {
    Long trainingId = catalogue.addTraining(new TrainingInput("TEST-AWARD-PRIMA", "Pelatihan Pelayanan Prima Lanjutan",
        TrainingKind.PELAYANAN_PUBLIK, "Pelayanan publik", 32, true), "ani.wulandari").getId();
    Long reviewId = reviews.decided("nadia.sembiring", 2048, 1, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceByKey("EmployeeQuarterlyReview")
        .businessKey(reviews.businessKey(reviewId))
        .setVariable("reviewId", reviewId).setVariable("pegawaiNama", "Nadia Sembiring")
        .setVariable("periodeLabel", "Triwulan I 2048")
        .startBeforeActivity("ServiceTask_GrantAward").execute();
    driver.executeJobs(review.getId());

    assertThat(review).isWaitingAt("UserTask_HandOverAward").task().hasCandidateGroup("bkpsdm");
    Long awardId = (Long) engine.getRuntimeService().getVariable(review.getId(), "penghargaanId");
    assertThat((String) driver.shown(review.getId(), "UserTask_HandOverAward").get("ringkasanPenghargaan"))
        .contains("(/sertifikat/" + awardId + ")", "Pegawai Berprestasi Triwulan I 2048");
    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    assertThat(refusal(() -> driver.completeAs("ani.wulandari", List.of("bkpsdm"), review.getId(),
        "UserTask_HandOverAward", Map.of("tanggalPenyerahan", today.plusDays(2).toString()))))
        .hasMessageContaining("tidak boleh di masa depan");

    driver.completeAs("ani.wulandari", List.of("bkpsdm"), review.getId(), "UserTask_HandOverAward",
        Map.of("tanggalPenyerahan", today.toString(), "pelatihanPrioritas", String.valueOf(trainingId)));

    assertThat(review).isEnded().hasPassed("EndEvent_Awarded");
    Map<String, Object> award = jdbc.queryForMap("select handed_over_at, handed_over_by, priority_nomination_id"
        + " from award where id = ?", awardId);
    assertThat(award).containsEntry("HANDED_OVER_BY", "ani.wulandari");
    assertThat(award.get("HANDED_OVER_AT").toString()).isEqualTo(today.toString());
    Map<String, Object> nomination = jdbc.queryForMap("select id, source, priority, status, process_instance_id"
        + " from nomination where award_id = ?", awardId);
    assertThat(nomination).containsEntry("SOURCE", "PENGHARGAAN").containsEntry("PRIORITY", true)
        .containsEntry("ID", award.get("PRIORITY_NOMINATION_ID"));
    ProcessInstance development = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("CompetencyDevelopment")
        .processInstanceBusinessKey(reviews.nipOf("nadia.sembiring") + "-KOMPETENSI-" + nomination.get("ID"))
        .singleResult();
    driver.executeJobs(development.getId());
    assertThat(development).isWaitingAt("UserTask_ApproveNomination").task().isAssignedTo("andi.panjaitan");
    assertThatThrownBy(() -> awards.handOver(awardId, today, "lina.marpaung"))
        .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("sudah diserahkan");
  }

  private Award grant(String login, int year) {
    return awards.grantFor(reviews.decided(login, year, 1, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN));
  }
}
