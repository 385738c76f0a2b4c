package dev.kith.cli;

import dev.kith.access.LocalKeys;
import dev.kith.io.mail.MailSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kith token [--rotate]}: the personal server's secret, made on first use. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print the secret that opens your personal Kith server (kept owner-only in the config folder);"
                + " --rotate replaces it and signs every browser and script out.")
final class TokenCommand implements Callable<Integer> {
    @Option(names = "--rotate", description = "Make a new secret; the old one stops working at once.")
    boolean rotate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalKeys keys = new LocalKeys(MailSettings.configFolder());
        String secret = rotate ? keys.rotateSecret() : keys.secret();
        spec.commandLine().getOut().println(secret);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
