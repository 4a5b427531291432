package id.go.tebingtinggi.kinerja.competency.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.competency.Training;
import id.go.tebingtinggi.kinerja.competency.TrainingSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The options of a select field whose choices come from the catalogue ({@code valuesKey} in the form). Tasklist
 * hands a JSON variable to the form as a list of {@code {label, value}}; the value is the id as text.
 */
public final class TrainingOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingOptions() {
  }

  public static TypedValue trainings(List<Training> trainings) {
    return options(trainings.stream()
        .map(t -> Map.of("label", t.getTitle() + " — " + t.getKind().label() + ", " + t.getCompetency() + ", "
            + t.getHours() + " JP", "value", String.valueOf(t.getId())))
        .toList());
  }

  static TypedValue sessions(List<TrainingSession> sessions) {
    return options(sessions.stream()
        .map(s -> Map.of("label", Markdown.date(s.getStartDate()) + " s.d. " + Markdown.date(s.getEndDate()) + ", "
            + s.getPlace() + " — " + (s.hasFreeSeat() ? "sisa " + s.freeSeats() + " dari " + s.getCapacity()
            + " tempat" : "penuh, masuk daftar tunggu"), "value", String.valueOf(s.getId())))
        .toList());
  }

  private static TypedValue options(List<Map<String, String>> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the options", e);
    }
  }
}
