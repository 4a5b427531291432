package id.go.tebingtinggi.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Who may open which Camunda webapp, through the webapps' own login, and who may do what through
 * {@code /engine-rest}.
 */
@IntegrationTest
class WebappAccessTest {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";
  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://tebingtinggi.go.id/test">
        <process id="WebappAccessProbe" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="StartEvent_Probe"/>
        </process>
      </definitions>
      """;

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  void aPegawaiMayOpenTasklistButNotCockpitOrAdmin() {
    assertThat(login("dewi.lestari", "demo", "tasklist").status()).isEqualTo(HttpStatus.OK);
    assertThat(login("dewi.lestari", "demo", "cockpit").status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login("dewi.lestari", "demo", "admin").status()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aTasklistSessionDoesNotOpenCockpit() {
    Login tasklist = login("dewi.lestari", "demo", "tasklist");

    assertThat(open(tasklist, "/camunda/app/tasklist/default/")).isEqualTo(HttpStatus.OK);
    assertThat(open(tasklist, "/camunda/app/cockpit/default/")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(open(tasklist, "/camunda/app/admin/default/")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theLoginReportsTheAppsAUserMayOpen() {
    Login login = login("syahrial.nasution", "demo", "tasklist");

    assertThat(login.body().path("userId").asText()).isEqualTo("syahrial.nasution");
    assertThat(login.body().path("authorizedApps")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("welcome", "tasklist", "cockpit");
    assertThat(login("dewi.lestari", "demo", "tasklist").body().path("authorizedApps")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("welcome", "tasklist");
  }

  @Test
  void aKepalaDinasMayOpenCockpitButNotAdmin() {
    Login cockpit = login("syahrial.nasution", "demo", "cockpit");

    assertThat(cockpit.status()).isEqualTo(HttpStatus.OK);
    assertThat(open(cockpit, "/camunda/app/cockpit/default/")).isEqualTo(HttpStatus.OK);
    assertThat(login("syahrial.nasution", "demo", "admin").status()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void bkpsdmMayOpenCockpitButNotAdmin() {
    assertThat(login("ani.wulandari", "demo", "cockpit").status()).isEqualTo(HttpStatus.OK);
    assertThat(login("ani.wulandari", "demo", "admin").status()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theAdministratorMayOpenAdmin() {
    Login admin = login("admin", "admin", "admin");

    assertThat(admin.status()).isEqualTo(HttpStatus.OK);
    assertThat(open(admin, "/camunda/app/admin/default/")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongPasswordIsUnauthorized() {
    try {
      assertThat(login("dewi.lestari", "salah", "tasklist").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(login("tidak.ada", "demo", "tasklist").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      unlock("dewi.lestari");
    }
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

    ResponseEntity<String> response = rest.postForEntity(LOGIN + "tasklist",
        new HttpEntity<>(credentials("dewi.lestari", "demo"), headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theEngineRestApiNeedsTheRightCredentials() {
    String url = "/engine-rest/identity/groups?userId=dewi.lestari";

    assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    try {
      assertThat(rest.withBasicAuth("dewi.lestari", "salah").getForEntity(url, String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      unlock("dewi.lestari");
    }

    ResponseEntity<JsonNode> response = rest.withBasicAuth("dewi.lestari", "demo").getForEntity(url, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("groups")).extracting(group -> group.path("id").asText())
        .containsExactly(Roles.PEGAWAI);
  }

  @Test
  void aPegawaiDoesNotSeeTheGroupsOfOthers() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("dewi.lestari", "demo")
        .getForEntity("/engine-rest/identity/groups?userId=syahrial.nasution", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("groups")).extracting(group -> group.path("id").asText())
        .doesNotContain(Roles.ATASAN, Roles.KEPALA_DINAS);
    assertThat(rest.withBasicAuth("dewi.lestari", "demo")
        .getForEntity("/engine-rest/group/kepala-dinas", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPegawaiCannotJoinAnotherGroup() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("dewi.lestari", "demo").exchange(
        "/engine-rest/group/atasan/members/dewi.lestari", HttpMethod.PUT, HttpEntity.EMPTY, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().path("type").asText()).isEqualTo("AuthorizationException");
  }

  @Test
  void onlyTheAdministratorMayDeploy() {
    for (String user : List.of("dewi.lestari", "ani.wulandari")) {
      ResponseEntity<JsonNode> refused = deploy(user, "demo");
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().path("type").asText()).isEqualTo("AuthorizationException");
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("WebappAccessProbe").count())
        .isZero();

    ResponseEntity<JsonNode> deployed = deploy("admin", "admin");
    try {
      assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("WebappAccessProbe").count())
          .isOne();
    } finally {
      repositoryService.deleteDeployment(deployed.getBody().path("id").asText(), true);
    }
  }

  /** Camunda delays the next login after a failed one; the other tests log in as the same user right away. */
  private void unlock(String user) {
    identityService.unlockUser(user);
  }

  private ResponseEntity<JsonNode> deploy(String user, String password) {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", "webapp-access-probe");
    form.add("data", new ByteArrayResource(BPMN.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "WebappAccessProbe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, password)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), JsonNode.class);
  }

  /** A login as the browser does it: fetch a page for the session and CSRF token, then post the form. */
  private Login login(String user, String password, String app) {
    ResponseEntity<String> fetch = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    String token = fetch.getHeaders().getFirst("X-XSRF-TOKEN");
    String session = cookie(fetch, "JSESSIONID");
    assertThat(token).as("the webapp hands out a CSRF token on a GET").isNotBlank();
    assertThat(session).isNotBlank();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + token);
    headers.add("X-XSRF-TOKEN", token);
    ResponseEntity<JsonNode> response = rest.postForEntity(LOGIN + app,
        new HttpEntity<>(credentials(user, password), headers), JsonNode.class);
    String renewed = cookie(response, "JSESSIONID");
    return new Login(HttpStatus.valueOf(response.getStatusCode().value()), response.getBody(),
        renewed != null ? renewed : session);
  }

  private HttpStatus open(Login login, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + login.session());
    return HttpStatus.valueOf(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value());
  }

  private static LinkedMultiValueMap<String, String> credentials(String user, String password) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    return form;
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    return cookies.stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';') > 0 ? cookie.indexOf(';') : cookie.length()))
        .findFirst().orElse(null);
  }

  private record Login(HttpStatus status, JsonNode body, String session) {
  }
}
