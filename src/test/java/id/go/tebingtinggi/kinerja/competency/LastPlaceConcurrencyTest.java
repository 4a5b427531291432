package id.go.tebingtinggi.kinerja.competency;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.award.Award;
import id.go.tebingtinggi.kinerja.award.AwardService;
import id.go.tebingtinggi.kinerja.coaching.ReviewFixtures;
import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import id.go.tebingtinggi.kinerja.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places in a session and award numbers under concurrent requests, on PostgreSQL: separate threads, separate
 * transactions, racing for the same rows.
 */
@PostgresIntegrationTest
class LastPlaceConcurrencyTest {

  @Autowired TrainingCatalogue catalogue;
  @Autowired NominationService nominations;
  @Autowired TrainingSessionRepository sessions;
  @Autowired AwardService awards;
  @Autowired ReviewService reviewService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  ExecutorService threads;

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(6);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void twoBkpsdmUsersFillingTheLastPlaceAtOnceGetItOnceAndTheOtherIsToldWhy() throws Exception {
    Long trainingId = training("TEST-PG-LAST");
    Long sessionId = session(trainingId, 2);
    nominations.place(approved("dewi.lestari", trainingId), sessionId, "ani.wulandari");
    Long first = approved("budi.santoso", trainingId);
    Long second = approved("putri.harahap", trainingId);
    CyclicBarrier bothSawAFreePlace = new CyclicBarrier(2);
    TransactionTemplate tx = new TransactionTemplate(transactionManager);

    List<Future<Object>> outcomes = new ArrayList<>();
    for (Assignment assignment : List.of(new Assignment(first, "ani.wulandari"), new Assignment(second, "lina.marpaung"))) {
      outcomes.add(threads.submit(() -> outcome(() -> tx.execute(status -> {
        assertThat(sessions.findById(sessionId).orElseThrow().hasFreeSeat()).isTrue();
        await(bothSawAFreePlace);
        return nominations.place(assignment.nominationId(), sessionId, assignment.bkpsdmUser());
      }))));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> outcome : outcomes) {
      results.add(outcome.get(60, TimeUnit.SECONDS));
    }

    assertThat(results).filteredOn(r -> r instanceof Placement p && p.placed()).hasSize(1);
    assertThat(results).filteredOn(r -> r instanceof DomainRuleViolation).singleElement()
        .extracting(r -> ((DomainRuleViolation) r).getMessage()).asString()
        .contains("baru saja diisi oleh pengguna lain", "sesi ini sekarang penuh");
    assertThat(seatsTaken(sessionId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from nomination where session_id = ? and status = 'DITEMPATKAN'",
        Integer.class, sessionId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from nomination where id in (?, ?) and status = 'DISETUJUI'"
        + " and session_id is null", Integer.class, first, second)).isEqualTo(1);
  }

  @Test
  void concurrentAssignmentsNeverExceedCapacityAndTheWaitingListKeepsItsOrder() throws Exception {
    Long trainingId = training("TEST-PG-MANY");
    Long sessionId = session(trainingId, 2);
    List<Long> racing = new ArrayList<>();
    for (String login : List.of("siti.pohan", "hendra.tarigan", "yusuf.damanik", "maya.hutagalung", "rizki.nainggolan")) {
      racing.add(approved(login, trainingId));
    }
    CyclicBarrier together = new CyclicBarrier(racing.size());
    List<Future<Object>> outcomes = new ArrayList<>();
    for (Long nominationId : racing) {
      outcomes.add(threads.submit(() -> outcome(() -> {
        await(together);
        return nominations.place(nominationId, sessionId, "ani.wulandari");
      })));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> outcome : outcomes) {
      results.add(outcome.get(60, TimeUnit.SECONDS));
    }

    assertThat(results).filteredOn(r -> r instanceof Placement p && p.placed()).hasSize(2);
    assertThat(results).allMatch(r -> r instanceof Placement || r instanceof DomainRuleViolation v
        && v.getMessage().contains("baru saja diisi oleh pengguna lain"));
    assertThat(seatsTaken(sessionId)).isEqualTo(2);

    // whoever was refused chooses the same session again, as the message suggests, and joins its waiting list
    for (int i = 0; i < racing.size(); i++) {
      if (results.get(i) instanceof DomainRuleViolation) {
        assertThat(nominations.place(racing.get(i), sessionId, "lina.marpaung").placed()).isFalse();
      }
    }
    ReviewFixtures reviews = new ReviewFixtures(reviewService, jdbc);
    awards.grantFor(reviews.decided("agus.daulay", 2061, 1, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN));
    Long prioritised = approved("agus.daulay", trainingId);
    Placement last = nominations.place(prioritised, sessionId, "ani.wulandari");

    assertThat(last.placed()).isFalse();
    assertThat(last.waitingPosition()).isEqualTo(1);
    List<Nomination> waiting = nominations.waitingList(sessionId);
    assertThat(waiting).hasSize(4);
    assertThat(waiting.get(0).getId()).isEqualTo(prioritised);
    assertThat(waiting.subList(1, 4)).isSortedAccordingTo(Comparator.comparing(Nomination::getNominatedAt));
    assertThat(seatsTaken(sessionId)).isEqualTo(2);

    Long participant = jdbc.queryForObject("select min(id) from nomination where session_id = ? and status = 'DITEMPATKAN'",
        Long.class, sessionId);
    nominations.cancel(participant, "Pegawai sakit dan dirawat di RSUD dr. H. Kumpulan Pane.", "ani.wulandari");

    assertThat(seatsTaken(sessionId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, prioritised))
        .isEqualTo("DITEMPATKAN");
    assertThat(nominations.waitingList(sessionId)).hasSize(3);
  }

  @Test
  void awardsGrantedAtTheSameMomentNeverShareACertificateNumber() throws Exception {
    ReviewFixtures reviews = new ReviewFixtures(reviewService, jdbc);
    List<Long> decided = List.of(
        reviews.decided("nadia.sembiring", 2062, 1, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN),
        reviews.decided("sri.rahayu", 2062, 1, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN),
        reviews.decided("juliana.ginting", 2062, 1, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN));
    CyclicBarrier together = new CyclicBarrier(decided.size());
    List<Future<Object>> outcomes = new ArrayList<>();
    for (Long reviewId : decided) {
      outcomes.add(threads.submit(() -> outcome(() -> {
        await(together);
        return awards.grantFor(reviewId);
      })));
    }
    for (Future<Object> outcome : outcomes) {
      Object result = outcome.get(60, TimeUnit.SECONDS);
      assertThat(result).isInstanceOfAny(Award.class, DataIntegrityViolationException.class);
    }
    // a grant that lost the race is retried, as the job of ServiceTask_GrantAward is
    for (Long reviewId : decided) {
      awards.grantFor(reviewId);
    }

    assertThat(jdbc.queryForList("select certificate_number from award where award_year = 2062 order by sequence_number",
        String.class)).containsExactly("800.1.6/0001/BKPSDM/2062", "800.1.6/0002/BKPSDM/2062",
        "800.1.6/0003/BKPSDM/2062");
  }

  private record Assignment(Long nominationId, String bkpsdmUser) {
  }

  private Long training(String code) {
    return catalogue.addTraining(new TrainingInput(code, "Pelatihan Pelayanan Publik Prima " + code,
        TrainingKind.PELAYANAN_PUBLIK, "Pelayanan publik", 24, true), "ani.wulandari").getId();
  }

  private Long session(Long trainingId, int capacity) {
    LocalDate start = LocalDate.now(ReviewCalendar.ZONE).plusDays(14);
    return catalogue.scheduleSession(trainingId, new SessionInput(start, start.plusDays(2),
        "Aula BKPSDM Kota Tebing Tinggi", capacity), "ani.wulandari").getId();
  }

  private Long approved(String login, Long trainingId) {
    Long id = nominations.request(login, trainingId, "Meningkatkan mutu layanan.").getId();
    nominations.decide(id, true, null, "atasan");
    return id;
  }

  private int seatsTaken(Long sessionId) {
    return jdbc.queryForObject("select seats_taken from training_session where id = ?", Integer.class, sessionId);
  }

  private static Object outcome(Supplier<Object> call) {
    try {
      return call.get();
    } catch (DomainRuleViolation | DataIntegrityViolationException e) {
      return e;
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other requests did not arrive", e);
    }
  }
}
