package id.go.tebingtinggi.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian locale of each Camunda webapp against the English one shipped in the webapp jar. The webapps
 * show a key that has no translation as the bare key (for example {@code CLAIM_TASK}) and do not fall back to
 * English for it, so every key must be translated.
 */
class IndonesianLocaleTest {

  /** Interpolations ({{name}}), moment.js and plugin substitutions (%s, %d, {}) and HTML markup. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{.*?}}|%[sd]|\\{}|</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit", "welcome"})
  void translatesEveryEnglishKey(String app) {
    Map<String, JsonNode> english = WebappLocales.english(app);
    Map<String, JsonNode> indonesian = WebappLocales.indonesian(app);

    List<String> missing = english.keySet().stream().filter(key -> !indonesian.containsKey(key)).toList();
    List<String> blank = english.entrySet().stream()
        .filter(entry -> needsText(entry.getValue().asText()))
        .map(Map.Entry::getKey)
        .filter(key -> indonesian.containsKey(key) && indonesian.get(key).asText().isBlank())
        .toList();

    assertSoftly(softly -> {
      softly.assertThat(missing).as("%s: keys of en.json missing in id.json", app).isEmpty();
      softly.assertThat(blank).as("%s: keys translated with a blank text", app).isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit", "welcome"})
  void hasNoKeyUnknownToEnglish(String app) {
    Map<String, JsonNode> english = WebappLocales.english(app);

    List<String> unknown = WebappLocales.indonesian(app).keySet().stream()
        .filter(key -> !english.containsKey(key))
        .toList();

    assertThat(unknown).as("%s: keys of id.json that en.json does not have", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit", "welcome"})
  void keepsPlaceholdersAndMarkup(String app) {
    Map<String, JsonNode> indonesian = WebappLocales.indonesian(app);
    List<String> broken = new ArrayList<>();
    WebappLocales.english(app).forEach((key, value) -> {
      if (!indonesian.containsKey(key)) {
        return;
      }
      List<String> expected = placeholders(value.asText());
      List<String> actual = placeholders(indonesian.get(key).asText());
      if (!actual.equals(expected)) {
        broken.add(key + ": en " + expected + ", id " + actual);
      }
    });

    assertThat(broken).as("%s: values whose placeholders differ from English", app).isEmpty();
  }

  /**
   * Blank English texts stay blank, and so does the plural "s" that Cockpit appends to a noun
   * ({@code PLGN_BATCH_S}): Indonesian marks no plural on the noun.
   */
  private static boolean needsText(String english) {
    return !english.isBlank() && !english.equals("s");
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    Collections.sort(found);
    return found;
  }
}
