package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.Readiness;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether every review of the unit has a final predikat, and whether any waits for a decision. */
@Component
public class CheckReadinessDelegate implements JavaDelegate {

  private final CycleService cycles;

  CheckReadinessDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Readiness readiness = cycles.lockedReadiness((Long) execution.getVariable(CYCLE_ID));
    execution.setVariable(ALL_READY, readiness.allReady());
    execution.setVariable(ANY_READY, readiness.ready() > 0);
    execution.setVariable(ANY_PENDING, readiness.pending() > 0);
  }
}
