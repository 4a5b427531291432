package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.CYCLE_ID;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The multi-instance collection of the cycle: one review start per reviewable employee of the unit. */
@Component("cycleRoster")
public class CycleRoster {

  private final CycleService cycles;

  CycleRoster(CycleService cycles) {
    this.cycles = cycles;
  }

  public List<String> nips(VariableScope scope) {
    return cycles.reviewableNips((Long) scope.getVariable(CYCLE_ID));
  }
}
