package com.inquirydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquirySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Chinese, and every key the code and the templates name exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"((?:public|language|contact|products|form|validation|api|mail|attachment)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

    /** {@code #{form.title}} and {@code #messages.msg('form.attachments.again')} in a Thymeleaf template. */
    private static final Pattern KEY_IN_TEMPLATE =
            Pattern.compile("#\\{([A-Za-z]+(?:\\.[A-Za-z]+)+)|#messages\\.msg\\('([A-Za-z.]+)'");

    @Test
    void english_and_chinese_have_the_same_keys() throws IOException {
        assertThat(load("translations_zh.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("translations.properties").stringPropertyNames());
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                KEY_IN_CODE.matcher(Files.readString(source)).results().forEach(match -> used.add(match.group(1)));
            }
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                KEY_IN_TEMPLATE
                        .matcher(Files.readString(template))
                        .results()
                        .forEach(match -> used.add(match.group(1) != null ? match.group(1) : match.group(2)));
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(load("translations.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("translations_zh.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_source_of_an_inquiry_has_a_label_in_english_and_chinese() throws IOException {
        for (String file : List.of("translations.properties", "translations_zh.properties")) {
            Properties texts = load(file);
            assertThat(InquirySource.values())
                    .allSatisfy(source -> assertThat(texts.getProperty("source." + source.name()))
                            .as(file + " source." + source.name())
                            .isNotBlank());
        }
    }

    @Test
    void chinese_texts_are_in_chinese() throws IOException {
        Properties chinese = load("translations_zh.properties");
        Pattern han = Pattern.compile("\\p{IsHan}");
        assertThat(chinese.stringPropertyNames())
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).containsPattern(han));
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
