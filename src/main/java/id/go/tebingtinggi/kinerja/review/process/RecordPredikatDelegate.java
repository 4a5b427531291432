package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the decision tables' outcome; the first predikat opens the employee's objection period. */
@Component
public class RecordPredikatDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final ReviewCalendar calendar;

  RecordPredikatDelegate(ReviewService reviews, ReviewCalendar calendar) {
    this.reviews = reviews;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.recordPredikat((Long) execution.getVariable(REVIEW_ID),
        Rating.valueOf((String) execution.getVariable(RATING_PERILAKU_KERJA)),
        Predikat.parse(execution.getVariable(PREDIKAT)),
        FollowUp.parse(execution.getVariable(RECOMMENDED_FOLLOW_UP)));
    if (!Boolean.TRUE.equals(execution.getVariable(OBJECTION_SETTLED))) {
      Instant deadline = calendar.objectionDeadline();
      execution.setVariable(OBJECTION_DEADLINE, Date.from(deadline));
      execution.setVariable(OBJECTION_DEADLINE_LABEL,
          "Keberatan dapat diajukan sampai " + ReviewSummaries.date(deadline));
    }
  }
}
