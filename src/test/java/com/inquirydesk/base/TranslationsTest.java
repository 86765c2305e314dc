package com.inquirydesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.domain.TimelineKind;
import com.inquirydesk.notification.MailKind;
import com.inquirydesk.notification.MailState;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Chinese, and every key the code and the templates name exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"((?:public|language|contact|products|form|validation|api|mail|attachment|error|detail|audit|account"
                    + "|catalog|company|outbox|users|staff|grid|filter|column|bulk|entry|triage|dashboard|login"
                    + "|password)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

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
        // the audit trail's action codes look like keys; they are stored, and translated by their enum's name
        for (var action : AdministrativeChange.Action.values()) {
            used.remove(action.code());
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

    /**
     * Every value of every enum the staff see as a word, and every action the audit trail records (publishers can
     * name no other), has a text in both languages: an enum name or a code never reaches the screen.
     */
    @Test
    void every_enum_value_and_audit_action_shown_on_screen_has_an_english_and_a_chinese_text() throws IOException {
        Map<String, List<? extends Enum<?>>> labelled = new LinkedHashMap<>();
        labelled.put("status.", List.of(InquiryStatus.values()));
        labelled.put("priority.", List.of(Priority.values()));
        labelled.put("source.", List.of(InquirySource.values()));
        labelled.put("timeline.", List.of(TimelineKind.values()));
        labelled.put("language.", List.of(Language.values()));
        labelled.put("role.", List.of(Role.values()));
        labelled.put("account.state.", List.of(StaffAccount.State.values()));
        labelled.put("mail.", List.of(MailKind.values()));
        labelled.put("mailState.", List.of(MailState.values()));
        labelled.put("auditAction.", List.of(AdministrativeChange.Action.values()));
        labelled.put("auditField.", List.of(AdministrativeChange.Field.values()));
        labelled.put("audit.target.", List.of(AdministrativeChange.Target.values()));
        var softly = new SoftAssertions();
        for (String file : List.of("translations.properties", "translations_zh.properties")) {
            Properties texts = load(file);
            labelled.forEach((prefix, values) ->
                    values.forEach(value -> softly.assertThat(texts.getProperty(prefix + value.name()))
                            .as(file + " " + prefix + value.name())
                            .isNotBlank()));
        }
        softly.assertAll();
        assertThat(labelled.values().stream().mapToInt(List::size).sum()).isGreaterThan(60);
    }

    @Test
    void chinese_texts_are_in_chinese() throws IOException {
        Properties chinese = load("translations_zh.properties");
        Pattern han = Pattern.compile("\\p{IsHan}");
        // or only Chinese punctuation around a placeholder, such as a label's full-width colon
        Pattern punctuation = Pattern.compile("(\\{\\d+}|[\\p{IsPunctuation}&&[^\\p{ASCII}]])+");
        assertThat(chinese.stringPropertyNames())
                .allSatisfy(key -> assertThat(chinese.getProperty(key))
                        .as(key)
                        .satisfiesAnyOf(
                                text -> assertThat(text).containsPattern(han),
                                text -> assertThat(text).matches(punctuation)));
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
