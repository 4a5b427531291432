package id.go.tebingtinggi.kinerja.system.consistency;

/** One way the engine and the domain disagree, named by the business key it concerns. */
public record Mismatch(String kind, String businessKey, String description) {
}
