package id.go.tebingtinggi.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Pages and API answers tell the browser not to sniff content types and not to be framed by other sites, and the
 * Camunda webapps still refuse a state-changing call that lacks their CSRF token.
 */
@IntegrationTest
class SecurityHeadersTest {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @Autowired TestRestTemplate rest;

  @Test
  void theTasklistPageCarriesTheSecurityHeaders() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);

    assertThat(page.getStatusCode().is2xxSuccessful()).as("status %s", page.getStatusCode()).isTrue();
    assertHardened(page.getHeaders());
  }

  @Test
  void theDashboardApiCarriesTheSecurityHeaders() {
    ResponseEntity<String> dashboard = rest.withBasicAuth("ani.wulandari", "demo").getForEntity("/api/dashboard",
        String.class);

    assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertHardened(dashboard.getHeaders());
  }

  @Test
  void aRefusedApiCallCarriesTheSecurityHeadersToo() {
    ResponseEntity<String> refused = rest.getForEntity("/api/dashboard", String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertHardened(refused.getHeaders());
  }

  @Test
  void aWebappPostWithoutTheCsrfTokenIsRefusedAndWithItAccepted() {
    assertThat(login(session -> null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login(session -> "bukan-token-yang-diberikan").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login(Session::token).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** A fresh webapp session (with its CSRF token cookie), then the login form with the header the function gives. */
  private ResponseEntity<String> login(Function<Session, String> header) {
    ResponseEntity<String> fetch = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    Session session = new Session(cookie(fetch, "JSESSIONID"), fetch.getHeaders().getFirst("X-XSRF-TOKEN"));
    assertThat(session.token()).as("the webapp hands out a CSRF token on a GET").isNotBlank();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.id() + "; XSRF-TOKEN=" + session.token());
    String token = header.apply(session);
    if (token != null) {
      headers.add("X-XSRF-TOKEN", token);
    }
    return rest.postForEntity(LOGIN, new HttpEntity<>(credentials(), headers), String.class);
  }

  private static void assertHardened(HttpHeaders headers) {
    assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(headers.get("X-Frame-Options")).hasSize(1).first().isIn("SAMEORIGIN", "DENY");
  }

  private static LinkedMultiValueMap<String, String> credentials() {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", "dewi.lestari");
    form.add("password", "demo");
    return form;
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    return cookies.stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';') > 0 ? cookie.indexOf(';') : cookie.length()))
        .findFirst().orElse(null);
  }

  private record Session(String id, String token) {
  }
}
