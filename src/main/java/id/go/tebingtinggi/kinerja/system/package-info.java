/** Running the application: model deployment, demo data, API error replies, start-up guards. */
package id.go.tebingtinggi.kinerja.system;
