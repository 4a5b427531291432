package id.go.tebingtinggi.kinerja.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quarter calendar of the review, all offsets configurable ({@code kinerja.calendar.*}).
 *
 * @param targetsDue         proposing targets: this long after the quarter starts
 * @param targetReviewDue    the atasan's review of the targets: this long after the quarter starts
 * @param selfAssessmentDue  the self-assessment: this long after the quarter ends
 * @param supervisorReviewDue the supervisor review: this long after the quarter ends
 * @param minimumTime        a task never gets less time than this, even when opened late
 * @param escalationAfter    a late task is escalated this long after its due date
 * @param objectionPeriod    the employee may object this long after the predikat is known
 */
@ConfigurationProperties("kinerja.calendar")
public record ReviewCalendarProperties(
    @DefaultValue("P14D") Duration targetsDue,
    @DefaultValue("P21D") Duration targetReviewDue,
    @DefaultValue("P7D") Duration selfAssessmentDue,
    @DefaultValue("P14D") Duration supervisorReviewDue,
    @DefaultValue("P3D") Duration minimumTime,
    @DefaultValue("P3D") Duration escalationAfter,
    @DefaultValue("P5D") Duration objectionPeriod) {
}
