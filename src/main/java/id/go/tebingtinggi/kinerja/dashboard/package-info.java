/**
 * Managers' view of every cycle: progress by stage, overdue tasks, predikat distribution against the guide,
 * awards and coaching, on-time completion and the trend over quarters, scoped to what the caller may see.
 */
package id.go.tebingtinggi.kinerja.dashboard;
