package com.inquirydesk.e2e;

import static org.awaitility.Awaitility.await;

import com.inquirydesk.ProductionJar;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retained heap per session, in the production jar (production mode, its own process, H2 file): many real
 * browsers (Chromium contexts, each its own session) open the public page, or log in and keep the inquiry grid
 * open with its first 50 rows; the app's live heap after a full GC ({@code jcmd GC.class_histogram}) before and
 * after, divided by their number. All pages stay open until the last figure is taken, so every session and UI
 * is alive and none is being cleaned up meanwhile; each figure is taken once the browsers' idle connections have
 * closed (the app runs with a keep-alive of 1 s for this), as their buffers belong to a connection, not to a
 * session. Needs {@code -Dinquiry.bench.jar}; writes
 * {@code target/memory-benchmark.md}; asserts no size.
 */
@ExtendWith(BrowserAvailable.class)
class MemoryBenchmark {

    private static final int VISITORS = Integer.getInteger("bench.visitors", 50);
    private static final int STAFF = Integer.getInteger("bench.staff", 25);
    private static final String PASSWORD = "Kiln quartz 47 lantern";
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
    private static final Pattern CONNECTIONS = Pattern.compile(
            "(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+org\\.apache\\.tomcat\\.util\\.net\\.NioEndpoint\\$NioSocketWrapper\\s*$");
    /**
     * How long the app keeps an idle connection open (Tomcat's default is 60 s). Each open connection holds about
     * 16 KB of buffers; they go when the connection does, so they are not part of a session, and the heap is
     * measured once the browsers' idle connections are gone.
     */
    private static final String KEEP_ALIVE = "1s";

    @Test
    void retained_heap_per_session(@TempDir Path data) throws Exception {
        Path jar = Path.of(System.getProperty("inquiry.bench.jar", ""));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the production jar (-Dinquiry.bench.jar) is missing: " + jar);
        }
        int port = ProductionJar.freePort();
        Process app = ProductionJar.start(
                jar,
                Map.of(
                        "PORT", Integer.toString(port),
                        "INQUIRY_DATA_DIR", data.toString(),
                        "INQUIRY_ADMIN_PASSWORD", PASSWORD,
                        "INQUIRY_PER_IP_LIMIT", "100000",
                        "INQUIRY_PER_EMAIL_LIMIT", "100000",
                        "INQUIRY_API_REQUESTS_PER_MINUTE", "1000000",
                        "INQUIRY_PAGE_REQUESTS_PER_MINUTE", "1000000",
                        "SERVER_TOMCAT_KEEPALIVETIMEOUT", KEEP_ALIVE,
                        "VAADIN_USAGE_STATS_ENABLED", "false"),
                Files.createDirectories(Path.of("target")).resolve("memory-benchmark-app.log"));
        var contexts = new ArrayList<BrowserContext>();
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            ProductionJar.awaitReady(port);
            submitInquiries(port, 60);
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Chromium.executable().orElseThrow())
                            .setArgs(Chromium.FLAGS)
                            .setHeadless(true));
            String base = "http://localhost:" + port;
            Consumer<Page> visitor = page -> {
                page.navigate(base + "/");
                page.locator(".inquiry-form form").waitFor();
            };
            Consumer<Page> staffMember = page -> {
                page.navigate(base + "/login");
                BrowserTest.settle(page);
                page.locator("vaadin-login-form input[name='username']").fill("admin");
                page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
                page.locator("vaadin-login-form input[name='password']").press("Enter");
                page.waitForURL(url -> !url.contains("/login"));
                BrowserTest.settle(page);
                page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("INQ-"))
                        .first()
                        .waitFor();
            };
            // classes, caches and the grid's first queries are not a session's share
            for (int i = 0; i < 3; i++) {
                contexts.add(open(browser, visitor));
                contexts.add(open(browser, staffMember));
            }
            long start = liveHeap(app, "start");
            for (int i = 0; i < VISITORS; i++) {
                contexts.add(open(browser, visitor));
            }
            long afterVisitors = liveHeap(app, "visitors");
            for (int i = 0; i < STAFF; i++) {
                contexts.add(open(browser, staffMember));
            }
            long afterStaff = liveHeap(app, "staff");
            report(start, afterVisitors, afterStaff);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static void report(long start, long afterVisitors, long afterStaff) throws IOException {
        var report = new StringBuilder("# Memory per session\n\n");
        report.append("Production jar (-Xmx512m, H2), live heap after a full GC; sessions kept open by real browsers"
                + " (Chromium), measured once their idle connections have closed (keep-alive %s)\n\n"
                        .formatted(KEEP_ALIVE));
        report.append("| session | sessions | heap growth | per session |\n| --- | --- | --- | --- |\n");
        report.append("| anonymous visitor on the public page | %d | %,d KB | %,d KB |%n"
                .formatted(VISITORS, (afterVisitors - start) / 1024, (afterVisitors - start) / VISITORS / 1024));
        report.append("| staff member with the inquiry grid open (50 rows shown) | %d | %,d KB | %,d KB |%n"
                .formatted(STAFF, (afterStaff - afterVisitors) / 1024, (afterStaff - afterVisitors) / STAFF / 1024));
        System.out.println(report);
        Files.writeString(Path.of("target/memory-benchmark.md"), report);
    }

    private static BrowserContext open(Browser browser, Consumer<Page> session) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        session.accept(page);
        return context;
    }

    /**
     * The app's live heap: the class histogram runs a full GC first and sums what survived it. The histogram is
     * kept in {@code target/memory-benchmark-<phase>.txt}, to see what a session holds.
     */
    private static long liveHeap(Process app, String phase) {
        var open = new AtomicReference<String>("");
        // closed when the number of open connections stays the same across more than a keep-alive
        await().pollDelay(Duration.ofSeconds(2))
                .pollInterval(Duration.ofSeconds(2))
                .atMost(Duration.ofMinutes(2))
                .until(() -> {
                    String now = openConnections(histogram(app));
                    return now.equals(open.getAndSet(now));
                });
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            String output = histogram(app);
            Matcher total = TOTAL.matcher(output);
            if (!total.find()) {
                throw new IllegalStateException("no heap total from jcmd: " + output);
            }
            long live = Long.parseLong(total.group(1));
            System.out.printf(
                    "Live heap %s: %,d KB, %s open connections%n", phase, live / 1024, openConnections(output));
            if (live < smallest) {
                smallest = live;
                writeString(Path.of("target", "memory-benchmark-" + phase + ".txt"), output);
            }
        }
        return smallest;
    }

    /** The app's class histogram, after the full GC that {@code jcmd} runs first. */
    private static String histogram(Process app) {
        try {
            var jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            Long.toString(app.pid()),
                            "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String openConnections(String histogram) {
        Matcher connections = CONNECTIONS.matcher(histogram);
        return connections.find() ? connections.group(1) : "no";
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void submitInquiries(int port, int count) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        for (int n = 0; n < count; n++) {
            String body = """
                    {"name":"王伟 %d","email":"memory-%d@example.cn","productLine":"ceramics",
                     "subject":"氧化铝坩埚询价 %d","message":"您好，请报价。","language":"zh","consent":true}""".formatted(n, n, n);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inquiries"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("intake refused: " + response.body());
            }
        }
    }
}
