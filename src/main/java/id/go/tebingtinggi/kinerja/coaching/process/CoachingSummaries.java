package id.go.tebingtinggi.kinerja.coaching.process;

import id.go.tebingtinggi.kinerja.coaching.Coaching;
import id.go.tebingtinggi.kinerja.coaching.CoachingAction;
import id.go.tebingtinggi.kinerja.coaching.CoachingSession;
import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.review.BehaviourRating;
import id.go.tebingtinggi.kinerja.review.Indicator;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.Rating;
import java.util.List;

/** Markdown of a coaching for the read-only parts of its forms. */
final class CoachingSummaries {

  private CoachingSummaries() {
  }

  /** What the review found: the predikat, both ratings, what fell below expectation, and the feedback. */
  static String review(PerformanceReview review) {
    StringBuilder md = new StringBuilder()
        .append("**Predikat:** ").append(review.getPredikat() == null ? "–" : review.getPredikat().label())
        .append("\n\n**Rating hasil kerja:** ").append(label(review.getRatingHasilKerja()))
        .append("\n\n**Rating perilaku kerja:** ").append(label(review.getRatingPerilakuKerja())).append("\n\n");
    List<Indicator> below = review.getIndicators().stream()
        .filter(i -> i.getCategory() == Rating.DI_BAWAH_EKSPEKTASI).toList();
    if (!below.isEmpty()) {
      md.append("**Indikator di bawah ekspektasi:**\n\n");
      below.forEach(i -> md.append("- ").append(Markdown.escape(i.getDescription())).append('\n'));
      md.append('\n');
    }
    List<BehaviourRating> behaviourBelow = review.getBehaviourRatings().stream()
        .filter(r -> r.getRating() == Rating.DI_BAWAH_EKSPEKTASI).toList();
    if (!behaviourBelow.isEmpty()) {
      md.append("**Perilaku kerja di bawah ekspektasi:** ")
          .append(String.join(", ", behaviourBelow.stream().map(r -> r.getCoreValue().label()).toList()))
          .append("\n\n");
    }
    md.append("**Umpan balik atasan:** ").append(Markdown.escape(review.getFeedback())).append('\n');
    return md.toString();
  }

  /** A starting point for the gaps: the indicators and values below expectation, in plain text. */
  static String suggestedGaps(PerformanceReview review) {
    StringBuilder text = new StringBuilder();
    review.getIndicators().stream().filter(i -> i.getCategory() == Rating.DI_BAWAH_EKSPEKTASI)
        .forEach(i -> text.append("Capaian indikator \"").append(i.getDescription()).append("\" di bawah ekspektasi.\n"));
    review.getBehaviourRatings().stream().filter(r -> r.getRating() == Rating.DI_BAWAH_EKSPEKTASI)
        .forEach(r -> text.append("Perilaku kerja ").append(r.getCoreValue().label()).append(" di bawah ekspektasi.\n"));
    return text.toString().strip();
  }

  static String plan(Coaching coaching, String trainingLine) {
    StringBuilder md = new StringBuilder()
        .append("**Kesenjangan kinerja:** ").append(Markdown.escape(coaching.getGaps())).append("\n\n")
        .append("**Tujuan pembinaan:** ").append(Markdown.escape(coaching.getGoals())).append("\n\n")
        .append("| No | Tindakan yang disepakati | Tenggat |\n|---|---|---|\n");
    for (CoachingAction action : coaching.getActions()) {
      md.append("| ").append(action.getPosition()).append(" | ").append(Markdown.escape(action.getDescription()))
          .append(" | ").append(Markdown.date(action.getDueDate())).append(" |\n");
    }
    md.append("\n**Pelatihan:** ").append(trainingLine).append('\n');
    if (coaching.getEmployeeComment() != null) {
      md.append("\n**Tanggapan pegawai atas rencana:** ").append(Markdown.escape(coaching.getEmployeeComment()))
          .append('\n');
    }
    return md.toString();
  }

  static String sessions(Coaching coaching) {
    if (coaching.getSessions().isEmpty()) {
      return "Belum ada sesi pembinaan yang dicatat.";
    }
    StringBuilder md = new StringBuilder("| Sesi | Tanggal | Topik | Kesepakatan | Catatan pegawai |\n|---|---|---|---|---|\n");
    for (CoachingSession session : coaching.getSessions()) {
      md.append(session(session));
    }
    return md.toString();
  }

  static String lastSession(Coaching coaching, int number) {
    CoachingSession session = coaching.getSessions().stream().filter(s -> s.getNumber() == number).findFirst()
        .orElseThrow(() -> new IllegalStateException("coaching " + coaching.getId() + " has no session " + number));
    return "| Sesi | Tanggal | Topik | Kesepakatan | Catatan pegawai |\n|---|---|---|---|---|\n" + session(session);
  }

  private static String session(CoachingSession session) {
    return "| " + session.getNumber() + " | " + Markdown.date(session.getHeldOn()) + " | "
        + Markdown.escape(session.getTopics()) + " | " + Markdown.escape(session.getAgreements()) + " | "
        + (session.getEmployeeNote() == null ? "–" : Markdown.escape(session.getEmployeeNote())) + " |\n";
  }

  private static String label(Rating rating) {
    return rating == null ? "–" : rating.label();
  }
}
