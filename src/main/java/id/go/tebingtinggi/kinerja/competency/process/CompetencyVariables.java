package id.go.tebingtinggi.kinerja.competency.process;

/** Names of the process and form variables of CompetencyDevelopment, written once. */
public final class CompetencyVariables {

  public static final String PROCESS_KEY = "CompetencyDevelopment";
  public static final String PLACE_FREED_MESSAGE = "TrainingPlaceFreed";
  public static final String CANCELLED_MESSAGE = "NominationCancelled";

  // started with (by a coaching plan or an award) or set when the employee's own request is stored
  public static final String NOMINATION_ID = "usulanId";
  public static final String INITIATOR = "pengusulLogin";

  // set when the nomination is registered
  public static final String EMPLOYEE_LOGIN = "pegawaiLogin";
  public static final String SUPERVISOR_LOGIN = "atasanLogin";
  public static final String EMPLOYEE_NAME = "pegawaiNama";
  public static final String TRAINING_TITLE = "pelatihanJudul";
  public static final String APPROVAL_NEEDED = "persetujuanDiperlukan";

  // request and approval
  public static final String TRAINING_OPTIONS = "pilihanPelatihan";
  public static final String TRAINING = "pelatihanId";
  public static final String REQUEST_REASON = "alasanUsulan";
  public static final String NOMINATION_SUMMARY = "ringkasanUsulan";
  public static final String APPROVAL_DECISION = "keputusanUsulan";
  public static final String REJECTION_REASON = "alasanPenolakan";
  public static final String APPROVED = "usulanDisetujui";

  // placement
  public static final String SESSION_OPTIONS = "pilihanSesi";
  public static final String SESSION = "sesiId";
  public static final String PLACED = "ditempatkan";
  public static final String PLACEMENT_RESULT = "hasilPenempatan";
  public static final String SESSION_START = "tanggalMulaiSesi";
  public static final String SESSION_END = "tanggalSelesaiSesi";

  // attendance
  public static final String ATTENDANCE = "kehadiran";
  public static final String CERTIFICATE_NUMBER = "nomorSertifikatPelatihan";
  public static final String ATTENDED = "hadir";
  public static final String BACK_TO_LIST = "kembaliKeDaftar";

  private CompetencyVariables() {
  }

  public static String businessKey(String nip, Long nominationId) {
    return nip + "-KOMPETENSI-" + nominationId;
  }
}
