package dev.kith.web;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.core.AmbiguousNameException;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The person a form field names. The picker (app.js) sends the chosen contact's id as
 * {@code FIELD-id} beside the typed name; without it the name is resolved as the CLI does. A name that
 * matches several people is a failure of that field whose candidates the page then offers to pick from
 * ({@link Page#picks}).
 */
final class People {
    /** The request attribute holding the candidates by field, read when the page is rendered. */
    static final String PICKS = "kith.picks";

    private People() {
    }

    /** The contact {@code field} names in the form of {@code ctx}. */
    static Contact pick(Kith book, Context ctx, String field) {
        return pick(book, ctx, field, ctx.formParam(field), ctx.formParam(field + "-id"));
    }

    /** The contact {@code typed} (or the picked {@code pickedId}) names, for {@code field}. */
    static Contact pick(Kith book, Context ctx, String field, String typed, String pickedId) {
        String text = Text.blankToNull(typed);
        String id = Text.blankToNull(pickedId);
        if (id != null && id.matches("\\d{1,18}")) {
            var picked = book.contacts().find(Long.parseLong(id));
            if (picked.isPresent() && (text == null || Text.key(picked.get().name()).contains(Text.key(text)))) {
                return picked.get();
            }
        }
        if (text == null) {
            throw new ValidationException(field, "name someone");
        }
        try {
            return book.contacts().resolve(text);
        } catch (AmbiguousNameException e) {
            Map<String, List<Messages.Candidate>> picks = new java.util.HashMap<>();
            Map<String, List<Messages.Candidate>> before = ctx.attribute(PICKS);
            if (before != null) {
                picks.putAll(before);
            }
            picks.put(field, Messages.candidates(book, e));
            ctx.attribute(PICKS, Map.copyOf(picks));
            throw new ValidationException(field, "more than one person matches '" + text.strip() + "'; pick one below");
        } catch (NotFoundException e) {
            throw new ValidationException(field, e.getMessage());
        }
    }
}
