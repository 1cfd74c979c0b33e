package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.duplicate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.db.TestDatabase;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.DuplicateLinkRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium driven by Selenium against a real read API over
 * the bundled samples plus tagged articles and duplicates (written through the sink's own writer). Skipped
 * when Chromium is not installed, except under CI (CI=true), where that is a failure: .ci/run installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String XSS_TITLE = "<img src=x onerror=alert(1)>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private TestDatabase database;
    private Database reads;
    private ApiServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must have chromium and chromium-driver installed (.ci/run installs them)");
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        database = TestDatabase.h2(folder);
        seed(database.database());
        ApiSettings settings = ApiSettings.local(0);
        reads = Database.openForReads(settings.readPool(database.settings()), settings.queryTimeout());
        server = ApiServer.start(settings, new ReadQueries(reads), () -> Map.of("lag", 0, "running", true),
                () -> "");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--disable-gpu", "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (reads != null) {
            reads.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The samples of ./wirestream local, tagged articles over five days, copies of some, and the XSS probe. */
    static void seed(Database database) throws IOException, java.sql.SQLException {
        List<Change> changes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../local/src/main/resources/samples/samples.jsonl"))) {
            JsonNode sample = JSON.readTree(line);
            EnrichedArticle base = article(sample.get("id").asText(), sample.get("title").asText(),
                    Instant.parse(sample.get("publishedAt").asText()), "Geneva Talks");
            base.setSource(sample.get("source").asText());
            base.setBody(sample.get("body").asText());
            base.setCleanBody(sample.get("body").asText());
            base.setEntities(List.of());
            base.setEdits(List.of());
            base.setFlags(List.of());
            changes.add(new Change.UpsertArticle(ArticleRow.from(base)));
        }
        String[] sources = {"wire-a", "wire-b", "wire-c"};
        for (int i = 0; i < 45; i++) {
            EnrichedArticle tagged = article("t" + i, "Harvest talks day " + (i % 5) + " number " + i,
                    Instant.parse("2025-02-07T06:00:00Z").plusSeconds(3600L * (i % 5) * 24 + 600L * i),
                    "Ahmad al-Sharaa", i % 2 == 0 ? "City Damascus" : "City Idlib");
            tagged.setSource(sources[i % 3]);
            changes.add(new Change.UpsertArticle(ArticleRow.from(tagged)));
        }
        changes.add(new Change.UpsertArticle(ArticleRow.from(article("xss", XSS_TITLE,
                Instant.parse("2025-02-11T09:00:00Z"), "Ahmad al-Sharaa"))));
        DuplicateKind[] kinds = DuplicateKind.values();
        for (int i = 0; i < 9; i++) {
            DuplicateNotice notice = duplicate("copy" + i, "t" + (i % 3), kinds[i % kinds.length], 0.8 + i / 100.0);
            if (i == 7) {
                notice.setCleanBody("The copy says " + XSS_TITLE + " in its own words."); // hostile text of a copy
            }
            changes.add(new Change.UpsertDuplicateLink(DuplicateLinkRow.from(notice)));
        }
        new SinkStore(database).apply(changes);
    }

    @Test
    void theDashboardDrawsItsChartsSearchesPagesAndShowsHostileTitlesAsText() throws Exception {
        browser.get(base());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> points("chart-articles") > 0 && points("chart-duplicates") > 0 && points("spark-0") > 0);
        // 45 tagged, the probe and the samples that fall in the window (the newest 92 days)
        assertThat(points("chart-articles")).isBetween(46L, new SinkStore(database.database()).count("articles"));
        assertThat(browser.findElements(By.cssSelector("#chart-articles canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("health")).getText()).isEqualTo("database UP");

        // the XSS probe is listed as text, and nothing ran
        wait.until(d -> d.findElement(By.id("recent")).getText().contains(XSS_TITLE));
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        // paging: 15 a page, "older" appends the next page until every article was shown once
        List<String> titles = new ArrayList<>();
        WebElement more = browser.findElement(By.id("recent-more"));
        while (more.isDisplayed()) {
            int before = rows("recent");
            more.click();
            wait.until(d -> rows("recent") > before);
        }
        browser.findElements(By.cssSelector("#recent tr td:nth-child(2)")).forEach(cell -> titles.add(cell.getText()));
        long stored = new SinkStore(database.database()).count("articles");
        assertThat(titles).hasSize((int) stored).doesNotHaveDuplicates();

        // search: matches highlighted, more results on demand
        browser.findElement(By.id("q")).sendKeys("damascus");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#search-results .hit")).size() == 10);
        assertThat(browser.findElement(By.cssSelector("#search-results mark")).getText()).isEqualToIgnoringCase("damascus");
        browser.findElement(By.id("search-more")).click();
        wait.until(d -> d.findElements(By.cssSelector("#search-results .hit")).size() > 10);

        screenshot("dashboard");

        // an entity's page and a story's page
        browser.get(base() + "#/entity/" + "Q-Ahmad%20al-Sharaa");
        wait.until(d -> points("chart-entity") > 0);
        assertThat(browser.findElement(By.id("entity-together")).getText()).contains("City Damascus", "City Idlib");
        browser.get(base() + "#/story/copy1");
        wait.until(d -> d.findElement(By.id("story-copies")).getText().contains("copy-news"));
        assertThat(browser.findElement(By.id("story-original")).getText()).contains("Harvest talks day 1 number 1",
                "Report. Ahmad al-Sharaa spoke today.");
        // the most similar copy's own text beside the original's, as text: the markup in it is inert
        wait.until(d -> d.findElement(By.id("story-copy")).getText().contains("The copy says " + XSS_TITLE));
        assertThat(browser.findElement(By.id("overview")).isDisplayed()).as("overview hidden on a story").isFalse();
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
        screenshot("story");
        // another copy on "Compare"
        browser.findElements(By.cssSelector("#story-copies button.compare")).get(2).click();
        wait.until(d -> d.findElement(By.id("story-copy")).getText().contains("The text of copy1 as EXACT."));
        // a redelivery has no text of its own, and the page says why
        browser.get(base() + "#/story/copy0");
        wait.until(d -> d.findElement(By.id("story-copy")).getText().contains("redelivery is the original itself"));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        assertThat(severe()).as("browser console errors").isEmpty();
    }

    @Test
    void thePageSaysSoWhenTheDatabaseIsDown() throws Exception {
        try (ApiServer down = ApiServer.start(ApiSettings.local(0), new ReadQueries(closedDatabase()), Map::of, () -> "")) {
            browser.get("http://127.0.0.1:" + down.port() + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElement(By.id("banner")).isDisplayed());
            assertThat(browser.findElement(By.id("banner")).getText()).contains("database is not answering");
            assertThat(browser.findElement(By.id("health")).getText()).isEqualTo("database DOWN");
        }
        severe(); // the 503s are logged by the browser as failed loads: expected here, drained for the other test
    }

    private Database closedDatabase() {
        Database closed = Database.openForReads(TestDatabase.h2Settings(folder.resolve("gone")), Duration.ofSeconds(1));
        closed.close();
        return closed;
    }

    private String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private long points(String id) {
        Object value = browser.executeScript("const e = document.getElementById(arguments[0]);"
                + " return e && e.dataset.points ? Number(e.dataset.points) : 0;", id);
        return ((Number) value).longValue();
    }

    private int rows(String tbody) {
        return browser.findElements(By.cssSelector("#" + tbody + " tr")).size();
    }

    private List<String> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
