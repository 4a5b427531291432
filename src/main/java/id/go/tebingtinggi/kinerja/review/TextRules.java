package id.go.tebingtinggi.kinerja.review;

import java.util.List;
import java.util.regex.Pattern;

/** Checks on free text that people type: required, bounded, no control characters. */
public final class TextRules {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  private TextRules() {
  }

  /** Adds the reason {@code text} is unacceptable to {@code problems}; returns the stripped text. */
  public static String check(String label, String text, int maxLength, boolean required, List<String> problems) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      if (required) {
        problems.add(label + " wajib diisi");
      }
      return value;
    }
    // control characters are sought in the raw text: strip() takes U+001C..U+001F at either end for whitespace,
    // and some callers store the text as typed
    if (value.length() > maxLength) {
      problems.add(label + " terlalu panjang (" + value.length() + " karakter, maksimal " + maxLength + ")");
    } else if (CONTROL.matcher(text).find()) {
      problems.add(label + " mengandung karakter kontrol yang tidak diizinkan");
    }
    return value;
  }
}
