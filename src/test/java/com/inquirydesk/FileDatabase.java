package com.inquirydesk;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test context at a fresh H2 file in a temporary folder (PostgreSQL runs keep their database). */
public final class FileDatabase {

    private FileDatabase() {}

    public static void register(DynamicPropertyRegistry registry, String name) throws IOException {
        if (!TestProfiles.onPostgres()) {
            var dir = Files.createTempDirectory("inquirydesk-" + name);
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve(name));
        }
    }
}
