package id.go.tebingtinggi.kinerja.review;

/** The seven BerAKHLAK core values on which Perilaku Kerja is rated; {@code field} is the form field key. */
public enum CoreValue {
  BERORIENTASI_PELAYANAN("Berorientasi Pelayanan", "perilakuBerorientasiPelayanan"),
  AKUNTABEL("Akuntabel", "perilakuAkuntabel"),
  KOMPETEN("Kompeten", "perilakuKompeten"),
  HARMONIS("Harmonis", "perilakuHarmonis"),
  LOYAL("Loyal", "perilakuLoyal"),
  ADAPTIF("Adaptif", "perilakuAdaptif"),
  KOLABORATIF("Kolaboratif", "perilakuKolaboratif");

  private final String label;
  private final String field;

  CoreValue(String label, String field) {
    this.label = label;
    this.field = field;
  }

  public String label() {
    return label;
  }

  public String field() {
    return field;
  }
}
