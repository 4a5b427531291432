package id.go.tebingtinggi.kinerja.benchmark;

import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * How one coaching (CoachingFollowUp) and one award hand-over go, fixed by the process instance id and the run's
 * seed, and what each person types into each form of the quarter's follow-up:
 * <ul>
 *   <li>the atasan writes the plan (gaps, goals, two or three actions due within 30–75 days); the benchmark's
 *       database has no training catalogue (the demo catalogue is not loaded), so no training is nominated;</li>
 *   <li>the employee confirms having read the plan, with a comment in half of the cases;</li>
 *   <li>the atasan records one (50 %), two (35 %) or three (15 %) sessions held today, the employee notes each,
 *       leaving the note empty one time in three;</li>
 *   <li>BKPSDM records the award's hand-over today, with no priority training (no catalogue).</li>
 * </ul>
 * The coaching then waits for the next quarter's predikat (or its deadline timer): that is where the quarter ends.
 */
final class CoachingConduct {

  final int sessions;
  final int actions;
  final boolean commentsOnPlan;
  private final int noteSeed;

  CoachingConduct(String processInstanceId, long seed) {
    Random random = new Random(processInstanceId.hashCode() * 17L + seed);
    int share = random.nextInt(100);
    sessions = share < 50 ? 1 : share < 85 ? 2 : 3;
    actions = 2 + random.nextInt(2);
    commentsOnPlan = random.nextBoolean();
    noteSeed = random.nextInt(3);
  }

  /** Susun rencana pembinaan (the atasan). */
  Map<String, Object> plan() {
    LocalDate today = LocalDate.now(ReviewCalendar.ZONE);
    Map<String, Object> form = new HashMap<>();
    form.put("kesenjangan", "Capaian indikator utama di bawah target triwulan; laporan sering terlambat.");
    form.put("tujuan", "Capaian indikator utama sesuai target dan laporan tepat waktu pada triwulan berikutnya.");
    String[] texts = {"Ikuti pendampingan harian oleh pejabat fungsional senior",
        "Susun jadwal kerja mingguan dan laporkan kemajuannya setiap Jumat",
        "Pelajari kembali SOP layanan bersama kepala seksi"};
    for (int i = 1; i <= actions; i++) {
      form.put(String.format("tindakan%02d", i), texts[i - 1]);
      form.put(String.format("tenggatTindakan%02d", i), today.plusDays(15L + 15L * (i + 1)).toString());
    }
    form.put("perluPelatihan", false);
    return form;
  }

  /** Tanggapi rencana pembinaan (the employee). */
  Map<String, Object> acknowledgement() {
    Map<String, Object> form = new HashMap<>();
    form.put("pernyataanMembaca", true);
    if (commentsOnPlan) {
      form.put("tanggapanPegawai", "Saya bersedia mengikuti rencana ini dan meminta jadwal pendampingan tetap.");
    }
    return form;
  }

  /** Catat sesi pembinaan (the atasan); {@code held} is the number of sessions recorded before this one. */
  Map<String, Object> session(int held) {
    Map<String, Object> form = new HashMap<>();
    form.put("tanggalSesi", LocalDate.now(ReviewCalendar.ZONE).toString());
    form.put("topikSesi", "Kemajuan tindakan rencana pembinaan, sesi ke-" + (held + 1));
    form.put("kesepakatanSesi", "Pegawai menyelesaikan antrean pekerjaan harian dan melapor setiap Jumat.");
    form.put("sesiBerikutnya", held + 1 < sessions ? "LANJUT" : "CUKUP");
    return form;
  }

  /** Beri catatan atas sesi pembinaan {@code number} (the employee); one note in three is left empty. */
  Map<String, Object> sessionNote(int number) {
    return (noteSeed + number) % 3 == 0 ? Map.of()
        : Map.of("catatanPegawai", "Saya memahami kesepakatan sesi ini dan akan melaporkan kemajuannya.");
  }

  /** Serahkan sertifikat penghargaan (BKPSDM): handed over today, no priority training. */
  static Map<String, Object> awardHandOver() {
    return Map.of("tanggalPenyerahan", LocalDate.now(ReviewCalendar.ZONE).toString());
  }
}
