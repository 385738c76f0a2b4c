package dev.kith.io.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.KithException;
import dev.kith.core.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theConfigFolderFollowsKithThenXdgThenHome() {
        assertThat(MailSettings.folder(Map.of("HOME", "/home/u"), null)).isEqualTo(Path.of("/home/u/.config/kith"));
        assertThat(MailSettings.folder(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/x"), null))
                .isEqualTo(Path.of("/x/kith"));
        assertThat(MailSettings.folder(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/x", "KITH_CONFIG_HOME", "/k"),
                null)).isEqualTo(Path.of("/k"));
        assertThat(MailSettings.folder(Map.of("KITH_CONFIG_HOME", "/k"), "/t")).isEqualTo(Path.of("/t"));
        assertThatThrownBy(() -> MailSettings.folder(Map.of(), null)).isInstanceOf(KithException.class);
    }

    @Test
    void settingsAreSavedReadableOnlyByTheOwnerAndLoadBack() throws Exception {
        MailSettings settings = new MailSettings(dir.resolve("new/kith"));
        MailConfig config = new MailConfig("smtp.example.org", 587, "me@example.org", "s3cret=:#!", true, null);
        settings.save(config);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings.file().getParent())))
                .isEqualTo("rwx------");
        assertThat(settings.load()).isEqualTo(config);
        assertThat(config.from()).isEqualTo("me@example.org");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void missingSettingsSayHowToSetThemUp() {
        assertThatThrownBy(() -> new MailSettings(dir).load()).hasMessageContaining("kith mail setup");
    }

    @Test
    void badSettingsAreRejectedNamingTheOption() {
        assertThatThrownBy(() -> new MailConfig(" ", 25, null, null, false, "a@b.example"))
                .isInstanceOf(ValidationException.class).hasMessage("host: must not be blank");
        assertThatThrownBy(() -> new MailConfig("h", 70000, null, null, false, "a@b.example"))
                .hasMessageContaining("port: must be between 1 and 65535");
        assertThatThrownBy(() -> new MailConfig("h", 25, null, null, false, null))
                .hasMessageContaining("from:");
    }
}
