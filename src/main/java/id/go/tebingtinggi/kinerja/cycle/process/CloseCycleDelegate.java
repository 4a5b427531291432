package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.CYCLE_ID;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every review of the unit has its decision: the quarter is closed. */
@Component
public class CloseCycleDelegate implements JavaDelegate {

  private final CycleService cycles;

  CloseCycleDelegate(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cycles.close((Long) execution.getVariable(CYCLE_ID));
  }
}
