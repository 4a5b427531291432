package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.process.ReviewVariables;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts one employee's review in its own job: a retried job finds the review the failed attempt could not
 * have left behind (its transaction rolled back), and a review opened some other way is adopted, not doubled.
 */
@Component
public class StartReviewDelegate implements JavaDelegate {

  private final CycleService cycles;
  private final RuntimeService runtimeService;

  StartReviewDelegate(CycleService cycles, RuntimeService runtimeService) {
    this.cycles = cycles;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long cycleId = (Long) execution.getVariable(CYCLE_ID);
    String nip = (String) execution.getVariable(NIP);
    startOrAdopt(cycleId, nip);
  }

  /** Used for employees joining during the quarter as well. */
  public Long startOrAdopt(Long cycleId, String nip) {
    Optional<PerformanceReview> existing = cycles.existingReview(cycleId, nip);
    if (existing.isEmpty()) {
      UnitCycle cycle = cycles.get(cycleId);
      runtimeService.startProcessInstanceByKey(ReviewVariables.PROCESS_KEY, Variables.createVariables()
          .putValue(ReviewVariables.NIP, nip)
          .putValue(ReviewVariables.YEAR, cycle.getYear())
          .putValue(ReviewVariables.QUARTER, cycle.getQuarter()));
      existing = cycles.existingReview(cycleId, nip);
    }
    Long reviewId = existing.orElseThrow().getId();
    cycles.attachReview(cycleId, reviewId);
    return reviewId;
  }
}
