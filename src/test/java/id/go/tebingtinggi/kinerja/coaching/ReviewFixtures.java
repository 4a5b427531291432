package id.go.tebingtinggi.kinerja.coaching;

import id.go.tebingtinggi.kinerja.review.Aspect;
import id.go.tebingtinggi.kinerja.review.CoreValue;
import id.go.tebingtinggi.kinerja.review.FollowUp;
import id.go.tebingtinggi.kinerja.review.IndicatorDraft;
import id.go.tebingtinggi.kinerja.review.IndicatorKind;
import id.go.tebingtinggi.kinerja.review.Predikat;
import id.go.tebingtinggi.kinerja.review.Rating;
import id.go.tebingtinggi.kinerja.review.RealisationInput;
import id.go.tebingtinggi.kinerja.review.ReviewService;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reviews of demo employees taken through the review's own use cases (not its process) to the point a test
 * needs: a predikat, or a meeting decision. Ratings match the predikat as the PredikatKinerja table gives it.
 */
public class ReviewFixtures {

  private final ReviewService reviews;
  private final JdbcTemplate jdbc;

  public ReviewFixtures(ReviewService reviews, JdbcTemplate jdbc) {
    this.reviews = reviews;
    this.jdbc = jdbc;
  }

  public String nipOf(String login) {
    return jdbc.queryForObject("select nip from employee where login_id = ?", String.class, login);
  }

  public String supervisorOf(String login) {
    return jdbc.queryForObject("select s.login_id from employee e join employee s on s.id = e.supervisor_id"
        + " where e.login_id = ?", String.class, login);
  }

  /** A review whose predikat was just recorded (which tells a coaching of the quarter before). */
  public Long withPredikat(String login, int year, int quarter, Predikat predikat) {
    Long id = reviews.open(nipOf(login), year, quarter).getId();
    String atasan = supervisorOf(login);
    Rating hasilKerja = switch (predikat) {
      case SANGAT_BAIK -> Rating.DI_ATAS_EKSPEKTASI;
      case BAIK, KURANG -> Rating.SESUAI_EKSPEKTASI;
      case BUTUH_PERBAIKAN, SANGAT_KURANG -> Rating.DI_BAWAH_EKSPEKTASI;
    };
    Rating perilaku = switch (predikat) {
      case SANGAT_BAIK -> Rating.DI_ATAS_EKSPEKTASI;
      case BAIK, BUTUH_PERBAIKAN -> Rating.SESUAI_EKSPEKTASI;
      case KURANG, SANGAT_KURANG -> Rating.DI_BAWAH_EKSPEKTASI;
    };
    reviews.proposeTargets(id, List.of(new IndicatorDraft(1, "Meningkatnya kualitas pelayanan administrasi kependudukan",
        "Dokumen kependudukan yang diterbitkan", Aspect.KUANTITAS, new BigDecimal("100"), "dokumen", 100,
        IndicatorKind.UTAMA)), login);
    reviews.decideTargets(id, true, null, atasan);
    reviews.recordSelfAssessment(id, List.of(new RealisationInput(1, new BigDecimal("80"), "Rekap register pelayanan")),
        "Antrean masih panjang pada awal bulan.", login);
    reviews.categorize(id, Map.of(1, hasilKerja));
    reviews.suggestRatingHasilKerja(id, hasilKerja);
    Map<CoreValue, Rating> behaviour = new EnumMap<>(CoreValue.class);
    for (CoreValue value : CoreValue.values()) {
      behaviour.put(value, perilaku);
    }
    reviews.rateBySupervisor(id, hasilKerja, null, behaviour, null, "Perbaiki ketepatan waktu pelayanan.", atasan);
    reviews.recordPredikat(id, perilaku, predikat, switch (predikat) {
      case SANGAT_BAIK -> FollowUp.PENGHARGAAN;
      case BAIK -> FollowUp.TANPA_TINDAK_LANJUT;
      default -> FollowUp.PEMBINAAN;
    });
    return id;
  }

  /** A review the evaluation meeting decided on. */
  public Long decided(String login, int year, int quarter, Predikat predikat, FollowUp decision) {
    Long id = withPredikat(login, year, quarter, predikat);
    reviews.markReadyForMeeting(id);
    reviews.recordMeetingDecision(id, decision);
    return id;
  }

  public String businessKey(Long reviewId) {
    return jdbc.queryForObject("select business_key from performance_review where id = ?", String.class, reviewId);
  }
}
