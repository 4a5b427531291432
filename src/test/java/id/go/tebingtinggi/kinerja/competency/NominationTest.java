package id.go.tebingtinggi.kinerja.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.Nip;
import id.go.tebingtinggi.kinerja.organisation.PositionKind;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitKind;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of a nomination and of a training session, without a database. */
class NominationTest {

  private static final LocalDate TODAY = LocalDate.of(2031, 3, 2);

  private final AtomicLong sessionIds = new AtomicLong(100);

  private final Employee employee = new Employee(Nip.of("199201082014032008"), "Dewi Lestari, S.AP",
      "Pengadministrasi Kependudukan", PositionKind.PELAKSANA,
      new Unit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS), "dewi.lestari");
  private final Training training = withId(Training.create(new TrainingInput("PPP-PRIMA",
      "Pelatihan Pelayanan Publik Prima", TrainingKind.PELAYANAN_PUBLIK, "Pelayanan publik", 24, true), "bkpsdm"), 1L);

  @Test
  void anOwnRequestNeedsTheAtasanAndACoachingNominationDoesNot() {
    Nomination own = Nomination.create(employee, training, NominationSource.PERMINTAAN_SENDIRI, "Loket ramai", false, "dewi.lestari");
    Nomination coaching = Nomination.create(employee, training, NominationSource.PEMBINAAN, null, false, "arif.lubis");

    assertThat(own.needsApproval()).isTrue();
    assertThat(coaching.needsApproval()).isFalse();
    assertThat(coaching.getStatus()).isEqualTo(NominationStatus.DISETUJUI);
    assertThatThrownBy(() -> Nomination.create(employee, training, NominationSource.PERMINTAAN_SENDIRI, " ", false,
        "dewi.lestari")).isInstanceOf(DomainRuleViolation.class).hasMessage("Alasan usulan wajib diisi");
  }

  @Test
  void aParticipantCompletesOnceAndOnlyAfterTheSessionBegan() {
    TrainingSession session = session(5);
    Nomination nomination = approved();
    nomination.checkPlaceableIn(session, TODAY);
    nomination.place(session, "ani.wulandari");

    assertThatThrownBy(() -> nomination.complete("893/PPP-001", "ani.wulandari", TODAY))
        .hasMessageContaining("belum dimulai");
    nomination.complete("893/PPP-001", "ani.wulandari", TODAY.plusDays(12));
    assertThatThrownBy(() -> nomination.complete("893/PPP-002", "ani.wulandari", TODAY.plusDays(12)))
        .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("sudah dicatat (sertifikat 893/PPP-001)");
    assertThat(nomination.getCertificateNumber()).isEqualTo("893/PPP-001");
  }

  @Test
  void anAbsentParticipantReturnsOnceThenTheNominationCloses() {
    TrainingSession first = session(5);
    Nomination nomination = approved();
    nomination.place(first, "ani.wulandari");

    assertThat(nomination.markAbsent("ani.wulandari", TODAY.plusDays(12))).isTrue();
    assertThat(nomination.getStatus()).isEqualTo(NominationStatus.DISETUJUI);
    assertThat(nomination.getSession()).isNull();
    nomination.place(session(5), "ani.wulandari");
    assertThat(nomination.markAbsent("ani.wulandari", TODAY.plusDays(12))).isFalse();
    assertThat(nomination.getStatus()).isEqualTo(NominationStatus.TIDAK_HADIR);
    assertThatThrownBy(() -> nomination.cancel("Terlambat", "ani.wulandari"))
        .hasMessageContaining("Tidak dapat membatalkan usulan");
  }

  @Test
  void aSessionIsNotScheduledInThePastNorWithoutPlacesNorShrunkBelowItsParticipants() {
    assertThatThrownBy(() -> TrainingSession.schedule(training, new SessionInput(TODAY.minusDays(1), TODAY, "Aula", 10),
        TODAY, "ani.wulandari")).hasMessageContaining("tidak dapat dijadwalkan di masa lalu");
    assertThatThrownBy(() -> TrainingSession.schedule(training, new SessionInput(TODAY.plusDays(3), TODAY.plusDays(2),
        "Aula", -1), TODAY, "ani.wulandari"))
        .isInstanceOf(DomainRuleViolation.class)
        .satisfies(e -> assertThat(((DomainRuleViolation) e).reasons()).containsExactly(
            "Tanggal selesai tidak boleh sebelum tanggal mulai", "Kapasitas harus lebih dari 0 peserta"));
    TrainingSession session = session(2);
    session.takeSeatLocked();
    session.takeSeatLocked();
    assertThat(session.hasFreeSeat()).isFalse();
    assertThatThrownBy(() -> session.change(new SessionInput(TODAY.plusDays(10), TODAY.plusDays(11), "Aula", 1), TODAY,
        "ani.wulandari")).hasMessage("Kapasitas tidak dapat dikurangi menjadi 1: sudah ada 2 peserta");
  }

  @Test
  void aNominationIsPlacedOnlyInASessionOfItsOwnTrainingThatHasNotBegun() {
    Training other = withId(Training.create(new TrainingInput("SIAK", "Bimbingan Teknis SIAK", TrainingKind.TEKNIS,
        "Administrasi kependudukan", 32, true), "bkpsdm"), 2L);
    TrainingSession otherSession = withId(TrainingSession.schedule(other, new SessionInput(TODAY.plusDays(10),
        TODAY.plusDays(11), "Aula", 5), TODAY, "ani.wulandari"), 9L);
    Nomination nomination = approved();

    assertThatThrownBy(() -> nomination.checkPlaceableIn(otherSession, TODAY))
        .hasMessageContaining("bukan sesi pelatihan Pelatihan Pelayanan Publik Prima");
    assertThatThrownBy(() -> nomination.checkPlaceableIn(session(5), TODAY.plusDays(11)))
        .hasMessageContaining("sudah dimulai");
  }

  private Nomination approved() {
    Nomination nomination = Nomination.create(employee, training, NominationSource.PERMINTAAN_SENDIRI,
        "Antrean loket panjang", false, "dewi.lestari");
    nomination.approve("arif.lubis");
    return nomination;
  }

  private TrainingSession session(int capacity) {
    return withId(TrainingSession.schedule(training, new SessionInput(TODAY.plusDays(10), TODAY.plusDays(11),
        "Aula BKPSDM", capacity), TODAY, "ani.wulandari"), sessionIds.incrementAndGet());
  }

  private static <T> T withId(T entity, Long id) {
    ReflectionTestUtils.setField(entity, "id", id);
    return entity;
  }
}
