package id.go.tebingtinggi.kinerja.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in a headless Chromium, used the way a person uses it: log in, open a task, fill the Camunda
 * Form, complete. Chromium and chromedriver come from the operating system (Debian packages chromium and
 * chromium-driver); their paths can be changed with the system properties {@code browser.chromium} and
 * {@code browser.chromedriver}. Screenshots go to {@code target/screenshots}.
 */
final class Tasklist implements AutoCloseable {

  /** Generous: the first Tasklist page loads several megabytes of scripts, slow on a loaded two-core machine. */
  private static final Duration TIMEOUT = Duration.ofSeconds(150);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String FORM = ".fjs-container";

  private final String origin;
  private final String baseUrl;
  private final Path userDataDir;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  Tasklist(int port) throws IOException {
    this.origin = "http://localhost:" + port;
    this.baseUrl = origin + "/camunda/app/tasklist/default/";
    this.userDataDir = Files.createTempDirectory("kinerja-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + userDataDir);
    // an explicit driver executable keeps Selenium Manager from downloading one
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    this.driver.manage().timeouts().scriptTimeout(TIMEOUT);
    this.wait = new WebDriverWait(driver, TIMEOUT);
  }

  void logIn(String user, String password) {
    driver.get(baseUrl);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")))
        .sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  /** Opens a page of the application (a path such as {@code /dasbor#/2026/1}) in the same logged-in session. */
  void openPage(String path) {
    driver.get(origin + path);
  }

  /** Waits until an element matching the CSS selector is visible, and returns it. */
  WebElement await(String css) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("not shown: " + css + "; the page said:\n" + pageTextOnFailure("await-" + css), e);
    }
  }

  /** What a person would have seen when a wait failed: the page's text, and a screenshot beside the others. */
  private String pageTextOnFailure(String what) {
    try {
      screenshotPage("failed-" + what.replaceAll("[^A-Za-z0-9-]+", "_"));
      Object requests = driver.executeScript("return performance.getEntriesByType('resource')"
          + ".filter(e => e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest')"
          + ".map(e => Math.round(e.startTime) + ' ms +' + Math.round(e.duration) + ' ms ' + e.name"
          + " + ' ' + (e.responseStatus || '')).join('\\n');");
      return pageText() + "\n-- address: " + driver.getCurrentUrl() + "\n-- requests answered:\n" + requests;
    } catch (RuntimeException | IOException e) {
      return "(page not readable: " + e + ")";
    }
  }

  /** Waits until an element matching the CSS selector exists (visible or not), and returns it. */
  WebElement awaitPresent(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  /** Clicks the link or button with exactly this visible text. */
  void clickLink(String text) {
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[normalize-space(.)='" + text + "'] | //button[normalize-space(.)='" + text + "']")));
    scrollTo(link);
    link.click();
  }

  /** Picks the option of a plain HTML select (the application's own pages) by its visible text. */
  void select(String css, String label) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    scrollTo(element);
    new org.openqa.selenium.support.ui.Select(element).selectByVisibleText(label);
  }

  /** Types into a plain HTML input or textarea (the application's own pages), replacing what was there. */
  void fill(String css, String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    scrollTo(element);
    element.clear();
    element.sendKeys(text);
  }

  void click(String css) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    scrollTo(element);
    element.click();
  }

  /** Texts of every element matching the CSS selector, visible or not. */
  List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .map(element -> element.getDomProperty("textContent").strip())
        .toList();
  }

  /** The visible text of the whole page. */
  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The text of an element, hidden or not (e.g. a chart's summary for screen readers). */
  String textContent(String css) {
    return (String) driver.executeScript("return document.querySelector(arguments[0]).textContent;", css);
  }

  /**
   * Downloads an address with the page's own session, as the browser does for a download link, and returns the
   * bytes and the content type.
   */
  Download download(String href) {
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> result = (java.util.Map<String, Object>) driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin', cache: 'no-store'})"
            + "  .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('Content-Type'),"
            + "     disposition: r.headers.get('Content-Disposition'), bytes: Array.from(new Uint8Array(b))})))"
            + "  .catch(e => done({status: -1, type: String(e), bytes: []}));", href);
    @SuppressWarnings("unchecked")
    List<Long> values = (List<Long>) result.get("bytes");
    byte[] bytes = new byte[values.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = values.get(i).byteValue();
    }
    return new Download(((Long) result.get("status")).intValue(), (String) result.get("type"),
        (String) result.get("disposition"), bytes);
  }

  record Download(int status, String contentType, String disposition, byte[] bytes) {
  }

  /** Saves the whole page (not only the window) as an image under {@code target/screenshots}. */
  void screenshotPage(String name) throws IOException {
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
    Dimension size = driver.manage().window().getSize();
    try {
      if (height > size.height) {
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 120, 6000)));
      }
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /** Opens the task from the task list, as a person does, and waits until its form is rendered. */
  void openTask(String taskName) {
    By link = By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space(.)='" + taskName + "']");
    driver.get(baseUrl);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(40)).until(ExpectedConditions.elementToBeClickable(link)).click();
    } catch (org.openqa.selenium.TimeoutException firstLoad) {
      // Tasklist now and then shows its list empty after the first load of a session, as a person would see it;
      // they press reload, and so does this
      driver.navigate().refresh();
      try {
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("task not in the list: " + taskName + "; the page said:\n"
            + pageTextOnFailure("task-" + taskName), e);
      }
    }
    awaitForm();
  }

  /** Opens a task by its id (the link Tasklist shows in its address bar) and waits until its form is rendered. */
  void openTaskById(String taskId) {
    driver.get(baseUrl + "#/?task=" + taskId);
    awaitForm();
  }

  private void awaitForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(FORM + " .fjs-form-field")));
  }

  /** The visible text of the form, as rendered. */
  String formText() {
    return driver.findElement(By.cssSelector(FORM)).getText();
  }

  List<String> renderedTables() {
    return driver.findElements(By.cssSelector(FORM + " .fjs-form-field-text table")).stream()
        .map(WebElement::getText)
        .toList();
  }

  boolean isShown(String key) {
    return !driver.findElements(input(key)).isEmpty();
  }

  String value(String key) {
    return driver.findElement(input(key)).getDomProperty("value");
  }

  /** Replaces the text of a textfield, textarea or number field. */
  void type(String key, String text) {
    // form-js may render a field again while it is typed into (a conditional field appearing beside it), which
    // loses the keys; a person would see the field empty and type again, and so does this
    for (int attempt = 1; ; attempt++) {
      WebElement element = wait.until(ExpectedConditions.elementToBeClickable(input(key)));
      scrollTo(element);
      element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      element.sendKeys(text);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> text.equals(value(key)));
        return;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw new AssertionError("field " + key + " does not keep what was typed: '" + value(key) + "'", e);
        }
      }
    }
  }

  /** Picks an option of a select field by its label. */
  void choose(String key, String label) {
    WebElement display = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(FORM + " [id$='-Field_" + key + "-display']")));
    scrollTo(display);
    display.click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))).click();
  }

  /** Picks an option of a radio field by its label. */
  void pick(String key, String label) {
    WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//input[@type='radio'][contains(@id,'-Field_" + key + "-')]/ancestor::div[contains(@class,'fjs-form-field-radio')]"
            + "//label[normalize-space(.)='" + label + "']")));
    scrollTo(option);
    option.click();
  }

  /** The validation messages form-js shows under the field. */
  List<String> errors(String key) {
    return driver.findElements(By.cssSelector(FORM + " [id$='-Field_" + key + "-error-message']")).stream()
        .map(WebElement::getText)
        .filter(text -> !text.isBlank())
        .toList();
  }

  void complete() {
    dismissNotifications();
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
        "button[ng-click='complete()']")));
    scrollTo(button);
    button.click();
  }

  /** Closes Tasklist's messages (e.g. a failed completion), which cover the buttons at the bottom right. */
  private void dismissNotifications() {
    By messages = By.cssSelector(".page-notifications .alert");
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .alert .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(messages));
  }

  void awaitUntil(String what, BooleanSupplier condition) {
    new FluentWait<>(condition)
        .withTimeout(TIMEOUT)
        .pollingEvery(Duration.ofMillis(250))
        .withMessage(what)
        .until(BooleanSupplier::getAsBoolean);
  }

  /**
   * Saves the whole form as one image: Tasklist scrolls the task inside a fixed-height pane, so the window is
   * made as tall as the form for the moment of the screenshot.
   */
  void screenshot(String name) throws IOException {
    long hidden = (Long) driver.executeScript(
        "let e = document.querySelector(arguments[0]);"
            + "while (e && !(e.scrollHeight > e.clientHeight + 1"
            + "    && /(auto|scroll)/.test(getComputedStyle(e).overflowY))) { e = e.parentElement; }"
            + "return e ? e.scrollHeight - e.clientHeight : 0;", FORM);
    Dimension size = driver.manage().window().getSize();
    try {
      if (hidden > 0) {
        driver.manage().window().setSize(new Dimension(size.width, size.height + (int) hidden));
      }
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  private static By input(String key) {
    return By.cssSelector(FORM + " [id$='-Field_" + key + "']");
  }

  private void scrollTo(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(userDataDir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
