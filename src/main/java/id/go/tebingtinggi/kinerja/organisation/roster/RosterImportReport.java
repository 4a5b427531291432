package id.go.tebingtinggi.kinerja.organisation.roster;

/** What applying a roster file changed. */
public record RosterImportReport(int rows, int created, int updated, int deactivated, int unchanged) {

  public boolean changedAnything() {
    return created + updated + deactivated > 0;
  }

  public String summary() {
    return rows + " baris: " + created + " pegawai baru, " + updated + " diperbarui, " + deactivated
        + " dinonaktifkan, " + unchanged + " tidak berubah";
  }
}
