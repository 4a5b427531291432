package id.go.tebingtinggi.kinerja.meeting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.tebingtinggi.kinerja.meeting.MeetingAgenda;
import id.go.tebingtinggi.kinerja.meeting.MeetingService;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.Predikat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The agenda summary of a big unit fits the engine's 4,000-character string variable (no engine, no database). */
class PrepareMeetingListenerTest {

  @Test
  void summaryOfAUnitOfThreeHundredEmployeesStaysWithinTheEnginesStringLimitAndCountsTheRest() {
    List<MeetingAgenda.Item> items = IntStream.rangeClosed(1, 300).mapToObj(i -> new MeetingAgenda.Item((long) i,
        "19800101200501" + String.format("%04d", i), "Pegawai Nomor " + i + " Harahap", "Guru Ahli Pertama",
        Predikat.BAIK, FollowUp.TANPA_TINDAK_LANJUT)).toList();
    MeetingService meetings = mock(MeetingService.class);
    when(meetings.agenda(7L)).thenReturn(new MeetingAgenda(7L, "DISDIK-2101-Q1", "Dinas Pendidikan",
        "Triwulan I 2101", false, items, List.of(), Map.of()));
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable("cycleId")).thenReturn(7L);
    when(task.getId()).thenReturn("task-1");

    new PrepareMeetingListener(meetings).notify(task);

    ArgumentCaptor<Object> summary = ArgumentCaptor.forClass(Object.class);
    verify(task).setVariableLocal(eq(MeetingVariables.AGENDA_SUMMARY), summary.capture());
    String text = (String) summary.getValue();
    assertThat(text.length()).isLessThanOrEqualTo(4000);
    assertThat(text).startsWith("300 pegawai siap diputuskan").contains("| Pegawai Nomor 1 Harahap |");
    long rows = text.lines().filter(line -> line.startsWith("| Pegawai Nomor")).count();
    assertThat(text).contains((300 - rows) + " pegawai lainnya tercantum di halaman rapat.");
    verify(task).setVariableLocal("tautanRapat", "/rapat/task-1");
  }
}
