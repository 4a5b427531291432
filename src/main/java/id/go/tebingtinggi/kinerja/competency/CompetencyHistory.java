package id.go.tebingtinggi.kinerja.competency;

import java.util.List;
import java.util.Map;

/** An employee's completed trainings, newest first, and the hours (JP) per competency. */
public record CompetencyHistory(String nip, String name, List<CompetencyRecord> trainings,
                                Map<String, Integer> hoursPerCompetency, int totalHours) {
}
