package id.go.tebingtinggi.kinerja.review.decision;

import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.NONE;
import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.decided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TindakLanjutDecisionTest {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("TindakLanjut");

  static Stream<Arguments> everyPredikat() {
    return Stream.of(
        arguments("SANGAT_BAIK", "PENGHARGAAN", "Rule_PredikatSangatBaik"),
        arguments("BAIK", "TANPA_TINDAK_LANJUT", "Rule_PredikatBaik"),
        arguments("BUTUH_PERBAIKAN", "PEMBINAAN", "Rule_PredikatButuhPerbaikan"),
        arguments("KURANG", "PEMBINAAN", "Rule_PredikatKurang"),
        arguments("SANGAT_KURANG", "PEMBINAAN", "Rule_PredikatSangatKurang"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("everyPredikat")
  void recommendsTheFollowUpOfThePredikat(String predikat, String tindakLanjut, String rule) {
    assertThat(TABLE.evaluate(Variables.putValue("predikat", predikat))).isEqualTo(decided(rule, tindakLanjut));
  }

  @Test
  void everyRuleIsOnePredikat() {
    assertThat(everyPredikat().map(example -> (String) example.get()[2]))
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @ParameterizedTest(name = "\"{0}\" → tidak ada rekomendasi")
  @NullAndEmptySource
  @ValueSource(strings = {"ISTIMEWA", "baik", "SANGAT BAIK", "PEMBINAAN"})
  void recommendsNothingForAnUnknownPredikat(String predikat) {
    assertThat(TABLE.evaluate(Variables.putValue("predikat", predikat))).isEqualTo(NONE);
  }
}
