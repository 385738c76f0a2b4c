package dev.kith.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The best paths to {@code target}, best first (empty when there is none), and, when there is none,
 * people who could know the target: contacts who worked at its organization or work in its industry.
 */
public record PathReport(Target target, List<IntroPath> paths, List<Suggestion> suggestions) {
    public PathReport {
        paths = List.copyOf(paths);
        suggestions = List.copyOf(suggestions);
    }

    /** A contact who could know the target, and why. */
    public record Suggestion(long contactId, String name, String why) {
    }

    /** What to say when there is no path: who could know the target, or how to find out. */
    public String message() {
        if (!paths.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("No path to " + target.label() + " in your network.");
        if (suggestions.isEmpty()) {
            sb.append(" No one in your book works at its organization or in its industry:"
                    + " ask someone who might know with kith ask NAME --for \"" + target.handle() + "\".");
        } else {
            sb.append(" People who could know them: ");
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion s = suggestions.get(i);
                sb.append(i == 0 ? "" : "; ").append(s.name()).append(" (").append(s.why()).append(')');
            }
            sb.append(". Ask one of them with kith ask NAME --for \"").append(target.handle()).append("\".");
        }
        return sb.toString();
    }

    /**
     * The documented JSON shape, exactly: {@code {"target", "paths": [{"strength", "hops": [{"from",
     * "to", "reason"}]}]}}, in that order; the target is its label, me is {@code "me"}.
     */
    public Map<String, Object> json() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (IntroPath p : paths) {
            List<Map<String, Object>> hops = new ArrayList<>();
            for (IntroPath.Hop h : p.hops()) {
                Map<String, Object> hop = new LinkedHashMap<>();
                hop.put("from", h.from());
                hop.put("to", h.to());
                hop.put("reason", h.reason());
                hops.add(hop);
            }
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("strength", p.strength());
            path.put("hops", hops);
            list.add(path);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", target.label());
        out.put("paths", list);
        return out;
    }
}
