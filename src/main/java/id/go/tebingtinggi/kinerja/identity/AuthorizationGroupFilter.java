package id.go.tebingtinggi.kinerja.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks without the engine's per-command read of every group that holds an authorization.
 *
 * <p>Before its first authorization check in a command (a task completion, a Tasklist query), the engine's
 * {@link AuthorizationManager} reads {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} to drop the
 * current user's groups that hold no authorization at all from the checks that follow. PostgreSQL answers that by
 * reading the whole table, which holds a grant for every open task and every review's people: 19 ms at 25,000 rows,
 * in every command of every user (docs/benchmark.md). The filtering only shortens the list of group ids in the
 * checks' {@code GROUP_ID_ IN (...)}: a group without authorizations matches no row, so leaving it in changes no
 * answer. The people of this application belong to two or three groups, so the list is short either way; this
 * manager keeps the groups as they are and skips the read.
 */
@Component
class AuthorizationGroupFilter extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Opens {@link UnfilteredGroupsAuthorizationManager} where the engine asks for its authorization manager. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new UnfilteredGroupsAuthorizationManager();
    }
  }

  /** The engine's authorization manager, with the current user's groups used as they are. */
  static final class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          ? Collections.emptyList() : authenticatedGroupIds;
    }
  }
}
