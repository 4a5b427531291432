package id.go.tebingtinggi.kinerja.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param initialPassword password given to users created from the roster; empty means a random one that an
 *                        administrator replaces in Camunda Admin (the only safe choice outside the demo)
 */
@ConfigurationProperties("kinerja.identity")
public record IdentityProperties(String initialPassword) {

  public boolean hasInitialPassword() {
    return initialPassword != null && !initialPassword.isBlank();
  }
}
