package id.go.tebingtinggi.kinerja.review;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;

/** Predikat Kinerja Pegawai. */
public enum Predikat {
  SANGAT_BAIK("Sangat Baik"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang/Misconduct"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  Predikat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean atLeastBaik() {
    return this == SANGAT_BAIK || this == BAIK;
  }

  public static Predikat parse(Object value) {
    for (Predikat predikat : values()) {
      if (predikat.name().equals(value)) {
        return predikat;
      }
    }
    throw new DomainRuleViolation("predikat '" + value + "' tidak dikenal");
  }
}
