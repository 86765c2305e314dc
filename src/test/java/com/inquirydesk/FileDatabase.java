package com.inquirydesk;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * Points a test context at a fresh H2 file in a temporary folder, with the settings of the default URL in
 * {@code application.properties}, and its text index at a folder beside it (PostgreSQL runs keep their database).
 */
public final class FileDatabase {

    /** As in the default URL: every commit written before it returns, and room for the app's statements. */
    public static final String OPTIONS = ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64";

    private FileDatabase() {}

    public static void register(DynamicPropertyRegistry registry, String name) throws IOException {
        if (!TestProfiles.onPostgres()) {
            var dir = Files.createTempDirectory("inquirydesk-" + name);
            // a million rows make gigabytes: gone when the tests' JVM ends, not left in the temp folder
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve(name) + OPTIONS);
            registry.add(
                    "inquiry.search.directory",
                    () -> dir.resolve(name + "-search").toString());
            registry.add(
                    "inquiry.search.contact-directory",
                    () -> dir.resolve(name + "-contact-search").toString());
        }
    }
}
