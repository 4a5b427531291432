package id.go.tebingtinggi.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

  private static final String DEWI = "199201082014032008";

  @Test
  void acceptsAWellFormedNip() {
    assertThat(Nip.problemWith(DEWI)).isNull();
    assertThat(new Nip(DEWI).value()).isEqualTo(DEWI);
    assertThat(new Nip(DEWI)).hasToString(DEWI).isEqualTo(new Nip(DEWI));
  }

  @Test
  void acceptsBothSexDigitsAndTheEarliestBirthYear() {
    assertThat(Nip.problemWith("194001011965011001")).isNull();
    assertThat(Nip.problemWith("199201082014031008")).isNull();
  }

  @Test
  void ofStripsSurroundingWhitespace() {
    assertThat(Nip.of("  " + DEWI + "\t").value()).isEqualTo(DEWI);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void requiresAValue(String value) {
    assertThat(Nip.problemWith(value)).isEqualTo("NIP wajib diisi");
    assertThatThrownBy(() -> Nip.of(value)).isInstanceOf(DomainRuleViolation.class).hasMessage("NIP wajib diisi");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "19920108201403200",     // 17 digits
      "1992010820140320081",   // 19 digits
      "19920108201403200X",    // a letter
      "1992-0108201403200",    // punctuation
      "19920108201 032008",    // inner space
      "１９９２０１０８２０１４０３２００８"  // full-width digits are not ASCII digits
  })
  void requiresEighteenAsciiDigits(String value) {
    assertThat(Nip.problemWith(value)).isEqualTo("NIP '" + value + "' tidak valid: harus 18 digit angka");
  }

  @Test
  void abbreviatesALongValueInTheMessage() {
    String value = "1".repeat(40);
    assertThat(Nip.problemWith(value))
        .isEqualTo("NIP '" + "1".repeat(30) + "…' tidak valid: harus 18 digit angka");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "199213082014032008",    // birth month 13
      "199202302014032008",    // 30 February
      "199201002014032008",    // day 0
      "199201082014002008",    // appointment month 00
      "199201082014132008"     // appointment month 13
  })
  void refusesImpossibleDates(String value) {
    assertThat(Nip.problemWith(value))
        .isEqualTo("NIP '" + value + "' tidak valid: tanggal lahir atau TMT pengangkatan tidak valid");
  }

  @ParameterizedTest
  @CsvSource({
      "193912312014032008, born before 1940",
      "199201081990032008, appointed before birth",
      "199201081992012008, appointed in the month of birth"
  })
  void refusesImplausibleDates(String value, String why) {
    assertThat(Nip.problemWith(value)).as(why)
        .isEqualTo("NIP '" + value + "' tidak valid: tanggal lahir atau TMT pengangkatan tidak masuk akal");
  }

  @ParameterizedTest
  @ValueSource(strings = {"199201082014030008", "199201082014033008", "199201082014039008"})
  void requiresSexDigitOneOrTwo(String value) {
    assertThat(Nip.problemWith(value))
        .isEqualTo("NIP '" + value + "' tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2");
  }

  @Test
  void constructorRefusesAnInvalidValueWithTheSameReason() {
    DomainRuleViolation refusal =
        catchThrowableOfType(DomainRuleViolation.class, () -> new Nip("199201082014033008"));
    assertThat(refusal.reasons())
        .containsExactly("NIP '199201082014033008' tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2");
  }
}
