/**
 * Camunda glue of the review: delegates and task listeners that map process and form variables to the
 * review's use cases, and the variable names shared by the diagram, the forms and this code.
 */
package id.go.tebingtinggi.kinerja.review.process;
