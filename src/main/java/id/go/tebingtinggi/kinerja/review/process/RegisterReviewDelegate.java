package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.identity.InstanceAccess;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the review in the domain as the process starts, in the starter's transaction, so that a second review
 * of the same employee and quarter is refused to whoever starts it; fixes the business key
 * {@code <nip>-<year>-Q<n>} and the people of the review.
 */
@Component
public class RegisterReviewDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final InstanceAccess access;

  RegisterReviewDelegate(ReviewService reviews, InstanceAccess access) {
    this.reviews = reviews;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = new FormInput(execution);
    String nip = input.text(NIP);
    Integer year = input.wholeNumber(YEAR, "Tahun");
    Integer quarter = input.wholeNumber(QUARTER, "Triwulan");
    if (nip == null) {
      input.problem("NIP wajib diisi");
    }
    input.refuseIfProblems();
    PerformanceReview review = reviews.open(nip, year, quarter);
    String given = execution.getProcessBusinessKey();
    if (given != null && !given.isBlank() && !given.equals(review.getBusinessKey())) {
      throw new DomainRuleViolation("Business key '" + given + "' tidak sesuai: penilaian ini harus memakai '"
          + review.getBusinessKey() + "'");
    }
    execution.setProcessBusinessKey(review.getBusinessKey());
    review.linkProcessInstance(execution.getProcessInstanceId());
    Employee employee = review.getEmployee();
    execution.setVariables(Map.of(
        REVIEW_ID, review.getId(),
        EMPLOYEE_LOGIN, employee.getLoginId(),
        SUPERVISOR_LOGIN, review.getAssessor().getLoginId(),
        EMPLOYEE_NAME, employee.getName(),
        EMPLOYEE_POSITION, employee.getPosition(),
        UNIT_NAME, employee.getUnit().getName(),
        UNIT_CODE, employee.getUnit().getCode(),
        PERIOD_LABEL, new Period(year, quarter).label(),
        OBJECTION_SETTLED, false));
    if (review.getAppealAssessor() != null) {
      execution.setVariable(APPEAL_ASSESSOR_LOGIN, review.getAppealAssessor().getLoginId());
    }
    Employee head = employee.getUnit().getHead();
    access.grantRead(execution.getProcessInstanceId(), java.util.Arrays.asList(employee.getLoginId(),
        review.getAssessor().getLoginId(), head == null ? null : head.getLoginId()));
  }
}
