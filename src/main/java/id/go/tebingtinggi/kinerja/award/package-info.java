/** Awards (penghargaan) for high performers: category, certificate number unique per year, hand-over. */
package id.go.tebingtinggi.kinerja.award;
