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

class PredikatKinerjaDecisionTest {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("PredikatKinerja");

  /** The matrix of PermenPAN-RB 6/2022: rows rating Hasil Kerja, columns rating Perilaku Kerja. */
  static Stream<Arguments> matrix() {
    return Stream.of(
        arguments("DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "KURANG", "Rule_HasilDiAtas_PerilakuDiBawah"),
        arguments("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK", "Rule_HasilDiAtas_PerilakuSesuai"),
        arguments("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK", "Rule_HasilDiAtas_PerilakuDiAtas"),
        arguments("SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "KURANG", "Rule_HasilSesuai_PerilakuDiBawah"),
        arguments("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK", "Rule_HasilSesuai_PerilakuSesuai"),
        arguments("SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "BAIK", "Rule_HasilSesuai_PerilakuDiAtas"),
        arguments("DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG", "Rule_HasilDiBawah_PerilakuDiBawah"),
        arguments("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN", "Rule_HasilDiBawah_PerilakuSesuai"),
        arguments("DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "BUTUH_PERBAIKAN", "Rule_HasilDiBawah_PerilakuDiAtas"));
  }

  @ParameterizedTest(name = "Hasil {0} + Perilaku {1} → {2}")
  @MethodSource("matrix")
  void givesThePredikatOfTheMatrixCell(String hasil, String perilaku, String predikat, String rule) {
    assertThat(TABLE.evaluate(ratings(hasil, perilaku))).isEqualTo(decided(rule, predikat));
  }

  @Test
  void everyRuleIsOneCellOfTheMatrix() {
    assertThat(matrix().map(cell -> (String) cell.get()[3]))
        .containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @ParameterizedTest(name = "Hasil \"{0}\" + Perilaku \"{1}\" → tidak ada predikat")
  @CsvSource({
      "LUAR_BIASA, SESUAI_EKSPEKTASI",
      "SESUAI_EKSPEKTASI, di_atas_ekspektasi",
      "BAIK, BAIK",
      "'', SESUAI_EKSPEKTASI",
      "SESUAI_EKSPEKTASI, ' SESUAI_EKSPEKTASI'",
  })
  void givesNoPredikatForAnUnknownRating(String hasil, String perilaku) {
    assertThat(TABLE.evaluate(ratings(hasil, perilaku))).isEqualTo(NONE);
  }

  @Test
  void givesNoPredikatWhileARatingIsMissing() {
    assertThat(TABLE.evaluate(ratings(null, "SESUAI_EKSPEKTASI"))).isEqualTo(NONE);
    assertThat(TABLE.evaluate(ratings("SESUAI_EKSPEKTASI", null))).isEqualTo(NONE);
    assertThat(TABLE.evaluate(Variables.createVariables())).isEqualTo(NONE);
  }

  private static VariableMap ratings(String hasil, String perilaku) {
    return Variables.putValue("ratingHasilKerja", hasil).putValue("ratingPerilakuKerja", perilaku);
  }
}
