package id.go.tebingtinggi.kinerja.competency;

/** Where a nomination comes from; a coaching plan is written by the atasan, so it needs no further approval. */
public enum NominationSource {
  PEMBINAAN("Rencana pembinaan"),
  PENGHARGAAN("Penghargaan"),
  PERMINTAAN_SENDIRI("Permintaan pegawai");

  private final String label;

  NominationSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
