package id.go.tebingtinggi.kinerja.competency;

/** Where a nomination stands; {@link Nomination} allows only the transitions between them. */
public enum NominationStatus {
  DIAJUKAN("Menunggu persetujuan atasan", true),
  DITOLAK("Ditolak atasan", false),
  DISETUJUI("Menunggu penempatan oleh BKPSDM", true),
  MENUNGGU_TEMPAT("Dalam daftar tunggu sesi", true),
  DITEMPATKAN("Terdaftar sebagai peserta sesi", true),
  SELESAI("Selesai dengan sertifikat", false),
  TIDAK_HADIR("Tidak hadir dua kali, usulan ditutup", false),
  DIBATALKAN("Dibatalkan", false);

  private final String label;
  private final boolean open;

  NominationStatus(String label, boolean open) {
    this.label = label;
    this.open = open;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return open;
  }
}
