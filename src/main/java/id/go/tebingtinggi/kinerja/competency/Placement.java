package id.go.tebingtinggi.kinerja.competency;

/** The result of BKPSDM's choice of a session: a place, or the given position on the session's waiting list. */
public record Placement(boolean placed, int waitingPosition, String message) {

  static Placement seat(TrainingSession session) {
    return new Placement(true, 0, "Terdaftar sebagai peserta " + session.describe());
  }

  static Placement waiting(TrainingSession session, int position) {
    return new Placement(false, position, "Sesi " + session.describe() + " penuh: usulan masuk daftar tunggu nomor "
        + position + " dan mendapat tempat bila ada peserta yang batal");
  }
}
