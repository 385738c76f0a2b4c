package dev.kith.cli;

import dev.kith.io.mail.MailConfig;
import dev.kith.io.mail.MailSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kith mail setup --host H --port P --user U [--password-stdin] [--[no-]starttls] [--from ADDR]}:
 * stores the settings in a file only the user can read. The password is read from stdin, never from
 * the command line (where other users could see it).
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Store the SMTP server settings in a private file (mode 0600).")
final class MailSetup implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", required = true, paramLabel = "H", description = "SMTP server, e.g. smtp.example.org.")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "587", description = "SMTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--user", paramLabel = "U", description = "Login name (none for an open relay).")
    String user;

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean passwordStdin;

    @Option(names = "--starttls", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Require STARTTLS (default); --no-starttls for a plain connection.")
    boolean starttls;

    @Option(names = "--from", paramLabel = "ADDR", description = "The From address (default: the user name).")
    String from;

    @Override
    public Integer call() {
        String password = null;
        if (passwordStdin) {
            password = Passwords.fromStdin(System.in);
        }
        MailConfig config = new MailConfig(host, port, user, password, starttls, from);
        MailSettings settings = MailSettings.fromEnvironment();
        settings.save(config);
        spec.commandLine().getOut().println("Saved mail settings to " + settings.file() + " (readable only by you)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
