package com.inquirydesk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills the mail templates in {@code classpath:mail/} ({@code name.txt} and {@code name.html}): each
 * {@code {{key}}} becomes its value, HTML-escaped in the HTML part, with line breaks kept.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String text(String name, Map<String, String> values) {
        return fill(load(name + ".txt"), values, false);
    }

    String html(String name, Map<String, String> values) {
        return fill(load(name + ".html"), values, true);
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var result = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("Mail template value missing: " + key);
            }
            String replacement = html ? HtmlUtils.htmlEscape(value, "UTF-8").replace("\n", "<br>\n") : value;
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String load(String file) {
        return cache.computeIfAbsent(file, name -> {
            try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Mail template not found: mail/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read mail template mail/" + name, e);
            }
        });
    }
}
