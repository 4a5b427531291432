package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.TrainingSession;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The session's dates as the process's timers need them: a waiting place lapses when the session begins, and
 * attendance is recorded at the end of its last day (17:00 in Tebing Tinggi).
 */
final class SessionDates {

  static final LocalTime END_OF_TRAINING_DAY = LocalTime.of(17, 0);

  private SessionDates() {
  }

  static Map<String, Object> of(TrainingSession session) {
    return Map.of(
        SESSION_START, Date.from(session.getStartDate().atStartOfDay(ReviewCalendar.ZONE).toInstant()),
        SESSION_END, Date.from(session.getEndDate().atTime(END_OF_TRAINING_DAY).atZone(ReviewCalendar.ZONE).toInstant()));
  }

  static void set(VariableScope scope, TrainingSession session) {
    scope.setVariables(of(session));
  }
}
