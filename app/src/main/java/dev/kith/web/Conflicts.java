package dev.kith.web;

import dev.kith.core.AlreadyRecordedException;
import java.util.function.Supplier;

/** Turns "already recorded" refusals of the domain into 409 Conflict. */
final class Conflicts {
    private Conflicts() {
    }

    static <T> T tie(Supplier<T> add) {
        try {
            return add.get();
        } catch (AlreadyRecordedException e) {
            throw new HttpProblem(409, e.field(), e.reason());
        }
    }
}
