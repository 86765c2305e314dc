package com.inquirydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A benchmark's table: printed, and written to {@code target/<name>-benchmark.md} for bench/run.sh. */
public final class BenchReport {

    private BenchReport() {}

    /** Writes the title, the machine (cores, heap, Java) and the lines. */
    public static void write(String name, String title, List<String> lines) throws IOException {
        var report = new StringBuilder("# ").append(title).append("\n\n");
        report.append("%d cores, %d MB max heap, Java %s%n%n"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() / 1024 / 1024,
                        Runtime.version()));
        lines.forEach(line -> report.append(line).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", name + "-benchmark.md"), report);
    }
}
