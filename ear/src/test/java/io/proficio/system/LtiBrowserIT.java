package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.Member;
import io.proficio.testing.lms.PlatformQuirks;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (headless Chromium from Debian's packages) opens a course page of the test platform,
 * which frames the tool as an LMS does. The launch runs without cookies through LTI client-side
 * postMessage storage, then the learner sees their profile and an instructor tags content, syncs the
 * roster and publishes levels to a Moodle-flavoured platform's gradebook.
 * {@code .ci/run} installs {@code chromium} and {@code chromium-driver}, so under CI the test always
 * runs; elsewhere it is skipped when they are missing.
 */
@ExtendWith(ArquillianExtension.class)
class LtiBrowserIT {

    static final URI TOOL = URI.create(ProficioDeployment.BASE_URL);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    TestPlatform platform;
    WebDriver browser;
    Path profile;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must have chromium and chromium-driver: .ci/run installs them");
            }
            Assumptions.abort("Install Debian's chromium and chromium-driver to run the browser test");
        }
        platform = register(TestPlatform.start());
        profile = Files.createTempDirectory("proficio-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1100,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aLearnerLaunchesFromTheCoursePageAndSeesTheirProfile() {
        String hint = "learner-" + UUID.randomUUID();
        LaunchSpec spec = LaunchSpec.learner();
        platform.launchFor(hint, spec);

        browser.get(platform.coursePageUrl(spec.context().id(), TOOL, hint).toString());
        WebElement heading = inTool(By.tagName("h1"));

        assertEquals("Competency profile of " + spec.name(), heading.getText());
        assertTrue(browser.manage().getCookies().isEmpty(), "the launch needs no cookie");
    }

    @Test
    void anInstructorTagsAnActivityWithACompetency() {
        String hint = "instructor-" + UUID.randomUUID();
        LaunchSpec spec = LaunchSpec.instructor();
        platform.launchFor(hint, spec);
        browser.get(platform.coursePageUrl(spec.context().id(), TOOL, hint).toString());
        assertTrue(inTool(By.tagName("h1")).getText().contains(spec.context().title()));

        new Select(browser.findElement(By.id("tag-type"))).selectByValue("xapi-activity");
        browser.findElement(By.id("tag-ref")).sendKeys("https://lms.example.com/activities/quiz-7");
        new Select(browser.findElement(By.id("tag-competency"))).selectByIndex(2);
        browser.findElement(By.id("tag-level")).sendKeys("3");
        browser.findElement(By.id("tag-level")).submit();

        WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertEquals("The content was tagged.", notice.getText());
        String tags = browser.findElement(By.cssSelector("table.tags")).getText();
        assertTrue(tags.contains("https://lms.example.com/activities/quiz-7"), tags);
        assertFalse(browser.getPageSource().contains("Exception"), "no stack trace in the page");
    }

    @Test
    void anInstructorSyncsTheRosterAndPublishesToAMoodleGradebook() {
        platform.close();
        platform = register(TestPlatform.start(PlatformQuirks.moodle()));
        platform.trustToolJwks(TOOL.resolve("/lti/jwks"));
        String hint = "instructor-" + UUID.randomUUID();
        LaunchSpec spec = LaunchSpec.instructor().with(b -> b.nrps(true).ags(true));
        String student = "3-" + UUID.randomUUID();
        platform.members(spec.context().id(), List.of(Member.moodleTeacher(spec.sub(), "Ines", "Teacher"),
                Member.moodleStudent(student, "Lena", "Learner")));
        platform.launchFor(hint, spec);
        browser.get(platform.coursePageUrl(spec.context().id(), TOOL, hint).toString());
        inTool(By.tagName("h1"));

        browser.findElement(By.xpath("//button[normalize-space()='Sync the roster from the platform']")).click();
        assertEquals("The roster was synced from the platform.", notice());
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("Lena Learner"), "the roster's names");

        new Select(browser.findElement(By.id("publish-competency"))).selectByIndex(0);
        browser.findElement(By.xpath("//button[normalize-space()='to the gradebook']")).click();
        assertEquals("The levels were published to the gradebook: 1 published. 1 not sent: Ines Teacher (not a"
                + " learner in the course).", notice());
        assertEquals(List.of(student), platform.scores().stream().map(score -> score.get("userId")).toList());
        assertFalse(browser.getPageSource().contains("Exception"), "no stack trace in the page");
    }

    private static TestPlatform register(TestPlatform platform) {
        Api admin = Api.newTenant();
        admin.importDemoFramework();
        admin.registerPlatform(platform, false);
        return platform;
    }

    /** The notice the page shows after a form, once the frame has loaded it. */
    private String notice() {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice"))).getText();
    }

    /** Waits for the tool's frame to show {@code element} after the launch, and switches into it. */
    private WebElement inTool(By element) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("tool"));
        try {
            return wait.until(driver -> {
                List<WebElement> found = driver.findElements(element);
                return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The tool's frame never showed " + element + "; it holds:\n"
                    + browser.getPageSource(), e);
        }
    }
}
