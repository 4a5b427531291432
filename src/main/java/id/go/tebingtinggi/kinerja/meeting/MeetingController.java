package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.FollowUp;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meeting task's own page talks to this API: the agenda with the distribution guide, and the record of the
 * meeting, which completes the task in the same transaction. Only the task's assignee gets either.
 */
@RestController
@RequestMapping("/api/meetings/tasks/{taskId}")
class MeetingController {

  private final MeetingTasks tasks;
  private final MeetingService meetings;

  MeetingController(MeetingTasks tasks, MeetingService meetings) {
    this.tasks = tasks;
    this.meetings = meetings;
  }

  @GetMapping
  AgendaView agenda(@PathVariable String taskId, Principal caller) {
    Long cycleId = tasks.cycleOfOpenMeetingTask(taskId, caller.getName());
    MeetingAgenda agenda = meetings.agenda(cycleId);
    List<GuideView> guides = Arrays.stream(UnitResult.values())
        .map(result -> new GuideView(result, result.label(), DistributionGuide.describe(result),
            DistributionGuide.deviations(result, agenda.distribution())))
        .toList();
    return new AgendaView(agenda, guides);
  }

  @PostMapping
  Map<String, Object> hold(@PathVariable String taskId, @RequestBody MeetingRequest request, Principal caller) {
    EvaluationMeeting meeting = tasks.holdAndComplete(taskId, caller.getName(), request.toInput());
    return Map.of("rapatId", meeting.getId(), "urutan", meeting.getSequenceNumber(),
        "jumlahKeputusan", meeting.getDecisions().size(), "pesan", "Keputusan rapat tersimpan dan tugas selesai");
  }

  record AgendaView(MeetingAgenda agenda, List<GuideView> guides) {
  }

  record GuideView(UnitResult unitResult, String label, String guide, List<String> deviations) {
  }

  /** The meeting as the page (or an API client) sends it. */
  record MeetingRequest(LocalDate meetingDate, String minutes, String attendees, UnitResult unitResult,
                        String distributionJustification, List<DecisionRequest> decisions) {

    MeetingInput toInput() {
      List<MeetingInput.Decision> list = decisions == null ? List.of() : decisions.stream()
          .map(d -> new MeetingInput.Decision(d.reviewId(), d.followUp(), d.reason())).toList();
      return new MeetingInput(meetingDate, minutes, attendees, unitResult, distributionJustification, list);
    }
  }

  record DecisionRequest(Long reviewId, FollowUp followUp, String reason) {
  }
}
