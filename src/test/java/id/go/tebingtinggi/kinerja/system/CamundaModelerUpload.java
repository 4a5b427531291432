package id.go.tebingtinggi.kinerja.system;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A deployment to {@code /engine-rest/deployment/create} with the multipart fields Camunda Modeler sends; public
 * for the tests of other features that change a deployed model at runtime.
 */
public final class CamundaModelerUpload {

  public static final String SOURCE = "Camunda Modeler";

  private CamundaModelerUpload() {
  }

  /** Deploys the files (name to content) under the deployment name, as the given client. */
  public static ResponseEntity<String> deploy(TestRestTemplate client, String deploymentName, Map<String, byte[]> files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", deploymentName);
    body.add("deploy-changed-only", "true");
    body.add("enable-duplicate-filtering", "true");
    body.add("deployment-source", SOURCE);
    files.forEach((fileName, content) -> body.add(fileName, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }
}
