package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.SELECTED_UNITS;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The multi-instance collection of QuarterOpening: one cycle per validated unit code. */
@Component("quarterOpening")
public class QuarterOpeningUnits {

  public List<String> unitCodes(VariableScope scope) {
    return Arrays.stream(((String) scope.getVariable(SELECTED_UNITS)).split(",")).toList();
  }
}
