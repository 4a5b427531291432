package id.go.tebingtinggi.kinerja.competency.process;

import static id.go.tebingtinggi.kinerja.competency.process.CompetencyVariables.*;

import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.NominationCancelled;
import id.go.tebingtinggi.kinerja.competency.NominationService;
import id.go.tebingtinggi.kinerja.competency.PlaceGranted;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a nomination's process along when the domain changed it from outside the process: a freed place handed
 * to it from the waiting list, or its cancellation. The correlation runs in the domain's transaction; a
 * nomination not (yet) linked to a process has nothing to move along.
 *
 * <p>A BKPSDM user's API request (a cancellation, a larger capacity) may cause it; their right to that request
 * was checked by the API, and moving the nominations' processes along is the application's consequence of it,
 * so the correlation runs without the caller's engine authentication.
 */
@Component
class NominationEventsNotifier {

  private final NominationService nominations;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  NominationEventsNotifier(NominationService nominations, RuntimeService runtimeService,
                           IdentityService identityService) {
    this.nominations = nominations;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @EventListener
  void onPlaceGranted(PlaceGranted event) {
    Nomination nomination = nominations.get(event.nominationId());
    if (nomination.getProcessInstanceId() == null) {
      return;
    }
    asApplication(() -> runtimeService.createMessageCorrelation(PLACE_FREED_MESSAGE)
        .processInstanceId(nomination.getProcessInstanceId())
        .setVariables(SessionDates.of(nomination.getSession()))
        .setVariable(PLACED, true)
        .correlateWithResult());
  }

  @EventListener
  void onCancelled(NominationCancelled event) {
    Nomination nomination = nominations.get(event.nominationId());
    if (nomination.getProcessInstanceId() == null) {
      return;
    }
    asApplication(() -> runtimeService.createMessageCorrelation(CANCELLED_MESSAGE)
        .processInstanceId(nomination.getProcessInstanceId())
        .correlateAllWithResult());
  }

  private void asApplication(Runnable correlation) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      correlation.run();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
