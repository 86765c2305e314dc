package com.inquirydesk.bench;

import static org.awaitility.Awaitility.await;

import com.inquirydesk.FileDatabase;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.domain.InquiryTally;
import com.inquirydesk.inquiry.domain.TextSearch;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A benchmark through the app's services over {@link #ROWS} seeded inquiries ({@code -Dbench.rows}), on an H2
 * file with the production settings, or on PostgreSQL with {@code -Ppostgres}.
 */
@IntegrationTest
public abstract class SeededBenchmark {

    protected static final int ROWS = Integer.getInteger("bench.rows", 100_000);

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) throws IOException {
        FileDatabase.register(registry, "bench");
    }

    /** The strategy this context's method security reads; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    TextSearch search;

    @Autowired
    InquiryTally tally;

    /**
     * Seeds the rows, once for all the benchmarks that share this context and so its database; returns the
     * seconds it took (0 when they were there already).
     */
    protected double seed() {
        Long present = jdbc.queryForObject("select count(*) from inquiry", Long.class);
        if (present != null && present >= ROWS) {
            return 0;
        }
        double seconds = BenchData.seed(jdbc, ROWS);
        tally.fold(); // as the app does within its fold interval
        return seconds;
    }

    /**
     * Waits until the text index holds every seeded inquiry (H2's Lucene index catches up after the seeding;
     * PostgreSQL's has nothing to wait for); returns the seconds it waited.
     */
    protected double indexSeconds() {
        long start = System.nanoTime();
        await().pollInterval(Duration.ofMillis(500))
                .atMost(Duration.ofMinutes(30))
                .until(() -> search.waiting() == 0);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs what follows as a staff member with these roles, e.g. {@code ROLE_SALES}. */
    protected void signIn(String... roles) {
        securityContexts.setContext(new SecurityContextImpl(new TestingAuthenticationToken("bench", null, roles)));
    }

    /**
     * Times {@code runs} runs of {@code work} after {@code warmUps} untimed ones. Each timed run starts after one
     * row has changed ({@link BenchData#touch}), so that no database answers it from its cache of the last result.
     *
     * @return the times in milliseconds, sorted
     */
    protected double[] sortedMillis(int warmUps, int runs, Work work) {
        try {
            for (int i = 0; i < warmUps; i++) {
                work.run();
            }
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                BenchData.touch(jdbc);
                long start = System.nanoTime();
                work.run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return millis;
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    protected static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    protected static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /** What a benchmark times. */
    @FunctionalInterface
    protected interface Work {
        void run() throws Exception;
    }
}
