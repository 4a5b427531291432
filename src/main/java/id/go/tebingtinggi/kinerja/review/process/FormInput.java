package id.go.tebingtinggi.kinerja.review.process;

import id.go.tebingtinggi.kinerja.common.DomainRuleViolation;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a person (or an API client) submitted with a task, whatever its type, and collects a reason in
 * Bahasa Indonesia for every value that is missing or of the wrong kind, so all of them are reported at once.
 */
public final class FormInput {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  public FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      return text;
    }
    problems.add(name + " harus berupa teks");
    return null;
  }

  public BigDecimal number(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(label + " wajib diisi");
      return null;
    }
    try {
      if (value instanceof Number number) {
        return new BigDecimal(number.toString());
      }
      if (value instanceof String text) {
        return new BigDecimal(text.strip().replace(',', '.'));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(label + " harus berupa angka");
    return null;
  }

  public Integer wholeNumber(String name, String label) {
    BigDecimal value = number(name, label);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      problems.add(value.stripTrailingZeros().scale() > 0
          ? label + " harus berupa bilangan bulat"
          : label + " " + value.toPlainString() + " tidak valid: di luar rentang angka yang diterima");
      return null;
    }
  }

  public <E extends Enum<E>> E choice(String name, Class<E> type, String label) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(label + " wajib dipilih");
      return null;
    }
    if (value instanceof String text) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    problems.add(label + " berisi pilihan yang tidak dikenal");
    return null;
  }

  /** A date from a form's date field ({@code 2031-05-12}) or an API client's date; {@code null} when empty. */
  public LocalDate date(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ReviewCalendar.ZONE).toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(label + " harus berupa tanggal (tttt-bb-hh)");
    return null;
  }

  /** A ticked checkbox; anything but {@code true} (or the text "true") counts as not ticked. */
  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** The id of a chosen option (a number or its text); {@code null} when nothing was chosen. */
  public Long id(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    BigDecimal number = number(name, label);
    if (number == null) {
      return null;
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      problems.add(label + " berisi pilihan yang tidak dikenal");
      return null;
    }
  }

  /**
   * Removes submitted inputs from the process instance once the domain has stored them, so that the
   * instance carries ids and gateway facts only.
   */
  public static void forget(DelegateTask task, String... names) {
    task.getExecution().removeVariables(Arrays.asList(names));
  }

  public void problem(String reason) {
    problems.add(reason);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the submission with every reason collected so far. */
  public void refuseIfProblems() {
    if (!problems.isEmpty()) {
      throw new DomainRuleViolation(problems);
    }
  }
}
