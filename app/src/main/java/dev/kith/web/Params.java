package dev.kith.web;

import dev.kith.core.Dates;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import io.javalin.http.Context;
import java.time.LocalDate;

/** Reading request parameters with the field named in every error. */
final class Params {
    private Params() {
    }

    static long id(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new dev.kith.core.NotFoundException("no " + name + " '" + text + "'");
        }
    }

    static int integer(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + text + "' is not a whole number");
        }
    }

    static Integer optionalInteger(String field, String text) {
        return Text.blankToNull(text) == null ? null : integer(field, text);
    }

    static LocalDate dateOr(String field, String text, LocalDate fallback) {
        return Text.blankToNull(text) == null ? fallback : Dates.parse(field, text);
    }
}
