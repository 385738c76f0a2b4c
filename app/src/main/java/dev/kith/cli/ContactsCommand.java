package dev.kith.cli;

import picocli.CommandLine.Command;

/** {@code kith contacts ...}: the people in the book. */
@Command(name = "contacts", description = "Add, list, show, edit and archive contacts.",
        mixinStandardHelpOptions = true,
        subcommands = {ContactsAdd.class, ContactsList.class, ContactsShow.class, ContactsEdit.class,
                ContactsArchive.class, ContactsMerge.class, ContactsDuplicates.class})
final class ContactsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
