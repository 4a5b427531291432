package id.go.tebingtinggi.kinerja.review;

/** Percent of the plan's weight above and below expectation, and whether a main indicator is below. */
public record HasilKerjaWeights(double aboveShare, double belowShare, boolean mainIndicatorBelow) {
}
