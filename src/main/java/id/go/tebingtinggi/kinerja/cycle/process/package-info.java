/** Camunda glue of the unit's quarter: opening cycles, starting reviews, readiness and pending reviews. */
package id.go.tebingtinggi.kinerja.cycle.process;
