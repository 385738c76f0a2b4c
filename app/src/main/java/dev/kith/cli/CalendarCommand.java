package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.io.calendar.CalendarFeed;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith calendar [-o FILE]}: the iCalendar feed of planned meetings and open tasks. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Write an iCalendar (RFC 5545) feed: planned meetings and lunches, open tasks.")
final class CalendarCommand extends BookCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        CalendarFeed feed = new CalendarFeed(book.book(), book.contacts(), book.events(), book.interactions(),
                book.tasks());
        ExportCommand.write(session, output, feed.text());
    }
}
