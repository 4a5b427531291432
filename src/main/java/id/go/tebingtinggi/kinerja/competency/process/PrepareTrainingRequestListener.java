package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Offers the employee the active trainings of the catalogue. */
@Component
public class PrepareTrainingRequestListener implements TaskListener {

  private final TrainingCatalogue catalogue;

  PrepareTrainingRequestListener(TrainingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(TRAINING_OPTIONS, TrainingOptions.trainings(catalogue.trainings(true)));
  }
}
