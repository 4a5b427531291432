package id.go.tebingtinggi.kinerja.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Per-instance read access in the engine (Cockpit, engine REST) for the people of one review or cycle: the
 * employee, the atasan and the head of the unit see that instance and nobody else's; BKPSDM sees every instance
 * through its definition-wide grant.
 */
@Component
public class InstanceAccess {

  private final AuthorizationService authorizations;

  InstanceAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantRead(String processInstanceId, Collection<String> logins) {
    logins.stream().filter(Objects::nonNull).distinct().forEach(login -> {
      boolean granted = authorizations.createAuthorizationQuery().userIdIn(login)
          .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0;
      if (!granted) {
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setUserId(login);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(processInstanceId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
      }
    });
  }
}
