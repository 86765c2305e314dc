package com.inquirydesk.contact;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.web.CsvDownload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contacts grid's CSV for scripts (a MANAGER account over HTTP Basic), with the grid's filters as query
 * parameters: {@code q} (text), {@code country} (ISO code), {@code organisation} and {@code line} (ids),
 * {@code from} (last contact on or after this day, {@code yyyy-MM-dd} in the company's zone). A parameter that is
 * not one of them, or a value that cannot be read, is answered 400: a typo must not quietly export everyone.
 */
@RestController
class ContactExportController {

    private static final Set<String> PARAMETERS = Set.of("q", "country", "organisation", "line", "from");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ContactCsvExport export;
    private final CompanyZone zone;

    ContactExportController(ContactCsvExport export, CompanyZone zone) {
        this.export = export;
        this.zone = zone;
    }

    @GetMapping("/api/reports/contacts.csv")
    void contacts(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContactFilter filter = filterOf(request.getParameterMap());
        CsvDownload.send(response, export.fileName(), out -> export.write(filter, out));
    }

    private ContactFilter filterOf(Map<String, String[]> parameters) {
        var refused = new ArrayList<FieldViolation>();
        parameters.keySet().stream()
                .filter(name -> !PARAMETERS.contains(name))
                .sorted()
                .forEach(name -> refused.add(new FieldViolation(name, "api.unknownParameter", name)));
        String text = value(parameters, "q", refused, raw -> raw.isBlank() || raw.length() > 100 ? null : raw);
        String country = value(parameters, "country", refused, raw -> {
            String code = raw.strip().toUpperCase(Locale.ROOT);
            return COUNTRIES.contains(code) ? code : null;
        });
        Long organisation = value(parameters, "organisation", refused, ContactExportController::id);
        Long line = value(parameters, "line", refused, ContactExportController::id);
        Instant from = value(parameters, "from", refused, raw -> {
            try {
                return LocalDate.parse(raw.strip()).atStartOfDay(zone.zone()).toInstant();
            } catch (DateTimeParseException notADay) {
                return null;
            }
        });
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return new ContactFilter(text, country, organisation, line, from);
    }

    /** The one value of a parameter, read; absent is null, and a value that cannot be read (or two) is refused. */
    private static <T> @Nullable T value(
            Map<String, String[]> parameters,
            String name,
            List<FieldViolation> refused,
            Function<String, @Nullable T> read) {
        String[] values = parameters.get(name);
        if (values == null) {
            return null;
        }
        T value = values.length == 1 ? read.apply(values[0]) : null;
        if (value == null) {
            refused.add(new FieldViolation(name, "api.badParameter", name, String.join(",", Arrays.asList(values))));
        }
        return value;
    }

    private static @Nullable Long id(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
