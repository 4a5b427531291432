package id.go.tebingtinggi.kinerja.coaching;

/** Where a coaching stands; {@link Coaching} allows only the transitions between them. */
public enum CoachingStatus {
  PERENCANAAN("Penyusunan rencana pembinaan", true),
  MENUNGGU_TANGGAPAN("Menunggu tanggapan pegawai atas rencana", true),
  BERJALAN("Sesi pembinaan berjalan", true),
  MENUNGGU_PENILAIAN("Menunggu predikat triwulan berikutnya", true),
  MENUNGGU_BKPSDM("Predikat triwulan berikutnya belum ada, menunggu BKPSDM", true),
  DIESKALASI("Tidak membaik, dieskalasi ke BKPSDM", true),
  MEMBAIK("Selesai: kinerja membaik", false),
  DIPUTUSKAN_BKPSDM("Selesai: ditindaklanjuti BKPSDM", false),
  DITUTUP("Ditutup BKPSDM tanpa penilaian berikutnya", false);

  private final String label;
  private final boolean open;

  CoachingStatus(String label, boolean open) {
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
