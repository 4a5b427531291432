package id.go.tebingtinggi.kinerja.review;

/** A main (utama) result or an additional (tambahan) one. */
public enum IndicatorKind {
  UTAMA("utama"), TAMBAHAN("tambahan");

  private final String label;

  IndicatorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
