package dev.kith.cli;

import picocli.CommandLine.Command;

/** {@code kith target ...}: the people, organizations, industries and roles I want to meet. */
@Command(name = "target", description = "Record whom you want to meet, list them, archive one.",
        mixinStandardHelpOptions = true, subcommands = {TargetAdd.class, TargetList.class, TargetArchive.class})
final class TargetCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
