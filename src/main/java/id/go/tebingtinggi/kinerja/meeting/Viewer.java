package id.go.tebingtinggi.kinerja.meeting;

/**
 * Who reads a unit's meeting record: its head reads their own unit's, BKPSDM and the administrators every unit's.
 *
 * @param login         the reader's login
 * @param seesEveryUnit whether the reader oversees every unit (BKPSDM, administrators)
 */
public record Viewer(String login, boolean seesEveryUnit) {
}
