package id.go.tebingtinggi.kinerja.organisation;

/** Kinds of organisational unit (OPD) in a city government. */
public enum UnitKind {
  DINAS, BADAN, SEKRETARIAT, INSPEKTORAT, KECAMATAN, KELURAHAN, RSUD
}
