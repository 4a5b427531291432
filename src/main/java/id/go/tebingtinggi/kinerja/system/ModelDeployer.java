package id.go.tebingtinggi.kinerja.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * Deploys the models in {@code bpmn/} and {@code forms/} at start-up: one deployment per diagram, holding the
 * diagram and the forms it references, and one per decision table. Resource names are the bare file names, so
 * they are the same whether the application runs from a jar, from Maven or in tests.
 *
 * <p>The rule for start-up and runtime deployments living together: a start-up deployment is compared only
 * with the previous start-up deployment of the same name (Camunda's duplicate filtering by name and source).
 * Unchanged files create nothing; a changed file creates a new version of its own deployment only; and a
 * version deployed at runtime, e.g. from Camunda Modeler, is never overwritten by a restart with unchanged
 * files — only a changed file in the repository deploys again.
 *
 * <p>The models are read from {@code bpmn/} and {@code forms/} under {@code kinerja.models.location}, by default
 * the classpath (where the build copies them); a {@code file:} location reads them from a folder instead.
 */
@Component
public class ModelDeployer {

  public static final String SOURCE = "kinerja-asn-startup";

  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final String location;

  ModelDeployer(RepositoryService repositoryService,
                @Value("${kinerja.models.location:classpath*:}") String location) {
    this.repositoryService = repositoryService;
    this.location = location.endsWith(":") || location.endsWith("/") ? location : location + "/";
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(-100)
  public void deployAtStartup() throws IOException {
    int created = deployChangedModels();
    log.info("Model deployment at start-up: {} new deployment(s)", created);
  }

  /** Deploys what changed; returns the number of new deployments. */
  public int deployChangedModels() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> forms = formsById(resolver.getResources(location + "forms/*.form"));
    int created = 0;
    for (Resource diagram : sorted(resolver.getResources(location + "bpmn/*.bpmn"))) {
      byte[] content = read(diagram);
      DeploymentBuilder deployment = start(diagram, content);
      Matcher refs = FORM_REF.matcher(new String(content, StandardCharsets.UTF_8));
      List<String> added = new ArrayList<>();
      while (refs.find()) {
        String formId = refs.group(1);
        byte[] form = forms.get(formId);
        if (form == null) {
          throw new IllegalStateException(diagram.getFilename() + " references form '" + formId
              + "', but no file in forms/ has that id");
        }
        if (!added.contains(formId)) {
          deployment.addInputStream(formId + ".form", new ByteArrayInputStream(form));
          added.add(formId);
        }
      }
      created += deploy(deployment);
    }
    for (Resource decision : sorted(resolver.getResources(location + "bpmn/*.dmn"))) {
      created += deploy(start(decision, read(decision)));
    }
    return created;
  }

  private DeploymentBuilder start(Resource resource, byte[] content) {
    String fileName = resource.getFilename();
    return repositoryService.createDeployment()
        .name(fileName.substring(0, fileName.lastIndexOf('.')))
        .source(SOURCE)
        .enableDuplicateFiltering(false)
        .addInputStream(fileName, new ByteArrayInputStream(content));
  }

  private int deploy(DeploymentBuilder deployment) {
    var result = deployment.deployWithResult();
    boolean isNew = holdsAny(result.getDeployedProcessDefinitions())
        || holdsAny(result.getDeployedDecisionDefinitions());
    if (isNew) {
      log.info("Deployed {} as deployment {}", result.getName(), result.getId());
    }
    return isNew ? 1 : 0;
  }

  /** Camunda answers null, not an empty list, for a kind of definition the deployment does not contain. */
  private static boolean holdsAny(List<?> definitions) {
    return definitions != null && !definitions.isEmpty();
  }

  private static Map<String, byte[]> formsById(Resource[] resources) throws IOException {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    for (Resource resource : sorted(resources)) {
      byte[] content = read(resource);
      String formId = JSON.readTree(content).path("id").asText("");
      if (formId.isEmpty()) {
        throw new IllegalStateException("forms/" + resource.getFilename() + " has no top-level \"id\"");
      }
      if (forms.put(formId, content) != null) {
        throw new IllegalStateException("two files in forms/ have the id '" + formId + "'");
      }
    }
    return forms;
  }

  private static List<Resource> sorted(Resource[] resources) {
    return Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList();
  }

  private static byte[] read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return StreamUtils.copyToByteArray(in);
    }
  }
}
