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
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retained heap per session, in the production jar (production mode, its own process, H2 file), measured as the
 * app's live heap after a full GC ({@code jcmd GC.class_histogram}, without the JVM's filler objects) before and
 * after, divided by the number of sessions:
 *
 * <ul>
 *   <li>clients that fetch the public view without running JavaScript (a bot, {@code curl}): plain requests
 *       that keep no cookie;
 *   <li>visitors: real browsers (Chromium contexts, each its own session) with the public Vaadin view open;
 *   <li>staff members logged in with the inquiry grid open and its first 50 rows shown.
 * </ul>
 *
 * All pages stay open until those figures are taken; each is taken once the browsers' idle connections have
 * closed (the app runs with a keep-alive of 1 s for this), as their buffers belong to a connection, not to a
 * session. Then the visitors' tabs are closed, and the benchmark counts the sessions and UIs left in the heap
 * every 20 s until only the staff's remain; and once that took more than 5 minutes, whether the idle staff
 * members are still logged in. Needs {@code -Dinquiry.bench.jar}; writes {@code target/memory-benchmark.md};
 * asserts no size.
 */
@ExtendWith(BrowserAvailable.class)
class MemoryBenchmark {

    private static final int VISITORS = Integer.getInteger("bench.visitors", 50);
    private static final int STAFF = Integer.getInteger("bench.staff", 25);
    private static final int WARM_UP = 3;
    private static final int BOTS = Integer.getInteger("bench.bots", 200);
    private static final Duration WATCHED = Duration.ofMinutes(8);
    private static final String PASSWORD = "Kiln quartz 47 lantern";
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");
    private static final String CONNECTION = "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper";
    private static final String HTTP_SESSION = "org.apache.catalina.session.StandardSession";
    private static final String UI = "com.vaadin.flow.component.UI";
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
                        // every full GC clears what is only softly held (the JDK's reflection caches): without
                        // it, one figure can lose megabytes that the one before had counted
                        "JAVA_TOOL_OPTIONS", "-XX:SoftRefLRUPolicyMSPerMB=0",
                        "VAADIN_USAGE_STATS_ENABLED", "false"),
                Files.createDirectories(Path.of("target")).resolve("memory-benchmark-app.log"));
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
                page.locator(".public-view vaadin-upload").waitFor();
            };
            Consumer<Page> staffMember = page -> {
                page.navigate(base + "/login");
                BrowserTest.settle(page);
                page.locator("vaadin-login-form input[name='username']").fill("admin");
                page.locator("vaadin-login-form input[name='password']").fill(PASSWORD);
                page.locator("vaadin-login-form input[name='password']").press("Enter");
                page.waitForURL(url -> !url.contains("/login"));
                showsGrid(page);
            };
            // classes, caches and the grid's first queries are not a session's share
            var visitors = new ArrayList<BrowserContext>();
            var staff = new ArrayList<BrowserContext>();
            for (int i = 0; i < WARM_UP; i++) {
                visitors.add(open(browser, visitor));
                staff.add(open(browser, staffMember));
            }
            fetchWithoutScripts(port, WARM_UP);
            Heap start = liveHeap(app, "start");
            for (int i = 0; i < VISITORS; i++) {
                visitors.add(open(browser, visitor));
            }
            Heap afterVisitors = liveHeap(app, "visitors");
            for (int i = 0; i < STAFF; i++) {
                staff.add(open(browser, staffMember));
            }
            Heap afterStaff = liveHeap(app, "staff");
            // last: their sessions end 3 minutes after, which must not fall into another figure
            fetchWithoutScripts(port, BOTS);
            Heap afterBots = liveHeap(app, "bots");
            var report = new Report();
            report.growth("visitor with the public Vaadin view open", VISITORS, start, afterVisitors);
            report.growth("staff member with the inquiry grid open (50 rows shown)", STAFF, afterVisitors, afterStaff);
            report.growth("client without JavaScript fetching `/` (e.g. curl)", BOTS, afterStaff, afterBots);

            // the visitors close their tabs; the staff members leave theirs open and do nothing
            long closedAt = System.nanoTime();
            visitors.forEach(BrowserContext::close);
            var watch = new ClosedTabs(app, closedAt, staff.size());
            try {
                await().pollDelay(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofSeconds(20))
                        .atMost(WATCHED)
                        .until(watch::sessionsGoneAndIdleLongEnough);
            } catch (ConditionTimeoutException stillThere) {
                // reported as "more than" the time watched
            }
            Duration uisGone = watch.uisGone;
            Duration sessionsGone = watch.sessionsGone;
            report.closed(visitors.size(), BOTS + WARM_UP, uisGone, sessionsGone);
            Duration idle = Duration.ofNanos(System.nanoTime() - closedAt);
            int loggedIn = 0;
            for (BrowserContext context : staff) {
                Page page = context.pages().getFirst();
                page.reload();
                if (!page.url().contains("/login")) {
                    showsGrid(page);
                    loggedIn++;
                }
            }
            report.staffKept(loggedIn, staff.size(), idle);
            report.write();
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** The live heap and the sessions and UIs it holds. */
    private record Heap(long bytes, long sessions, long uis) {}

    private static final class Report {

        private final StringBuilder text = new StringBuilder("# Memory per session\n\n");

        Report() {
            text.append(
                    ("Production jar (-Xmx512m -XX:SoftRefLRUPolicyMSPerMB=0, H2), live heap after a full GC without the JVM's filler objects; sessions kept open by real browsers"
                                    + " (Chromium), measured once their idle connections have closed (keep-alive %s)%n%n")
                            .formatted(KEEP_ALIVE));
            text.append("| session | sessions | heap growth | per session | HTTP sessions added | UIs added |\n");
            text.append("| --- | --- | --- | --- | --- | --- |\n");
        }

        void growth(String what, int count, Heap before, Heap after) {
            long grown = after.bytes() - before.bytes();
            text.append("| %s | %d | %,d KB | %,.1f KB | %d | %d |%n"
                    .formatted(
                            what,
                            count,
                            grown / 1024,
                            grown / 1024.0 / count,
                            after.sessions() - before.sessions(),
                            after.uis() - before.uis()));
        }

        void closed(int tabs, int bots, Duration uisGone, Duration sessionsGone) {
            text.append(
                    "%nAfter %d visitors' tabs were closed (and %d fetches without JavaScript), counted every 20 s:%n%n"
                            .formatted(tabs, bots));
            text.append("- their UIs were gone after %s%n".formatted(seconds(uisGone)));
            text.append("- their HTTP sessions (with their Vaadin sessions) were gone after %s%n"
                    .formatted(seconds(sessionsGone)));
        }

        void staffKept(int loggedIn, int staff, Duration idle) {
            text.append("- staff members still logged in after %d s with the grid open and idle: %d of %d%n"
                    .formatted(idle.toSeconds(), loggedIn, staff));
        }

        private static String seconds(Duration duration) {
            return duration == null
                    ? "more than " + WATCHED.toSeconds() + " s (still there)"
                    : "at most " + duration.toSeconds() + " s";
        }

        void write() throws IOException {
            System.out.println(text);
            Files.writeString(Path.of("target/memory-benchmark.md"), text);
        }
    }

    /** Waits until the page shows the inquiry grid with its rows. */
    private static void showsGrid(Page page) {
        BrowserTest.settle(page);
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("INQ-"))
                .first()
                .waitFor();
    }

    /**
     * The sessions and UIs left in the app's heap after the visitors closed their tabs, counted at each look: when
     * only the staff's were left, first of the UIs and then of the sessions.
     */
    private static final class ClosedTabs {

        private final Process app;
        private final long closedAt;
        private final int staffSessions;
        Duration uisGone;
        Duration sessionsGone;

        ClosedTabs(Process app, long closedAt, int staffSessions) {
            this.app = app;
            this.closedAt = closedAt;
            this.staffSessions = staffSessions;
        }

        /** Counts once; done when the sessions are gone and the staff have been idle for more than 5 minutes. */
        boolean sessionsGoneAndIdleLongEnough() {
            String histogram = histogram(app);
            Duration since = Duration.ofNanos(System.nanoTime() - closedAt);
            long uis = instances(histogram, UI);
            long sessions = instances(histogram, HTTP_SESSION);
            System.out.printf("%3d s after closing: %d UIs, %d HTTP sessions%n", since.toSeconds(), uis, sessions);
            if (uisGone == null && uis <= staffSessions) {
                uisGone = since;
            }
            if (sessionsGone == null && sessions <= staffSessions) {
                sessionsGone = since;
            }
            return sessionsGone != null && since.compareTo(Duration.ofMinutes(5)) > 0;
        }
    }

    /** Fetches the public view as a client that runs no JavaScript and keeps no cookie does. */
    private static void fetchWithoutScripts(int port, int count) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        for (int n = 0; n < count; n++) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET / answered " + response.statusCode());
            }
        }
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
    private static Heap liveHeap(Process app, String phase) {
        var open = new AtomicReference<String>("");
        // closed when the number of open connections stays the same across more than a keep-alive
        await().pollDelay(Duration.ofSeconds(2))
                .pollInterval(Duration.ofSeconds(2))
                .atMost(Duration.ofMinutes(2))
                .until(() -> {
                    String now = Long.toString(instances(histogram(app), CONNECTION));
                    return now.equals(open.getAndSet(now));
                });
        Heap smallest = null;
        for (int i = 0; i < 3; i++) {
            String output = histogram(app);
            Matcher total = TOTAL.matcher(output);
            if (!total.find()) {
                throw new IllegalStateException("no heap total from jcmd: " + output);
            }
            long live = Long.parseLong(total.group(1)) - fillers(output);
            System.out.printf(
                    "Live heap %s: %,d KB, %d open connections%n", phase, live / 1024, instances(output, CONNECTION));
            if (smallest == null || live < smallest.bytes()) {
                smallest = new Heap(live, instances(output, HTTP_SESSION), instances(output, UI));
                writeString(Path.of("target", "memory-benchmark-" + phase + ".txt"), output);
            }
        }
        return smallest;
    }

    private static final Pattern FILLER =
            Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+\\[?L?jdk\\.internal\\.vm\\.Filler\\w*;?\\s");

    /**
     * The bytes of the JVM's filler objects, which the histogram lists among the live ones: dead space kept as
     * fillers (G1's full GC leaves the dead objects of nearly full regions in place, filled). No session holds it,
     * and how much there is varies from one figure to the next (0.3 to 7.8 KB per staff session on 2026-12-03).
     */
    static long fillers(String histogram) {
        Matcher filler = FILLER.matcher(histogram);
        long bytes = 0;
        while (filler.find()) {
            bytes += Long.parseLong(filler.group(1));
        }
        return bytes;
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

    /** How many instances of exactly this class the histogram counts. */
    private static long instances(String histogram, String className) {
        Matcher line = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s.*)?$")
                .matcher(histogram);
        return line.find() ? Long.parseLong(line.group(1)) : 0;
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
