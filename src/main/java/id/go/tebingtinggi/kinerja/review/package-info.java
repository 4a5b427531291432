/**
 * One employee's quarterly review (SKP triwulanan): targets and their review rounds, self-assessment,
 * the supervisor's ratings of Hasil Kerja and Perilaku Kerja (BerAKHLAK), predikat, objection and the
 * meeting's decision.
 */
package id.go.tebingtinggi.kinerja.review;
