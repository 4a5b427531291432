package id.go.tebingtinggi.kinerja.review.decision;

import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.NONE;
import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.decided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RatingHasilKerjaDecisionTest {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("RatingHasilKerja");

  private static final String SEBAGIAN_BESAR_DI_BAWAH = "Rule_SebagianBesarDiBawah";
  private static final String SEBAGIAN_BESAR_DI_ATAS = "Rule_SebagianBesarDiAtas";
  private static final String LAINNYA_SESUAI = "Rule_LainnyaSesuai";

  static Stream<Arguments> weightShares() {
    return Stream.of(
        arguments(0.0, 100.0, true, "DI_BAWAH_EKSPEKTASI", SEBAGIAN_BESAR_DI_BAWAH),
        arguments(40.0, 50.01, false, "DI_BAWAH_EKSPEKTASI", SEBAGIAN_BESAR_DI_BAWAH),
        arguments(0.0, 50.01, true, "DI_BAWAH_EKSPEKTASI", SEBAGIAN_BESAR_DI_BAWAH),
        arguments(20.0, 50.0, true, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(100.0, 0.0, false, "DI_ATAS_EKSPEKTASI", SEBAGIAN_BESAR_DI_ATAS),
        arguments(50.01, 0.0, false, "DI_ATAS_EKSPEKTASI", SEBAGIAN_BESAR_DI_ATAS),
        arguments(50.01, 49.99, false, "DI_ATAS_EKSPEKTASI", SEBAGIAN_BESAR_DI_ATAS),
        arguments(50.0, 0.0, false, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(80.0, 20.0, true, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(0.0, 0.0, false, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(45.0, 45.0, true, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI));
  }

  @ParameterizedTest(name = "{0} % bobot di atas, {1} % di bawah, indikator utama di bawah: {2} → {3}")
  @MethodSource("weightShares")
  void ratesTheWorkResults(double porsiDiAtas, double porsiDiBawah, boolean utamaDiBawah, String rating,
      String rule) {
    assertThat(TABLE.evaluate(shares(porsiDiAtas, porsiDiBawah, utamaDiBawah))).isEqualTo(decided(rule, rating));
  }

  @Test
  void everyRuleIsCoveredByTheExamples() {
    assertThat(weightShares().map(example -> (String) example.get()[4]).distinct())
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void acceptsWholeNumbersOfPercent() {
    assertThat(TABLE.evaluate(shares(60, 0, false))).isEqualTo(decided(SEBAGIAN_BESAR_DI_ATAS, "DI_ATAS_EKSPEKTASI"));
  }

  @ParameterizedTest(name = "{0} % di atas, {1} % di bawah, utama di bawah: {2} → tidak ada rating")
  @CsvSource(nullValues = "null", value = {
      "100.01, 0, false",
      "-1, 0, false",
      "0, 120, false",
      "0, -0.5, false",
      "null, 0, false",
      "0, null, false",
      "60, 0, null",
      "0, 60, null",
      "0, 0, null",
  })
  void givesNoRatingForAShareOutsideZeroToHundredOrAMissingInput(Double porsiDiAtas, Double porsiDiBawah,
      Boolean utamaDiBawah) {
    assertThat(TABLE.evaluate(shares(porsiDiAtas, porsiDiBawah, utamaDiBawah))).isEqualTo(NONE);
  }

  private static VariableMap shares(Number porsiDiAtas, Number porsiDiBawah, Boolean utamaDiBawah) {
    return Variables.putValue("porsiBobotDiAtas", porsiDiAtas)
        .putValue("porsiBobotDiBawah", porsiDiBawah)
        .putValue("adaIndikatorUtamaDiBawah", utamaDiBawah);
  }
}
