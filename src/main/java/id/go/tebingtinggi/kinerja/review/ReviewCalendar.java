package id.go.tebingtinggi.kinerja.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Due dates of the review's steps: from the quarter calendar, but never less than the minimum time from now. */
@Component
public class ReviewCalendar {

  /** Tebing Tinggi is on Western Indonesia Time; deadlines fall at the end of a working day there. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private final ReviewCalendarProperties properties;
  private final Clock clock;

  public ReviewCalendar(ReviewCalendarProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Instant dueDate(Period period, ReviewStep step) {
    Instant earliest = endOfDay(clock.instant().plus(properties.minimumTime()));
    LocalDate calendarDay = switch (step) {
      case PROPOSE_TARGETS -> period.firstDay().plusDays(properties.targetsDue().toDays());
      case REVIEW_TARGETS -> period.firstDay().plusDays(properties.targetReviewDue().toDays());
      case SELF_ASSESS -> period.lastDay().plusDays(properties.selfAssessmentDue().toDays());
      case REVIEW_PERFORMANCE -> period.lastDay().plusDays(properties.supervisorReviewDue().toDays());
      case RESPOND_TO_RESULT -> null;
      case DECIDE_OBJECTION -> null;
    };
    if (step == ReviewStep.RESPOND_TO_RESULT) {
      return objectionDeadline();
    }
    if (calendarDay == null) {
      return earliest;
    }
    Instant fromCalendar = calendarDay.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    return fromCalendar.isAfter(earliest) ? fromCalendar : earliest;
  }

  public Instant escalationDate(Instant dueDate) {
    return dueDate.plus(properties.escalationAfter());
  }

  public Instant objectionDeadline() {
    return endOfDay(clock.instant().plus(properties.objectionPeriod()));
  }

  public Duration minimumTime() {
    return properties.minimumTime();
  }

  private static Instant endOfDay(Instant instant) {
    return instant.atZone(ZONE).toLocalDate().atTime(END_OF_DAY).atZone(ZONE).toInstant();
  }
}
