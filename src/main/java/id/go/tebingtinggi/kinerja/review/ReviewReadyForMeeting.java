package id.go.tebingtinggi.kinerja.review;

/** Published in the review's transaction when its predikat is final, or when it is withdrawn. */
public record ReviewReadyForMeeting(Long reviewId) {
}
