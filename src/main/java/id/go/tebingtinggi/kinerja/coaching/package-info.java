/**
 * Coaching (pembinaan) of an employee whose quarter was decided PEMBINAAN: the atasan's plan, the employee's
 * acknowledgement, coaching sessions, and the follow-up check against the next quarter's predikat.
 */
package id.go.tebingtinggi.kinerja.coaching;
