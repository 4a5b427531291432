package id.go.tebingtinggi.kinerja.organisation.roster;

/** A reason a roster line is refused, in Bahasa Indonesia; line 1 is the header. */
public record RosterProblem(int line, String reason) {

  @Override
  public String toString() {
    return "baris " + line + ": " + reason;
  }
}
