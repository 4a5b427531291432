package id.go.tebingtinggi.kinerja.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text for the read-only parts of forms, which form-js renders as markdown: whatever a person typed is escaped
 * so it cannot inject markup, and dates are written the Indonesian way.
 */
public final class Markdown {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final Pattern SPECIALS = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  private Markdown() {
  }

  /** Typed text on one line, with markdown and HTML specials escaped. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return SPECIALS.matcher(oneLine.replace("&", "&amp;").replace("<", "&lt;")).replaceAll("\\\\$1");
  }

  public static String date(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }
}
