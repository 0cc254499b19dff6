package io.github.stepadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The page in a real browser: Debian's chromium and chromium-driver, headless, one session for
 * every test. Where neither is installed ({@code .ci/run} installs them) the tests are skipped
 * with a message saying so. Screenshots go to {@code target/screenshots/}.
 */
class PageBrowserTest {

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"));
    private static final List<Path> DRIVER = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension LAPTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        Optional<Path> chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst();
        Optional<Path> driver = DRIVER.stream().filter(Files::isExecutable).findFirst();
        assumeTrue(chromium.isPresent() && driver.isPresent(), "No Chromium here (looked for " + CHROMIUM + " and "
                + DRIVER + "): the browser tests are skipped. Install Debian's chromium and chromium-driver "
                + "(.ci/run does) to run them.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void laptopWidth() {
        browser.manage().window().setSize(LAPTOP);
    }

    @Test
    void aFormFilledByHandGivesTheCommandLinesAdviceInOrder() throws IOException {
        Path file = Path.of("profiles", "step1-dedicated-below-margin.json");
        JsonNode profile = TestJson.parse(Files.readAllBytes(file), "test");
        open("");
        fill(profile);
        click(browser.findElement(By.id("advise")));
        waitFor("document.body.dataset.state === 'advised'");

        assertThat(shownIds()).isNotEmpty().isEqualTo(cliIds(file));
    }

    @Test
    void anExampleAddressShowsItsAdviceTimelineAndProgramList() throws IOException {
        Path file = Path.of("profiles", "redeemed-in-season.json");
        open("?example=redeemed-in-season");
        waitFor("document.body.dataset.state === 'advised' && document.querySelectorAll('#programs tbody tr').length > 0");

        assertThat(new Select(browser.findElement(By.id("example"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("redeemed-in-season");
        assertThat(shownIds()).isEqualTo(cliIds(file));
        JsonNode advice = TestJson.parse(RunningServer.cli("--format", "json", file.toString()), "advice");
        assertThat(browser.findElements(By.cssSelector("#summary .next-steps li")))
                .extracting(step -> step.getAttribute("data-id"))
                .isEqualTo(StreamSupport.stream(advice.get("summary").get("nextSteps").spliterator(), false)
                        .map(step -> step.get("id").asText()).toList());

        Map<String, String> dates = new java.util.LinkedHashMap<>();
        for (WebElement event : browser.findElements(By.cssSelector("svg.timeline g.event"))) {
            dates.put(event.getAttribute("data-id"), event.getAttribute("data-date"));
        }
        assertThat(dates).containsEntry("asOf", "2026-11-24").containsEntry("STEP_1.FAIL", "2024-12-01")
                .containsEntry("STEP_2_CK.PASS", "2026-06-20").containsEntry("step2IdealBy", "2026-07-31")
                .containsEntry("step2LatestReasonable", "2026-08-10").containsEntry("latestBooking", "2026-06-15")
                .containsEntry("erasOpens", "2026-06-03").containsEntry("programsSeeApplications", "2026-09-30")
                .containsEntry("rankOrderDeadline", "2027-03-03").containsEntry("matchDay", "2027-03-19");
        assertThat(browser.findElement(By.cssSelector("g.event[data-id=matchDay] text.date")).getText()).startsWith("≈");
        assertThat(browser.findElement(By.id("timeline-note")).isDisplayed()).isTrue();

        screenshot("laptop-example", LAPTOP);
        element("timeline-panel", "laptop-timeline");
        element("programs-panel", "laptop-programs");
        screenshot("phone-example", PHONE);
        element("advice-panel", "phone-advice");
        element("timeline-panel", "phone-timeline");
        element("programs-panel", "phone-programs");
    }

    @Test
    void anUploadedCatalogueFillsTheTableAsTheCommandLineClassifiesItAndFilters() throws IOException {
        Path profile = Path.of("profiles", "redeemed-in-season.json");
        Path catalogue = Path.of("catalogues", "fictional-sample.csv");
        open("?example=redeemed-in-season");
        waitFor("document.body.dataset.state === 'advised'");
        new Select(browser.findElement(By.id("catalogue-source"))).selectByValue("upload");
        browser.findElement(By.id("catalogue-upload")).sendKeys(catalogue.toAbsolutePath().toString());
        waitFor("document.getElementById('catalogue-name').textContent === 'fictional-sample.csv'"
                + " && document.querySelectorAll('#programs tbody tr').length > 0");

        JsonNode list = TestJson.parse(RunningServer.cli("programs", "--format", "json", "--catalogue", catalogue.toString(),
                profile.toString()), "programs");
        List<String> expected = new ArrayList<>();
        list.get("programs").forEach(p -> expected.add(p.get("id").asText() + " " + p.get("category").asText()));
        waitFor("document.querySelectorAll('#programs tbody tr').length === " + expected.size());
        assertThat(rows()).isEqualTo(expected);
        WebElement first = browser.findElement(By.cssSelector("#programs tbody tr"));
        assertThat(first.findElement(By.cssSelector("td.share")).getText()).contains("%");

        new Select(browser.findElement(By.id("category-filter"))).selectByValue("SAFETY");
        List<WebElement> shown = browser.findElements(By.cssSelector("#programs tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.getAttribute("data-category")).isEqualTo("SAFETY"));
        assertThat(shown).hasSize((int) expected.stream().filter(row -> row.endsWith(" SAFETY")).count());
    }

    @Test
    void anInvalidProfileShowsEachProblemNextToItsField() throws IOException {
        String invalid = Files.readString(Path.of("profiles", "redeemed-in-season.json"))
                .replace("\"score\": 241", "\"score\": 312").replace("\"dedicatedWeeks\": 8", "\"dedicatedWeeks\": 60");
        assertThat(invalid).contains("312").contains("\"dedicatedWeeks\": 60");
        Path file = Files.createTempFile("invalid-profile", ".json");
        Files.writeString(file, invalid);
        open("");
        waitFor("document.body.dataset.ready === 'true'");
        browser.findElement(By.id("upload")).sendKeys(file.toAbsolutePath().toString());
        waitFor("document.body.dataset.state === 'invalid'");
        Files.delete(file);

        WebElement score = browser.findElement(By.cssSelector(".error[data-error-for='exams[2].score']"));
        assertThat(score.getText()).contains("312");
        assertThat(score.findElement(By.xpath("./ancestor::tr")).getAttribute("data-path")).isEqualTo("exams[2]");
        WebElement weeks = browser.findElement(By.cssSelector(".error[data-error-for='dedicatedWeeks']"));
        assertThat(weeks.findElement(By.xpath("..")).getAttribute("data-path")).isEqualTo("dedicatedWeeks");
        assertThat(browser.findElement(By.id("f-dedicatedWeeks")).getAttribute("aria-invalid")).isEqualTo("true");
        // Where the page puts a user after a refusal: its first field error, in the middle of the window.
        browser.manage().window().setSize(LAPTOP);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.error').scrollIntoView({block: 'center'});");
        save(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE), "laptop-invalid");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void open(String path) {
        browser.get(RunningServer.address(path).toString());
        waitFor("document.body.dataset.ready === 'true' || document.body.dataset.state !== undefined");
    }

    private static void waitFor(String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return Boolean(" + condition + ");")));
    }

    private static List<String> shownIds() {
        return browser.findElements(By.cssSelector("#advice .recommendation")).stream()
                .map(card -> card.getAttribute("data-id")).toList();
    }

    private static List<String> rows() {
        return browser.findElements(By.cssSelector("#programs tbody tr")).stream()
                .map(row -> row.getAttribute("data-id") + " " + row.getAttribute("data-category")).toList();
    }

    private static List<String> cliIds(Path profile) {
        JsonNode advice = TestJson.parse(RunningServer.cli("--format", "json", profile.toString()), "advice");
        return StreamSupport.stream(advice.get("recommendations").spliterator(), false)
                .map(r -> r.get("id").asText()).toList();
    }

    /** Fills the form as a person would: fields typed or picked, one row added per list item. */
    private static void fill(JsonNode profile) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        profile.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isArray() && Stream.of("exams", "plannedExams", "practiceTests").anyMatch(name::equals)) {
                for (JsonNode item : value) {
                    click(browser.findElement(By.cssSelector("[data-add='" + name + "']")));
                    List<WebElement> rows = browser.findElements(By.cssSelector("#" + name + " > tr"));
                    WebElement row = rows.get(rows.size() - 1);
                    item.fields().forEachRemaining(cell -> set(js, row.findElement(
                            By.cssSelector("[data-field='" + cell.getKey() + "']")), cell.getValue().asText()));
                }
            } else if (value.isArray()) {
                for (JsonNode pick : value) {
                    click(browser.findElement(By.cssSelector("#" + name + " input[value='" + pick.asText() + "']")));
                }
            } else if (value.isBoolean()) {
                WebElement box = browser.findElement(By.id("f-" + name));
                if (box.isSelected() != value.asBoolean()) {
                    click(box);
                }
            } else {
                set(js, browser.findElement(By.id("f-" + name)), value.asText());
            }
        });
    }

    /** Clicks as a person would after scrolling the control to the middle of the window. */
    private static void click(WebElement control) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", control);
        control.click();
    }

    private static void set(JavascriptExecutor js, WebElement control, String value) {
        if (control.getTagName().equals("select")) {
            new Select(control).selectByValue(value);
        } else if ("date".equals(control.getAttribute("type"))) {
            // A date field's typed form follows the browser's locale; its value is always ISO.
            js.executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", control, value);
        } else {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", control);
            control.clear();
            control.sendKeys(value);
        }
    }

    private static void screenshot(String name, Dimension size) throws IOException {
        browser.manage().window().setSize(size);
        waitFor("true");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        save(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE), name);
    }

    private static void element(String id, String name) throws IOException {
        WebElement panel = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", panel);
        save(panel.getScreenshotAs(OutputType.FILE), name);
    }

    private static void save(File shot, String name) throws IOException {
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
