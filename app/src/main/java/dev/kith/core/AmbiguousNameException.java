package dev.kith.core;

import java.util.List;

/** A name that matches more than one record; the message lists the candidates. */
public class AmbiguousNameException extends KithException {
    private final List<String> candidates;

    public AmbiguousNameException(String name, List<String> candidates) {
        super("'" + name + "' is ambiguous; it matches: " + String.join(", ", candidates));
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
