package id.go.tebingtinggi.kinerja.review.process;

import static id.go.tebingtinggi.kinerja.review.process.ReviewVariables.*;

import id.go.tebingtinggi.kinerja.review.Aspect;
import id.go.tebingtinggi.kinerja.review.IndicatorDraft;
import id.go.tebingtinggi.kinerja.review.IndicatorKind;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The 20 fixed indicator rows of the targets and self-assessment forms (see forms/propose-targets.form). */
final class TargetsForm {

  static final List<String> TARGET_FIELDS = List.of(RHK, INDICATOR, ASPECT, TARGET, UNIT_OF_MEASURE, WEIGHT, KIND);
  static final List<String> REALISATION_FIELDS = List.of(INDICATOR_LABEL, REALISATION, EVIDENCE);
  static final int DEFAULT_ROWS = 3;

  private TargetsForm() {
  }

  /**
   * Prefills the input rows. Inputs live on the execution, not the task: Tasklist's form submission updates
   * task variables but the REST API's task completion sets execution variables, and both must be read back.
   */
  static void show(DelegateTask task, List<IndicatorDraft> plan) {
    DelegateExecution execution = task.getExecution();
    execution.setVariable(INDICATOR_COUNT, plan.isEmpty() ? DEFAULT_ROWS : plan.size());
    for (IndicatorDraft draft : plan) {
      int i = draft.position();
      execution.setVariable(row(RHK, i), draft.rhk());
      execution.setVariable(row(INDICATOR, i), draft.description());
      execution.setVariable(row(ASPECT, i), draft.aspect().name());
      execution.setVariable(row(TARGET, i), draft.target().doubleValue());
      execution.setVariable(row(UNIT_OF_MEASURE, i), draft.unitOfMeasure());
      execution.setVariable(row(WEIGHT, i), draft.weight());
      execution.setVariable(row(KIND, i), draft.kind().name());
    }
  }

  static List<IndicatorDraft> read(DelegateTask task) {
    FormInput input = new FormInput(task);
    Integer count = input.wholeNumber(INDICATOR_COUNT, "Jumlah indikator");
    input.refuseIfProblems();
    if (count < 1 || count > PerformanceReview.MAX_INDICATORS) {
      input.problem("Jumlah indikator harus antara 1 dan " + PerformanceReview.MAX_INDICATORS);
      input.refuseIfProblems();
    }
    List<IndicatorDraft> drafts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String label = "Indikator " + i;
      String rhk = input.text(row(RHK, i));
      String description = input.text(row(INDICATOR, i));
      Aspect aspect = input.choice(row(ASPECT, i), Aspect.class, label + ": aspek");
      BigDecimal target = input.number(row(TARGET, i), label + ": target");
      String unit = input.text(row(UNIT_OF_MEASURE, i));
      Integer weight = input.wholeNumber(row(WEIGHT, i), label + ": bobot");
      IndicatorKind kind = input.choice(row(KIND, i), IndicatorKind.class, label + ": jenis");
      drafts.add(new IndicatorDraft(i, rhk, description, aspect, target, unit, weight == null ? 0 : weight, kind));
    }
    input.refuseIfProblems();
    return drafts;
  }

  /** Row values submitted with a task would otherwise stay on the process instance; the domain keeps them. */
  static void forgetSubmittedRows(DelegateTask task, List<String> fields) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= PerformanceReview.MAX_INDICATORS; i++) {
      for (String field : fields) {
        names.add(row(field, i));
      }
    }
    names.add(INDICATOR_COUNT);
    FormInput.forget(task, names.toArray(String[]::new));
  }
}
