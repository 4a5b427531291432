package id.go.tebingtinggi.kinerja.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic roster of the whole city for the roster import: every unit of V2__tebing_tinggi_units gets a share
 * of the employees by its real weight (schools and health services are the big ones), headed by a kepala who
 * reports to the Sekretaris Daerah, with sekretaris and kepala bidang under the head, kepala seksi under them and
 * staff spread over the kepala seksi. Deterministic for a given seed.
 */
final class CityRoster {

  static final String HEADER = "nip;nama;jabatan;jenis_jabatan;kode_unit;nip_atasan;login";

  /** Unit code → relative size; the codes are those of the V2 migration. */
  static final Map<String, Integer> UNIT_WEIGHTS = new LinkedHashMap<>();

  static {
    UNIT_WEIGHTS.put("SETDA", 8);
    UNIT_WEIGHTS.put("SETDPRD", 3);
    UNIT_WEIGHTS.put("INSPEKTORAT", 3);
    UNIT_WEIGHTS.put("BAPPEDA", 3);
    UNIT_WEIGHTS.put("BKPSDM", 3);
    UNIT_WEIGHTS.put("BPKPAD", 4);
    UNIT_WEIGHTS.put("BPBD", 2);
    UNIT_WEIGHTS.put("KESBANGPOL", 2);
    UNIT_WEIGHTS.put("DISDUKCAPIL", 3);
    UNIT_WEIGHTS.put("DISKOMINFO", 2);
    UNIT_WEIGHTS.put("DINKES", 14);
    UNIT_WEIGHTS.put("DISDIK", 30);
    UNIT_WEIGHTS.put("DINSOS", 2);
    UNIT_WEIGHTS.put("DPUPR", 4);
    UNIT_WEIGHTS.put("DISHUB", 3);
    UNIT_WEIGHTS.put("DLH", 4);
    UNIT_WEIGHTS.put("DPMPTSP", 2);
    UNIT_WEIGHTS.put("DISNAKER", 2);
    UNIT_WEIGHTS.put("DISPERKIM", 2);
    UNIT_WEIGHTS.put("DKPP", 3);
    UNIT_WEIGHTS.put("DISKOPUKM", 2);
    UNIT_WEIGHTS.put("DISPORAPAR", 2);
    UNIT_WEIGHTS.put("DP3APMD", 2);
    UNIT_WEIGHTS.put("DISPUSIP", 2);
    UNIT_WEIGHTS.put("SATPOLPP", 4);
    UNIT_WEIGHTS.put("RSUD", 14);
    UNIT_WEIGHTS.put("KEC-PDHULU", 3);
    UNIT_WEIGHTS.put("KEC-PDHILIR", 3);
    UNIT_WEIGHTS.put("KEC-BAJENIS", 3);
    UNIT_WEIGHTS.put("KEC-RAMBUTAN", 3);
    UNIT_WEIGHTS.put("KEC-TTKOTA", 3);
  }

  private static final String[] FIRST_NAMES = {"Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra",
      "Indah", "Joko", "Kartika", "Lestari", "Muhammad", "Nurhayati", "Oktavia", "Putri", "Rahmat", "Siti", "Taufik",
      "Utami", "Wahyu", "Yusuf", "Zainal", "Ani", "Rina", "Irfan", "Maya", "Rizki", "Agus", "Lina", "Bambang", "Sri"};
  private static final String[] FAMILY_NAMES = {"Siregar", "Lubis", "Nasution", "Harahap", "Hutagalung", "Damanik",
      "Sinaga", "Tarigan", "Pohan", "Ritonga", "Batubara", "Marpaung", "Purba", "Saragih", "Simanjuntak", "Pane",
      "Daulay", "Nainggolan", "Sitompul", "Ginting", "Santoso", "Wulandari", "Hidayat", "Lestari", "Pratama"};
  private static final String[] FIELDS = {"Umum dan Kepegawaian", "Perencanaan dan Keuangan", "Pelayanan",
      "Pengembangan", "Pengendalian", "Data dan Informasi"};
  private static final String[] STAFF_POSITIONS = {"Pengadministrasi Umum", "Analis Kebijakan",
      "Pranata Komputer Ahli Pertama", "Pengelola Data", "Verifikator Keuangan", "Penyusun Program", "Operator Layanan",
      "Arsiparis Terampil"};

  record Member(String nip, String name, String position, String kind, String unitCode, String supervisorNip,
                String login) {

    String csvLine() {
      return String.join(";", nip, name, position, kind, unitCode, supervisorNip, login);
    }
  }

  private final Random random;
  private final Set<String> nips = new HashSet<>();
  private final Set<String> logins = new HashSet<>();
  private final List<Member> members = new ArrayList<>();

  private CityRoster(long seed) {
    this.random = new Random(seed);
  }

  /** The roster of {@code employees} people (at least two per unit). */
  static List<Member> generate(int employees, long seed) {
    if (employees < 2 * UNIT_WEIGHTS.size()) {
      throw new IllegalArgumentException("at least " + 2 * UNIT_WEIGHTS.size() + " employees: two per unit");
    }
    CityRoster roster = new CityRoster(seed);
    Map<String, Integer> sizes = sizes(employees);
    Member sekda = roster.person("Sekretaris Daerah", "struktural", "SETDA", "");
    for (Map.Entry<String, Integer> unit : sizes.entrySet()) {
      roster.unit(unit.getKey(), unit.getValue(), sekda);
    }
    return roster.members;
  }

  static String csv(List<Member> members) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    members.forEach(member -> csv.append(member.csvLine()).append('\n'));
    return csv.toString();
  }

  /** Each unit's share of the employees, by weight, adding up to exactly {@code employees}. */
  static Map<String, Integer> sizes(int employees) {
    int totalWeight = UNIT_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    int assigned = 0;
    for (Map.Entry<String, Integer> unit : UNIT_WEIGHTS.entrySet()) {
      int size = Math.max(2, (int) Math.round((double) employees * unit.getValue() / totalWeight));
      sizes.put(unit.getKey(), size);
      assigned += size;
    }
    while (assigned != employees) {
      String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      int step = assigned > employees ? -1 : 1;
      sizes.merge(largest, step, Integer::sum);
      assigned += step;
    }
    return sizes;
  }

  /** Head, sekretaris and kepala bidang, kepala seksi, staff: {@code size} people, SETDA's head being the sekda. */
  private void unit(String code, int size, Member sekda) {
    Member head = "SETDA".equals(code) ? sekda : person("Kepala " + code, "struktural", code, sekda.nip());
    int left = size - 1;
    int divisions = Math.min(left, Math.max(1, Math.min(6, (int) Math.round(size / 35.0))));
    List<Member> divisionHeads = new ArrayList<>();
    for (int i = 0; i < divisions; i++) {
      String position = i == 0 ? "Sekretaris " + code : "Kepala Bidang " + FIELDS[i % FIELDS.length];
      divisionHeads.add(person(position, "struktural", code, head.nip()));
    }
    left -= divisions;
    int sectionsPerDivision = Math.min(4, (int) Math.round(left / (divisions * 10.0)));
    List<Member> sectionHeads = new ArrayList<>();
    for (Member division : divisionHeads) {
      for (int i = 0; i < sectionsPerDivision && left > 0; i++, left--) {
        sectionHeads.add(person("Kepala Seksi " + FIELDS[(i + 2) % FIELDS.length], "struktural", code, division.nip()));
      }
    }
    List<Member> supervisors = sectionHeads.isEmpty() ? divisionHeads : sectionHeads;
    for (int i = 0; left > 0; i++, left--) {
      String position = STAFF_POSITIONS[random.nextInt(STAFF_POSITIONS.length)];
      String kind = position.contains("Ahli") || position.contains("Terampil") || position.startsWith("Analis")
          ? "fungsional" : "pelaksana";
      person(position, kind, code, supervisors.get(i % supervisors.size()).nip());
    }
  }

  private Member person(String position, String kind, String unitCode, String supervisorNip) {
    String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
    String family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
    String login;
    do {
      login = (first + "." + family).toLowerCase(Locale.ROOT) + "." + (1000 + random.nextInt(9000));
    } while (!logins.add(login));
    Member member = new Member(nip(), first + " " + family, position, kind, unitCode, supervisorNip, login);
    members.add(member);
    return member;
  }

  /** Birth date, start of service some 22 to 30 years later, sex, sequence: a valid, unique NIP. */
  private String nip() {
    String nip;
    do {
      int birthYear = 1966 + random.nextInt(35);
      int serviceYear = Math.min(2025, birthYear + 22 + random.nextInt(9));
      nip = String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28),
          serviceYear, 1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(999));
    } while (!nips.add(nip));
    return nip;
  }
}
