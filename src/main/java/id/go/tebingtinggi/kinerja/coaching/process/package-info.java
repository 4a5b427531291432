/** Camunda glue of CoachingFollowUp: delegates, task listeners, and the correlation of the next predikat. */
package id.go.tebingtinggi.kinerja.coaching.process;
