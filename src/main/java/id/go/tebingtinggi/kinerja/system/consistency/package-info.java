/** Compares the engine's state with the domain database and reports every mismatch. */
package id.go.tebingtinggi.kinerja.system.consistency;
