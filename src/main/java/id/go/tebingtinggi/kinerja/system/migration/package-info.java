/**
 * Moving running process instances to another version of their diagram with Camunda's migration API: a plan
 * from equal activity ids plus the administrator's explicit instructions, a dry run that tries every instance and
 * rolls back, and the real run (at once for a few instances, as a batch for many). Administrators only.
 */
package id.go.tebingtinggi.kinerja.system.migration;
