package id.go.tebingtinggi.kinerja.cycle.process;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.PerformanceReviewRepository;
import id.go.tebingtinggi.kinerja.review.ReviewReadyForMeeting;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a review becomes ready for its meeting (or is withdrawn), tells the unit's cycle if that made the whole
 * unit ready. The check holds a lock on the cycle, so of two reviews becoming ready at once the second sees
 * the first; a cycle that is not waiting for the message (already in its meeting) simply does not receive it.
 */
@Component
class ReadinessNotifier {

  private final PerformanceReviewRepository reviews;
  private final CycleService cycles;
  private final RuntimeService runtimeService;

  ReadinessNotifier(PerformanceReviewRepository reviews, CycleService cycles, RuntimeService runtimeService) {
    this.reviews = reviews;
    this.cycles = cycles;
    this.runtimeService = runtimeService;
  }

  @EventListener
  void onReviewReady(ReviewReadyForMeeting event) {
    Long cycleId = reviews.findById(event.reviewId()).orElseThrow().getCycleId();
    if (cycleId == null || !cycles.lockedReadiness(cycleId).allReady()) {
      return;
    }
    UnitCycle cycle = cycles.get(cycleId);
    runtimeService.createMessageCorrelation(CycleVariables.READY_MESSAGE)
        .processInstanceBusinessKey(cycle.getBusinessKey())
        .correlateAllWithResult();
  }
}
