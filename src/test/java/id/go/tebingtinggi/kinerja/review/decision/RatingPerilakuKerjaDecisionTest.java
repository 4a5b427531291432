package id.go.tebingtinggi.kinerja.review.decision;

import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.NONE;
import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.decided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The seven BerAKHLAK values each rated above, as or below expectation, counted into one rating. */
class RatingPerilakuKerjaDecisionTest {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("RatingPerilakuKerja");

  private static final String MAYORITAS_DI_BAWAH = "Rule_MayoritasDiBawah";
  private static final String MAYORITAS_DI_ATAS = "Rule_MayoritasDiAtas";
  private static final String LAINNYA_SESUAI = "Rule_LainnyaSesuai";

  static Stream<Arguments> counts() {
    return Stream.of(
        arguments(0, 7, "DI_BAWAH_EKSPEKTASI", MAYORITAS_DI_BAWAH),
        arguments(0, 4, "DI_BAWAH_EKSPEKTASI", MAYORITAS_DI_BAWAH),
        arguments(3, 4, "DI_BAWAH_EKSPEKTASI", MAYORITAS_DI_BAWAH),
        arguments(0, 3, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(7, 0, "DI_ATAS_EKSPEKTASI", MAYORITAS_DI_ATAS),
        arguments(4, 0, "DI_ATAS_EKSPEKTASI", MAYORITAS_DI_ATAS),
        arguments(3, 0, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(4, 1, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(6, 1, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(3, 3, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI),
        arguments(0, 0, "SESUAI_EKSPEKTASI", LAINNYA_SESUAI));
  }

  @ParameterizedTest(name = "{0} nilai di atas, {1} di bawah ekspektasi → {2}")
  @MethodSource("counts")
  void ratesTheWorkBehaviour(int diAtas, int diBawah, String rating, String rule) {
    assertThat(TABLE.evaluate(counted(diAtas, diBawah))).isEqualTo(decided(rule, rating));
  }

  @Test
  void everyRuleIsCoveredByTheExamples() {
    assertThat(counts().map(example -> (String) example.get()[3]).distinct())
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @ParameterizedTest(name = "{0} di atas, {1} di bawah → tidak ada rating")
  @CsvSource(nullValues = "null", value = {
      "8, 0",
      "0, 8",
      "-1, 0",
      "0, -1",
      "null, 0",
      "4, null",
  })
  void givesNoRatingForACountOutsideTheSevenValuesOrAMissingCount(Integer diAtas, Integer diBawah) {
    assertThat(TABLE.evaluate(counted(diAtas, diBawah))).isEqualTo(NONE);
  }

  @Test
  void refusesAFractionalCount() {
    assertThatThrownBy(() -> TABLE.evaluate(counted(4.5, 0)))
        .isInstanceOf(DmnEngineException.class)
        .hasMessageContaining("Invalid value '4.5'");
  }

  private static VariableMap counted(Number diAtas, Number diBawah) {
    return Variables.putValue("jumlahPerilakuDiAtas", diAtas).putValue("jumlahPerilakuDiBawah", diBawah);
  }
}
