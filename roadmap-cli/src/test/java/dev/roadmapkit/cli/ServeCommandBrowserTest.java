package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.progress.LearnerProgress;
import dev.roadmapkit.cli.serve.RoadmapServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code ./roadmap serve}'s page in a real browser: headless Chromium, driven through its driver
 * with Selenium. The browser and the driver come from the system (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code ROADMAP_CHROMIUM} and {@code ROADMAP_CHROMEDRIVER} name others);
 * without them the test is skipped with the how-to, and fails under {@code
 * ROADMAP_REQUIRE_SERVICES=true}. It leaves a screenshot of the page in {@code
 * target/roadmap-serve.png}.
 */
@DisplayName("./roadmap serve in a real browser")
class ServeCommandBrowserTest {

  private static final String HOW_TO =
      "no headless browser: install Chromium and its driver (Debian and Ubuntu: apt-get install"
          + " chromium chromium-driver), or set ROADMAP_CHROMIUM and ROADMAP_CHROMEDRIVER";

  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  @TempDir Path dir;

  @Test
  @Timeout(120)
  @DisplayName(
      "shows a node per section, and a passing exercise recolours its section's node while the"
          + " page is open")
  void graphFollowsProgress() throws Exception {
    Optional<Path> chromium =
        find("ROADMAP_CHROMIUM", List.of("chromium", "chromium-browser", "google-chrome"));
    Optional<Path> driverBinary = find("ROADMAP_CHROMEDRIVER", List.of("chromedriver"));
    if (chromium.isEmpty() || driverBinary.isEmpty()) {
      if (Boolean.parseBoolean(System.getenv("ROADMAP_REQUIRE_SERVICES"))) {
        throw new AssertionError(
            HOW_TO + " (ROADMAP_REQUIRE_SERVICES=true: a failure, not a skip)");
      }
      Assumptions.abort(HOW_TO);
    }
    // Selenium says, for each new Chromium, that it has no DevTools bindings for it: not used here.
    SELENIUM_LOG.setLevel(Level.SEVERE);
    FixtureKit fixture = FixtureKit.in(dir);
    Kit kit = Kit.at(fixture.root());
    LearnerProgress progress = new LearnerProgress(kit, Clock.systemUTC());
    int sections = kit.curriculum().roadmap().sections().size();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + dir.resolve("chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverBinary.get().toFile())
            .usingAnyFreePort()
            .build();
    try (RoadmapServer server =
        RoadmapServer.start(kit.curriculum(), progress::load, kit.progressFile(), 0)) {
      ChromeDriver browser = new ChromeDriver(service, options);
      try {
        browser.get(server.uri().toString());
        List<WebElement> nodes = browser.findElements(By.cssSelector("g.node"));
        assertThat(nodes).as("a node per section of the roadmap").hasSize(sections);
        assertThat(sections).as("the sections of the roadmap").isEqualTo(21);
        String before = fill(browser, "programming");
        assertThat(before).as("Learn Programming before any check").isEqualTo("#e5e7eb");

        browser.findElement(By.cssSelector("#node-programming")).click();
        assertThat(browser.findElement(By.id("section-programming")).getAttribute("open"))
            .as("a click on a node opens its section")
            .isNotNull();

        fixture.write(FixtureKit.ADDER, FixtureKit.ADDER_SOLVED);
        FixtureKit.Result check = fixture.run("check", "basics/adder");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();

        new WebDriverWait(browser, Duration.ofSeconds(20))
            .withMessage("the page never followed the progress file (server-sent events)")
            .until(page -> !fill(browser, "programming").equals(before));
        assertThat(fill(browser, "programming"))
            .as("Learn Programming once basics/adder passes")
            .isEqualTo("#fcd34d");
        assertThat(browser.findElement(By.id("section-programming")).getAttribute("open"))
            .as("the open section stays open across the update")
            .isNotNull();
        assertThat(browser.findElement(By.id("section-programming")).getText())
            .contains("basics/adder Add two numbers (passing)");

        browser.executeScript("window.scrollTo(0, 0)");
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "roadmap-serve.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).as("the screenshot").isPositive();
      } finally {
        browser.quit();
      }
    }
  }

  private static String fill(ChromeDriver browser, String section) {
    return browser.findElement(By.cssSelector("#node-" + section + " rect")).getAttribute("fill");
  }

  private static Optional<Path> find(String variable, List<String> names) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      Path path = Path.of(named);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(pathVariable.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .flatMap(entry -> names.stream().map(name -> Path.of(entry, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
