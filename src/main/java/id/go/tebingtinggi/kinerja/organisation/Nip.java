package id.go.tebingtinggi.kinerja.organisation;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 18-digit civil-servant number (Nomor Induk Pegawai): birth date (yyyyMMdd), start of service (yyyyMM),
 * sex (1 or 2) and a three-digit sequence.
 */
public record Nip(String value) {

  public Nip {
    String problem = problemWith(value);
    if (problem != null) {
      throw new DomainRuleViolation(problem);
    }
  }

  public static Nip of(String value) {
    return new Nip(value == null ? null : value.strip());
  }

  /** The reason {@code value} is not a valid NIP, in Bahasa Indonesia, or {@code null} when it is valid. */
  public static String problemWith(String value) {
    if (value == null || value.isBlank()) {
      return "NIP wajib diisi";
    }
    String shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
    if (value.length() != 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "NIP '" + shown + "' tidak valid: harus 18 digit angka";
    }
    try {
      LocalDate birth = LocalDate.of(
          Integer.parseInt(value.substring(0, 4)),
          Integer.parseInt(value.substring(4, 6)),
          Integer.parseInt(value.substring(6, 8)));
      YearMonth serviceStart = YearMonth.of(
          Integer.parseInt(value.substring(8, 12)), Integer.parseInt(value.substring(12, 14)));
      if (birth.getYear() < 1940 || !serviceStart.isAfter(YearMonth.from(birth))) {
        return "NIP '" + shown + "' tidak valid: tanggal lahir atau TMT pengangkatan tidak masuk akal";
      }
    } catch (DateTimeException e) {
      return "NIP '" + shown + "' tidak valid: tanggal lahir atau TMT pengangkatan tidak valid";
    }
    char sex = value.charAt(14);
    if (sex != '1' && sex != '2') {
      return "NIP '" + shown + "' tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2";
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
