package id.go.tebingtinggi.kinerja.cycle.process;

import static id.go.tebingtinggi.kinerja.cycle.process.CycleVariables.*;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.cycle.UnitCycle;
import id.go.tebingtinggi.kinerja.identity.InstanceAccess;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Opens the unit's quarter in the domain as the process starts, in the starter's transaction, so a second
 * opening of the same unit and quarter is refused to whoever asks; fixes the business key {@code <unit>-<year>-Q<n>}.
 */
@Component
public class RegisterCycleDelegate implements JavaDelegate {

  private final CycleService cycles;
  private final IdentityService identityService;
  private final InstanceAccess access;

  RegisterCycleDelegate(CycleService cycles, IdentityService identityService, InstanceAccess access) {
    this.cycles = cycles;
    this.identityService = identityService;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = execution.getVariable(UNIT_CODE) instanceof String code ? code : null;
    if (unitCode == null || unitCode.isBlank()) {
      throw new DomainRuleViolation("Kode unit wajib diisi");
    }
    FormInput input = new FormInput(execution);
    Integer year = input.wholeNumber(YEAR, "Tahun");
    Integer quarter = input.wholeNumber(QUARTER, "Triwulan");
    input.refuseIfProblems();
    Authentication caller = identityService.getCurrentAuthentication();
    UnitCycle cycle = cycles.open(unitCode, year, quarter, caller == null ? null : caller.getUserId());
    Employee head = cycle.getUnit().getHead();
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank() && !given.equals(cycle.getBusinessKey())) {
      throw new DomainRuleViolation("Business key '" + given + "' tidak sesuai: siklus ini harus memakai '"
          + cycle.getBusinessKey() + "'");
    }
    execution.setProcessBusinessKey(cycle.getBusinessKey());
    cycle.linkProcessInstance(execution.getProcessInstanceId());
    execution.setVariable(CYCLE_ID, cycle.getId());
    execution.setVariable(UNIT_NAME, cycle.getUnit().getName());
    execution.setVariable(HEAD_LOGIN, head.getLoginId());
    execution.setVariable(PERIOD_LABEL, cycle.period().label());
    execution.setVariable(MEETING_DEADLINE, Date.from(cycle.getMeetingDeadline()));
    access.grantRead(execution.getProcessInstanceId(), java.util.List.of(head.getLoginId()));
  }
}
