package id.go.tebingtinggi.kinerja.cycle.process;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.ReviewReadyForMeeting;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a review becomes ready for its meeting (or is withdrawn), tells the unit's cycle if that made the whole
 * unit ready. The check holds a lock on the cycle, so of two reviews becoming ready at once the second sees
 * the first; a cycle that is not waiting for the message (already in its meeting) simply does not receive it.
 * The message is the application's reaction, not an act of whoever made the review ready or withdrew it (BKPSDM
 * may withdraw a review without any engine permission on the cycle), so it is sent without the caller's identity.
 */
@Component
class ReadinessNotifier {

  private final PerformanceReviewRepository reviews;
  private final CycleService cycles;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  ReadinessNotifier(PerformanceReviewRepository reviews, CycleService cycles, RuntimeService runtimeService,
                    IdentityService identityService) {
    this.reviews = reviews;
    this.cycles = cycles;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void onReviewReady(ReviewReadyForMeeting event) {
    Long cycleId = reviews.findById(event.reviewId()).orElseThrow().getCycleId();
    if (cycleId == null || !cycles.lockedReadiness(cycleId).allReady()) {
      return;
    }
    UnitCycle cycle = cycles.get(cycleId);
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.createMessageCorrelation(CycleVariables.READY_MESSAGE)
          .processInstanceBusinessKey(cycle.getBusinessKey())
          .correlateAllWithResult();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
