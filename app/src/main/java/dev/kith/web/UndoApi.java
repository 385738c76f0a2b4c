package dev.kith.web;

import dev.kith.app.Kith;
import io.javalin.http.Context;

/**
 * Undo over the API: {@code GET /api/v1/undo} says what would be undone, {@code POST /api/v1/undo}
 * undoes it (the latest change recorded in the book's journal, the same one {@code kith undo} reverts)
 * and says what it was; both answer 409 when there is nothing to undo. With {@code ?entry=N} (what a
 * toast's Undo sends) POST undoes change N only while it is still the latest, so an Undo clicked after
 * another change, in this tab or another, never reverts that other change; otherwise 409.
 */
final class UndoApi {
    private final Kith book;

    UndoApi(Kith book) {
        this.book = book;
    }

    void register(Routes r) {
        r.get(ApiRoutes.V1 + "/undo", this::peek);
        r.post(ApiRoutes.V1 + "/undo", this::undo);
    }

    private void peek(Context ctx) {
        String what = book.journal().last().map(UndoApi::sentence).orElseThrow(UndoApi::nothing);
        ctx.json(new Undoable(what, book.journal().lastEntry().orElseThrow(UndoApi::nothing)));
    }

    private void undo(Context ctx) {
        String raw = ctx.queryParam("entry");
        if (raw == null) {
            ctx.json(new Undone(book.journal().undo().map(UndoApi::sentence).orElseThrow(UndoApi::nothing)));
            return;
        }
        long entry;
        try {
            entry = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new HttpProblem(400, "entry", "entry must be the number of a change");
        }
        if (entry < 0) {
            throw new HttpProblem(400, "entry", "entry must be the number of a change");
        }
        ctx.json(new Undone(book.journal().undo(entry).map(UndoApi::sentence).orElseThrow(() -> new HttpProblem(409,
                "undo", "that can no longer be undone here: something changed after it, or it was undone already"))));
    }

    private static HttpProblem nothing() {
        return new HttpProblem(409, "undo", "there is nothing to undo");
    }

    /** "logged a call with Ana Lima" → "Logged a call with Ana Lima." */
    static String sentence(String what) {
        String s = what.strip();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }

    /** What POST undid, as a plain sentence. */
    record Undone(String undone) {
    }

    /** What POST would undo, as a plain sentence, and its entry number for {@code ?entry=}. */
    record Undoable(String undoable, long entry) {
    }
}
