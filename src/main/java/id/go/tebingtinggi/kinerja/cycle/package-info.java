/** One unit's quarter (siklus triwulan): which employees are reviewed, and when the unit is ready for its meeting. */
package id.go.tebingtinggi.kinerja.cycle;
