/** Loading and updating the city's roster of employees from a CSV file exported by BKPSDM. */
package id.go.tebingtinggi.kinerja.organisation.roster;
