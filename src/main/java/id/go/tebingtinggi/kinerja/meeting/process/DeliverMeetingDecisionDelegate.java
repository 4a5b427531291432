package id.go.tebingtinggi.kinerja.meeting.process;

import static id.go.tebingtinggi.kinerja.meeting.process.MeetingVariables.DECISION_ID;

import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.review.process.ReviewVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Delivers one decision to its review in its own job: marking it delivered and correlating MeetingDecision
 * commit together, so a retry never delivers twice and a failure never loses one.
 */
@Component
public class DeliverMeetingDecisionDelegate implements JavaDelegate {

  private final MeetingService meetings;
  private final RuntimeService runtimeService;

  DeliverMeetingDecisionDelegate(MeetingService meetings, RuntimeService runtimeService) {
    this.meetings = meetings;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.deliver((Long) execution.getVariable(DECISION_ID)).ifPresent(delivery ->
        runtimeService.createMessageCorrelation(ReviewVariables.MEETING_DECISION_MESSAGE)
            .processInstanceBusinessKey(delivery.reviewBusinessKey())
            .setVariable(ReviewVariables.FOLLOW_UP, delivery.followUp())
            .correlateWithResult());
  }
}
