package id.go.tebingtinggi.kinerja.competency;

/** Published in the transaction that gives a waiting nomination a freed place in its session. */
public record PlaceGranted(Long nominationId) {
}
