package id.go.tebingtinggi.kinerja.review;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;

/** A rating of Hasil Kerja, of Perilaku Kerja, or of one BerAKHLAK value (PermenPAN-RB 6/2022). */
public enum Rating {
  DI_ATAS_EKSPEKTASI("Di atas ekspektasi"),
  SESUAI_EKSPEKTASI("Sesuai ekspektasi"),
  DI_BAWAH_EKSPEKTASI("Di bawah ekspektasi");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Rating parse(Object value, String what) {
    if (value instanceof String text) {
      for (Rating rating : values()) {
        if (rating.name().equals(text)) {
          return rating;
        }
      }
    }
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new DomainRuleViolation(what + " wajib dipilih");
    }
    throw new DomainRuleViolation(what + " tidak valid: pilih Di atas, Sesuai atau Di bawah ekspektasi");
  }
}
