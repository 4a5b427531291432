/** The city's organisation: units (OPD), employees (ASN) with their NIP, position and direct supervisor. */
package id.go.tebingtinggi.kinerja.organisation;
