package id.go.tebingtinggi.kinerja.competency.process;

import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.competency.Nomination;
import id.go.tebingtinggi.kinerja.competency.Training;
import id.go.tebingtinggi.kinerja.competency.TrainingSession;

/** Markdown of a nomination for the read-only parts of the forms. */
public final class NominationSummaries {

  private NominationSummaries() {
  }

  static String nomination(Nomination nomination) {
    Training training = nomination.getTraining();
    StringBuilder md = new StringBuilder()
        .append("**Pegawai:** ").append(Markdown.escape(nomination.getEmployee().getName()))
        .append(" (NIP ").append(nomination.getEmployee().getNip().value()).append(")\n\n")
        .append("**Jabatan:** ").append(Markdown.escape(nomination.getEmployee().getPosition())).append("\n\n")
        .append("**Pelatihan:** ").append(Markdown.escape(training.getTitle())).append(" — ")
        .append(training.getKind().label()).append(", kompetensi ").append(Markdown.escape(training.getCompetency()))
        .append(", ").append(training.getHours()).append(" JP\n\n")
        .append("**Asal usulan:** ").append(nomination.getSource().label())
        .append(nomination.isPriority() ? " (prioritas karena penghargaan)" : "").append("\n\n");
    if (nomination.getReason() != null) {
      md.append("**Alasan:** ").append(Markdown.escape(nomination.getReason())).append("\n\n");
    }
    if (nomination.getSession() != null) {
      md.append("**Sesi:** ").append(Markdown.escape(nomination.getSession().describe())).append("\n\n");
    }
    if (nomination.getAbsences() > 0) {
      md.append("**Catatan:** pegawai pernah tidak hadir pada sesi ")
          .append(Markdown.escape(nomination.getAbsentSession().describe()))
          .append("; ini kesempatan terakhir.\n\n");
    }
    md.append("**Status:** ").append(nomination.getStatus().label()).append('\n');
    return md.toString();
  }

  /** One line for a coaching plan: which training, and whether it is done. */
  public static String status(Nomination nomination) {
    String line = Markdown.escape(nomination.getTraining().getTitle()) + ": " + nomination.getStatus().label();
    TrainingSession session = nomination.getSession();
    if (nomination.getCertificateNumber() != null) {
      line += " (sertifikat " + Markdown.escape(nomination.getCertificateNumber()) + ")";
    } else if (session != null) {
      line += " (" + Markdown.escape(session.describe()) + ")";
    }
    return line;
  }
}
