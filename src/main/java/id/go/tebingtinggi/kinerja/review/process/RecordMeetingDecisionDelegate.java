package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the follow-up that the evaluation meeting decided (delivered with message MeetingDecision). */
@Component
public class RecordMeetingDecisionDelegate implements JavaDelegate {

  private final ReviewService reviews;

  RecordMeetingDecisionDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.recordMeetingDecision((Long) execution.getVariable(REVIEW_ID),
        FollowUp.parse(execution.getVariable(FOLLOW_UP)));
  }
}
