package id.go.tebingtinggi.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The application's files in META-INF/resources/webjars/camunda/app shadow the webapp jar's: the running
 * application serves our config.js instead of Camunda's, and the Indonesian locale the jar does not have.
 */
@IntegrationTest
class WebappCustomisationServedTest {

  @Autowired TestRestTemplate http;

  @Test
  void servesTheIndonesianTasklistLocale() throws IOException {
    ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/locales/id.json", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo(applicationCopy("tasklist/locales/id.json"))
        .contains("\"CLAIM_TASK\": \"Klaim\"");
  }

  @Test
  void servesTheApplicationsTasklistConfigInsteadOfCamundas() throws IOException {
    ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo(applicationCopy("tasklist/scripts/config.js"))
        .isNotEqualTo(camundaCopy("tasklist/scripts/config.js"))
        .contains("locales: locales()");
  }

  @Test
  void servesTheLanguageModulesThatTheConfigsImport() throws IOException {
    for (String module : List.of("kinerja/locale.js", "kinerja/language-switch.js")) {
      ResponseEntity<String> response = http.getForEntity("/camunda/app/" + module, String.class);

      assertThat(response.getStatusCode()).as(module).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).as(module).isEqualTo(applicationCopy(module));
    }
  }

  private static String applicationCopy(String path) throws IOException {
    return copy(path, "file");
  }

  private static String camundaCopy(String path) throws IOException {
    return copy(path, "jar");
  }

  private static String copy(String path, String protocol) throws IOException {
    for (URL url : Collections.list(
        WebappCustomisationServedTest.class.getClassLoader().getResources(WebappLocales.APP_ROOT + path))) {
      if (url.getProtocol().equals(protocol)) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IllegalStateException("No " + protocol + " copy of " + path + " on the classpath");
  }
}
