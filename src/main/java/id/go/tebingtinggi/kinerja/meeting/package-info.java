/** The kepala dinas's quarterly evaluation meeting: agenda, decisions, minutes and the distribution guide (kurva). */
package id.go.tebingtinggi.kinerja.meeting;
