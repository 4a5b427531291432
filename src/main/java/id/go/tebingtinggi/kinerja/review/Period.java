package id.go.tebingtinggi.kinerja.review;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import java.time.LocalDate;

/** A quarter of a year (triwulan). */
public record Period(int year, int quarter) {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  public Period {
    check(year, quarter);
  }

  static void check(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new DomainRuleViolation("Triwulan " + quarter + " tidak valid: pilih 1 sampai 4");
    }
    if (year < 2000 || year > 2100) {
      throw new DomainRuleViolation("Tahun " + year + " tidak valid: pilih antara 2000 dan 2100");
    }
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  public Period previous() {
    return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
  }

  public Period next() {
    return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
  }

  public String label() {
    return "Triwulan " + ROMAN[quarter - 1] + " " + year;
  }
}
