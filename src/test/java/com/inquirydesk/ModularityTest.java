package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryFacts;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.domain.Inquiry;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.inquiry.triage.TriageService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** Committed, so that a newcomer can read the modules on GitHub; the build rewrites them from the code. */
    private static final String DOCUMENTATION = "docs/architecture";

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

    /** Keeps the README there, which the default options would wipe with the rest of the folder. */
    @Test
    void the_module_diagrams_and_canvases_are_written_to_docs_architecture() {
        new Documenter(
                        modules,
                        Documenter.Options.defaults()
                                .withOutputFolder(DOCUMENTATION)
                                .withoutClean())
                .writeDocumentation();

        assertThat(Path.of(DOCUMENTATION, "components.puml")).isRegularFile();
        modules.forEach(module -> assertThat(Path.of(DOCUMENTATION, "module-" + module.getIdentifier() + ".adoc"))
                .isRegularFile());
    }
}
