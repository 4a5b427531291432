/** Building blocks shared by every feature: the domain's refusal type and small value types. */
package id.go.tebingtinggi.kinerja.common;
