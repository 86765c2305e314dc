package com.inquirydesk.catalog;

import com.inquirydesk.base.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public list of the active product lines, for the company website's own inquiry form. */
@RestController
@RequestMapping("/api/product-lines")
class ProductLineController {

    private final CatalogService catalog;

    ProductLineController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** A product line as the API shows it: its code (what a client posts) and texts in one language. */
    record ProductLineResource(String code, String name, String description) {}

    @GetMapping
    List<ProductLineResource> list(
            @RequestParam(name = "lang", required = false) @Nullable String lang, Locale locale) {
        Language language =
                lang == null ? Language.of(locale) : Language.fromCode(lang).orElse(Language.of(locale));
        return catalog.activeProductLines().stream()
                .map(line -> new ProductLineResource(line.code(), line.name(language), line.description(language)))
                .toList();
    }
}
