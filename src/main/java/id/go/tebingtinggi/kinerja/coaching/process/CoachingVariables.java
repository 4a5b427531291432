package id.go.tebingtinggi.kinerja.coaching.process;

/**
 * Names of the process and form variables of CoachingFollowUp, written once. The review passes in its own
 * variables (see {@link id.go.tebingtinggi.kinerja.review.process.ReviewVariables}).
 */
public final class CoachingVariables {

  public static final String PROCESS_KEY = "CoachingFollowUp";
  public static final String NEXT_PREDIKAT_MESSAGE = "NextPredikatKnown";

  public static final String COACHING_ID = "pembinaanId";

  // plan
  public static final String REVIEW_SUMMARY = "ringkasanPenilaian";
  public static final String GAPS = "kesenjangan";
  public static final String GOALS = "tujuan";
  public static final String ACTION = "tindakan";
  public static final String ACTION_DUE = "tenggatTindakan";
  public static final String TRAINING_WANTED = "perluPelatihan";
  public static final String TRAINING_OPTIONS = "pilihanPelatihan";
  public static final String TRAINING = "pelatihanId";
  public static final String TRAINING_NEEDED = "pelatihanDiperlukan";

  // acknowledgement
  public static final String PLAN_SUMMARY = "ringkasanRencana";
  public static final String READ_CONFIRMED = "pernyataanMembaca";
  public static final String EMPLOYEE_COMMENT = "tanggapanPegawai";

  // sessions
  public static final String SESSION_HISTORY = "riwayatSesi";
  public static final String TRAINING_STATUS = "statusPelatihan";
  public static final String NEXT_PREDIKAT_INFO = "infoPredikatBerikutnya";
  public static final String SESSION_DATE = "tanggalSesi";
  public static final String SESSION_TOPICS = "topikSesi";
  public static final String SESSION_AGREEMENTS = "kesepakatanSesi";
  public static final String NEXT_SESSION = "sesiBerikutnya";
  public static final String SESSION_NUMBER = "nomorSesi";
  public static final String MORE_SESSIONS = "lanjutSesi";
  public static final String SESSION_SUMMARY = "ringkasanSesi";
  public static final String EMPLOYEE_NOTE = "catatanPegawai";

  // follow-up check
  public static final String NEXT_PREDIKAT_KNOWN = "predikatBerikutnyaDiketahui";
  public static final String FOLLOW_UP_DEADLINE = "batasTindakLanjut";
  public static final String IMPROVED = "membaik";
  public static final String COACHING_SUMMARY = "ringkasanPembinaan";
  public static final String ESCALATION_DECISION = "keputusanEskalasi";
  public static final String ESCALATION_NOTE = "pertimbanganEskalasi";
  public static final String MISSING_REVIEW_DECISION = "keputusanBkpsdm";
  public static final String NEW_DEADLINE = "batasBaru";
  public static final String BKPSDM_NOTE = "catatanBkpsdm";
  public static final String COACHING_CLOSED = "pembinaanDitutup";

  private CoachingVariables() {
  }

  /** The form field key of action row {@code position} (1..3), e.g. {@code tindakan02}. */
  public static String row(String field, int position) {
    return field + String.format("%02d", position);
  }
}
