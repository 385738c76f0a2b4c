package dev.kith.network;

import java.util.List;

/** The registry of edge kinds of the book graph: add a new {@link EdgeSource} here to put its edges in every path. */
public final class EdgeSources {
    private EdgeSources() {
    }

    /** The edge kinds of this release. */
    public static List<EdgeSource> standard() {
        return List.of(new MyTieEdges(), new TieEdges(), new ColleagueEdges(), new MetThroughEdges(),
                new dev.kith.groups.GroupEdges(), new dev.kith.events.EventEdges());
    }
}
