package id.go.tebingtinggi.kinerja.cycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param meetingAfterQuarterEnd the meeting is due this long after the quarter ends, ready or not
 * @param supplementaryMeetingAfter reviews still pending at a meeting get a supplementary one this much later
 */
@ConfigurationProperties("kinerja.cycle")
public record CycleProperties(
    @DefaultValue("P30D") Duration meetingAfterQuarterEnd,
    @DefaultValue("P14D") Duration supplementaryMeetingAfter) {
}
