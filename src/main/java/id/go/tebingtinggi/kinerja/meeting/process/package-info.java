/** Camunda glue of the evaluation meeting: the meeting task and the delivery of its decisions to the reviews. */
package id.go.tebingtinggi.kinerja.meeting.process;
