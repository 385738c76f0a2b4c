package dev.kith.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.io.Fixtures;
import dev.kith.io.mail.MailConfig;
import dev.kith.io.mail.MailSettings;
import dev.kith.store.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored SMTP password is bound to its server: a new host, port or STARTTLS setting forgets it. */
class SmtpPasswordTest {
    @TempDir
    Path config;

    private Settings settings(TestDatabase db) {
        Kith book = Fixtures.book(db);
        return new Settings(book.book(), book.contacts(), new MailSettings(config));
    }

    /** The settings {@code keyValues} with a From address. */
    private static Map<String, String> smtp(String... keyValues) {
        Map<String, String> m = new java.util.HashMap<>();
        m.put("smtp.from", "me@one.example");
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void anEmptyPasswordKeepsTheStoredOneForTheSameServer() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Settings s = settings(db);
            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.port", "587", "smtp.password", "secret"));
            Settings.View view = SettingsForm.apply(s, smtp("smtp.host", "SMTP.one.example", "smtp.port", "587",
                    "smtp.from", "me@one.example"));
            assertThat(s.mail().map(MailConfig::password)).contains("secret");
            assertThat(view.smtp().passwordSet()).isTrue();
            assertThat(view.smtp().notice()).isNull();
        }
    }

    @Test
    void aNewHostWithoutAPasswordForgetsTheStoredOne() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Settings s = settings(db);
            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.password", "secret"));
            Settings.View view = SettingsForm.apply(s, smtp("smtp.host", "evil.example"));
            assertThat(s.mail().orElseThrow().password()).isNull();
            assertThat(view.smtp().passwordSet()).isFalse();
            assertThat(view.smtp().notice()).contains("forgotten");
        }
    }

    @Test
    void aNewPortOrSecurityForgetsItToo() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Settings s = settings(db);
            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.password", "secret"));
            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.port", "2525"));
            assertThat(s.mail().orElseThrow().password()).isNull();

            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.port", "2525", "smtp.password", "two"));
            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.port", "2525", "smtp.starttls", "false"));
            assertThat(s.mail().orElseThrow().password()).isNull();
        }
    }

    @Test
    void aNewHostWithANewPasswordKeepsTheNewOne() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Settings s = settings(db);
            SettingsForm.apply(s, smtp("smtp.host", "smtp.one.example", "smtp.password", "secret"));
            Settings.View view = SettingsForm.apply(s, smtp("smtp.host", "smtp.two.example", "smtp.password", "new"));
            assertThat(s.mail().orElseThrow().password()).isEqualTo("new");
            assertThat(view.smtp().notice()).isNull();
        }
    }
}
