package id.go.tebingtinggi.kinerja.review.process;

/** Names of the process and form variables of EmployeeQuarterlyReview, written once. */
public final class ReviewVariables {

  public static final String PROCESS_KEY = "EmployeeQuarterlyReview";
  public static final String MEETING_DECISION_MESSAGE = "MeetingDecision";

  // started with
  public static final String NIP = "nip";
  public static final String YEAR = "year";
  public static final String QUARTER = "quarter";

  // set when the review is registered
  public static final String REVIEW_ID = "reviewId";
  public static final String EMPLOYEE_LOGIN = "pegawaiLogin";
  public static final String SUPERVISOR_LOGIN = "atasanLogin";
  public static final String APPEAL_ASSESSOR_LOGIN = "penilaiBandingLogin";
  public static final String EMPLOYEE_NAME = "pegawaiNama";
  public static final String EMPLOYEE_POSITION = "pegawaiJabatan";
  public static final String UNIT_NAME = "unitNama";
  public static final String UNIT_CODE = "kodeUnit";
  public static final String PERIOD_LABEL = "periodeLabel";

  // shown on every task
  public static final String ALERT = "pengingat";

  // targets
  public static final String INDICATOR_COUNT = "jumlahIndikator";
  public static final String RHK = "rhk";
  public static final String INDICATOR = "indikator";
  public static final String ASPECT = "aspek";
  public static final String TARGET = "target";
  public static final String UNIT_OF_MEASURE = "satuan";
  public static final String WEIGHT = "bobot";
  public static final String KIND = "jenis";
  public static final String SUPERVISOR_COMMENT = "komentarAtasan";
  public static final String ROUND = "putaranRevisi";
  public static final String TARGET_SUMMARY = "ringkasanTarget";
  public static final String TARGET_DECISION = "keputusanTarget";
  public static final String TARGETS_APPROVED = "targetDisetujui";

  // self-assessment
  public static final String INDICATOR_LABEL = "label";
  public static final String REALISATION = "realisasi";
  public static final String EVIDENCE = "bukti";
  public static final String REFLECTION = "refleksi";

  // supervisor review and decisions
  public static final String ABOVE_SHARE = "porsiBobotDiAtas";
  public static final String BELOW_SHARE = "porsiBobotDiBawah";
  public static final String MAIN_BELOW = "adaIndikatorUtamaDiBawah";
  public static final String SUGGESTED_RATING_HASIL_KERJA = "ratingHasilKerjaSaran";
  public static final String ACHIEVEMENT_SUMMARY = "ringkasanCapaian";
  public static final String RATING_HASIL_KERJA = "ratingHasilKerja";
  public static final String RATING_HASIL_KERJA_REASON = "alasanRatingHasilKerja";
  public static final String SPECIAL_EXPECTATION = "ekspektasiKhusus";
  public static final String FEEDBACK = "umpanBalik";
  public static final String BEHAVIOUR_ABOVE_COUNT = "jumlahPerilakuDiAtas";
  public static final String BEHAVIOUR_BELOW_COUNT = "jumlahPerilakuDiBawah";
  public static final String RATING_PERILAKU_KERJA = "ratingPerilakuKerja";
  public static final String PREDIKAT = "predikat";
  public static final String RECOMMENDED_FOLLOW_UP = "rekomendasiTindakLanjut";

  // result and objection
  public static final String OBJECTION_DEADLINE = "batasKeberatan";
  public static final String OBJECTION_DEADLINE_LABEL = "batasKeberatanLabel";
  public static final String RESULT_RESPONSE = "tanggapanHasil";
  public static final String OBJECTION_REASON = "alasanKeberatan";
  public static final String OBJECTION_FILED = "keberatanDiajukan";
  public static final String OBJECTION_SUMMARY = "ringkasanKeberatan";
  public static final String OBJECTION_DECISION = "keputusanKeberatan";
  public static final String NEW_RATING_HASIL_KERJA = "ratingHasilKerjaBaru";
  public static final String NEW_RATING_PERILAKU_KERJA = "ratingPerilakuKerjaBaru";
  public static final String OBJECTION_DECISION_REASON = "alasanKeputusanKeberatan";
  public static final String OBJECTION_SETTLED = "keberatanSelesai";
  public static final String RATINGS_CHANGED = "penilaianDiubah";

  // meeting
  public static final String FOLLOW_UP = "tindakLanjut";

  private ReviewVariables() {
  }

  /** The form field key of indicator row {@code position} (1..20), e.g. {@code target03}. */
  public static String row(String field, int position) {
    return field + String.format("%02d", position);
  }
}
