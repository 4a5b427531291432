package id.go.tebingtinggi.kinerja.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, once and idempotently at start-up, what each role needs in the engine: Tasklist for every roster
 * role, Cockpit for {@code kepala-dinas} and {@code bkpsdm}, Admin only for {@code camunda-admin} (which holds
 * every permission through Camunda's admin-user set-up), and the shared Tasklist filters.
 */
@Component
class AccessSetup {

  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;

  AccessSetup(AuthorizationService authorizations, IdentityService identityService, FilterService filterService,
              TaskService taskService) {
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void grant() {
    ensureGroup(Roles.ADMIN, "Administrator sistem", "SYSTEM");
    for (String group : Roles.ROSTER_GROUPS) {
      ensureGrant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      ensureGrant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      ensureGrant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
      ensureGrant(group, Resources.FILTER, ANY, Permissions.READ);
    }
    ensureGrant(Roles.KEPALA_DINAS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    ensureGrant(Roles.BKPSDM, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    ensureGrant(Roles.BKPSDM, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    ensureGrant(Roles.BKPSDM, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE);
    ensureGrant(Roles.BKPSDM, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
    ensureGrant(Roles.BKPSDM, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    ensureFilters();
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).singleResult() == null) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureGrant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (existing == null) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    } else if (!existing.isPermissionGranted(permission)) {
      existing.addPermission(permission);
      authorizations.saveAuthorization(existing);
    }
  }

  private void ensureFilters() {
    ensureFilter("Tugas saya", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Tugas yang ditugaskan kepada Anda");
    ensureFilter("Tugas kelompok saya", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        "Tugas untuk kelompok Anda yang belum diambil");
  }

  private void ensureFilter(String name, int priority, TaskQuery query, String description) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
            "variables", List.of()));
    filterService.saveFilter(filter);
  }
}
