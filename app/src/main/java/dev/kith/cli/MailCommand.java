package dev.kith.cli;

import picocli.CommandLine.Command;

/** {@code kith mail ...}: the SMTP settings used by {@code kith send}. */
@Command(name = "mail", mixinStandardHelpOptions = true, description = "Set up sending notes by email.",
        subcommands = MailSetup.class)
final class MailCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
