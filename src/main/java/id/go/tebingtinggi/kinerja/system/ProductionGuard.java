package id.go.tebingtinggi.kinerja.system;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production ({@code postgres}) instance with a missing or well-known admin password. It is a
 * bean factory post-processor so that it runs before any ordinary bean: the process engine creates the
 * administrator when it starts, and a refused password written then would stay after the operator fixes it.
 */
@Component
@Profile("postgres")
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

  private static final Set<String> KNOWN_PASSWORDS = Set.of("admin", "demo", "password", "camunda", "changeme");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    check(environment.getProperty("camunda.bpm.admin-user.password", ""));
  }

  static void check(String adminPassword) {
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
