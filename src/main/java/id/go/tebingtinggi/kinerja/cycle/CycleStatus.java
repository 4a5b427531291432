package id.go.tebingtinggi.kinerja.cycle;

/** Where a unit's quarter stands. */
public enum CycleStatus {
  OPEN("Berjalan"), CLOSED("Selesai");

  private final String label;

  CycleStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
