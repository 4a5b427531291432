/** Camunda glue of CompetencyDevelopment: delegates, task listeners, and the correlation of domain events. */
package id.go.tebingtinggi.kinerja.competency.process;
