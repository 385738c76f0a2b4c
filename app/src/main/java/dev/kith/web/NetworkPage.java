package dev.kith.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kith.app.Kith;
import dev.kith.network.IntroPath;
import dev.kith.network.PathReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network picture's page: {@code max} people at most, and the best path to the target named by
 * {@code ?path=} (a target or contact), null when none was asked or found. {@code pathJson} is the
 * path's people for the script, in order: {@code [{"id", "name", "reason"}]}, id null for a target
 * outside the book; the reason is that of the hop that reaches them.
 */
record NetworkPage(int max, String asked, PathReport path, String pathJson) {
    static NetworkPage of(Kith book, String asked) {
        PathReport report = TargetPages.highlight(book, asked);
        if (report == null || report.paths().isEmpty()) {
            return new NetworkPage(NetworkGraph.MAX_LIMIT, asked, report, "");
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (IntroPath.Hop h : report.paths().get(0).hops()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", h.toId());
            p.put("name", h.to());
            p.put("reason", h.reason());
            people.add(p);
        }
        try {
            return new NetworkPage(NetworkGraph.MAX_LIMIT, asked, report, WebJson.MAPPER.writeValueAsString(people));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The best path, or null. */
    IntroPath best() {
        return path == null || path.paths().isEmpty() ? null : path.paths().get(0);
    }
}
