package id.go.tebingtinggi.kinerja.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.tebingtinggi.kinerja.coaching.EngineDriver;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalogue and competency API as its users call it, with HTTP basic authentication. */
@IntegrationTest
class CompetencyApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired NominationService nominations;
  EngineDriver driver;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    driver = new EngineDriver(engine);
  }

  @Test
  void everyoneReadsTheCatalogueWithTheDemoTrainings() {
    ResponseEntity<List> catalogue = rest.withBasicAuth("dewi.lestari", "demo").getForEntity("/api/pelatihan", List.class);

    assertThat(catalogue.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(catalogue.getBody()).extracting(t -> ((Map<?, ?>) t).get("title"))
        .contains("Pelatihan Pelayanan Publik Prima", "Bimbingan Teknis SIAK Terpusat dan Perekaman KTP-el");
  }

  @Test
  void bkpsdmAddsATrainingWithASessionAndResizesIt() {
    TestRestTemplate bkpsdm = rest.withBasicAuth("ani.wulandari", "demo");
    ResponseEntity<Map> training = bkpsdm.postForEntity("/api/pelatihan", Map.of("code", "TEST-API-PRIMA",
        "title", "Pelatihan Pelayanan Publik Prima bagi Petugas Loket", "kind", "PELAYANAN_PUBLIK",
        "competency", "Pelayanan publik", "hours", 24), Map.class);
    assertThat(training.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Object trainingId = training.getBody().get("id");
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(30);

    ResponseEntity<Map> session = bkpsdm.postForEntity("/api/pelatihan/" + trainingId + "/sesi", Map.of(
        "startDate", start.toString(), "endDate", start.plusDays(2).toString(),
        "place", "Aula Mal Pelayanan Publik Kota Tebing Tinggi", "capacity", 25), Map.class);
    assertThat(session.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(session.getBody()).containsEntry("capacity", 25).containsEntry("freeSeats", 25);
    ResponseEntity<Map> resized = bkpsdm.exchange("/api/pelatihan/sesi/" + session.getBody().get("id"), HttpMethod.PUT,
        new HttpEntity<>(Map.of("startDate", start.toString(), "endDate", start.plusDays(2).toString(),
            "place", "Aula Mal Pelayanan Publik Kota Tebing Tinggi", "capacity", 30)), Map.class);
    assertThat(resized.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resized.getBody()).containsEntry("freeSeats", 30);
    assertThat(rest.withBasicAuth("budi.santoso", "demo").getForEntity("/api/pelatihan/" + trainingId + "/sesi",
        List.class).getBody()).hasSize(1);
  }

  @Test
  void badCatalogueInputIsRefusedWithTheReason() {
    TestRestTemplate bkpsdm = rest.withBasicAuth("ani.wulandari", "demo");
    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    Map<String, Object> training = Map.of("code", "TEST-API-BAD", "title", "Pelatihan Uji Masukan",
        "kind", "TEKNIS", "competency", "Uji", "hours", 8);

    assertThat(rest.withBasicAuth("dewi.lestari", "demo").postForEntity("/api/pelatihan", training, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/pelatihan", training, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> noHours = bkpsdm.postForEntity("/api/pelatihan", Map.of("code", "TEST-API-BAD",
        "title", "Pelatihan Uji Masukan", "kind", "TEKNIS", "competency", "Uji", "hours", 0), Map.class);
    assertThat(noHours.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) noHours.getBody().get("alasan")).contains("Jumlah jam pelajaran harus antara 1 dan 1000");
    Object trainingId = bkpsdm.postForEntity("/api/pelatihan", training, Map.class).getBody().get("id");
    ResponseEntity<Map> sameCode = bkpsdm.postForEntity("/api/pelatihan", training, Map.class);
    assertThat(sameCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sameCode.getBody().get("alasan").toString()).contains("Kode pelatihan TEST-API-BAD sudah dipakai");

    ResponseEntity<Map> noPlaces = bkpsdm.postForEntity("/api/pelatihan/" + trainingId + "/sesi", Map.of(
        "startDate", today.plusDays(3).toString(), "endDate", today.plusDays(3).toString(), "place", "Aula",
        "capacity", 0), Map.class);
    assertThat(noPlaces.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) noPlaces.getBody().get("alasan")).containsExactly("Kapasitas harus lebih dari 0 peserta");
    ResponseEntity<Map> past = bkpsdm.postForEntity("/api/pelatihan/" + trainingId + "/sesi", Map.of(
        "startDate", today.minusDays(3).toString(), "endDate", today.minusDays(2).toString(), "place", "Aula",
        "capacity", 10), Map.class);
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getBody().get("alasan").toString()).contains("tidak dapat dijadwalkan di masa lalu");
    ResponseEntity<Map> unknownTraining = bkpsdm.postForEntity("/api/pelatihan/999999/sesi", Map.of(
        "startDate", today.plusDays(3).toString(), "endDate", today.plusDays(3).toString(), "place", "Aula",
        "capacity", 10), Map.class);
    assertThat(unknownTraining.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownTraining.getBody()).containsEntry("pesan", "Pelatihan 999999 tidak ada dalam katalog");
    assertThat(bkpsdm.exchange("/api/pelatihan/sesi/999999", HttpMethod.PUT, new HttpEntity<>(Map.of(
        "startDate", today.plusDays(3).toString(), "endDate", today.plusDays(3).toString(), "place", "Aula",
        "capacity", 10)), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> unknownKind = bkpsdm.postForEntity("/api/pelatihan", Map.of("code", "TEST-API-KIND",
        "title", "Pelatihan", "kind", "MEMASAK", "competency", "Uji", "hours", 8), Map.class);
    assertThat(unknownKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select count(*) from training_session where training_id = ?", Integer.class,
        trainingId)).isZero();
  }

  @Test
  void theCompetencyHistoryIsVisibleToTheEmployeeTheirAtasanAndBkpsdmOnly() {
    String nip = jdbc.queryForObject("select nip from employee where login_id = 'budi.santoso'", String.class);

    ResponseEntity<Map> own = rest.withBasicAuth("budi.santoso", "demo").getForEntity("/api/kompetensi/riwayat/" + nip,
        Map.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody()).containsEntry("nip", nip).containsKey("hoursPerCompetency").containsKey("trainings");
    assertThat(rest.withBasicAuth("arif.lubis", "demo").getForEntity("/api/kompetensi/riwayat/" + nip, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("ani.wulandari", "demo").getForEntity("/api/kompetensi/riwayat/" + nip, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("dewi.lestari", "demo").getForEntity("/api/kompetensi/riwayat/" + nip, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("rina.sinaga", "demo").getForEntity("/api/kompetensi/riwayat/" + nip, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void bkpsdmCancellingAParticipantThroughTheApiGivesThePlaceToTheWaitingList() {
    TestRestTemplate bkpsdm = rest.withBasicAuth("ani.wulandari", "demo");
    Object trainingId = bkpsdm.postForEntity("/api/pelatihan", Map.of("code", "TEST-API-CANCEL",
        "title", "Pelatihan Layanan Pengaduan", "kind", "PELAYANAN_PUBLIK", "competency", "Penanganan pengaduan",
        "hours", 16), Map.class).getBody().get("id");
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(25);
    Object sessionId = bkpsdm.postForEntity("/api/pelatihan/" + trainingId + "/sesi", Map.of(
        "startDate", start.toString(), "endDate", start.toString(), "place", "Aula BKPSDM", "capacity", 1),
        Map.class).getBody().get("id");
    ProcessInstance participant = placedRequest("zainal.purba", trainingId, sessionId);
    ProcessInstance waiting = placedRequest("herlina.simbolon", trainingId, sessionId);
    assertThat(waiting).isWaitingAt("ReceiveTask_AwaitFreePlace");
    Long participantNomination = jdbc.queryForObject("select id from nomination where process_instance_id = ?",
        Long.class, participant.getId());

    assertThat(rest.withBasicAuth("zainal.purba", "demo").postForEntity("/api/kompetensi/usulan/" + participantNomination
        + "/pembatalan", Map.of("reason", "Saya berhalangan"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> cancelled = bkpsdm.postForEntity("/api/kompetensi/usulan/" + participantNomination
        + "/pembatalan", Map.of("reason", "Pegawai mengikuti diklat kepemimpinan pada tanggal yang sama."), Map.class);

    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(participant).isEnded().hasPassed("EndEvent_NominationCancelled");
    assertThat(waiting).isWaitingAt("IntermediateCatchEvent_SessionEnded");
    ResponseEntity<Map> roster = bkpsdm.getForEntity("/api/pelatihan/sesi/" + sessionId + "/peserta", Map.class);
    String waitingNip = jdbc.queryForObject("select nip from employee where login_id = 'herlina.simbolon'", String.class);
    assertThat((List<Map<String, Object>>) roster.getBody().get("participants"))
        .extracting(p -> p.get("nip") + " " + p.get("status")).containsExactly(waitingNip + " DITEMPATKAN");
    assertThat((List<?>) roster.getBody().get("waitingList")).isEmpty();
  }

  private ProcessInstance placedRequest(String login, Object trainingId, Object sessionId) {
    engine.getIdentityService().setAuthentication(login, List.of("pegawai"));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey("CompetencyDevelopment");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    driver.completeAs(login, List.of("pegawai"), instance.getId(), "UserTask_RequestTraining", Map.of(
        "pelatihanId", String.valueOf(trainingId), "alasanUsulan", "Menangani pengaduan masyarakat di kantor kecamatan."));
    driver.executeJobs(instance.getId());
    driver.complete(instance.getId(), "UserTask_ApproveNomination", Map.of("keputusanUsulan", "SETUJU"));
    driver.completeAs("ani.wulandari", List.of("bkpsdm"), instance.getId(), "UserTask_AssignSession",
        Map.of("sesiId", String.valueOf(sessionId)));
    return instance;
  }
}
