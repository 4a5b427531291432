package id.go.tebingtinggi.kinerja.review;

/** Published in the review's transaction whenever its predikat is determined (again, after an objection). */
public record PredikatRecorded(Long reviewId) {
}
