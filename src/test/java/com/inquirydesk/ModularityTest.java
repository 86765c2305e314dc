package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
