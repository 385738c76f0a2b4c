package dev.kith.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the book: opens a {@link Session}, runs, closes it. */
abstract class BookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Session session = Session.open(spec)) {
            execute(session);
            session.out().flush();
            return 0;
        }
    }

    abstract void execute(Session session);
}
