package id.go.tebingtinggi.kinerja.review;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;

/** Tindak lanjut of a review, recommended by the TindakLanjut table and decided by the evaluation meeting. */
public enum FollowUp {
  PENGHARGAAN("Penghargaan"),
  PEMBINAAN("Pembinaan"),
  TANPA_TINDAK_LANJUT("Tanpa tindak lanjut");

  private final String label;

  FollowUp(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static FollowUp parse(Object value) {
    for (FollowUp followUp : values()) {
      if (followUp.name().equals(value)) {
        return followUp;
      }
    }
    throw new DomainRuleViolation("tindak lanjut '" + value
        + "' tidak dikenal (pilihan: PENGHARGAAN, PEMBINAAN, TANPA_TINDAK_LANJUT)");
  }
}
