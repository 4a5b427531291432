package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.review.PredikatRecorded;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a review's predikat is known, hands it to the coaching of the quarter before, if there is one: the domain
 * keeps it, and a coaching already waiting for it receives message NextPredikatKnown. A coaching not waiting yet
 * finds it in the domain when it gets there (see CoachingService#awaitNextPredikat).
 */
@Component
class NextPredikatNotifier {

  private final CoachingService coachings;
  private final RuntimeService runtimeService;

  NextPredikatNotifier(CoachingService coachings, RuntimeService runtimeService) {
    this.coachings = coachings;
    this.runtimeService = runtimeService;
  }

  @EventListener
  void onPredikatRecorded(PredikatRecorded event) {
    coachings.recordNextPredikat(event.reviewId()).ifPresent(coaching ->
        runtimeService.createMessageCorrelation(NEXT_PREDIKAT_MESSAGE)
            .processInstanceBusinessKey(coaching.getBusinessKey())
            .correlateAllWithResult());
  }
}
