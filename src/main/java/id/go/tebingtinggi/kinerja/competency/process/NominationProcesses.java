package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.Nomination;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts the CompetencyDevelopment process of a nomination made elsewhere: by a coaching plan or an award. */
@Component
public class NominationProcesses {

  private final RuntimeService runtimeService;

  NominationProcesses(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void start(Nomination nomination) {
    runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        businessKey(nomination.getEmployee().getNip().value(), nomination.getId()),
        Variables.createVariables().putValue(NOMINATION_ID, nomination.getId()));
  }
}
