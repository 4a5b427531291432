package id.go.tebingtinggi.kinerja.system;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Refuses to start a production ({@code postgres}) instance with a missing or well-known admin password. */
@Component
@Profile("postgres")
class ProductionGuard {

  private static final Set<String> KNOWN_PASSWORDS = Set.of("admin", "demo", "password", "camunda", "changeme");

  ProductionGuard(@Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    if (adminPassword.isBlank()) {
      throw new IllegalStateException("ADMIN_PASSWORD is not set: the postgres profile needs the administrator's "
          + "password from the environment");
    }
    if (KNOWN_PASSWORDS.contains(adminPassword.toLowerCase()) || adminPassword.length() < 10) {
      throw new IllegalStateException("ADMIN_PASSWORD is a demo or too short password (at least 10 characters): "
          + "refusing to start the postgres profile with it");
    }
  }
}
