package id.go.tebingtinggi.kinerja.system.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder laid out like the project: {@code bpmn/*.bpmn}, {@code bpmn/*.dmn}, {@code forms/*.form} and the Java
 * sources under {@code src/main/java}. Either the project itself or one of the fixtures in
 * {@code src/test/resources/model-fixtures/}.
 */
record ModelSources(Path root) {

  /** The project the build runs in (Maven runs the tests in the project folder). */
  static ModelSources project() {
    Path root = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(root.resolve("pom.xml"))) {
      throw new IllegalStateException("the model checks must run in the project folder, not in " + root);
    }
    return new ModelSources(root);
  }

  /** A fixture folder under {@code model-fixtures/} on the test classpath. */
  static ModelSources fixture(String name) {
    URL folder = ModelSources.class.getClassLoader().getResource("model-fixtures/" + name);
    if (folder == null) {
      throw new IllegalArgumentException("no fixture model-fixtures/" + name + " on the test classpath");
    }
    try {
      return new ModelSources(Path.of(folder.toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Path> diagrams() {
    return files("bpmn", ".bpmn");
  }

  List<Path> decisionTables() {
    return files("bpmn", ".dmn");
  }

  List<Path> forms() {
    return files("forms", ".form");
  }

  JavaSources javaSources() {
    return JavaSources.under(root.resolve("src/main/java"));
  }

  /** The path as reported in problems: relative to the root, with forward slashes. */
  String name(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private List<Path> files(String folder, String extension) {
    Path directory = root.resolve(folder);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(extension) && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
