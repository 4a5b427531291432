package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.REVIEW_ID;

import id.go.tebingtinggi.kinerja.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The predikat is final: the review waits for its unit's evaluation meeting. */
@Component
public class MarkReadyForMeetingDelegate implements JavaDelegate {

  private final ReviewService reviews;

  MarkReadyForMeetingDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.markReadyForMeeting((Long) execution.getVariable(REVIEW_ID));
  }
}
