package id.go.tebingtinggi.kinerja.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a person: the engine call runs with that user and their groups as the current authentication, as the
 * webapps and the REST API set it for a logged-in user, so every authorization check of the engine applies.
 * Group memberships are looked up once per user, as a login session keeps them.
 */
final class People {

  private final IdentityService identityService;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

  People(IdentityService identityService) {
    this.identityService = identityService;
  }

  <T> T as(String userId, Supplier<T> call) {
    List<String> memberOf = groups.computeIfAbsent(userId, this::lookUpGroups);
    identityService.setAuthentication(userId, memberOf);
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  void as(String userId, Runnable call) {
    as(userId, () -> {
      call.run();
      return null;
    });
  }

  List<String> groupsOf(String userId) {
    return groups.computeIfAbsent(userId, this::lookUpGroups);
  }

  private List<String> lookUpGroups(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
