package id.go.tebingtinggi.kinerja.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run, in the order they are printed, written as JSON. */
final class BenchmarkResult {

  final Map<String, Object> figures = new LinkedHashMap<>();
  final List<Map<String, Object>> phases = new ArrayList<>();

  void put(String key, Object value) {
    figures.put(key, value);
  }

  @SuppressWarnings("unchecked")
  <T> T get(String key) {
    return (T) figures.get(key);
  }

  void phase(String name, long nanos, int tasks) {
    Map<String, Object> phase = new LinkedHashMap<>();
    phase.put("name", name);
    phase.put("seconds", seconds(nanos));
    phase.put("userTasks", tasks);
    phases.add(phase);
    System.out.printf("  %-34s %9.1f s %8d tasks%n", name, seconds(nanos), tasks);
  }

  double phaseSeconds() {
    return phases.stream().mapToDouble(p -> (Double) p.get("seconds")).sum();
  }

  static double seconds(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
  }
}
