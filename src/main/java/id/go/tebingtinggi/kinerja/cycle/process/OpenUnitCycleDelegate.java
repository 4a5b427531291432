package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.review.Period;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one unit's cycle in its own job; a retry after a committed start finds the cycle and starts nothing. */
@Component
public class OpenUnitCycleDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  OpenUnitCycleDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = (String) execution.getVariable(UNIT_CODE);
    int year = ((Number) execution.getVariable(YEAR)).intValue();
    int quarter = ((Number) execution.getVariable(QUARTER)).intValue();
    String key = UnitCycle.businessKey(unitCode, new Period(year, quarter));
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key)
        .count() > 0) {
      return;
    }
    runtimeService.startProcessInstanceByKey(PROCESS_KEY, key, Variables.createVariables()
        .putValue(UNIT_CODE, unitCode).putValue(YEAR, year).putValue(QUARTER, quarter));
  }
}
