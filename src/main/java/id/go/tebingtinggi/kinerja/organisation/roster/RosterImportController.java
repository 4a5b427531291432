package id.go.tebingtinggi.kinerja.organisation.roster;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** BKPSDM uploads the roster: the CSV as the request body ({@code text/csv}) or as a multipart {@code file}. */
@RestController
@RequestMapping("/api/roster")
@PreAuthorize("hasAnyRole('bkpsdm', 'camunda-admin')")
class RosterImportController {

  private final RosterImportService rosterImport;

  RosterImportController(RosterImportService rosterImport) {
    this.rosterImport = rosterImport;
  }

  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  RosterImportReport importBody(@RequestBody byte[] csv) {
    return rosterImport.importCsv(utf8(csv));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RosterImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
    return rosterImport.importCsv(utf8(file.getBytes()));
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new RosterRejected(List.of(new RosterProblem(1, "berkas bukan teks UTF-8")));
    }
  }
}
