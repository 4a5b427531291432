package id.go.tebingtinggi.kinerja.coaching.process;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.process.NominationSummaries;
import org.springframework.stereotype.Component;

/** Whether the training a coaching plan chose was done: the line its forms show. */
@Component
class CoachingTraining {

  private final NominationService nominations;
  private final TrainingCatalogue catalogue;

  CoachingTraining(NominationService nominations, TrainingCatalogue catalogue) {
    this.nominations = nominations;
    this.catalogue = catalogue;
  }

  String line(Coaching coaching) {
    if (coaching.getTrainingId() == null) {
      return "tidak diperlukan";
    }
    if (coaching.getNominationId() == null) {
      return Markdown.escape(catalogue.training(coaching.getTrainingId()).getTitle())
          + ": diusulkan setelah pegawai menanggapi rencana";
    }
    return NominationSummaries.status(nominations.get(coaching.getNominationId()));
  }
}
