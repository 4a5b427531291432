package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.cycle.CycleService;
import id.go.tebingtinggi.kinerja.identity.Roles;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The application's own pages for the meeting, reached with the Tasklist login: the meeting page of an open meeting
 * task (linked from the task's form), and the printable report of a recorded meeting.
 */
@Controller
class MeetingPages {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final MeetingTasks tasks;
  private final MeetingService meetings;
  private final MeetingReports reports;
  private final CycleService cycles;
  private final Clock clock;

  MeetingPages(MeetingTasks tasks, MeetingService meetings, MeetingReports reports, CycleService cycles, Clock clock) {
    this.tasks = tasks;
    this.meetings = meetings;
    this.reports = reports;
    this.cycles = cycles;
    this.clock = clock;
  }

  @GetMapping("/rapat/{taskId}")
  @PreAuthorize("hasRole('kepala-dinas')")
  String meetingPage(@PathVariable String taskId, Authentication caller, Model model) {
    Optional<Long> recorded = reports.meetingOfTask(taskId, viewer(caller));
    if (recorded.isPresent()) {
      return "redirect:/laporan/rapat/" + recorded.get();
    }
    Long cycleId = tasks.cycleOfOpenMeetingTask(taskId, caller.getName());
    MeetingAgenda agenda = meetings.agenda(cycleId);
    model.addAttribute("taskId", taskId)
        .addAttribute("agenda", agenda)
        .addAttribute("shares", DistributionGuide.shares(agenda.distribution()))
        .addAttribute("guides", DistributionGuide.assessEach(agenda.distribution()))
        .addAttribute("followUps", FollowUp.values())
        .addAttribute("firstDay", cycles.get(cycleId).period().firstDay())
        .addAttribute("today", LocalDate.now(clock.withZone(ReviewCalendar.ZONE)));
    return page(model, caller, "meeting/meeting-page");
  }

  @GetMapping("/laporan/rapat/{meetingId}")
  @PreAuthorize("hasAnyRole('kepala-dinas', 'bkpsdm', 'camunda-admin')")
  String report(@PathVariable Long meetingId, Authentication caller, Model model) {
    model.addAttribute("report", reports.report(meetingId, viewer(caller)))
        .addAttribute("printedAt", clock.instant());
    return page(model, caller, "meeting/meeting-report");
  }

  private String page(Model model, Authentication caller, String view) {
    model.addAttribute("user", reports.person(caller.getName()))
        .addAttribute("format", new IndonesianFormat())
        .addAttribute("tasklist", TASKLIST);
    return view;
  }

  static Viewer viewer(Authentication caller) {
    boolean seesEveryUnit = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(role -> role.equals("ROLE_" + Roles.BKPSDM) || role.equals("ROLE_" + Roles.ADMIN));
    return new Viewer(caller.getName(), seesEveryUnit);
  }
}
