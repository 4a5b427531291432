package id.go.tebingtinggi.kinerja.cycle.process;

/** Names of the variables and messages of UnitQuarterlyCycle and QuarterOpening, written once. */
public final class CycleVariables {

  public static final String PROCESS_KEY = "UnitQuarterlyCycle";
  public static final String OPENING_PROCESS_KEY = "QuarterOpening";
  public static final String READY_MESSAGE = "ReviewsReadyForMeeting";

  public static final String UNIT_CODE = "kodeUnit";
  public static final String YEAR = "year";
  public static final String QUARTER = "quarter";
  public static final String CYCLE_ID = "cycleId";
  public static final String UNIT_NAME = "unitNama";
  public static final String HEAD_LOGIN = "kepalaLogin";
  public static final String PERIOD_LABEL = "periodeLabel";
  public static final String MEETING_DEADLINE = "tenggatRapat";
  public static final String ALL_READY = "semuaSiap";
  public static final String ANY_READY = "adaYangSiap";
  public static final String ANY_PENDING = "adaTertunda";
  public static final String PENDING_SUMMARY = "ringkasanTertunda";
  public static final String NIP = "nip";

  // QuarterOpening
  public static final String ALL_UNITS = "seluruhUnit";
  public static final String UNIT_CODES = "unitDipilih";
  public static final String SELECTED_UNITS = "kodeUnitTerpilih";
  /** The quarter being opened, {@code <year>-Q<n>}, so that a second request for it can be found while the first runs. */
  public static final String OPENING_PERIOD = "periodeDibuka";
  public static final String SKIPPED_UNITS = "kodeUnitDilewati";
  public static final String SKIPPED_SUMMARY = "ringkasanPembukaan";

  private CycleVariables() {
  }
}
