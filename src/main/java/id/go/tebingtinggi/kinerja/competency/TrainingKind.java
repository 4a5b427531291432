package id.go.tebingtinggi.kinerja.competency;

/** The kinds of training in BKPSDM's catalogue. */
public enum TrainingKind {
  PELAYANAN_PUBLIK("Pelayanan publik"),
  MANAJERIAL("Manajerial"),
  TEKNIS("Teknis"),
  DIGITAL("Digital");

  private final String label;

  TrainingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
