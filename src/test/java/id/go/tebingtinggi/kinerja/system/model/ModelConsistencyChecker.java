package id.go.tebingtinggi.kinerja.system.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks that the diagrams, decision tables and forms fit together and fit the application, so that a model
 * an administrator changed fails the build instead of failing in Tasklist. Each rule reports the file and the
 * element:
 *
 * <ul>
 *   <li>every {@code camunda:delegateExpression} (service and send tasks, message events, execution and task
 *       listeners, timeout listeners included) is {@code ${beanName}} and names a Spring bean
 *       ({@link #checkDelegates}, which needs the application context);</li>
 *   <li>every {@code camunda:formRef} matches the top-level {@code id} of a form in {@code forms/}, and every
 *       form is referenced by some diagram (ModelDeployer deploys a form only with a diagram that uses it);</li>
 *   <li>every form field is <em>used</em>: its variable (the {@code key}, or the {@code path} of a dynamic list
 *       or group, up to the first dot) occurs in an expression, condition, script, input/output mapping,
 *       call-activity mapping, result or collection variable of a diagram that references the form, or in the
 *       input expressions and output names of a decision such a diagram calls; or it is a string literal in
 *       {@code src/main/java} (a constant or a {@code getVariable} argument of a delegate), or such a literal
 *       followed by a row number ({@code rhk03} for the literal {@code "rhk"}: repeated rows whose keys the code
 *       builds from a prefix and a position); or the field is
 *       marked display-only, with {@code "properties": {"displayOnly": "true"}} or {@code "disabled": true}
 *       (form-js does not submit disabled fields; {@code readonly} fields are submitted, so {@code readonly}
 *       is no marker);</li>
 *   <li>every {@code camunda:decisionRef} is the id of a decision in {@code bpmn/*.dmn};</li>
 *   <li>every message a receive task, message start, catch or boundary event waits for has a sender: a send
 *       task or message throw/end event of that message name with an implementation, or a
 *       {@code createMessageCorrelation}, {@code correlateMessage} or {@code startProcessInstanceByMessage} call
 *       in {@code src/main/java} with the name as a literal or a {@code String} constant;</li>
 *   <li>every user task has {@code camunda:assignee}, {@code camunda:candidateUsers} or
 *       {@code camunda:candidateGroups};</li>
 *   <li>every executable process and every decision has {@code camunda:historyTimeToLive} and
 *       {@code camunda:versionTag}; every diagram and decision table is made for Camunda Platform 7.24.0;</li>
 *   <li>every form has {@code schemaVersion} 16, {@code executionPlatform} "Camunda Platform" and a unique
 *       {@code id}.</li>
 * </ul>
 */
final class ModelConsistencyChecker {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  static final String MODELER = "http://camunda.org/schema/modeler/1.0";
  static final String EXECUTION_PLATFORM = "Camunda Platform";
  static final String EXECUTION_PLATFORM_VERSION = "7.24.0";
  static final int FORM_SCHEMA_VERSION = 16;

  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final List<String> USER_TASK_ASSIGNMENT = List.of("assignee", "candidateUsers", "candidateGroups");
  private static final List<String> IMPLEMENTATION = List.of("class", "expression", "delegateExpression", "type");
  private static final List<String> VARIABLE_NAME_ATTRIBUTES =
      List.of("resultVariable", "collection", "elementVariable", "variableName");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Turns parse errors into exceptions instead of printing them to the console. */
  private static final ErrorHandler RETHROW = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // a warning leaves the document readable
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private final ModelSources sources;
  private final List<ModelProblem> unreadable = new ArrayList<>();
  private final Map<String, Document> diagrams = new LinkedHashMap<>();
  private final Map<String, Document> decisionTables = new LinkedHashMap<>();
  private final Map<String, JsonNode> forms = new LinkedHashMap<>();
  private final JavaSources java;

  ModelConsistencyChecker(ModelSources sources) {
    this.sources = sources;
    for (Path file : sources.diagrams()) {
      Document document = parseXml(file);
      if (document != null) {
        diagrams.put(sources.name(file), document);
      }
    }
    for (Path file : sources.decisionTables()) {
      Document document = parseXml(file);
      if (document != null) {
        decisionTables.put(sources.name(file), document);
      }
    }
    for (Path file : sources.forms()) {
      try {
        forms.put(sources.name(file), JSON.readTree(file.toFile()));
      } catch (IOException e) {
        unreadable.add(new ModelProblem(sources.name(file), "(file)", "is not valid JSON: " + e.getMessage()));
      }
    }
    this.java = sources.javaSources();
  }

  /** Every rule that needs no application context. */
  List<ModelProblem> checkModels() {
    List<ModelProblem> problems = new ArrayList<>(unreadable);
    checkExecutionPlatform(problems);
    checkHistoryTimeToLiveAndVersionTag(problems);
    checkUserTaskAssignment(problems);
    checkFormRefs(problems);
    checkDecisionRefs(problems);
    checkMessageSenders(problems);
    checkFormSchemas(problems);
    checkFormFields(problems);
    return problems;
  }

  /** Every {@code camunda:delegateExpression} is {@code ${beanName}} for a bean that exists. */
  List<ModelProblem> checkDelegates(Predicate<String> beanExists) {
    List<ModelProblem> problems = new ArrayList<>();
    diagrams.forEach((file, diagram) -> {
      for (Element element : elements(diagram)) {
        // on Camunda's own extension elements (listeners) the attribute has no namespace prefix
        boolean extension = CAMUNDA_BPMN.equals(element.getNamespaceURI());
        if (extension ? !element.hasAttribute("delegateExpression")
            : !element.hasAttributeNS(CAMUNDA_BPMN, "delegateExpression")) {
          continue;
        }
        String expression = extension ? element.getAttribute("delegateExpression")
            : element.getAttributeNS(CAMUNDA_BPMN, "delegateExpression");
        Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
        if (!bean.matches()) {
          problems.add(new ModelProblem(file, describe(element),
              "camunda:delegateExpression \"" + expression + "\" is not of the form ${beanName}"));
        } else if (!beanExists.test(bean.group(1))) {
          problems.add(new ModelProblem(file, describe(element),
              "camunda:delegateExpression \"" + expression + "\" names no Spring bean of the application"));
        }
      }
    });
    return problems;
  }

  private void checkExecutionPlatform(List<ModelProblem> problems) {
    Map<String, Document> models = new LinkedHashMap<>(diagrams);
    models.putAll(decisionTables);
    models.forEach((file, model) -> {
      Element definitions = model.getDocumentElement();
      String platform = definitions.getAttributeNS(MODELER, "executionPlatform");
      String version = definitions.getAttributeNS(MODELER, "executionPlatformVersion");
      if (!EXECUTION_PLATFORM.equals(platform)) {
        problems.add(new ModelProblem(file, describe(definitions), "modeler:executionPlatform is \"" + platform
            + "\", expected \"" + EXECUTION_PLATFORM + "\""));
      }
      if (!EXECUTION_PLATFORM_VERSION.equals(version)) {
        problems.add(new ModelProblem(file, describe(definitions), "modeler:executionPlatformVersion is \""
            + version + "\", expected \"" + EXECUTION_PLATFORM_VERSION + "\""));
      }
    });
  }

  private void checkHistoryTimeToLiveAndVersionTag(List<ModelProblem> problems) {
    diagrams.forEach((file, diagram) -> {
      for (Element process : bpmnElements(diagram, "process")) {
        if (!"false".equals(process.getAttribute("isExecutable"))) {
          requireAttribute(problems, file, process, CAMUNDA_BPMN, "historyTimeToLive", "executable process");
          requireAttribute(problems, file, process, CAMUNDA_BPMN, "versionTag", "executable process");
        }
      }
    });
    decisionTables.forEach((file, table) -> {
      for (Element decision : decisions(table)) {
        requireAttribute(problems, file, decision, CAMUNDA_DMN, "historyTimeToLive", "decision");
        requireAttribute(problems, file, decision, CAMUNDA_DMN, "versionTag", "decision");
      }
    });
  }

  private static void requireAttribute(List<ModelProblem> problems, String file, Element element, String namespace,
                                       String attribute, String what) {
    if (element.getAttributeNS(namespace, attribute).isBlank()) {
      problems.add(new ModelProblem(file, describe(element), what + " has no camunda:" + attribute));
    }
  }

  private void checkUserTaskAssignment(List<ModelProblem> problems) {
    diagrams.forEach((file, diagram) -> {
      for (Element task : bpmnElements(diagram, "userTask")) {
        if (USER_TASK_ASSIGNMENT.stream().allMatch(a -> task.getAttributeNS(CAMUNDA_BPMN, a).isBlank())) {
          problems.add(new ModelProblem(file, describe(task),
              "user task has no camunda:assignee, camunda:candidateUsers or camunda:candidateGroups"));
        }
      }
    });
  }

  private void checkFormRefs(List<ModelProblem> problems) {
    Set<String> formIds = new HashSet<>();
    forms.values().forEach(form -> formIds.add(form.path("id").asText("")));
    diagrams.forEach((file, diagram) -> {
      for (Element element : elements(diagram)) {
        if (element.hasAttributeNS(CAMUNDA_BPMN, "formRef")) {
          String formRef = element.getAttributeNS(CAMUNDA_BPMN, "formRef");
          if (!formIds.contains(formRef)) {
            problems.add(new ModelProblem(file, describe(element),
                "camunda:formRef \"" + formRef + "\" matches the id of no form in forms/"));
          }
        }
      }
    });
  }

  private void checkDecisionRefs(List<ModelProblem> problems) {
    Set<String> decisionIds = decisionsById().keySet();
    diagrams.forEach((file, diagram) -> {
      for (Element element : elements(diagram)) {
        if (element.hasAttributeNS(CAMUNDA_BPMN, "decisionRef")) {
          String decisionRef = element.getAttributeNS(CAMUNDA_BPMN, "decisionRef");
          if (!decisionIds.contains(decisionRef)) {
            problems.add(new ModelProblem(file, describe(element),
                "camunda:decisionRef \"" + decisionRef + "\" is the id of no decision in bpmn/*.dmn"));
          }
        }
      }
    });
  }

  private void checkMessageSenders(List<ModelProblem> problems) {
    Set<String> sentByDiagrams = new HashSet<>();
    diagrams.values().forEach(diagram -> {
      Map<String, String> messageNames = messageNames(diagram);
      for (Element task : bpmnElements(diagram, "sendTask")) {
        if (hasImplementation(task) && messageNames.containsKey(task.getAttribute("messageRef"))) {
          sentByDiagrams.add(messageNames.get(task.getAttribute("messageRef")));
        }
      }
      for (Element event : throwEvents(diagram)) {
        for (Element definition : children(event, "messageEventDefinition")) {
          String messageRef = definition.getAttribute("messageRef");
          if ((hasImplementation(definition) || hasImplementation(event)) && messageNames.containsKey(messageRef)) {
            sentByDiagrams.add(messageNames.get(messageRef));
          }
        }
      }
    });
    diagrams.forEach((file, diagram) -> {
      Map<String, String> messageNames = messageNames(diagram);
      for (Map.Entry<Element, String> waiting : messageWaits(diagram).entrySet()) {
        String messageRef = waiting.getValue();
        String name = messageNames.get(messageRef);
        if (name == null) {
          problems.add(new ModelProblem(file, describe(waiting.getKey()),
              "messageRef \"" + messageRef + "\" is no bpmn:message with a name in this file"));
        } else if (!sentByDiagrams.contains(name) && !java.correlatesMessage(name)) {
          problems.add(new ModelProblem(file, describe(waiting.getKey()), "message \"" + name + "\" has no sender:"
              + " no send task or message throw event with an implementation in bpmn/, and no"
              + " createMessageCorrelation, correlateMessage or startProcessInstanceByMessage call in src/main/java"));
        }
      }
    });
  }

  private void checkFormSchemas(List<ModelProblem> problems) {
    Map<String, String> fileById = new HashMap<>();
    forms.forEach((file, form) -> {
      String id = form.path("id").asText("");
      String element = id.isEmpty() ? "(form)" : id;
      if (id.isEmpty()) {
        problems.add(new ModelProblem(file, element, "form has no top-level \"id\""));
      } else if (fileById.putIfAbsent(id, file) != null) {
        problems.add(new ModelProblem(file, element, "form id \"" + id + "\" is also the id of "
            + fileById.get(id)));
      }
      JsonNode schemaVersion = form.path("schemaVersion");
      if (!schemaVersion.isInt() || schemaVersion.intValue() != FORM_SCHEMA_VERSION) {
        problems.add(new ModelProblem(file, element, "schemaVersion is " + schemaVersion
            + ", expected " + FORM_SCHEMA_VERSION));
      }
      String platform = form.path("executionPlatform").asText("");
      if (!EXECUTION_PLATFORM.equals(platform)) {
        problems.add(new ModelProblem(file, element, "executionPlatform is \"" + platform + "\", expected \""
            + EXECUTION_PLATFORM + "\""));
      }
    });
  }

  private void checkFormFields(List<ModelProblem> problems) {
    forms.forEach((file, form) -> {
      String formId = form.path("id").asText("");
      if (formId.isEmpty()) {
        return;
      }
      List<Document> showingDiagrams = diagrams.values().stream()
          .filter(diagram -> elements(diagram).stream()
              .anyMatch(e -> formId.equals(e.getAttributeNS(CAMUNDA_BPMN, "formRef"))))
          .toList();
      if (showingDiagrams.isEmpty()) {
        problems.add(new ModelProblem(file, formId, "no camunda:formRef in bpmn/ references this form, so it is"
            + " never deployed (ModelDeployer deploys a form together with the diagrams that reference it)"));
        return;
      }
      Set<String> used = new HashSet<>();
      showingDiagrams.forEach(diagram -> used.addAll(variablesUsedBy(diagram)));
      List<FormField> fields = new ArrayList<>();
      collectFields(form.path("components"), fields);
      for (FormField field : fields) {
        if (!field.displayOnly() && !used.contains(field.variable()) && !java.namesVariable(field.variable())) {
          problems.add(new ModelProblem(file, field.element(), "field \"" + field.binding() + "\" is not used: \""
              + field.variable() + "\" occurs in no expression, condition or variable mapping of a process that"
              + " shows this form, nor as a string literal (or the prefix of a numbered row key) in src/main/java;"
              + " mark the field \"properties\": {\"displayOnly\": \"true\"} if it only shows a value"));
        }
      }
    });
  }

  /** A form component that binds a process variable. */
  private record FormField(String element, String binding, String variable, boolean displayOnly) {

    static FormField of(JsonNode component, String binding) {
      boolean displayOnly = "true".equals(component.path("properties").path("displayOnly").asText())
          || component.path("disabled").asBoolean(false);
      String variable = binding.contains(".") ? binding.substring(0, binding.indexOf('.')) : binding;
      return new FormField(component.path("id").asText(binding), binding, variable, displayOnly);
    }
  }

  /**
   * A dynamic list or a group with a {@code path} binds that one variable (its inner fields are parts of it);
   * any other component binds its {@code key}.
   */
  private static void collectFields(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      String path = component.path("path").asText("");
      if (!path.isEmpty() && (type.equals("dynamiclist") || type.equals("group"))) {
        fields.add(FormField.of(component, path));
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        fields.add(FormField.of(component, key));
      }
      collectFields(component.path("components"), fields);
    }
  }

  /** The variable names a diagram reads or writes, including through the decisions it calls. */
  private Set<String> variablesUsedBy(Document diagram) {
    Set<String> names = new HashSet<>();
    Map<String, Element> decisions = decisionsById();
    for (Element element : elements(diagram)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        addExpressionIdentifiers(((Attr) attributes.item(i)).getValue(), names);
      }
      String text = directText(element);
      if (!element.getAttribute("language").isEmpty() || element.getLocalName().equals("script")) {
        addIdentifiers(text, names);
      } else {
        addExpressionIdentifiers(text, names);
      }
      if (CAMUNDA_BPMN.equals(element.getNamespaceURI())) {
        switch (element.getLocalName()) {
          case "in", "out" -> {
            addIfPresent(element.getAttribute("source"), names);
            addIfPresent(element.getAttribute("target"), names);
          }
          case "inputParameter", "outputParameter" -> addIfPresent(element.getAttribute("name"), names);
          default -> {
          }
        }
      }
      VARIABLE_NAME_ATTRIBUTES.forEach(a -> addIfPresent(element.getAttributeNS(CAMUNDA_BPMN, a), names));
      Element decision = decisions.get(element.getAttributeNS(CAMUNDA_BPMN, "decisionRef"));
      if (decision != null) {
        for (Element part : descendants(decision)) {
          switch (part.getLocalName()) {
            case "inputExpression" -> children(part, "text").forEach(t -> addIdentifiers(directText(t), names));
            case "input" -> addIfPresent(part.getAttributeNS(CAMUNDA_DMN, "inputVariable"), names);
            case "output" -> addIfPresent(part.getAttribute("name"), names);
            default -> {
            }
          }
        }
      }
    }
    return names;
  }

  private static void addExpressionIdentifiers(String text, Set<String> names) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      addIdentifiers(expression.group(1), names);
    }
  }

  private static void addIdentifiers(String text, Set<String> names) {
    Matcher identifier = IDENTIFIER.matcher(text);
    while (identifier.find()) {
      names.add(identifier.group());
    }
  }

  private static void addIfPresent(String name, Set<String> names) {
    if (!name.isBlank()) {
      names.add(name.trim());
    }
  }

  private Map<String, Element> decisionsById() {
    Map<String, Element> decisions = new HashMap<>();
    decisionTables.values().forEach(table -> decisions(table).forEach(d -> decisions.put(d.getAttribute("id"), d)));
    return decisions;
  }

  private static List<Element> decisions(Document table) {
    return elements(table).stream().filter(e -> e.getLocalName().equals("decision")).toList();
  }

  private static Map<String, String> messageNames(Document diagram) {
    Map<String, String> names = new HashMap<>();
    for (Element message : bpmnElements(diagram, "message")) {
      if (!message.getAttribute("name").isBlank()) {
        names.put(message.getAttribute("id"), message.getAttribute("name"));
      }
    }
    return names;
  }

  private static List<Element> throwEvents(Document diagram) {
    List<Element> events = new ArrayList<>(bpmnElements(diagram, "intermediateThrowEvent"));
    events.addAll(bpmnElements(diagram, "endEvent"));
    return events;
  }

  /** Each element that waits for a message, with the id of that message. */
  private static Map<Element, String> messageWaits(Document diagram) {
    Map<Element, String> waits = new LinkedHashMap<>();
    for (Element task : bpmnElements(diagram, "receiveTask")) {
      waits.put(task, task.getAttribute("messageRef"));
    }
    for (String catching : List.of("startEvent", "intermediateCatchEvent", "boundaryEvent")) {
      for (Element event : bpmnElements(diagram, catching)) {
        for (Element definition : children(event, "messageEventDefinition")) {
          waits.put(event, definition.getAttribute("messageRef"));
        }
      }
    }
    return waits;
  }

  private static boolean hasImplementation(Element element) {
    return IMPLEMENTATION.stream().anyMatch(a -> !element.getAttributeNS(CAMUNDA_BPMN, a).isBlank());
  }

  /** The element's id; for a listener or an event definition, the id of the element it belongs to. */
  private static String describe(Element element) {
    String name = element.getLocalName();
    if (CAMUNDA_BPMN.equals(element.getNamespaceURI())
        && (name.equals("taskListener") || name.equals("executionListener"))) {
      String id = element.getAttribute("id");
      return ownerId(element) + ", " + (name.equals("taskListener") ? "task" : "execution") + " listener on \""
          + element.getAttribute("event") + "\"" + (id.isEmpty() ? "" : " " + id);
    }
    String id = element.getAttribute("id");
    return name.endsWith("EventDefinition") || id.isEmpty() ? ownerId(element) : id;
  }

  private static String ownerId(Element element) {
    for (Node parent = element.getParentNode(); parent instanceof Element owner; parent = owner.getParentNode()) {
      if (!owner.getAttribute("id").isEmpty()) {
        return owner.getAttribute("id");
      }
    }
    return element.getLocalName();
  }

  private static List<Element> bpmnElements(Document diagram, String localName) {
    return elements(diagram).stream()
        .filter(e -> BPMN.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName))
        .toList();
  }

  private static List<Element> elements(Document document) {
    return descendants(document.getDocumentElement(), true);
  }

  private static List<Element> descendants(Element element) {
    return descendants(element, false);
  }

  private static List<Element> descendants(Element root, boolean includeRoot) {
    List<Element> elements = new ArrayList<>();
    if (includeRoot) {
      elements.add(root);
    }
    NodeList all = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(element.getLocalName())) {
        children.add(element);
      }
    }
    return children;
  }

  private static String directText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  private Document parseXml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(RETHROW);
      return builder.parse(file.toFile());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      unreadable.add(new ModelProblem(sources.name(file), "(file)", "is not well-formed XML: " + e.getMessage()));
      return null;
    }
  }
}
