package id.go.tebingtinggi.kinerja.review;

import static id.go.tebingtinggi.kinerja.review.ReviewFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTest {

  final PerformanceReview review = new ReviewFixtures().open();

  Indicator indicator(Aspect aspect, String target) {
    return new Indicator(review, draft(1, aspect, target, 100, IndicatorKind.UTAMA));
  }

  @ParameterizedTest(name = "{0}: target {1}, realisasi {2} → {3} %")
  @CsvSource({
      // more is better: realisation ÷ target
      "KUANTITAS, 100, 120, 120.00",
      "KUANTITAS, 100, 100, 100.00",
      "KUANTITAS, 3, 1, 33.33",
      "KUANTITAS, 3, 2, 66.67",
      "KUANTITAS, 100, 0, 0.00",
      "KUANTITAS, 100, 250, 200.00",
      "KUALITAS, 100, 90, 90.00",
      "KUALITAS, 0.5, 0.45, 90.00",
      // less is better: target ÷ realisation
      "WAKTU, 5, 4, 125.00",
      "WAKTU, 5, 5, 100.00",
      "WAKTU, 5, 10, 50.00",
      "WAKTU, 5, 0, 200.00",
      "WAKTU, 5, 1, 200.00",
      "WAKTU, 1, 3, 33.33",
      "BIAYA, 1000000, 800000, 125.00",
      "BIAYA, 1000000, 1250000, 80.00",
      "BIAYA, 1000000, 0, 200.00",
  })
  void computesTheAchievementInPercent(Aspect aspect, String target, String realisation, String achievement) {
    Indicator indicator = indicator(aspect, target);

    indicator.recordRealisation(new BigDecimal(realisation), "Rekap");

    assertThat(indicator.getAchievement()).isEqualTo(new BigDecimal(achievement));
    assertThat(indicator.getRealisation()).isEqualByComparingTo(realisation);
    assertThat(indicator.getEvidence()).isEqualTo("Rekap");
  }

  @Test
  void timeAndCostAreTheAspectsWhereLessIsBetter() {
    assertThat(Aspect.WAKTU.lessIsBetter()).isTrue();
    assertThat(Aspect.BIAYA.lessIsBetter()).isTrue();
    assertThat(Aspect.KUANTITAS.lessIsBetter()).isFalse();
    assertThat(Aspect.KUALITAS.lessIsBetter()).isFalse();
  }

  @Test
  void recordingTheRealisationAgainRecomputesAndClearsTheCategory() {
    Indicator indicator = indicator(Aspect.KUANTITAS, "100");
    indicator.recordRealisation(new BigDecimal("120"), "Rekap");
    indicator.categorize(Rating.DI_ATAS_EKSPEKTASI);

    indicator.recordRealisation(new BigDecimal("80"), null);

    assertThat(indicator.getAchievement()).isEqualTo(new BigDecimal("80.00"));
    assertThat(indicator.getCategory()).isNull();
    assertThat(indicator.getEvidence()).isNull();
  }

  @Test
  void revisingTheTargetDropsTheRealisation() {
    Indicator indicator = indicator(Aspect.KUANTITAS, "100");
    indicator.recordRealisation(new BigDecimal("120"), "Rekap");
    indicator.categorize(Rating.DI_ATAS_EKSPEKTASI);

    indicator.revise(draft(1, Aspect.WAKTU, "3", 100, IndicatorKind.TAMBAHAN));

    assertThat(indicator.getAspect()).isEqualTo(Aspect.WAKTU);
    assertThat(indicator.getTarget()).isEqualByComparingTo("3");
    assertThat(indicator.getKind()).isEqualTo(IndicatorKind.TAMBAHAN);
    assertThat(indicator.getRealisation()).isNull();
    assertThat(indicator.getAchievement()).isNull();
    assertThat(indicator.getCategory()).isNull();
  }

  @Test
  void anIndicatorWithoutRealisationCannotBeCategorized() {
    Indicator indicator = indicator(Aspect.KUANTITAS, "100");

    assertThatThrownBy(() -> indicator.categorize(Rating.SESUAI_EKSPEKTASI))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("indicator 1 has no realisation to categorize");
  }

  @Test
  void givesBackTheDraftItWasMadeFrom() {
    IndicatorDraft draft = draft(7, Aspect.BIAYA, "2500000.50", 15, IndicatorKind.TAMBAHAN);

    assertThat(new Indicator(review, draft).toDraft()).isEqualTo(draft);
  }
}
