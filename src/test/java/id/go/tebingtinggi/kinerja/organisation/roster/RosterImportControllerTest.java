package id.go.tebingtinggi.kinerja.organisation.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tebingtinggi.kinerja.identity.Roles;
import id.go.tebingtinggi.kinerja.support.DemoRoster;
import id.go.tebingtinggi.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** POST /api/roster over HTTP, as BKPSDM and as everybody else. */
@IntegrationTest
class RosterImportControllerTest {

  private static final String DEWI = "199201082014032008";
  private static final String BUDI = "199105142015011009";
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  @Autowired TestRestTemplate rest;
  @Autowired RosterImportService rosterImport;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void restoreDemoRoster() {
    DemoRoster.restore(rosterImport, jdbc, identityService, transaction);
  }

  @Test
  void bkpsdmAppliesARosterAndGetsTheReport() {
    String dewiUnderBudi = DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(
        DemoRoster.replaceField(row, 2, "Analis Kependudukan"), 5, BUDI));

    ResponseEntity<JsonNode> response = post("ani.wulandari", "demo", csv(dewiUnderBudi));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().properties()).extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("rows", "created", "updated", "deactivated", "unchanged");
    assertThat(response.getBody().path("rows").asInt()).isEqualTo(58);
    assertThat(response.getBody().path("created").asInt()).isZero();
    assertThat(response.getBody().path("updated").asInt()).isEqualTo(1);
    assertThat(response.getBody().path("deactivated").asInt()).isZero();
    assertThat(response.getBody().path("unchanged").asInt()).isEqualTo(57);
    assertThat(positionOfDewi()).isEqualTo("Analis Kependudukan");
    assertThat(identityService.createGroupQuery().groupMember("budi.santoso").list()).extracting(Group::getId)
        .as("the identity sync runs as the system, not with Ani's engine permissions")
        .containsExactlyInAnyOrder(Roles.PEGAWAI, Roles.ATASAN);
  }

  @Test
  void theAdministratorMayImportToo() {
    ResponseEntity<JsonNode> response = post("admin", "admin", csv(DemoRoster.csv()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("unchanged").asInt()).isEqualTo(58);
  }

  @Test
  void acceptsAMultipartUpload() {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("file", new ByteArrayResource(dewiWithPosition("Analis Kependudukan").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "roster.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<JsonNode> response = rest.withBasicAuth("ani.wulandari", "demo")
        .postForEntity("/api/roster", new HttpEntity<>(form, headers), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("updated").asInt()).isEqualTo(1);
    assertThat(positionOfDewi()).isEqualTo("Analis Kependudukan");
  }

  @Test
  void aMultipartRequestWithoutTheFileIsABadRequest() {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("berkas", "nip;nama");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<JsonNode> response = rest.withBasicAuth("ani.wulandari", "demo")
        .postForEntity("/api/roster", new HttpEntity<>(form, headers), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("pesan").asText())
        .isEqualTo("Format permintaan tidak valid atau data wajib tidak ada");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dewi.lestari", "arif.lubis", "syahrial.nasution"})
  void everyOtherRoleIsForbidden(String login) {
    ResponseEntity<JsonNode> response = post(login, "demo", csv(dewiWithPosition("Analis Kependudukan")));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().path("pesan").asText()).isEqualTo("Anda tidak berwenang melakukan tindakan ini");
    assertThat(positionOfDewi()).isEqualTo("Pengadministrasi Kependudukan");
  }

  @Test
  void anAnonymousCallerMustAuthenticate() {
    ResponseEntity<JsonNode> response =
        rest.postForEntity("/api/roster", csv(dewiWithPosition("Analis Kependudukan")), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"Kinerja ASN\"");
    assertThat(response.getBody().path("pesan").asText())
        .isEqualTo("Autentikasi diperlukan: masuk dengan nama pengguna dan kata sandi");
    assertThat(positionOfDewi()).isEqualTo("Pengadministrasi Kependudukan");
  }

  @Test
  void aWrongPasswordIsUnauthorized() {
    try {
      ResponseEntity<JsonNode> response = post("ani.wulandari", "salah", csv(DemoRoster.csv()));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      // Camunda delays the next login after a failed one; the other tests log in as Ani right away
      identityService.unlockUser("ani.wulandari");
    }
  }

  @Test
  void aBadFileIsRefusedWithEveryReason() {
    List<String> rows = new ArrayList<>(DemoRoster.rows());
    rows.add("199501012020011101;Pegawai Baru;Pengadministrasi;pelaksana;DISPENDA;;pegawai.baru");
    rows.add("19950101202001110;Pegawai Lain;Pengadministrasi;pelaksana;DISDUKCAPIL;198501012010011999;pegawai.lain");

    ResponseEntity<JsonNode> response = post("ani.wulandari", "demo", csv(DemoRoster.fileOf(rows)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("status").asInt()).isEqualTo(400);
    assertThat(response.getBody().path("pesan").asText()).isEqualTo("Permintaan ditolak");
    assertThat(response.getBody().path("alasan")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
        "baris 60: kode unit 'DISPENDA' tidak dikenal",
        "baris 61: NIP '19950101202001110' tidak valid: harus 18 digit angka",
        "baris 61: atasan dengan NIP 198501012010011999 tidak ada di berkas");
    assertThat(jdbc.queryForObject("select count(*) from employee", Integer.class)).isEqualTo(DemoRoster.EMPLOYEES);
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] latin1 = dewiWithPosition("Pengadministrasi Kependudukan Pemula ½").getBytes(StandardCharsets.ISO_8859_1);

    ResponseEntity<JsonNode> response = post("ani.wulandari", "demo", new HttpEntity<>(latin1, csvHeaders()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("alasan")).extracting(JsonNode::asText)
        .containsExactly("baris 1: berkas bukan teks UTF-8");
    assertThat(positionOfDewi()).isEqualTo("Pengadministrasi Kependudukan");
  }

  @Test
  void anotherContentTypeIsUnsupported() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<JsonNode> response = post("ani.wulandari", "demo", new HttpEntity<>("{}", headers));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  private ResponseEntity<JsonNode> post(String user, String password, HttpEntity<?> request) {
    return rest.withBasicAuth(user, password).postForEntity("/api/roster", request, JsonNode.class);
  }

  private static HttpEntity<byte[]> csv(String content) {
    return new HttpEntity<>(content.getBytes(StandardCharsets.UTF_8), csvHeaders());
  }

  private static HttpHeaders csvHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(CSV);
    return headers;
  }

  private static String dewiWithPosition(String position) {
    return DemoRoster.withRow(DEWI, row -> DemoRoster.replaceField(row, 2, position));
  }

  private String positionOfDewi() {
    return jdbc.queryForObject("select position from employee where nip = ?", String.class, DEWI);
  }
}
