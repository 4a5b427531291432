package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.QUARTER;
import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.YEAR;

import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewStep;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Due dates and escalation moments for the diagram's expressions, e.g.
 * {@code camunda:dueDate="${reviewDeadlines.due(execution, 'PROPOSE_TARGETS')}"} and the timers of the
 * tasks' timeout listeners.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

  /** User task id → step, for the listeners that only know the task. */
  static final Map<String, ReviewStep> STEPS_BY_TASK = Map.of(
      "UserTask_ProposeTargets", ReviewStep.PROPOSE_TARGETS,
      "UserTask_ReviewTargets", ReviewStep.REVIEW_TARGETS,
      "UserTask_SelfAssess", ReviewStep.SELF_ASSESS,
      "UserTask_ReviewPerformance", ReviewStep.REVIEW_PERFORMANCE,
      "UserTask_RespondToResult", ReviewStep.RESPOND_TO_RESULT,
      "UserTask_DecideObjection", ReviewStep.DECIDE_OBJECTION);

  private final ReviewCalendar calendar;

  ReviewDeadlines(ReviewCalendar calendar) {
    this.calendar = calendar;
  }

  public Date due(VariableScope scope, String step) {
    return Date.from(calendar.dueDate(period(scope), ReviewStep.valueOf(step)));
  }

  public Date escalation(VariableScope scope, String step) {
    return Date.from(calendar.escalationDate(calendar.dueDate(period(scope), ReviewStep.valueOf(step))));
  }

  private static Period period(VariableScope scope) {
    return new Period(((Number) scope.getVariable(YEAR)).intValue(), ((Number) scope.getVariable(QUARTER)).intValue());
  }
}
