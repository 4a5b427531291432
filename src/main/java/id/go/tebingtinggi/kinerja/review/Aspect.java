package id.go.tebingtinggi.kinerja.review;

/** Aspect of an indicator; for time and cost a smaller realisation is the better one. */
public enum Aspect {
  KUANTITAS("kuantitas", false),
  KUALITAS("kualitas", false),
  WAKTU("waktu", true),
  BIAYA("biaya", true);

  private final String label;
  private final boolean lessIsBetter;

  Aspect(String label, boolean lessIsBetter) {
    this.label = label;
    this.lessIsBetter = lessIsBetter;
  }

  public String label() {
    return label;
  }

  public boolean lessIsBetter() {
    return lessIsBetter;
  }
}
