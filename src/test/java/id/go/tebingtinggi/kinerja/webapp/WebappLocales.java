package id.go.tebingtinggi.kinerja.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The locale files of the Camunda webapps on the classpath: Camunda's English original from the webapp jar and
 * the application's Indonesian translation, each flattened to "path → value" (for example
 * {@code labels.CLAIM_TASK} or {@code dateLocales.months[0]}).
 */
final class WebappLocales {

  static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {
  }

  /** Camunda's own file; the application adds no en.json, so the webapp jar's is the only one. */
  static Map<String, JsonNode> english(String app) {
    return flatten(read(resource(app, "en.json")));
  }

  static Map<String, JsonNode> indonesian(String app) {
    URL url = resource(app, "id.json");
    if (!url.getProtocol().equals("file")) {
      throw new IllegalStateException("id.json of " + app + " should be the application's own file, found " + url);
    }
    return flatten(read(url));
  }

  private static URL resource(String app, String file) {
    String path = APP_ROOT + app + "/locales/" + file;
    URL url = WebappLocales.class.getClassLoader().getResource(path);
    if (url == null) {
      throw new IllegalStateException("Not on the classpath: " + path);
    }
    return url;
  }

  private static JsonNode read(URL url) {
    // Jackson skips the byte order mark that Camunda's files start with.
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + url, e);
    }
  }

  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    flatten("", root, values);
    return Collections.unmodifiableMap(values);
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> values) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), values);
      }
    } else {
      values.put(path, node);
    }
  }
}
