package id.go.tebingtinggi.kinerja.coaching;

/** What BKPSDM decides for an employee whose coaching did not lead to a predikat of BAIK or better. */
public enum EscalationDecision {
  PEMBINAAN_LANJUTAN("Pembinaan lanjutan"),
  PENUGASAN_ULANG("Penugasan ulang atau mutasi jabatan"),
  RUJUKAN("Rujukan (konseling, pemeriksaan kesehatan atau penegakan disiplin)");

  private final String label;

  EscalationDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
