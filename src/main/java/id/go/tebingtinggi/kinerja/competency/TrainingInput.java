package id.go.tebingtinggi.kinerja.competency;

/** A training as BKPSDM describes it; {@code active} false takes it out of new nominations. */
public record TrainingInput(String code, String title, TrainingKind kind, String competency, Integer hours,
                            Boolean active) {
}
