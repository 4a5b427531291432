package id.go.tebingtinggi.kinerja.dashboard;

/** The stages managers follow, each a group of review statuses. */
public enum Stage {
  TARGET("Penyusunan target"),
  PENILAIAN_MANDIRI("Penilaian mandiri"),
  PENILAIAN_ATASAN("Penilaian atasan"),
  MENUNGGU_RAPAT("Menunggu rapat evaluasi"),
  DIPUTUSKAN("Diputuskan"),
  TINDAK_LANJUT("Tindak lanjut berjalan");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** SQL that maps a review row {@code r} (and whether its process still runs, {@code x}) to a stage name. */
  static final String SQL_CASE = "case "
      + "when r.status in ('TARGET_SETTING', 'TARGETS_IN_REVIEW') then 'TARGET' "
      + "when r.status = 'SELF_ASSESSMENT' then 'PENILAIAN_MANDIRI' "
      + "when r.status = 'SUPERVISOR_REVIEW' then 'PENILAIAN_ATASAN' "
      + "when r.status in ('RESULT_NOTIFIED', 'OBJECTION', 'READY_FOR_MEETING') then 'MENUNGGU_RAPAT' "
      + "when r.status = 'DECIDED' and x.ID_ is not null then 'TINDAK_LANJUT' "
      + "else 'DIPUTUSKAN' end";
}
