/**
 * Competency development (pengembangan kompetensi): BKPSDM's training catalogue, nominations with the atasan's
 * approval, placement in sessions with a waiting list, completion and the employee's competency history.
 */
package id.go.tebingtinggi.kinerja.competency;
