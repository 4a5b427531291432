package id.go.tebingtinggi.kinerja.review.decision;

import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.NONE;
import static id.go.tebingtinggi.kinerja.review.decision.DecisionTableUnderTest.Outcome.decided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KategoriCapaianIndikatorDecisionTest {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("KategoriCapaianIndikator");

  private static final String DI_ATAS = "Rule_CapaianDiAtas";
  private static final String SESUAI = "Rule_CapaianSesuai";
  private static final String DI_BAWAH = "Rule_CapaianDiBawah";

  static Stream<Arguments> capaianAroundTheThresholds() {
    return Stream.of(
        arguments(0.0, "DI_BAWAH_EKSPEKTASI", DI_BAWAH),
        arguments(89.99, "DI_BAWAH_EKSPEKTASI", DI_BAWAH),
        arguments(90.0, "SESUAI_EKSPEKTASI", SESUAI),
        arguments(100.0, "SESUAI_EKSPEKTASI", SESUAI),
        arguments(109.99, "SESUAI_EKSPEKTASI", SESUAI),
        arguments(110.0, "DI_ATAS_EKSPEKTASI", DI_ATAS),
        arguments(250.0, "DI_ATAS_EKSPEKTASI", DI_ATAS));
  }

  @ParameterizedTest(name = "capaian {0} % → {1}")
  @MethodSource("capaianAroundTheThresholds")
  void categorisesTheAchievement(double capaian, String kategori, String rule) {
    assertThat(TABLE.evaluate(Variables.putValue("capaian", capaian))).isEqualTo(decided(rule, kategori));
  }

  @Test
  void everyRuleIsCoveredByTheThresholdExamples() {
    assertThat(capaianAroundTheThresholds().map(example -> (String) example.get()[2]).distinct())
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void acceptsAWholeNumberOfPercent() {
    assertThat(TABLE.evaluate(Variables.putValue("capaian", 90))).isEqualTo(decided(SESUAI, "SESUAI_EKSPEKTASI"));
  }

  @Test
  void givesNoCategoryWithoutAnAchievement() {
    assertThat(TABLE.evaluate(Variables.putValue("capaian", null))).isEqualTo(NONE);
  }

  @Test
  void refusesAnAchievementThatIsNoNumber() {
    assertThatThrownBy(() -> TABLE.evaluate(Variables.putValue("capaian", "sembilan puluh")))
        .isInstanceOf(DmnEngineException.class)
        .hasMessageContaining("Invalid value 'sembilan puluh'");
  }
}
