package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the pages print them, in Bahasa Indonesia and Western Indonesia Time, whatever the browser. */
public final class IndonesianFormat {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DATE_AND_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm 'WIB'", INDONESIAN);

  public String date(LocalDate date) {
    return DATE.format(date);
  }

  public String dayAndDate(LocalDate date) {
    return DAY_AND_DATE.format(date);
  }

  public String dateAndTime(Instant instant) {
    return DATE_AND_TIME.format(instant.atZone(ReviewCalendar.ZONE));
  }
}
