package dev.kith.io.mail;

import dev.kith.core.KithException;
import dev.kith.core.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The mail settings file, {@code mail.properties} in Kith's config folder: the system property
 * {@code kith.config.home} (tests), else {@code $KITH_CONFIG_HOME}, else {@code $XDG_CONFIG_HOME/kith},
 * else {@code $HOME/.config/kith}. The file is created readable and writable by its owner only (0600),
 * in a folder only its owner can enter (0700). Thread-safe.
 */
public final class MailSettings {
    static final String FILE = "mail.properties";
    private final Path file;

    public MailSettings(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /** The settings of this process's environment. */
    public static MailSettings fromEnvironment() {
        return new MailSettings(configFolder());
    }

    /** Kith's private config folder in this process's environment (see the class comment). */
    public static Path configFolder() {
        return folder(System.getenv(), System.getProperty("kith.config.home"));
    }

    /** Kith's config folder for {@code env}; {@code override} (may be null) wins. */
    static Path folder(Map<String, String> env, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String kith = env.get("KITH_CONFIG_HOME");
        if (kith != null && !kith.isBlank()) {
            return Path.of(kith);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "kith");
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            throw new KithException("cannot find the config folder: set HOME, XDG_CONFIG_HOME or KITH_CONFIG_HOME");
        }
        return Path.of(home, ".config", "kith");
    }

    public Path file() {
        return file;
    }

    /** Stores {@code config}, replacing any earlier settings; the file is never readable by others, even briefly. */
    public void save(MailConfig config) {
        Properties p = new Properties();
        p.setProperty("host", config.host());
        p.setProperty("port", Integer.toString(config.port()));
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        p.setProperty("starttls", Boolean.toString(config.starttls()));
        p.setProperty("from", config.from());
        PrivateFiles.store(file, p, "Kith mail settings (kith mail setup); keep this file private", "the mail settings");
    }

    /** The stored settings, or empty when mail is not set up. */
    public java.util.Optional<MailConfig> find() {
        return Files.exists(file) ? java.util.Optional.of(load()) : java.util.Optional.empty();
    }

    /** The stored settings; a {@link KithException} saying how to set them up when there are none. */
    public MailConfig load() {
        if (!Files.exists(file)) {
            throw new KithException("mail is not set up: run 'kith mail setup --host H --port P --user U"
                    + " --password-stdin' first, or fill in Outgoing mail in the web app's Settings");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return new MailConfig(p.getProperty("host"), Integer.parseInt(p.getProperty("port", "587")),
                    p.getProperty("user"), p.getProperty("password"),
                    Boolean.parseBoolean(p.getProperty("starttls", "true")), p.getProperty("from"));
        } catch (IOException | RuntimeException e) {
            throw new KithException("cannot read the mail settings in " + file + ": " + e.getMessage(), e);
        }
    }
}
