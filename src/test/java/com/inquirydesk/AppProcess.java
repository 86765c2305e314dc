package com.inquirydesk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app started from the test class path as a process of its own, with the tests' profiles, for the tests that
 * kill it: {@code main} may add a way to die at a chosen moment.
 */
public final class AppProcess {

    private AppProcess() {}

    /** Starts {@code main} with these arguments after the common ones; its output goes to {@code log}. */
    public static Process start(Class<?> main, List<String> arguments, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                "--spring.profiles.active=" + String.join(",", TestProfiles.active()),
                "--server.port=0",
                "--inquiry.staff.admin-password=Kiln quartz 47 lantern"));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
