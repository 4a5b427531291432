package id.go.tebingtinggi.kinerja.review.process;

import id.go.tebingtinggi.kinerja.review.CoreValue;
import id.go.tebingtinggi.kinerja.review.Indicator;
import id.go.tebingtinggi.kinerja.review.IndicatorDraft;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.Rating;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Markdown that the forms show read-only (form-js renders it): the plan, the achievement and the objection,
 * with every piece of text a person typed escaped so it cannot inject markup.
 */
final class ReviewSummaries {

  static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final Pattern MARKDOWN_SPECIALS = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  private ReviewSummaries() {
  }

  static String plan(List<IndicatorDraft> plan) {
    StringBuilder md = new StringBuilder("| No | Rencana hasil kerja | Indikator | Aspek | Target | Bobot | Jenis |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (IndicatorDraft i : plan) {
      md.append("| ").append(i.position())
          .append(" | ").append(escape(i.rhk()))
          .append(" | ").append(escape(i.description()))
          .append(" | ").append(i.aspect().label())
          .append(" | ").append(number(i.target())).append(' ').append(escape(i.unitOfMeasure()))
          .append(" | ").append(i.weight()).append(" %")
          .append(" | ").append(i.kind().label())
          .append(" |\n");
    }
    return md.toString();
  }

  static String indicatorLabel(IndicatorDraft i) {
    return "Indikator " + i.position() + ": " + plain(i.description()) + " — target " + number(i.target()) + " "
        + plain(i.unitOfMeasure()) + " (" + i.aspect().label() + ", bobot " + i.weight() + " %, " + i.kind().label() + ")";
  }

  static String achievement(PerformanceReview review) {
    StringBuilder md = new StringBuilder(
        "| No | Indikator | Target | Realisasi | Capaian | Kategori | Bukti dukung |\n|---|---|---|---|---|---|---|\n");
    for (Indicator i : review.getIndicators()) {
      md.append("| ").append(i.getPosition())
          .append(" | ").append(escape(i.getDescription())).append(" (").append(i.getKind().label()).append(", ")
          .append(i.getWeight()).append(" %)")
          .append(" | ").append(number(i.getTarget())).append(' ').append(escape(i.getUnitOfMeasure()))
          .append(" | ").append(i.getRealisation() == null ? "–" : number(i.getRealisation()))
          .append(" | ").append(i.getAchievement() == null ? "–" : number(i.getAchievement()) + " %")
          .append(" | ").append(i.getCategory() == null ? "–" : i.getCategory().label())
          .append(" | ").append(i.getEvidence() == null ? "–" : escape(i.getEvidence()))
          .append(" |\n");
    }
    md.append("\n**Refleksi pegawai:** ").append(escape(review.getReflection())).append('\n');
    return md.toString();
  }

  static String objection(PerformanceReview review) {
    StringBuilder md = new StringBuilder();
    md.append("**Pegawai:** ").append(escape(review.getEmployee().getName())).append(" (NIP ")
        .append(review.getEmployee().getNip()).append(")\n\n")
        .append("**Pejabat penilai:** ").append(escape(review.getAssessor().getName())).append("\n\n")
        .append("**Rating hasil kerja:** ").append(label(review.getRatingHasilKerja())).append("\n\n")
        .append("**Rating perilaku kerja:** ").append(label(review.getRatingPerilakuKerja())).append("\n\n")
        .append("**Predikat:** ").append(review.getPredikat().label()).append("\n\n")
        .append("| Nilai BerAKHLAK | Rating |\n|---|---|\n");
    for (CoreValue value : CoreValue.values()) {
      Rating rating = review.getBehaviourRatings().stream().filter(r -> r.getCoreValue() == value)
          .map(r -> r.getRating()).findFirst().orElse(null);
      md.append("| ").append(value.label()).append(" | ").append(label(rating)).append(" |\n");
    }
    md.append("\n**Umpan balik atasan:** ").append(escape(review.getFeedback())).append("\n\n")
        .append("**Alasan keberatan:** ")
        .append(escape(review.getObjection().map(o -> o.getReason()).orElse(""))).append('\n');
    return md.toString();
  }

  static String date(Instant instant) {
    return DATE.format(instant.atZone(id.go.tebingtinggi.kinerja.review.ReviewCalendar.ZONE));
  }

  static String label(Rating rating) {
    return rating == null ? "–" : rating.label();
  }

  static String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(INDONESIAN);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  /** Text for a table cell: markdown and HTML specials escaped, line breaks folded. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = plain(text);
    return MARKDOWN_SPECIALS.matcher(oneLine.replace("&", "&amp;").replace("<", "&lt;"))
        .replaceAll("\\\\$1");
  }

  private static String plain(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").strip();
  }
}
