package dev.kith.cli;

import dev.kith.network.TieKind;

/** A tie kind as words between two names: "knows", "is a colleague of", "was met through". */
final class TieWords {
    private TieWords() {
    }

    static String phrase(TieKind kind) {
        return switch (kind) {
            case KNOWS -> "knows";
            case COLLEAGUE -> "is a colleague of";
            case MET_THROUGH -> "was met through";
            case REFERRED_BY -> "was referred by";
            case FAMILY -> "is family of";
            case MENTOR -> "is a mentor of";
        };
    }
}
