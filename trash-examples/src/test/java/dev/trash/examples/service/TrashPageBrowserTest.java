package dev.trash.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trash.ItemRef;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Trash page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): trash model m1,
 * then its project p1; both show "30d"; restoring m1 shows the parent-in-trash error inline; restore p1;
 * empty the Trash through the dialog. Screenshots go to {@code target/}. Skipped when the browser is missing.
 */
class TrashPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;
    ServiceFixture api;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("TrashPageBrowserTest skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium or chromedriver is missing");
        api = ServiceFixture.memory(dir).seed();
        api.create("workflow", "w1", "Auto-label", 40_000_000, null);
        api.delete("/api/demo/model/m1");
        api.delete("/api/demo/project/p1");
        api.delete("/api/demo/dataset/d1");
        api.delete("/api/demo/workflow/w1");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags of shared/README.md: the network is closed, and without them Chromium keeps calling out
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1080", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void restoreRulesAndEmptyTrashInThePage() throws IOException {
        browser.get(api.base() + "/?ws=demo");
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-input")));
        assertThat(key.getDomProperty("value")).isEqualTo("demo");
        browser.findElement(By.id("key-submit")).click();

        WebElement m1 = wait.until(ExpectedConditions.visibilityOfElementLocated(row("model", "m1")));
        WebElement p1 = browser.findElement(row("project", "p1"));
        assertThat(m1.findElement(By.className("days")).getText()).isEqualTo("30d");
        assertThat(p1.findElement(By.className("days")).getText()).isEqualTo("30d");
        assertThat(p1.getText()).contains("Road signs", "Project", "2 items");
        assertThat(browser.findElements(By.cssSelector("#treemap .tile"))).hasSize(4);

        click(m1.findElement(By.className("restore")));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.row-error[data-for='model/m1']")));
        assertThat(error.getText()).contains(
                "Cannot restore model \"detector\" (m1) while its parent project \"Road signs\" (p1) is in trash."
                        + " Restore the project first.");
        ((ChromeDriver) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("web-example.png");

        click(browser.findElement(row("project", "p1")).findElement(By.className("restore")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(row("project", "p1")));
        assertThat(api.get("/api/demo/model/m2").status()).isEqualTo(200);

        click(browser.findElement(By.id("empty-trash")));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-title")));
        assertThat(title.getText()).isEqualTo("Delete all 3 items?");
        browser.findElement(By.id("confirm-ok")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty-state")));
        screenshot("web-example-empty.png");

        assertThat(api.get("/api/demo/trash").body().path("items")).isEmpty();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m1"))).isFalse();
        assertThat(api.service.blobs().exists("demo", ItemRef.of("model", "m2"))).isTrue();
    }

    @Test
    void aRejectedKeyIsForgottenAndAskedForAgain() {
        browser.get(api.base() + "/?ws=demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-input")));
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeScript("sessionStorage.setItem('trash.key.demo', 'not-a-key')");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-error")));
        assertThat(chrome.executeScript("return sessionStorage.getItem('trash.key.demo')")).isNull();
    }

    /** Clicks after scrolling the element to the middle, where the sticky top bar cannot cover it. */
    private void click(WebElement element) {
        ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static By row(String type, String id) {
        return By.cssSelector("tr.item[data-type='" + type + "'][data-id='" + id + "']");
    }

    private void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
