package id.go.tebingtinggi.kinerja.award.process;

/** Names of the variables of the review's award path, written once. */
final class AwardVariables {

  static final String AWARD_ID = "penghargaanId";
  static final String CERTIFICATE_NUMBER = "nomorSertifikat";
  static final String AWARD_SUMMARY = "ringkasanPenghargaan";
  static final String HAND_OVER_DATE = "tanggalPenyerahan";
  static final String TRAINING_OPTIONS = "pilihanPelatihan";
  static final String PRIORITY_TRAINING = "pelatihanPrioritas";

  private AwardVariables() {
  }
}
