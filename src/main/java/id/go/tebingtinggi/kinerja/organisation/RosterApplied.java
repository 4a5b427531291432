package id.go.tebingtinggi.kinerja.organisation;

/** Published inside the import's transaction once a roster file has been applied. */
public record RosterApplied(boolean changedAnything) {
}
