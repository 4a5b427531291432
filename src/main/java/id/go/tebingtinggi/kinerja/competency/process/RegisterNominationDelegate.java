package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Links the nomination to its process and fixes the business key {@code <nip>-KOMPETENSI-<id>} and the people:
 * the employee and their atasan, who approves unless the atasan's own coaching plan made the nomination.
 */
@Component
public class RegisterNominationDelegate implements JavaDelegate {

  private final NominationService nominations;

  RegisterNominationDelegate(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = nominations.get((Long) execution.getVariable(NOMINATION_ID));
    nomination.linkProcessInstance(execution.getProcessInstanceId());
    Employee employee = nomination.getEmployee();
    execution.setProcessBusinessKey(businessKey(employee.getNip().value(), nomination.getId()));
    execution.setVariables(Map.of(
        EMPLOYEE_LOGIN, employee.getLoginId(),
        EMPLOYEE_NAME, employee.getName(),
        TRAINING_TITLE, nomination.getTraining().getTitle(),
        APPROVAL_NEEDED, nomination.needsApproval()));
    if (employee.getSupervisor() != null) {
      execution.setVariable(SUPERVISOR_LOGIN, employee.getSupervisor().getLoginId());
    }
  }
}
