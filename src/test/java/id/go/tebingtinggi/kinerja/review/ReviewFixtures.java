package id.go.tebingtinggi.kinerja.review;

import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.Nip;
import id.go.tebingtinggi.kinerja.organisation.PositionKind;
import id.go.tebingtinggi.kinerja.organisation.Unit;
import id.go.tebingtinggi.kinerja.organisation.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small Disdukcapil hierarchy (kepala dinas → kepala bidang → pelaksana) and plans, without Spring. */
final class ReviewFixtures {

  final Unit unit = new Unit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.DINAS);
  final Employee head = new Employee(Nip.of("197001031998121004"), "Drs. Syahrial Nasution, M.AP",
      "Kepala Dinas Kependudukan dan Pencatatan Sipil", PositionKind.STRUKTURAL, unit, "syahrial.nasution");
  final Employee supervisor = new Employee(Nip.of("197901272002031006"), "Muhammad Arif Lubis, S.Kom",
      "Kepala Bidang Pelayanan Pendaftaran Penduduk", PositionKind.STRUKTURAL, unit, "arif.lubis");
  final Employee employee = new Employee(Nip.of("199201082014032008"), "Dewi Lestari, A.Md",
      "Pengadministrasi Kependudukan", PositionKind.PELAKSANA, unit, "dewi.lestari");

  ReviewFixtures() {
    supervisor.assignSupervisor(head);
    employee.assignSupervisor(supervisor);
  }

  PerformanceReview open() {
    return PerformanceReview.open(employee, head, 2026, 1);
  }

  static IndicatorDraft draft(int position, Aspect aspect, String target, int weight, IndicatorKind kind) {
    return new IndicatorDraft(position, "Meningkatnya kualitas pelayanan administrasi kependudukan",
        "Indikator " + position + " pelayanan KTP-el", aspect, new BigDecimal(target),
        aspect == Aspect.WAKTU ? "hari" : "dokumen", weight, kind);
  }

  /** Documents issued (target 100, weight 60) and processing time (target 5 days, weight 40), both main. */
  static List<IndicatorDraft> plan() {
    return List.of(
        draft(1, Aspect.KUANTITAS, "100", 60, IndicatorKind.UTAMA),
        draft(2, Aspect.WAKTU, "5", 40, IndicatorKind.UTAMA));
  }

  /** {@code count} main quantity indicators whose weights add up to {@code totalWeight}. */
  static List<IndicatorDraft> planOf(int count, int totalWeight) {
    List<IndicatorDraft> drafts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int weight = totalWeight / count + (i <= totalWeight % count ? 1 : 0);
      drafts.add(draft(i, Aspect.KUANTITAS, "10", weight, IndicatorKind.UTAMA));
    }
    return drafts;
  }

  static List<RealisationInput> realised(String documents, String days) {
    return List.of(
        new RealisationInput(1, new BigDecimal(documents), "Rekap register pelayanan"),
        new RealisationInput(2, new BigDecimal(days), "https://disdukcapil.tebingtinggikota.go.id/laporan"));
  }

  static Map<CoreValue, Rating> allValues(Rating rating) {
    Map<CoreValue, Rating> ratings = new EnumMap<>(CoreValue.class);
    for (CoreValue value : CoreValue.values()) {
      ratings.put(value, rating);
    }
    return ratings;
  }

  PerformanceReview proposed() {
    PerformanceReview review = open();
    review.proposeTargets(plan(), "dewi.lestari");
    return review;
  }

  PerformanceReview approved() {
    PerformanceReview review = proposed();
    review.approveTargets("arif.lubis");
    return review;
  }

  PerformanceReview selfAssessed() {
    PerformanceReview review = approved();
    review.recordSelfAssessment(realised("120", "4"), "Antrean berkurang setelah jadwal piket diatur ulang.",
        "dewi.lestari");
    return review;
  }

  /** Self-assessed, both indicators categorized above expectation and the suggestion recorded. */
  PerformanceReview awaitingRating() {
    PerformanceReview review = selfAssessed();
    review.categorize(1, Rating.DI_ATAS_EKSPEKTASI);
    review.categorize(2, Rating.DI_ATAS_EKSPEKTASI);
    review.suggestRatingHasilKerja(Rating.DI_ATAS_EKSPEKTASI);
    return review;
  }

  PerformanceReview rated() {
    PerformanceReview review = awaitingRating();
    review.rateBySupervisor(Rating.DI_ATAS_EKSPEKTASI, null, allValues(Rating.DI_ATAS_EKSPEKTASI), null,
        "Pertahankan ketepatan waktu pelayanan.", "arif.lubis");
    return review;
  }

  PerformanceReview notified() {
    PerformanceReview review = rated();
    review.recordPredikat(Rating.DI_ATAS_EKSPEKTASI, Predikat.SANGAT_BAIK, FollowUp.PENGHARGAAN);
    return review;
  }

  PerformanceReview ready() {
    PerformanceReview review = notified();
    review.markReadyForMeeting();
    return review;
  }
}
