package id.go.tebingtinggi.kinerja.cycle;

/** How many of a unit's reviews wait for a meeting decision, and how many are not that far yet. */
public record Readiness(long ready, long pending) {

  public boolean allReady() {
    return pending == 0 && ready > 0;
  }
}
