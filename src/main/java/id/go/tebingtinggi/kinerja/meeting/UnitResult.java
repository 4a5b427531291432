package id.go.tebingtinggi.kinerja.meeting;

/** The unit's own result (predikat kinerja organisasi), which bounds the spread of its employees' predikat. */
public enum UnitResult {
  ISTIMEWA("Istimewa"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  UnitResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
