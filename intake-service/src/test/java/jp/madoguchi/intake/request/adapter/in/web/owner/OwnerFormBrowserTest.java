package jp.madoguchi.intake.request.adapter.in.web.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The owner's form in a real browser (the distribution's headless Chromium through its chromedriver; skipped where
 * they are not installed — {@code .ci/run} installs them): errors first, then a good request, its receipt, and its
 * status page once scheduling's {@code consultation.scheduled} has arrived. Screenshots go to
 * {@code target/screenshots/}; {@code docs/screenshots/} holds a committed set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerFormBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("madoguchi.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("madoguchi.chromedriver",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DESKTOP_WIDTH = 1024;
    private static final int MOBILE_WIDTH = 390;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=ja", "--window-size=" + DESKTOP_WIDTH + ",900", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // A submit's click can return before the next page is there: look for its elements until they come.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOwnerMakesMistakesThenAsksAndSeesTheirAppointment() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/request");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("無料経営相談のお申し込み");
        screenshot("form-ja");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getAttribute("class")).as("the first stop is the skip link").isEqualTo("skip");
        assertThat(first.getCssValue("outline-style")).as("focus is visible").isEqualTo("solid");

        long stored = storedRequests();
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("入力内容をご確認ください");
        for (String field : List.of("name", "businessName", "phone", "chamberId", "membership", "topic",
                "description", "preferredMode", "outreachSource", "privacyConsent")) {
            assertThat(browser.findElement(By.id("err-" + field)).getText()).as(field).isNotBlank();
            assertThat(summary.findElement(By.cssSelector("a[href='#" + field + "']")).getText()).as(field)
                    .isNotBlank();
        }
        assertThat(browser.findElement(By.id("err-name")).getText()).contains("お名前を入力してください。");
        assertThat(browser.findElement(By.id("name")).getAttribute("aria-describedby")).isEqualTo("err-name");
        assertThat(storedRequests()).isEqualTo(stored);
        screenshot("errors-ja");

        fillInAGoodRequest();
        browser.findElement(By.id("businessName")).sendKeys(Keys.ENTER);
        String reference = browser.findElement(By.id("reference-code")).getText();
        assertThat(reference).matches("MD-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(storedRequests()).isEqualTo(stored + 1);
        screenshot("receipt-ja");

        String consultationId = mongo.getCollection("consultationRequests")
                .find(Filters.eq("referenceCode", reference)).first().getString("_id");
        ZonedDateTime startsAt = nextMondayAtHalfPastNineInJapan();
        scheduled(consultationId, startsAt);

        browser.findElement(By.id("status-link")).click();
        assertThat(browser.getCurrentUrl()).doesNotContain("token=");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.findElement(By.id("reference-code")).getText()).isEqualTo(reference);
        assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("SCHEDULED");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("予約済み");
        assertThat(browser.findElement(By.id("appointment")).getText()).isEqualTo(
                "%d年%d月%d日(月) 9:30〜10:30".formatted(startsAt.getYear(), startsAt.getMonthValue(),
                        startsAt.getDayOfMonth()));
        screenshot("status-ja");

        browser.manage().window().setSize(new Dimension(MOBILE_WIDTH, 800));
        browser.get(url("/request?lang=en&campaign=RADIO-2026-WINTER&source=RADIO"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ask for a free business consultation");
        assertThat(new Select(browser.findElement(By.id("outreachSource"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("RADIO");
        screenshot("form-en-mobile");
    }

    private void fillInAGoodRequest() {
        type("name", "山田 太郎");
        type("nameKana", "やまだ たろう");
        type("businessName", "山田商店");
        new Select(browser.findElement(By.id("industry"))).selectByValue("RETAIL");
        new Select(browser.findElement(By.id("employees"))).selectByValue("FROM_1_TO_5");
        type("phone", OwnerForms.aMobileNumber().replace("-", " "));
        type("email", "taro@example.jp");
        browser.findElement(By.id("reachBy-PHONE")).click();
        new Select(browser.findElement(By.id("chamberId"))).selectByValue("ichinomiya");
        browser.findElement(By.id("membership-MEMBER")).click();
        new Select(browser.findElement(By.id("topic"))).selectByValue("STARTUP");
        type("description", "来年の創業に向けて、資金計画と補助金について相談したいです。");
        browser.findElement(By.id("preferredMode-PHONE")).click();
        browser.findElement(By.id("preferredDays-MONDAY")).click();
        browser.findElement(By.id("preferredTimeOfDay-MORNING")).click();
        new Select(browser.findElement(By.id("outreachSource"))).selectByValue("FLYER");
        browser.findElement(By.id("privacyConsent")).click();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static ZonedDateTime nextMondayAtHalfPastNineInJapan() {
        ZoneId japan = ZoneId.of("Asia/Tokyo");
        LocalDate monday = LocalDate.now(japan).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return ZonedDateTime.of(monday, LocalTime.of(9, 30), japan);
    }

    /** What scheduling would announce; scheduling does not run in intake's tests. */
    private void scheduled(String consultationId, ZonedDateTime startsAt) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1));
        String eventId = UUID.randomUUID().toString();
        event.put("consultationId", consultationId).put("eventId", eventId)
                .put("startsAt", startsAt.toInstant().toString())
                .put("endsAt", startsAt.plusHours(1).toInstant().toString());
        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId,
                Map.of(CloudEventHeaders.TYPE, EventType.CONSULTATION_SCHEDULED_V1.typeName(), CloudEventHeaders.ID,
                        eventId, CloudEventHeaders.SOURCE, "/madoguchi/scheduling-service",
                        CloudEventHeaders.SPEC_VERSION, "1.0"),
                JSON.writeValueAsBytes(event));
        await().atMost(Duration.ofSeconds(60)).until(() -> "SCHEDULED".equals(mongo.getCollection(
                "consultationRequests").find(Filters.eq("_id", consultationId)).first().getString("status")));
    }

    /** The whole page: the window is made as tall as the document first. */
    private void screenshot(String name) throws IOException {
        int width = browser.manage().window().getSize().getWidth();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 120, 8000)));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private long storedRequests() {
        return mongo.getCollection("consultationRequests").countDocuments();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
