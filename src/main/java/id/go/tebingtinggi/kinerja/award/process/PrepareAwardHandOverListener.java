package id.go.tebingtinggi.kinerja.award.process;

import static id.go.tebingtinggi.kinerja.award.process.AwardVariables.*;

import id.go.tebingtinggi.kinerja.award.Award;
import id.go.tebingtinggi.kinerja.award.AwardService;
import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.process.TrainingOptions;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows BKPSDM the award, the link to its printable certificate, and the trainings for a priority nomination. */
@Component
public class PrepareAwardHandOverListener implements TaskListener {

  private final AwardService awards;
  private final TrainingCatalogue catalogue;

  PrepareAwardHandOverListener(AwardService awards, TrainingCatalogue catalogue) {
    this.awards = awards;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    Award award = awards.get((Long) task.getVariable(AWARD_ID));
    Employee holder = award.getReview().getEmployee();
    task.setVariableLocal(AWARD_SUMMARY, "**Penerima:** " + Markdown.escape(holder.getName()) + " (NIP "
        + holder.getNip().value() + "), " + Markdown.escape(holder.getPosition()) + ", "
        + Markdown.escape(holder.getUnit().getName()) + "\n\n**Kategori:** " + Markdown.escape(award.getCategory())
        + "\n\n**Nomor sertifikat:** " + Markdown.escape(award.getCertificateNumber())
        + "\n\n**Ditetapkan:** " + Markdown.date(LocalDate.ofInstant(award.getGrantedAt(), ReviewCalendar.ZONE))
        + "\n\n[Buka sertifikat untuk dicetak](/sertifikat/" + award.getId() + ")\n");
    task.setVariableLocal(TRAINING_OPTIONS, TrainingOptions.trainings(catalogue.trainings(true)));
  }
}
