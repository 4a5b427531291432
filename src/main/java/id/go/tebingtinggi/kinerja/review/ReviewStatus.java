package id.go.tebingtinggi.kinerja.review;

/** Where a review stands; {@link PerformanceReview} allows only the transitions of the cycle. */
public enum ReviewStatus {
  TARGET_SETTING("Penyusunan target"),
  TARGETS_IN_REVIEW("Reviu target oleh atasan"),
  SELF_ASSESSMENT("Penilaian mandiri"),
  SUPERVISOR_REVIEW("Penilaian atasan"),
  RESULT_NOTIFIED("Menunggu tanggapan pegawai"),
  OBJECTION("Keberatan diproses"),
  READY_FOR_MEETING("Menunggu rapat evaluasi"),
  DECIDED("Diputuskan"),
  WITHDRAWN("Ditarik");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
