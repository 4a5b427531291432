package id.go.tebingtinggi.kinerja.meeting;

import id.go.tebingtinggi.kinerja.review.Predikat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distribution guide (kurva) of PermenPAN-RB 6/2022: the unit's own result bounds the share of each
 * predikat among its employees. PRODUCT.md gives the bounds for Istimewa, Baik, Butuh Perbaikan and Sangat
 * Kurang; for Kurang this application uses "at most 5 % Sangat Baik and at least 60 % at Butuh Perbaikan or below",
 * between the neighbouring rows.
 */
public final class DistributionGuide {

  private DistributionGuide() {
  }

  /** What the guide says for a unit result, in words. */
  public static String describe(UnitResult result) {
    return switch (result) {
      case ISTIMEWA -> "Paling banyak 70 % Sangat Baik";
      case BAIK -> "Paling banyak 70 % Baik, dan ada pegawai Butuh Perbaikan atau Kurang";
      case BUTUH_PERBAIKAN -> "Paling sedikit 60 % Butuh Perbaikan dan paling banyak 10 % Sangat Baik";
      case KURANG -> "Paling banyak 5 % Sangat Baik dan paling sedikit 60 % Butuh Perbaikan atau lebih rendah";
      case SANGAT_KURANG -> "Tidak ada Sangat Baik";
    };
  }

  /** The guide of every unit result next to the unit's distribution, in the order a page offers them. */
  public static List<Assessment> assessEach(Map<Predikat, Long> counts) {
    return Arrays.stream(UnitResult.values()).map(result -> assess(result, counts)).toList();
  }

  public static Assessment assess(UnitResult result, Map<Predikat, Long> counts) {
    List<Deviation> deviations = check(result, counts);
    Set<Predikat> outside = EnumSet.noneOf(Predikat.class);
    deviations.forEach(deviation -> outside.addAll(deviation.concerns()));
    return new Assessment(result, result.label(), describe(result),
        deviations.stream().map(Deviation::text).toList(), outside);
  }

  /** Each predikat's count and rounded share of the distribution, every predikat listed, best first. */
  public static List<Share> shares(Map<Predikat, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return Arrays.stream(Predikat.values()).map(predikat -> {
      long count = counts.getOrDefault(predikat, 0L);
      return new Share(predikat, count, total == 0 ? 0 : (int) Math.round(100.0 * count / total));
    }).toList();
  }

  /** Every way the distribution falls outside the guide, in Bahasa Indonesia; empty when it fits. */
  public static List<String> deviations(UnitResult result, Map<Predikat, Long> counts) {
    return check(result, counts).stream().map(Deviation::text).toList();
  }

  /**
   * Every way the distribution falls outside the guide, each with the predikat whose share breaks the bound, so a
   * page can mark those rows of the distribution.
   */
  public static List<Deviation> check(UnitResult result, Map<Predikat, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<Deviation> deviations = new ArrayList<>();
    if (total == 0) {
      return deviations;
    }
    Map<Predikat, Double> share = new EnumMap<>(Predikat.class);
    for (Predikat predikat : Predikat.values()) {
      share.put(predikat, 100.0 * counts.getOrDefault(predikat, 0L) / total);
    }
    Set<Predikat> belowBaik = EnumSet.of(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG);
    switch (result) {
      case ISTIMEWA -> atMost(deviations, "Sangat Baik", EnumSet.of(Predikat.SANGAT_BAIK), share, 70);
      case BAIK -> {
        atMost(deviations, "Baik", EnumSet.of(Predikat.BAIK), share, 70);
        if (counts.getOrDefault(Predikat.BUTUH_PERBAIKAN, 0L) + counts.getOrDefault(Predikat.KURANG, 0L) == 0) {
          deviations.add(new Deviation(EnumSet.of(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG),
              "Tidak ada pegawai Butuh Perbaikan atau Kurang, padahal kurva unit Baik mengharuskannya"));
        }
      }
      case BUTUH_PERBAIKAN -> {
        atLeast(deviations, "Butuh Perbaikan", EnumSet.of(Predikat.BUTUH_PERBAIKAN), share, 60);
        atMost(deviations, "Sangat Baik", EnumSet.of(Predikat.SANGAT_BAIK), share, 10);
      }
      case KURANG -> {
        atMost(deviations, "Sangat Baik", EnumSet.of(Predikat.SANGAT_BAIK), share, 5);
        atLeast(deviations, "Butuh Perbaikan atau lebih rendah", belowBaik, share, 60);
      }
      case SANGAT_KURANG -> atMost(deviations, "Sangat Baik", EnumSet.of(Predikat.SANGAT_BAIK), share, 0);
    }
    return deviations;
  }

  private static void atMost(List<Deviation> deviations, String what, Set<Predikat> predikat,
                             Map<Predikat, Double> share, int limit) {
    double total = predikat.stream().mapToDouble(share::get).sum();
    if (total > limit + 1e-9) {
      deviations.add(new Deviation(predikat, String.format("%s %.0f %% melebihi batas %d %%", what, total, limit)));
    }
  }

  private static void atLeast(List<Deviation> deviations, String what, Set<Predikat> predikat,
                              Map<Predikat, Double> share, int limit) {
    double total = predikat.stream().mapToDouble(share::get).sum();
    if (total < limit - 1e-9) {
      deviations.add(new Deviation(predikat,
          String.format("%s %.0f %% kurang dari batas minimal %d %%", what, total, limit)));
    }
  }

  /** One bound of the guide that the distribution breaks, and the predikat it is about. */
  public record Deviation(Set<Predikat> concerns, String text) {

    public Deviation {
      concerns = Collections.unmodifiableSet(EnumSet.copyOf(concerns));
    }
  }

  /**
   * The guide for one unit result held against a distribution: its text, every deviation, and the predikat whose
   * share breaks a bound ({@code outside}); it fits when there is no deviation.
   */
  public record Assessment(UnitResult unitResult, String label, String guide, List<String> deviations,
                           Set<Predikat> outside) {

    public Assessment {
      deviations = List.copyOf(deviations);
      outside = outside.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(outside));
    }

    public boolean fits() {
      return deviations.isEmpty();
    }
  }

  /** One predikat's part of a unit's distribution. */
  public record Share(Predikat predikat, long count, int percent) {
  }
}
