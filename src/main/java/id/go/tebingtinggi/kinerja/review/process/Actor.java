package id.go.tebingtinggi.kinerja.review.process;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is completing a task: the authenticated user, who must be its assignee. */
@Component
public class Actor {

  private final IdentityService identityService;

  Actor(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * The user completing {@code task}. A person or API client completing a task assigned to someone else is
   * refused; work done by the application itself (no authenticated user) counts as the assignee's.
   */
  public String completing(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    String assignee = task.getAssignee();
    if (authentication == null || authentication.getUserId() == null) {
      return assignee;
    }
    String user = authentication.getUserId();
    if (assignee == null || !assignee.equals(user)) {
      throw new DomainRuleViolation("Tugas '" + task.getName() + "' hanya dapat diselesaikan oleh pegawai yang "
          + "ditugasi (" + (assignee == null ? "belum ada" : assignee) + "), bukan oleh " + user);
    }
    return user;
  }
}
