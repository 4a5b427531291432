package id.go.tebingtinggi.kinerja.award.process;

import static id.go.tebingtinggi.kinerja.award.process.AwardVariables.*;
import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.REVIEW_ID;

import id.go.tebingtinggi.kinerja.award.Award;
import id.go.tebingtinggi.kinerja.award.AwardService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the award with its certificate number. */
@Component
public class GrantAwardDelegate implements JavaDelegate {

  private final AwardService awards;

  GrantAwardDelegate(AwardService awards) {
    this.awards = awards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Award award = awards.grantFor((Long) execution.getVariable(REVIEW_ID));
    execution.setVariable(AWARD_ID, award.getId());
    execution.setVariable(CERTIFICATE_NUMBER, award.getCertificateNumber());
  }
}
