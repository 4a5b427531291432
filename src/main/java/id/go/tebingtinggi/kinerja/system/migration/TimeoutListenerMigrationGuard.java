package id.go.tebingtinggi.kinerja.system.migration;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps the reminder and escalation timers (timeout task listeners) of user tasks through a migration.
 *
 * <p>Camunda 7.24 removes, while migrating one instance, the timeout listener declarations of the target user
 * task from the cached target definition (camunda-bpm-platform#4637: the migration copies the map of declarations
 * but not the maps inside it, and takes every matched declaration out). Every further instance migrated to that
 * definition loses its timers, and every task the definition creates later on that node, until a restart, starts
 * without them. This parse listener gives every user task a read-only view of its declarations that hands out
 * copies, so the migration edits only its own copies and the definition stays whole.
 */
@Component
class TimeoutListenerMigrationGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new CopyOnRead())));
    } else {
      listeners.add(new CopyOnRead());
    }
  }

  private static final class CopyOnRead extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      Map<String, Map<String, TimerDeclarationImpl>> declarations =
          activity.getProperties().get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
      if (declarations != null && !declarations.isEmpty()) {
        activity.getProperties().set(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS,
            new CopyingDeclarations(declarations));
      }
    }
  }

  /** Activity id to the declarations by listener id; each read returns fresh copies of the inner maps. */
  static final class CopyingDeclarations extends AbstractMap<String, Map<String, TimerDeclarationImpl>> {

    private final Map<String, Map<String, TimerDeclarationImpl>> declarations;

    CopyingDeclarations(Map<String, Map<String, TimerDeclarationImpl>> declarations) {
      this.declarations = Map.copyOf(declarations);
    }

    @Override
    public Set<Entry<String, Map<String, TimerDeclarationImpl>>> entrySet() {
      Set<Entry<String, Map<String, TimerDeclarationImpl>>> copies = new LinkedHashSet<>();
      declarations.forEach((activityId, byListener) ->
          copies.add(new SimpleImmutableEntry<>(activityId, new HashMap<>(byListener))));
      return copies;
    }
  }
}
