package id.go.tebingtinggi.kinerja.competency;

/** Published in the transaction that cancels a nomination. */
public record NominationCancelled(Long nominationId) {
}
