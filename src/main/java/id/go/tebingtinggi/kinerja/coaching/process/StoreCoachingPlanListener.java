package id.go.tebingtinggi.kinerja.coaching.process;

import static id.go.tebingtinggi.kinerja.coaching.process.CoachingVariables.*;

import id.go.tebingtinggi.kinerja.coaching.ActionDraft;
import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingService;
import id.go.tebingtinggi.kinerja.review.process.Actor;
import id.go.tebingtinggi.kinerja.review.process.FormInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the atasan's plan. The form has {@value Coaching#MAX_ACTIONS} fixed action rows; a row with neither text
 * nor date is left out.
 */
@Component
public class StoreCoachingPlanListener implements TaskListener {

  private final CoachingService coachings;
  private final Actor actor;

  StoreCoachingPlanListener(CoachingService coachings, Actor actor) {
    this.coachings = coachings;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = actor.completing(task);
    FormInput input = new FormInput(task);
    String gaps = input.text(GAPS);
    String goals = input.text(GOALS);
    List<ActionDraft> actions = new ArrayList<>();
    for (int i = 1; i <= Coaching.MAX_ACTIONS; i++) {
      String description = input.text(row(ACTION, i));
      LocalDate due = input.date(row(ACTION_DUE, i), "Tindakan " + i + ": tenggat");
      if ((description != null && !description.isBlank()) || due != null) {
        actions.add(new ActionDraft(i, description, due));
      }
    }
    boolean trainingWanted = input.flag(TRAINING_WANTED);
    Long trainingId = input.id(TRAINING, "Pelatihan");
    input.refuseIfProblems();
    Coaching coaching = coachings.plan((Long) task.getVariable(COACHING_ID), gaps, goals, actions, trainingWanted,
        trainingId, user);
    task.getExecution().setVariable(TRAINING_NEEDED, coaching.getTrainingId() != null);
    List<String> submitted = new ArrayList<>(List.of(GAPS, GOALS, TRAINING_WANTED, TRAINING));
    for (int i = 1; i <= Coaching.MAX_ACTIONS; i++) {
      submitted.add(row(ACTION, i));
      submitted.add(row(ACTION_DUE, i));
    }
    FormInput.forget(task, submitted.toArray(String[]::new));
  }
}
