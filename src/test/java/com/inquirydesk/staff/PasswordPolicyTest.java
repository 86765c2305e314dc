package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "Kiln-47,                  password.tooShort",
        "quartz lamp,              password.tooShort",
        "password12345678,         password.common",
        "Password123456,           password.common",
        "qwertyuiop123,            password.common",
        "iloveyou2024!,            password.common",
        "aaaaaaaaaaaaaaaa,         password.weak",
        "abcdefghijklmnop,         password.weak",
        "jdoe-kiln-quartz-47,      password.personal",
        "JDOE quartz lantern 9,    password.personal",
        "John-furnace-Tuesday-7,   password.personal",
        "john.doe.lantern.2,       password.personal"
    })
    void weak_passwords_are_refused_with_the_reason(String password, String reason) {
        assertThatThrownBy(() -> policy.check(password, "jdoe", "John Doe", "john.doe@example.com"))
                .isInstanceOfSatisfying(WeakPasswordException.class, refused -> {
                    assertThat(refused.violations())
                            .singleElement()
                            .satisfies(violation ->
                                    assertThat(violation.messageKey()).isEqualTo(reason));
                    assertThat(refused.getMessage()).doesNotContain(password);
                });
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused() {
        assertThatThrownBy(() -> policy.check("石英窑炉灯笼".repeat(5), "jdoe"))
                .isInstanceOfSatisfying(
                        WeakPasswordException.class,
                        refused -> assertThat(refused.violations().getFirst().messageKey())
                                .isEqualTo("password.tooLong"));
    }

    @Test
    void strong_passwords_pass_in_any_script() {
        assertThatCode(() -> policy.check("Kiln quartz 47 lantern", "jdoe", "John Doe", "john.doe@example.com"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("correct horse battery staple", "jdoe", null, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("高温陶瓷窑炉四十七盏灯笼", "li")).doesNotThrowAnyException();
    }
}
