package id.go.tebingtinggi.kinerja.system.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the model checks need to know of the Java sources under {@code src/main/java}: every string literal (a
 * variable name a delegate reads or writes) and every message name the code correlates. Comments are skipped,
 * so a javadoc example does not count as a use.
 */
final class JavaSources {

  private static final Pattern STRING_CONSTANT =
      Pattern.compile("\\bString\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*;");
  private static final Pattern ROW_KEY = Pattern.compile("(.*\\D)\\d+");
  private static final Pattern MESSAGE_CALL = Pattern.compile(
      "\\b(?:createMessageCorrelation|correlateMessage|startProcessInstanceByMessage)\\s*\\(\\s*"
          + "(\"(?:[^\"\\\\\\n]|\\\\.)*\"|[A-Za-z_$][\\w$.]*)");

  private final Set<String> stringLiterals = new HashSet<>();
  private final Set<String> correlatedMessages = new HashSet<>();

  private JavaSources(List<String> sources) {
    Map<String, Set<String>> constants = new HashMap<>();
    List<String> codeWithoutComments = new ArrayList<>();
    for (String source : sources) {
      Lexed lexed = lex(source);
      stringLiterals.addAll(lexed.literals());
      codeWithoutComments.add(lexed.code());
      Matcher constant = STRING_CONSTANT.matcher(lexed.code());
      while (constant.find()) {
        constants.computeIfAbsent(constant.group(1), name -> new HashSet<>()).add(constant.group(2));
      }
    }
    for (String code : codeWithoutComments) {
      Matcher call = MESSAGE_CALL.matcher(code);
      while (call.find()) {
        String argument = call.group(1);
        if (argument.startsWith("\"")) {
          correlatedMessages.add(argument.substring(1, argument.length() - 1));
        } else {
          String constantName = argument.substring(argument.lastIndexOf('.') + 1);
          correlatedMessages.addAll(constants.getOrDefault(constantName, Set.of()));
        }
      }
    }
  }

  /** Reads every {@code .java} file below the folder; a missing folder has no sources. */
  static JavaSources under(Path folder) {
    if (!Files.isDirectory(folder)) {
      return new JavaSources(List.of());
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<String> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return new JavaSources(sources);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Java sources under " + folder, e);
    }
  }

  /**
   * Whether the code names this variable: some string literal is exactly the name, or the name is a literal
   * followed by a row number, as the keys of repeated form rows that the code builds from a prefix and a position.
   */
  boolean namesVariable(String name) {
    if (stringLiterals.contains(name)) {
      return true;
    }
    Matcher row = ROW_KEY.matcher(name);
    return row.matches() && stringLiterals.contains(row.group(1));
  }

  /**
   * Whether the code correlates (or starts a process by) a message of this name, given as a literal or as a
   * {@code String} constant declared in the sources.
   */
  boolean correlatesMessage(String messageName) {
    return correlatedMessages.contains(messageName);
  }

  private record Lexed(String code, List<String> literals) {
  }

  /** Splits a source into its code without comments and its string literals (text blocks count as code). */
  private static Lexed lex(String source) {
    StringBuilder code = new StringBuilder(source.length());
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = indexOrEnd(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        i = indexOrEnd(source, "*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = indexOrEnd(source, "\"\"\"", i + 3) + 3;
        code.append(source, i, Math.min(end, n));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        StringBuilder literal = new StringBuilder();
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          if (source.charAt(end) == '\\' && end + 1 < n) {
            literal.append(source, end, end + 2);
            end += 2;
          } else {
            literal.append(source.charAt(end++));
          }
        }
        if (c == '"') {
          literals.add(literal.toString());
        }
        code.append(source, i, Math.min(end + 1, n));
        i = end + 1;
      } else {
        code.append(c);
        i++;
      }
    }
    return new Lexed(code.toString(), literals);
  }

  private static int indexOrEnd(String source, String token, int from) {
    int index = source.indexOf(token, from);
    return index < 0 ? source.length() : index;
  }
}
