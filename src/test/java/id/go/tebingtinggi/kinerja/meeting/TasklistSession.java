package id.go.tebingtinggi.kinerja.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does with the application over HTTP, without the browser: log in to Tasklist the way Tasklist does
 * (its login form posts to Camunda's auth resource, guarded by Camunda's XSRF cookie), and then open the application's
 * pages and call its API with that session's cookie; or call the API with basic authentication, or with nothing.
 * Redirects are not followed, so a test sees them.
 */
public final class TasklistSession {

  private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String basicAuthorization;

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  static TasklistSession anonymous(int port) {
    return new TasklistSession(port);
  }

  static TasklistSession basic(int port, String user, String password) {
    TasklistSession session = new TasklistSession(port);
    session.basicAuthorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return session;
  }

  public static TasklistSession logIn(int port, String user, String password) throws IOException, InterruptedException {
    TasklistSession session = new TasklistSession(port);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", session.camundaXsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as("Tasklist login of %s", user).isEqualTo(200);
    return session;
  }

  /** Logs out the way Tasklist's menu does. */
  void logOut() throws IOException, InterruptedException {
    get("/camunda/app/tasklist/default/");
    HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", camundaXsrfToken())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).isEqualTo(200);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
    return send(request(path).header("Accept", "application/json").GET());
  }

  /** Posts JSON; {@code csrfToken} goes into the X-XSRF-TOKEN header unless null. */
  HttpResponse<String> postJson(String path, String json, String csrfToken) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(request);
  }

  /** The CSRF token a page embeds for the API calls it makes. */
  static String csrfTokenOf(HttpResponse<String> page) {
    Matcher token = CSRF_TOKEN.matcher(page.body());
    assertThat(token.find()).as("page carries a CSRF token").isTrue();
    return token.group(1);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (basicAuthorization != null) {
      request.header("Authorization", basicAuthorization);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private String camundaXsrfToken() {
    return cookies.getCookieStore().get(uri("/camunda/")).stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Tasklist set no XSRF-TOKEN cookie"));
  }
}
