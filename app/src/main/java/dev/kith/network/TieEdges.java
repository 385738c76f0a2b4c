package dev.kith.network;

import dev.kith.store.Database;

/**
 * Edges from the ties recorded between contacts. Ties carry no strength of their own, so the weight
 * is the kind's: family {@value #FAMILY}, mentor {@value #MENTOR}, colleague {@value #COLLEAGUE},
 * knows {@value #KNOWS}, met-through and referred-by {@value #INTRODUCED}. Ties with the "me" contact
 * are left to {@link MyTieEdges}, which measures them.
 */
public final class TieEdges implements EdgeSource {
    static final int FAMILY = 80;
    static final int MENTOR = 70;
    static final int COLLEAGUE = 60;
    static final int KNOWS = 50;
    static final int INTRODUCED = 45;

    @Override
    public java.util.Collection<String> reads() {
        return java.util.List.of("ties");
    }

    @Override
    public void load(Database db, People people, EdgeSink sink) {
        new Ties(db, people.book()).each((fromId, toId, kind, since) -> {
            int a = people.node(fromId);
            int b = people.node(toId);
            if (a <= People.ME || b <= People.ME) {
                return;
            }
            String from = people.person(a).name();
            String to = people.person(b).name();
            sink.edge(fromId, toId, weight(kind), () -> reason(kind, since, from, to));
        });
    }

    static int weight(TieKind kind) {
        return switch (kind) {
            case FAMILY -> FAMILY;
            case MENTOR -> MENTOR;
            case COLLEAGUE -> COLLEAGUE;
            case KNOWS -> KNOWS;
            case MET_THROUGH, REFERRED_BY -> INTRODUCED;
        };
    }

    /** The tie in words: "tie: Ana knows Bo since 2019", "tie: Cy was referred by Ana". */
    static String reason(Tie t, String from, String to) {
        return reason(t.kind(), t.since(), from, to);
    }

    /** {@link #reason(Tie, String, String)} of a tie of {@code kind} known {@code since} (null when unknown). */
    static String reason(TieKind kind, java.time.LocalDate since, String from, String to) {
        String what = switch (kind) {
            case KNOWS -> from + " knows " + to;
            case COLLEAGUE -> from + " and " + to + " are colleagues";
            case FAMILY -> from + " and " + to + " are family";
            case MENTOR -> from + " mentors " + to;
            case MET_THROUGH -> from + " met through " + to;
            case REFERRED_BY -> from + " was referred by " + to;
        };
        return "tie: " + what + (since == null ? "" : " since " + since.getYear());
    }
}
