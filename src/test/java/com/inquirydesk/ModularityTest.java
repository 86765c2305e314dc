package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.TriageService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** Committed, so that a newcomer can read the modules on GitHub. */
    private static final Path DOCUMENTATION = Path.of("docs/architecture");

    private static final Path GENERATED = Path.of("target/architecture");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    /**
     * The inquiry module's API is its top package alone: what lies in its subpackages is internal, so the check
     * above fails when another module reaches for it.
     */
    @Test
    void only_the_top_package_of_the_inquiry_module_is_its_api() {
        var inquiry = modules.getModuleByName("inquiry").orElseThrow();
        assertThat(inquiry.isExposed(InquiryFilter.class)).isTrue();
        assertThat(inquiry.isExposed(InquiryFacts.class)).isTrue();
        for (Class<?> internal : List.of(
                Inquiry.class, IntakeService.class, TriageService.class, GridQueries.class, InquiryCsvExport.class)) {
            assertThat(inquiry.contains(internal)).as(internal.getName()).isTrue();
            assertThat(inquiry.isExposed(internal)).as(internal.getName()).isFalse();
        }
    }

    /**
     * The module diagrams and canvases are written to {@code target/architecture} and compared with the committed
     * ones line by line, in any order (Spring Modulith lists relations and events in no fixed order), so that a test run
     * leaves the working tree as it was and the committed documentation cannot fall behind the code. With
     * {@code -Dinquiry.architecture.update=true} the committed files are replaced by the generated ones.
     */
    @Test
    void the_committed_module_diagrams_and_canvases_are_the_ones_the_code_gives() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation();
        boolean update = Boolean.getBoolean("inquiry.architecture.update");
        List<Path> generated;
        try (Stream<Path> files = Files.list(GENERATED)) {
            generated = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(generated).extracting(file -> file.getFileName().toString()).contains("components.puml");
        for (Path file : generated) {
            Path committed = DOCUMENTATION.resolve(file.getFileName());
            if (update) {
                Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(Files.exists(committed) ? sortedLines(committed) : List.of())
                    .as(
                            "%s differs from what the code gives; run ModularityTest with"
                                    + " -Dinquiry.architecture.update=true and commit it",
                            committed)
                    .isEqualTo(sortedLines(file));
        }
    }

    /** The lines in order; a list in a table's cell starts with {@code |*} at whichever item comes first. */
    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted()
                .toList();
    }
}
