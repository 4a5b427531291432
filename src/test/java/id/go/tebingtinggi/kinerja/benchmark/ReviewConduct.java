package id.go.tebingtinggi.kinerja.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How one employee's quarter goes, fixed by the review's process instance id and the run's seed: 3 to 5
 * indicators, performance above expectation (20 %), as expected (65 %) or below (15 %), targets returned once by
 * the atasan (10 %), an objection to the result (3 %). Supplies what each person types into each form.
 */
final class ReviewConduct {

  enum Performance {
    ABOVE(1.25), AS_EXPECTED(1.0), BELOW(0.7);

    final double factor;

    Performance(double factor) {
      this.factor = factor;
    }
  }

  static final List<String> CORE_VALUE_FIELDS = List.of("perilakuBerorientasiPelayanan", "perilakuAkuntabel",
      "perilakuKompeten", "perilakuHarmonis", "perilakuLoyal", "perilakuAdaptif", "perilakuKolaboratif");
  private static final String[] ASPECTS = {"KUANTITAS", "WAKTU", "KUALITAS", "KUANTITAS", "KUALITAS"};
  private static final double[] TARGETS = {120, 5, 90, 48, 95};
  private static final String[] UNITS = {"dokumen", "hari", "persen", "laporan", "persen"};
  private static final int[][] WEIGHTS = {{}, {}, {}, {40, 30, 30}, {30, 25, 25, 20}, {20, 20, 20, 20, 20}};

  final int indicators;
  final Performance performance;
  final boolean targetsReturned;
  final boolean objects;

  ReviewConduct(String processInstanceId, long seed) {
    Random random = new Random(processInstanceId.hashCode() * 31L + seed);
    indicators = 3 + random.nextInt(3);
    int share = random.nextInt(100);
    performance = share < 20 ? Performance.ABOVE : share < 85 ? Performance.AS_EXPECTED : Performance.BELOW;
    targetsReturned = random.nextInt(100) < 10;
    objects = random.nextInt(100) < 3;
  }

  /** The plan as proposed; a revision after a return raises the first target, as the atasan asked. */
  Map<String, Object> targets(boolean revision) {
    Map<String, Object> form = new HashMap<>();
    form.put("jumlahIndikator", indicators);
    for (int i = 1; i <= indicators; i++) {
      String n = String.format("%02d", i);
      form.put("rhk" + n, "Meningkatnya kualitas pelayanan publik bidang " + i);
      form.put("indikator" + n, "Indikator kinerja " + i + " yang terukur");
      form.put("aspek" + n, ASPECTS[i - 1]);
      form.put("target" + n, i == 1 && revision ? 130.0 : TARGETS[i - 1]);
      form.put("satuan" + n, UNITS[i - 1]);
      form.put("bobot" + n, WEIGHTS[indicators][i - 1]);
      form.put("jenis" + n, i <= 2 ? "UTAMA" : "TAMBAHAN");
    }
    return form;
  }

  Map<String, Object> targetReview(boolean firstRound) {
    return firstRound && targetsReturned
        ? Map.of("keputusanTarget", "KEMBALIKAN", "komentarAtasan", "Target indikator pertama terlalu rendah, naikkan.")
        : Map.of("keputusanTarget", "SETUJU");
  }

  /**
   * Realisation of the original targets scaled by the performance factor (fewer days for a time target): every
   * indicator lands in the same category, which is what makes the suggestion of RatingHasilKerja predictable.
   */
  Map<String, Object> selfAssessment() {
    Map<String, Object> form = new HashMap<>();
    for (int i = 1; i <= indicators; i++) {
      String n = String.format("%02d", i);
      double target = TARGETS[i - 1];
      double realisation = "WAKTU".equals(ASPECTS[i - 1]) ? target / performance.factor : target * performance.factor;
      form.put("realisasi" + n, Math.round(realisation * 100) / 100.0);
      form.put("bukti" + n, "https://kinerja.tebingtinggikota.go.id/bukti/" + i);
    }
    form.put("refleksi", "Target tercapai berkat pembagian tugas yang lebih jelas di dalam tim.");
    return form;
  }

  /** The atasan takes the suggested Hasil Kerja rating and rates the seven values by the same standard. */
  Map<String, Object> supervisorReview(Object suggestedHasilKerja) {
    Map<String, Object> form = new HashMap<>();
    form.put("ratingHasilKerja", suggestedHasilKerja);
    String behaviour = performance == Performance.ABOVE ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI";
    CORE_VALUE_FIELDS.forEach(field -> form.put(field, behaviour));
    form.put("umpanBalik", "Pertahankan capaian dan perbaiki ketepatan waktu laporan.");
    return form;
  }

  Map<String, Object> resultResponse() {
    return objects
        ? Map.of("tanggapanHasil", "KEBERATAN", "alasanKeberatan", "Tugas tambahan dari pimpinan belum dinilai.")
        : Map.of("tanggapanHasil", "TERIMA");
  }

  static Map<String, Object> objectionDecision() {
    return Map.of("keputusanKeberatan", "TOLAK",
        "alasanKeputusanKeberatan", "Tugas tambahan sudah diperhitungkan dalam penilaian atasan.");
  }
}
