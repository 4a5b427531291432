package id.go.tebingtinggi.kinerja.meeting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A unit's quarter's meetings, with the link to each printable report, for the unit's record. */
@RestController
@PreAuthorize("hasAnyRole('kepala-dinas', 'bkpsdm', 'camunda-admin')")
class MeetingReportController {

  private final MeetingReports reports;

  MeetingReportController(MeetingReports reports) {
    this.reports = reports;
  }

  @GetMapping("/api/cycles/{cycleKey}/meetings")
  CycleMeetingsView meetings(@PathVariable String cycleKey, Authentication caller) {
    CycleMeetings cycle = reports.meetingsOf(cycleKey, MeetingPages.viewer(caller));
    List<MeetingView> meetings = cycle.meetings().stream()
        .map(meeting -> new MeetingView(meeting.meetingId(), meeting.sequenceNumber(), meeting.supplementary(),
            meeting.meetingDate(), meeting.unitResult(), meeting.decisionCount(), meeting.heldBy(),
            ServletUriComponentsBuilder.fromCurrentContextPath().path("/laporan/rapat/{id}")
                .buildAndExpand(meeting.meetingId()).getPath()))
        .toList();
    return new CycleMeetingsView(cycle.cycleKey(), cycle.unitCode(), cycle.unitName(), cycle.periodLabel(), meetings);
  }

  record CycleMeetingsView(String cycleKey, String unitCode, String unitName, String periodLabel,
                           List<MeetingView> meetings) {
  }

  record MeetingView(Long meetingId, int sequenceNumber, boolean supplementary, LocalDate meetingDate,
                     UnitResult unitResult, int decisionCount, String heldBy, String reportUrl) {
  }
}
