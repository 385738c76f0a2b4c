package dev.kith.web;

import dev.kith.core.ValidationException;
import java.util.function.Supplier;

/** Turns "already recorded" refusals of the domain into 409 Conflict. */
final class Conflicts {
    private Conflicts() {
    }

    static <T> T tie(Supplier<T> add) {
        try {
            return add.get();
        } catch (ValidationException e) {
            if (e.getMessage().contains("already recorded")) {
                throw new HttpProblem(409, e.field(), e.getMessage().substring(e.field().length() + 2));
            }
            throw e;
        }
    }
}
