package id.go.tebingtinggi.kinerja.review;

import static id.go.tebingtinggi.kinerja.review.ReviewFixtures.allValues;
import static id.go.tebingtinggi.kinerja.review.ReviewFixtures.draft;
import static id.go.tebingtinggi.kinerja.review.ReviewFixtures.plan;
import static id.go.tebingtinggi.kinerja.review.ReviewFixtures.planOf;
import static id.go.tebingtinggi.kinerja.review.ReviewFixtures.realised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PerformanceReviewTest {

  static final String KEY = "199201082014032008-2026-Q1";
  static final String FEEDBACK = "Pertahankan ketepatan waktu pelayanan.";

  final ReviewFixtures fixtures = new ReviewFixtures();

  /** The refusal of an illegal transition names the action and the stage the review is in. */
  static void refusedAt(Runnable action, String what, ReviewStatus stage) {
    assertThatThrownBy(action::run)
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Tidak dapat " + what + ": penilaian " + KEY + " sedang pada tahap '" + stage.label() + "'");
  }

  @Nested
  class Opening {

    @Test
    void opensInTargetSettingWithTheDirectSupervisorAsAssessor() {
      PerformanceReview review = fixtures.open();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGET_SETTING);
      assertThat(review.getBusinessKey()).isEqualTo(KEY);
      assertThat(review.getAssessor()).isSameAs(fixtures.supervisor);
      assertThat(review.getAppealAssessor()).isSameAs(fixtures.head);
      assertThat(review.getYear()).isEqualTo(2026);
      assertThat(review.getQuarter()).isEqualTo(1);
      assertThat(review.getRounds()).isEmpty();
      assertThat(review.returnComment()).isEmpty();
    }

    @Test
    void refusesAnEmployeeNoLongerInService() {
      fixtures.employee.deactivate();

      assertThatThrownBy(fixtures::open)
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessage("Pegawai 199201082014032008 tidak aktif sehingga tidak dapat dinilai");
    }

    @Test
    void refusesAnEmployeeWithoutDirectSupervisor() {
      assertThatThrownBy(() -> PerformanceReview.open(fixtures.head, null, 2026, 1))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessage("Pegawai 197001031998121004 tidak memiliki atasan langsung sebagai pejabat penilai");
    }

    @Test
    void refusesAQuarterOutsideOneToFour() {
      assertThatThrownBy(() -> PerformanceReview.open(fixtures.employee, fixtures.head, 2026, 5))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessage("Triwulan 5 tidak valid: pilih 1 sampai 4");
    }
  }

  @Nested
  class TargetSetting {

    @Test
    void proposingTargetsOpensARoundForTheAtasan() {
      PerformanceReview review = fixtures.proposed();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGETS_IN_REVIEW);
      assertThat(review.getIndicators()).extracting(Indicator::getPosition, Indicator::getWeight)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 60), org.assertj.core.groups.Tuple.tuple(2, 40));
      assertThat(review.getRounds()).singleElement().satisfies(round -> {
        assertThat(round.getRoundNumber()).isEqualTo(1);
        assertThat(round.isOpen()).isTrue();
        assertThat(round.getProposedBy()).isEqualTo("dewi.lestari");
        assertThat(round.getIndicatorsJson()).contains("Indikator 2 pelayanan KTP-el", "WAKTU");
      });
      assertThat(review.getUpdatedBy()).isEqualTo("dewi.lestari");
    }

    @Test
    void approvingTheTargetsStartsTheSelfAssessment() {
      PerformanceReview review = fixtures.approved();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.SELF_ASSESSMENT);
      assertThat(review.getRounds()).singleElement().satisfies(round -> {
        assertThat(round.getDecision()).isEqualTo(TargetRound.APPROVED);
        assertThat(round.getDecidedBy()).isEqualTo("arif.lubis");
        assertThat(round.getComment()).isNull();
      });
    }

    @Test
    void aReturnedPlanIsRevisedInANewRoundWithTheCommentShownMeanwhile() {
      PerformanceReview review = fixtures.proposed();
      review.returnTargets("  Target waktu terlalu longgar  ", "arif.lubis");

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGET_SETTING);
      assertThat(review.returnComment()).contains("Target waktu terlalu longgar");

      review.proposeTargets(planOf(1, 100), "dewi.lestari");

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGETS_IN_REVIEW);
      assertThat(review.returnComment()).isEmpty();
      assertThat(review.getIndicators()).singleElement().satisfies(indicator -> {
        assertThat(indicator.getPosition()).isEqualTo(1);
        assertThat(indicator.getWeight()).isEqualTo(100);
        assertThat(indicator.getTarget()).isEqualByComparingTo("10");
      });
      assertThat(review.getRounds()).extracting(TargetRound::getRoundNumber, TargetRound::getDecision,
              TargetRound::getComment)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, TargetRound.RETURNED, "Target waktu terlalu longgar"),
              org.assertj.core.groups.Tuple.tuple(2, null, null));
    }

    @Test
    void returningTheTargetsNeedsAComment() {
      PerformanceReview review = fixtures.proposed();

      assertThatThrownBy(() -> review.returnTargets("   ", "arif.lubis"))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessage("Komentar atasan wajib diisi");
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGETS_IN_REVIEW);
      assertThat(review.getRounds()).singleElement().satisfies(round -> assertThat(round.isOpen()).isTrue());
    }

    @Test
    void aCommentOverTwoThousandCharactersIsRefused() {
      PerformanceReview review = fixtures.proposed();

      assertThatThrownBy(() -> review.returnTargets("a".repeat(2001), "arif.lubis"))
          .hasMessage("Komentar atasan terlalu panjang (2001 karakter, maksimal 2000)");
    }

    @Test
    void targetsCannotBeApprovedBeforeTheyAreProposed() {
      PerformanceReview review = fixtures.open();
      refusedAt(() -> review.approveTargets("arif.lubis"), "menyetujui target", ReviewStatus.TARGET_SETTING);
    }

    @Test
    void targetsCannotBeApprovedTwice() {
      PerformanceReview review = fixtures.approved();
      refusedAt(() -> review.approveTargets("arif.lubis"), "menyetujui target", ReviewStatus.SELF_ASSESSMENT);
    }

    @Test
    void targetsCannotBeReturnedAfterApproval() {
      PerformanceReview review = fixtures.approved();
      refusedAt(() -> review.returnTargets("Ubah", "arif.lubis"), "mengembalikan target",
          ReviewStatus.SELF_ASSESSMENT);
    }

    @Test
    void targetsCannotBeChangedWhileTheAtasanReviewsThem() {
      PerformanceReview review = fixtures.proposed();
      refusedAt(() -> review.proposeTargets(plan(), "dewi.lestari"), "mengusulkan target",
          ReviewStatus.TARGETS_IN_REVIEW);
      assertThat(review.getRounds()).hasSize(1);
    }
  }

  @Nested
  class PlanValidation {

    static IndicatorDraft first(String rhk, String description, Aspect aspect, String target, String unit,
                                IndicatorKind kind) {
      return new IndicatorDraft(1, rhk, description, aspect, target == null ? null : new BigDecimal(target), unit,
          60, kind);
    }

    static IndicatorDraft firstWithTarget(String target) {
      return first("Pelayanan KTP-el", "Jumlah KTP-el tercetak", Aspect.KUANTITAS, target, "keping",
          IndicatorKind.UTAMA);
    }

    static IndicatorDraft firstWithTexts(String rhk, String description, String unit) {
      return first(rhk, description, Aspect.KUANTITAS, "100", unit, IndicatorKind.UTAMA);
    }

    static List<IndicatorDraft> withFirst(IndicatorDraft first) {
      return List.of(first, draft(2, Aspect.WAKTU, "5", 40, IndicatorKind.UTAMA));
    }

    static Stream<Arguments> invalidPlans() {
      String ok = "Pelayanan KTP-el";
      return Stream.of(
          arguments("no indicator", List.of(), "Rencana kinerja harus berisi paling sedikit satu indikator"),
          arguments("21 indicators", planOf(21, 100), "Rencana kinerja berisi 21 indikator; paling banyak 20"),
          arguments("weights sum to 99", planOf(3, 99),
              "Jumlah bobot semua indikator harus 100 persen (sekarang 99 persen)"),
          arguments("weights sum to 101", planOf(3, 101),
              "Jumlah bobot semua indikator harus 100 persen (sekarang 101 persen)"),
          arguments("weight 0", List.of(draft(1, Aspect.KUANTITAS, "10", 100, IndicatorKind.UTAMA),
              draft(2, Aspect.KUANTITAS, "10", 0, IndicatorKind.UTAMA)),
              "Indikator 2: bobot harus antara 1 dan 100 persen"),
          arguments("weight above 100", List.of(draft(1, Aspect.KUANTITAS, "10", 101, IndicatorKind.UTAMA)),
              "Indikator 1: bobot harus antara 1 dan 100 persen"),
          arguments("target 0", withFirst(firstWithTarget("0")), "Indikator 1: target harus lebih dari 0"),
          arguments("negative target", withFirst(firstWithTarget("-1")), "Indikator 1: target harus lebih dari 0"),
          arguments("no target", withFirst(firstWithTarget(null)), "Indikator 1: target harus lebih dari 0"),
          arguments("target too large", withFirst(firstWithTarget("1000000000000.01")),
              "Indikator 1: target terlalu besar (maksimal 1.000.000.000.000)"),
          arguments("target with 3 decimals", withFirst(firstWithTarget("1.234")),
              "Indikator 1: target paling banyak dua angka di belakang koma"),
          arguments("missing RHK", withFirst(firstWithTexts(null, ok, "keping")),
              "Indikator 1: rencana hasil kerja (RHK) wajib diisi"),
          arguments("blank indicator", withFirst(firstWithTexts(ok, " \t ", "keping")),
              "Indikator 1: indikator wajib diisi"),
          arguments("empty unit", withFirst(firstWithTexts(ok, ok, "")), "Indikator 1: satuan wajib diisi"),
          arguments("RHK over 500", withFirst(firstWithTexts("r".repeat(501), ok, "keping")),
              "Indikator 1: rencana hasil kerja (RHK) terlalu panjang (501 karakter, maksimal 500)"),
          arguments("indicator over 500", withFirst(firstWithTexts(ok, "i".repeat(501), "keping")),
              "Indikator 1: indikator terlalu panjang (501 karakter, maksimal 500)"),
          arguments("unit over 50", withFirst(firstWithTexts(ok, ok, "s".repeat(51))),
              "Indikator 1: satuan terlalu panjang (51 karakter, maksimal 50)"),
          arguments("NUL in RHK", withFirst(firstWithTexts("Pelayanan\u0000KTP-el", ok, "keping")),
              "Indikator 1: rencana hasil kerja (RHK) mengandung karakter kontrol yang tidak diizinkan"),
          arguments("escape in indicator", withFirst(firstWithTexts(ok, "Jumlah \u001B[31mKTP", "keping")),
              "Indikator 1: indikator mengandung karakter kontrol yang tidak diizinkan"),
          arguments("DEL in unit", withFirst(firstWithTexts(ok, ok, "keping\u007F")),
              "Indikator 1: satuan mengandung karakter kontrol yang tidak diizinkan"),
          arguments("unit separator at the end of RHK", withFirst(firstWithTexts("Pelayanan KTP-el\u001F", ok,
              "keping")), "Indikator 1: rencana hasil kerja (RHK) mengandung karakter kontrol yang tidak diizinkan"),
          arguments("no aspect", withFirst(first(ok, ok, null, "100", "keping", IndicatorKind.UTAMA)),
              "Indikator 1: aspek wajib dipilih"),
          arguments("no kind", withFirst(first(ok, ok, Aspect.KUANTITAS, "100", "keping", null)),
              "Indikator 1: jenis (utama/tambahan) wajib dipilih"),
          arguments("no main indicator", List.of(draft(1, Aspect.KUANTITAS, "10", 60, IndicatorKind.TAMBAHAN),
              draft(2, Aspect.WAKTU, "5", 40, IndicatorKind.TAMBAHAN)),
              "Paling sedikit satu indikator harus berjenis utama"),
          arguments("duplicate position", List.of(draft(1, Aspect.KUANTITAS, "10", 60, IndicatorKind.UTAMA),
              draft(1, Aspect.WAKTU, "5", 40, IndicatorKind.UTAMA)),
              "Indikator 1: nomor urut tidak valid atau ganda"),
          arguments("position 21", List.of(draft(21, Aspect.KUANTITAS, "10", 100, IndicatorKind.UTAMA)),
              "Indikator 21: nomor urut tidak valid atau ganda"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPlans")
    void refusesAnInvalidPlanAndKeepsTheReviewAsItWas(String name, List<IndicatorDraft> plan, String reason) {
      PerformanceReview review = fixtures.open();

      assertThatThrownBy(() -> review.proposeTargets(plan, "dewi.lestari"))
          .isInstanceOfSatisfying(DomainRuleViolation.class,
              violation -> assertThat(violation.reasons()).contains(reason));
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGET_SETTING);
      assertThat(review.getRounds()).isEmpty();
      assertThat(review.getIndicators()).isEmpty();
    }

    @Test
    void keepsThePlanTextsWithoutSurroundingWhitespaceSoTheyFitTheirColumns() {
      PerformanceReview review = fixtures.open();

      review.proposeTargets(withFirst(firstWithTexts("r".repeat(500) + "\n", "\t Jumlah KTP-el tercetak ",
          " keping  ")), "dewi.lestari");

      assertThat(review.getIndicators().get(0)).satisfies(indicator -> {
        assertThat(indicator.getRhk()).isEqualTo("r".repeat(500));
        assertThat(indicator.getDescription()).isEqualTo("Jumlah KTP-el tercetak");
        assertThat(indicator.getUnitOfMeasure()).isEqualTo("keping");
      });
      assertThat(review.getRounds().get(0).getIndicatorsJson()).doesNotContain("\\t", "\\n");
    }

    @Test
    void reportsEveryProblemOfAPlanAtOnce() {
      List<IndicatorDraft> plan = List.of(
          new IndicatorDraft(1, "", "Jumlah KTP-el tercetak", Aspect.KUANTITAS, BigDecimal.ZERO, "keping", 50,
              IndicatorKind.UTAMA),
          draft(2, Aspect.WAKTU, "5", 40, IndicatorKind.UTAMA));

      assertThatThrownBy(() -> fixtures.open().proposeTargets(plan, "dewi.lestari"))
          .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.reasons())
              .containsExactly(
                  "Indikator 1: rencana hasil kerja (RHK) wajib diisi",
                  "Indikator 1: target harus lebih dari 0",
                  "Jumlah bobot semua indikator harus 100 persen (sekarang 90 persen)"))
          .hasMessageContaining("; ");
    }

    static Stream<Arguments> acceptedPlans() {
      String ok = "Pelayanan KTP-el";
      return Stream.of(
          arguments("20 indicators", planOf(20, 100)),
          arguments("one indicator of weight 100", planOf(1, 100)),
          arguments("largest target", withFirst(firstWithTarget("1000000000000"))),
          arguments("smallest target", withFirst(firstWithTarget("0.01"))),
          arguments("trailing zero beyond two decimals", withFirst(firstWithTarget("1.230"))),
          arguments("texts at their limits", withFirst(firstWithTexts("r".repeat(500), "i".repeat(500),
              "s".repeat(50)))),
          arguments("line breaks and tabs", withFirst(firstWithTexts("Baris satu\nBaris dua", "Kolom\tdua",
              "keping"))),
          arguments("right-to-left text", withFirst(firstWithTexts("تحسين خدمة الهوية", "מספר תעודות", "وثيقة"))),
          arguments("emoji", withFirst(firstWithTexts("Pelayanan ramah 😊", "👨‍👩‍👧 keluarga terdaftar", "🪪"))),
          arguments("markup and SQL", withFirst(firstWithTexts("<script>alert(1)</script>",
              "x'); DROP TABLE review_indicator;--", ok))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedPlans")
    void acceptsAPlanWithinTheRules(String name, List<IndicatorDraft> plan) {
      PerformanceReview review = fixtures.open();

      review.proposeTargets(plan, "dewi.lestari");

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGETS_IN_REVIEW);
      assertThat(review.planAsDrafts()).isEqualTo(plan);
    }
  }

  @Nested
  class SelfAssessment {

    @Test
    void selfAssessmentBeforeApprovalIsRefused() {
      PerformanceReview review = fixtures.proposed();
      refusedAt(() -> review.recordSelfAssessment(realised("120", "4"), "Baik", "dewi.lestari"),
          "mencatat penilaian mandiri", ReviewStatus.TARGETS_IN_REVIEW);
      assertThat(review.getIndicators()).allSatisfy(i -> assertThat(i.getRealisation()).isNull());
    }

    @Test
    void recordsRealisationEvidenceAndReflectionAndMovesToTheAtasan() {
      PerformanceReview review = fixtures.selfAssessed();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.SUPERVISOR_REVIEW);
      assertThat(review.getReflection()).isEqualTo("Antrean berkurang setelah jadwal piket diatur ulang.");
      assertThat(review.getIndicators()).extracting(Indicator::getRealisation, Indicator::getAchievement,
              Indicator::getEvidence)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(new BigDecimal("120"), new BigDecimal("120.00"),
                  "Rekap register pelayanan"),
              org.assertj.core.groups.Tuple.tuple(new BigDecimal("4"), new BigDecimal("125.00"),
                  "https://disdukcapil.tebingtinggikota.go.id/laporan"));
    }

    @Test
    void evidenceIsRequiredForMainIndicatorsOnly() {
      PerformanceReview review = fixtures.open();
      review.proposeTargets(List.of(draft(1, Aspect.KUANTITAS, "100", 60, IndicatorKind.UTAMA),
          draft(2, Aspect.WAKTU, "5", 40, IndicatorKind.TAMBAHAN)), "dewi.lestari");
      review.approveTargets("arif.lubis");

      assertThatThrownBy(() -> review.recordSelfAssessment(List.of(
              new RealisationInput(1, new BigDecimal("100"), " "),
              new RealisationInput(2, new BigDecimal("5"), "Catatan")), "Baik", "dewi.lestari"))
          .hasMessage("Indikator 1: bukti dukung wajib diisi");

      review.recordSelfAssessment(List.of(
          new RealisationInput(1, new BigDecimal("100"), "Rekap register"),
          new RealisationInput(2, new BigDecimal("5"), "  ")), "Baik", "dewi.lestari");
      assertThat(review.getIndicators().get(1).getEvidence()).isNull();
    }

    @Test
    void refusesMissingNegativeOrUnknownRealisationsAndAMissingReflectionAllAtOnce() {
      PerformanceReview review = fixtures.approved();

      assertThatThrownBy(() -> review.recordSelfAssessment(List.of(
              new RealisationInput(1, new BigDecimal("-1"), "Rekap"),
              new RealisationInput(3, BigDecimal.TEN, "Rekap")), "", "dewi.lestari"))
          .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.reasons())
              .containsExactly(
                  "Indikator 1: realisasi tidak boleh negatif",
                  "Indikator 2: realisasi wajib diisi",
                  "Realisasi untuk indikator yang tidak ada di rencana: [3]",
                  "Refleksi wajib diisi"));
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.SELF_ASSESSMENT);
      assertThat(review.getIndicators()).allSatisfy(i -> assertThat(i.getAchievement()).isNull());
    }

    @Test
    void refusesARealisationAboveTheLargestNumberAndEvidenceOverItsLength() {
      PerformanceReview review = fixtures.approved();

      assertThatThrownBy(() -> review.recordSelfAssessment(List.of(
              new RealisationInput(1, new BigDecimal("1000000000001"), "Rekap"),
              new RealisationInput(2, BigDecimal.ONE, "b".repeat(1001))), "r".repeat(4001), "dewi.lestari"))
          .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.reasons())
              .containsExactly(
                  "Indikator 1: realisasi terlalu besar",
                  "Indikator 2: bukti dukung terlalu panjang (1001 karakter, maksimal 1000)",
                  "Refleksi terlalu panjang (4001 karakter, maksimal 4000)"));
    }

    @Test
    void theSelfAssessmentCannotBeRecordedTwice() {
      PerformanceReview review = fixtures.selfAssessed();
      refusedAt(() -> review.recordSelfAssessment(realised("1", "1"), "Lagi", "dewi.lestari"),
          "mencatat penilaian mandiri", ReviewStatus.SUPERVISOR_REVIEW);
      assertThat(review.getIndicators().get(0).getRealisation()).isEqualByComparingTo("120");
    }
  }

  @Nested
  class SupervisorReview {

    @Test
    void ratingBeforeTheTargetsAreApprovedIsRefused() {
      PerformanceReview review = fixtures.proposed();
      refusedAt(() -> review.rateBySupervisor(Rating.SESUAI_EKSPEKTASI, null, allValues(Rating.SESUAI_EKSPEKTASI),
          null, FEEDBACK, "arif.lubis"), "menilai kinerja", ReviewStatus.TARGETS_IN_REVIEW);
    }

    @Test
    void ratingBeforeTheAchievementIsComputedIsRefused() {
      PerformanceReview review = fixtures.selfAssessed();

      assertThatThrownBy(() -> review.rateBySupervisor(Rating.SESUAI_EKSPEKTASI, null,
          allValues(Rating.SESUAI_EKSPEKTASI), null, FEEDBACK, "arif.lubis"))
          .isInstanceOf(DomainRuleViolation.class)
          .hasMessage("Capaian indikator belum dihitung sehingga penilaian belum dapat dicatat");
    }

    @Test
    void achievementCannotBeCategorizedBeforeTheSelfAssessment() {
      PerformanceReview review = fixtures.approved();
      refusedAt(() -> review.categorize(1, Rating.SESUAI_EKSPEKTASI), "menghitung capaian",
          ReviewStatus.SELF_ASSESSMENT);
    }

    @Test
    void recordsTheRatingsOfHasilKerjaAndOfTheSevenValues() {
      PerformanceReview review = fixtures.awaitingRating();
      Map<CoreValue, Rating> behaviour = allValues(Rating.DI_ATAS_EKSPEKTASI);
      behaviour.put(CoreValue.LOYAL, Rating.SESUAI_EKSPEKTASI);
      behaviour.put(CoreValue.ADAPTIF, Rating.DI_BAWAH_EKSPEKTASI);

      review.rateBySupervisor(Rating.DI_ATAS_EKSPEKTASI, null, behaviour, " Lebih proaktif ", FEEDBACK,
          "arif.lubis");

      assertThat(review.getRatingHasilKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
      assertThat(review.getRatingHasilKerjaReason()).isNull();
      assertThat(review.getSpecialExpectation()).isEqualTo("Lebih proaktif");
      assertThat(review.getFeedback()).isEqualTo(FEEDBACK);
      assertThat(review.getBehaviourRatings()).hasSize(7);
      assertThat(review.behaviourCount(Rating.DI_ATAS_EKSPEKTASI)).isEqualTo(5);
      assertThat(review.behaviourCount(Rating.SESUAI_EKSPEKTASI)).isEqualTo(1);
      assertThat(review.behaviourCount(Rating.DI_BAWAH_EKSPEKTASI)).isEqualTo(1);
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.SUPERVISOR_REVIEW);
    }

    @Test
    void ratingAgainChangesTheSevenRatingsInPlace() {
      PerformanceReview review = fixtures.rated();

      review.rateBySupervisor(Rating.SESUAI_EKSPEKTASI, "Beban kerja tambahan belum tercermin",
          allValues(Rating.SESUAI_EKSPEKTASI), null, FEEDBACK, "arif.lubis");

      assertThat(review.getBehaviourRatings()).hasSize(7)
          .allSatisfy(r -> assertThat(r.getRating()).isEqualTo(Rating.SESUAI_EKSPEKTASI));
      assertThat(review.getRatingHasilKerjaReason()).isEqualTo("Beban kerja tambahan belum tercermin");
    }

    @Test
    void aRatingOtherThanTheSuggestionNeedsAReason() {
      PerformanceReview review = fixtures.awaitingRating();

      assertThatThrownBy(() -> review.rateBySupervisor(Rating.SESUAI_EKSPEKTASI, " ",
          allValues(Rating.SESUAI_EKSPEKTASI), null, FEEDBACK, "arif.lubis"))
          .hasMessage("Alasan perubahan rating hasil kerja wajib diisi");
      assertThat(review.getRatingHasilKerja()).isNull();
    }

    @Test
    void everyValueMustBeRatedAndFeedbackGiven() {
      PerformanceReview review = fixtures.awaitingRating();
      Map<CoreValue, Rating> behaviour = allValues(Rating.SESUAI_EKSPEKTASI);
      behaviour.remove(CoreValue.LOYAL);
      behaviour.remove(CoreValue.KOLABORATIF);

      assertThatThrownBy(() -> review.rateBySupervisor(Rating.DI_ATAS_EKSPEKTASI, null, behaviour,
          "e".repeat(2001), null, "arif.lubis"))
          .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.reasons())
              .containsExactly(
                  "Perilaku Loyal belum dinilai",
                  "Perilaku Kolaboratif belum dinilai",
                  "Ekspektasi khusus pimpinan terlalu panjang (2001 karakter, maksimal 2000)",
                  "Umpan balik wajib diisi"));
      assertThat(review.getBehaviourRatings()).isEmpty();
    }

    @Test
    void thePredikatCannotBeRecordedBeforeTheAtasanRates() {
      PerformanceReview review = fixtures.awaitingRating();

      assertThatThrownBy(() -> review.recordPredikat(Rating.SESUAI_EKSPEKTASI, Predikat.BAIK,
          FollowUp.TANPA_TINDAK_LANJUT))
          .hasMessage("Predikat tidak dapat ditetapkan sebelum atasan menilai");
      assertThat(review.getPredikat()).isNull();
    }

    @Test
    void thePredikatCannotBeRecordedDuringTargetSetting() {
      PerformanceReview review = fixtures.open();
      refusedAt(() -> review.recordPredikat(Rating.SESUAI_EKSPEKTASI, Predikat.BAIK, FollowUp.TANPA_TINDAK_LANJUT),
          "menetapkan predikat", ReviewStatus.TARGET_SETTING);
    }
  }

  @Nested
  class HasilKerjaWeightsOfThePlan {

    @Test
    void allAboveExpectation() {
      assertThat(fixtures.awaitingRating().hasilKerjaWeights())
          .isEqualTo(new HasilKerjaWeights(100.0, 0.0, false));
    }

    @Test
    void aMainIndicatorBelowExpectationIsReported() {
      PerformanceReview review = fixtures.selfAssessed();
      review.categorize(1, Rating.SESUAI_EKSPEKTASI);
      review.categorize(2, Rating.DI_BAWAH_EKSPEKTASI);

      assertThat(review.hasilKerjaWeights()).isEqualTo(new HasilKerjaWeights(0.0, 40.0, true));
    }

    @Test
    void anAdditionalIndicatorBelowExpectationIsNotAMainOne() {
      PerformanceReview review = fixtures.open();
      review.proposeTargets(List.of(draft(1, Aspect.KUANTITAS, "100", 70, IndicatorKind.UTAMA),
          draft(2, Aspect.WAKTU, "5", 30, IndicatorKind.TAMBAHAN)), "dewi.lestari");
      review.approveTargets("arif.lubis");
      review.recordSelfAssessment(realised("120", "9"), "Baik", "dewi.lestari");
      review.categorize(1, Rating.DI_ATAS_EKSPEKTASI);
      review.categorize(2, Rating.DI_BAWAH_EKSPEKTASI);

      assertThat(review.hasilKerjaWeights()).isEqualTo(new HasilKerjaWeights(70.0, 30.0, false));
    }

    @Test
    void sharesAreWeightedNotCounted() {
      PerformanceReview review = fixtures.open();
      review.proposeTargets(planOf(3, 100), "dewi.lestari");
      review.approveTargets("arif.lubis");
      List<RealisationInput> realisations = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        realisations.add(new RealisationInput(i, BigDecimal.TEN, "Rekap"));
      }
      review.recordSelfAssessment(realisations, "Baik", "dewi.lestari");
      review.categorize(1, Rating.DI_ATAS_EKSPEKTASI);
      review.categorize(2, Rating.DI_BAWAH_EKSPEKTASI);
      review.categorize(3, Rating.SESUAI_EKSPEKTASI);

      assertThat(review.getIndicators()).extracting(Indicator::getWeight).containsExactly(34, 33, 33);
      assertThat(review.hasilKerjaWeights()).isEqualTo(new HasilKerjaWeights(34.0, 33.0, true));
    }

    @Test
    void anUncategorizedIndicatorIsAProgrammingError() {
      PerformanceReview review = fixtures.selfAssessed();
      review.categorize(1, Rating.SESUAI_EKSPEKTASI);

      assertThatThrownBy(review::hasilKerjaWeights)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("indicator 2");
    }
  }

  @Nested
  class ResultAndObjection {

    @Test
    void thePredikatOpensTheObjectionPeriod() {
      PerformanceReview review = fixtures.notified();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.RESULT_NOTIFIED);
      assertThat(review.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
      assertThat(review.getRatingPerilakuKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
      assertThat(review.getRecommendedFollowUp()).isEqualTo(FollowUp.PENGHARGAAN);
      assertThat(review.getPredikatAt()).isNotNull();
    }

    @Test
    void anObjectionRemembersTheRatingsItContests() {
      PerformanceReview review = fixtures.notified();

      review.fileObjection("Indikator waktu dihitung dari data yang belum lengkap", "dewi.lestari");

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.OBJECTION);
      assertThat(review.getObjection()).hasValueSatisfying(objection -> {
        assertThat(objection.getReason()).isEqualTo("Indikator waktu dihitung dari data yang belum lengkap");
        assertThat(objection.getFiledBy()).isEqualTo("dewi.lestari");
        assertThat(objection.getPreviousPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(objection.getPreviousHasilKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(objection.isDecided()).isFalse();
      });
    }

    @Test
    void anObjectionNeedsAReason() {
      PerformanceReview review = fixtures.notified();

      assertThatThrownBy(() -> review.fileObjection(null, "dewi.lestari")).hasMessage("Alasan keberatan wajib diisi");
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.RESULT_NOTIFIED);
    }

    @Test
    void anObjectionBeforeTheResultIsRefused() {
      PerformanceReview review = fixtures.rated();
      refusedAt(() -> review.fileObjection("Tidak setuju", "dewi.lestari"), "mengajukan keberatan",
          ReviewStatus.SUPERVISOR_REVIEW);
    }

    @Test
    void anObjectionAfterTheObjectionPeriodIsRefused() {
      PerformanceReview review = fixtures.ready();
      refusedAt(() -> review.fileObjection("Terlambat", "dewi.lestari"), "mengajukan keberatan",
          ReviewStatus.READY_FOR_MEETING);
      assertThat(review.getObjection()).isEmpty();
    }

    @Test
    void anUpheldObjectionChangesTheRatingsAndThePredikatIsDeterminedAgain() {
      PerformanceReview review = fixtures.notified();
      review.fileObjection("Tidak setuju", "dewi.lestari");

      review.decideObjection(true, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, "Data diperbaiki",
          "syahrial.nasution");
      review.recordPredikat(Rating.SESUAI_EKSPEKTASI, Predikat.BAIK, FollowUp.TANPA_TINDAK_LANJUT);

      assertThat(review.getRatingHasilKerja()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
      assertThat(review.getPredikat()).isEqualTo(Predikat.BAIK);
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.OBJECTION);
      assertThat(review.getObjection()).hasValueSatisfying(objection -> {
        assertThat(objection.getDecision()).isEqualTo(Objection.Decision.DIUBAH);
        assertThat(objection.getNewHasilKerja()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(objection.getDecidedBy()).isEqualTo("syahrial.nasution");
        assertThat(objection.getPreviousPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
      });

      review.markReadyForMeeting();
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.READY_FOR_MEETING);
    }

    @Test
    void aRejectedObjectionKeepsTheRatings() {
      PerformanceReview review = fixtures.notified();
      review.fileObjection("Tidak setuju", "dewi.lestari");

      review.decideObjection(false, null, null, "Penilaian sudah sesuai bukti", "syahrial.nasution");

      assertThat(review.getRatingHasilKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
      assertThat(review.getObjection()).hasValueSatisfying(objection ->
          assertThat(objection.getDecision()).isEqualTo(Objection.Decision.DITOLAK));
    }

    @Test
    void changingTheRatingsNeedsBothNewRatingsAndAReason() {
      PerformanceReview review = fixtures.notified();
      review.fileObjection("Tidak setuju", "dewi.lestari");

      assertThatThrownBy(() -> review.decideObjection(true, Rating.SESUAI_EKSPEKTASI, null, "", "syahrial.nasution"))
          .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.reasons())
              .containsExactly("Alasan keputusan keberatan wajib diisi",
                  "Rating hasil kerja dan perilaku kerja yang baru wajib dipilih bila penilaian diubah"));
      assertThat(review.getObjection()).hasValueSatisfying(o -> assertThat(o.isDecided()).isFalse());
    }

    @Test
    void anObjectionIsDecidedOnce() {
      PerformanceReview review = fixtures.notified();
      review.fileObjection("Tidak setuju", "dewi.lestari");
      review.decideObjection(false, null, null, "Tetap", "syahrial.nasution");

      assertThatThrownBy(() -> review.decideObjection(true, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
          "Ubah", "syahrial.nasution"))
          .hasMessage("Keberatan ini sudah diputus");
    }

    @Test
    void anUndecidedObjectionKeepsTheReviewFromTheMeeting() {
      PerformanceReview review = fixtures.notified();
      review.fileObjection("Tidak setuju", "dewi.lestari");

      assertThatThrownBy(review::markReadyForMeeting)
          .hasMessage("Keberatan belum diputus sehingga penilaian belum siap dibahas dalam rapat");
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.OBJECTION);
    }
  }

  @Nested
  class Meeting {

    @Test
    void anAcceptedResultIsReadyForTheMeetingAndMarkingItAgainChangesNothing() {
      PerformanceReview review = fixtures.ready();
      Instant markedAt = review.getUpdatedAt();

      review.markReadyForMeeting();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.READY_FOR_MEETING);
      assertThat(review.getUpdatedAt()).isEqualTo(markedAt);
    }

    @Test
    void aReviewStillBeingRatedIsNotReadyForTheMeeting() {
      PerformanceReview review = fixtures.rated();
      refusedAt(review::markReadyForMeeting, "menandai siap untuk rapat evaluasi", ReviewStatus.SUPERVISOR_REVIEW);
    }

    @Test
    void aMeetingDecisionBeforeTheReviewIsReadyIsRefused() {
      PerformanceReview review = fixtures.notified();
      refusedAt(() -> review.recordMeetingDecision(FollowUp.PENGHARGAAN), "mencatat keputusan rapat evaluasi",
          ReviewStatus.RESULT_NOTIFIED);
      assertThat(review.getDecidedFollowUp()).isNull();
    }

    @Test
    void recordsTheMeetingDecision() {
      PerformanceReview review = fixtures.ready();

      assertThat(review.recordMeetingDecision(FollowUp.PENGHARGAAN)).isTrue();

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.DECIDED);
      assertThat(review.getDecidedFollowUp()).isEqualTo(FollowUp.PENGHARGAAN);
      assertThat(review.getDecidedAt()).isNotNull();
    }

    @Test
    void theSameDecisionDeliveredTwiceChangesNothing() {
      PerformanceReview review = fixtures.ready();
      review.recordMeetingDecision(FollowUp.PENGHARGAAN);
      Instant decidedAt = review.getDecidedAt();
      Instant updatedAt = review.getUpdatedAt();

      assertThat(review.recordMeetingDecision(FollowUp.PENGHARGAAN)).isFalse();

      assertThat(review.getDecidedAt()).isEqualTo(decidedAt);
      assertThat(review.getUpdatedAt()).isEqualTo(updatedAt);
    }

    @Test
    void anotherDecisionAfterTheFirstIsRefused() {
      PerformanceReview review = fixtures.ready();
      review.recordMeetingDecision(FollowUp.PENGHARGAAN);

      refusedAt(() -> review.recordMeetingDecision(FollowUp.PEMBINAAN), "mencatat keputusan rapat evaluasi",
          ReviewStatus.DECIDED);
      assertThat(review.getDecidedFollowUp()).isEqualTo(FollowUp.PENGHARGAAN);
    }
  }

  @Nested
  class Withdrawal {

    @Test
    void anOpenReviewIsWithdrawnWithAReason() {
      PerformanceReview review = fixtures.approved();

      review.withdraw("Pegawai mutasi ke instansi lain", "ani.wulandari");

      assertThat(review.getStatus()).isEqualTo(ReviewStatus.WITHDRAWN);
      assertThat(review.getWithdrawalReason()).isEqualTo("Pegawai mutasi ke instansi lain");
      assertThat(review.getUpdatedBy()).isEqualTo("ani.wulandari");
    }

    @Test
    void aWithdrawalNeedsAReason() {
      PerformanceReview review = fixtures.open();

      assertThatThrownBy(() -> review.withdraw("", "ani.wulandari")).hasMessage("Alasan penarikan wajib diisi");
      assertThat(review.getStatus()).isEqualTo(ReviewStatus.TARGET_SETTING);
    }

    @Test
    void aDecidedReviewCannotBeWithdrawn() {
      PerformanceReview review = fixtures.ready();
      review.recordMeetingDecision(FollowUp.TANPA_TINDAK_LANJUT);

      refusedAt(() -> review.withdraw("Salah input", "ani.wulandari"), "menarik penilaian", ReviewStatus.DECIDED);
    }

    @Test
    void aWithdrawnReviewCannotBeWithdrawnAgainNorContinued() {
      PerformanceReview review = fixtures.open();
      review.withdraw("Pegawai pensiun", "ani.wulandari");

      refusedAt(() -> review.withdraw("Lagi", "ani.wulandari"), "menarik penilaian", ReviewStatus.WITHDRAWN);
      refusedAt(() -> review.proposeTargets(plan(), "dewi.lestari"), "mengusulkan target", ReviewStatus.WITHDRAWN);
    }
  }
}
