package dev.kith.cli;

import dev.kith.contacts.Circle;
import dev.kith.core.Dates;
import dev.kith.core.ValidationException;
import dev.kith.interactions.InteractionKind;
import dev.kith.milestones.MilestoneKind;
import dev.kith.network.TieKind;
import java.time.LocalDate;
import picocli.CommandLine;

/** Strict converters for dates and Kith's kinds, with messages that list the valid choices. */
final class Converters {
    private Converters() {
    }

    static void register(CommandLine cl) {
        cl.registerConverter(LocalDate.class, text -> convert(() -> Dates.parse("date", text)));
        cl.registerConverter(Circle.class, text -> convert(() -> Circle.parse("circle", text)));
        cl.registerConverter(InteractionKind.class, text -> convert(() -> InteractionKind.parse("kind", text)));
        cl.registerConverter(MilestoneKind.class, text -> convert(() -> MilestoneKind.parse("kind", text)));
        cl.registerConverter(TieKind.class, text -> convert(() -> TieKind.parse("kind", text)));
        cl.registerConverter(dev.kith.events.AttendanceRole.class,
                text -> convert(() -> dev.kith.events.AttendanceRole.parse("role", text)));
        cl.registerConverter(dev.kith.groups.GroupKind.class, text -> convert(() -> dev.kith.groups.GroupKind.parse("kind", text)));
        cl.registerConverter(dev.kith.groups.MemberRole.class,
                text -> convert(() -> dev.kith.groups.MemberRole.parse("role", text)));
    }

    private static <T> T convert(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw new CommandLine.TypeConversionException(e.reason());
        }
    }
}
