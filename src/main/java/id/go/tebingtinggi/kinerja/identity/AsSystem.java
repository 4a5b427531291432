package id.go.tebingtinggi.kinerja.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that follow from a caller's action but are the system's to make (identity sync, tasks
 * following a roster change) without the caller's engine authorizations, then puts the caller back.
 */
@Component
public class AsSystem {

  private final IdentityService identityService;

  AsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void run(Runnable work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      work.run();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
