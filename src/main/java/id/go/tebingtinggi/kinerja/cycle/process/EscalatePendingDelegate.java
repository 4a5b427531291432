package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the reviews still without a final predikat as escalated to BKPSDM and sets the supplementary deadline. */
@Component
public class EscalatePendingDelegate implements JavaDelegate {

  private final CycleService cycles;

  EscalatePendingDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long cycleId = (Long) execution.getVariable(CYCLE_ID);
    List<PerformanceReview> pending = cycles.escalatePending(cycleId);
    StringBuilder summary = new StringBuilder("| Pegawai | NIP | Tahap |\n|---|---|---|\n");
    pending.forEach(review -> summary.append("| ").append(review.getEmployee().getName().replace("|", "/"))
        .append(" | ").append(review.getEmployee().getNip()).append(" | ").append(review.getStatus().label())
        .append(" |\n"));
    execution.setVariable(PENDING_SUMMARY, summary.toString());
    execution.setVariable(MEETING_DEADLINE, Date.from(cycles.get(cycleId).getMeetingDeadline()));
  }
}
