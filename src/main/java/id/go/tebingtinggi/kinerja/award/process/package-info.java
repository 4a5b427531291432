/** Camunda glue of awards: recording the award and BKPSDM's hand-over in the review's award path. */
package id.go.tebingtinggi.kinerja.award.process;
