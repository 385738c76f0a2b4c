package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private books, route by route: alice fills her book with every kind of record, marked "zqx"; then bob,
 * signed in, calls every route of the OpenAPI document and every page with alice's ids. Each route that
 * names one of her records answers 404 (or 403), no response to bob holds a trace of her book, and her
 * book reads exactly as before.
 */
class TeamIsolationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "zqx";

    @BothDatabases
    void noRouteLetsOneAccountReadOrChangeAnothersBook(TestDatabase db) throws Exception {
        try (TeamFixture t = new TeamFixture(db)) {
            String alice = t.signIn("alice");
            Map<String, String> ids = fill(t, alice);
            String before = snapshot(t, alice, ids);
            String bob = t.signIn("bob");
            t.as(bob, "POST", "/api/v1/contacts", "{\"name\": \"Bob's Friend\"}");

            JsonNode doc = JSON.readTree(t.as(bob, "GET", "/api/openapi.json", null).body());
            List<String> checked = new ArrayList<>();
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                for (String method : iterable(path.getValue().fieldNames())) {
                    String m = method.toUpperCase(Locale.ROOT);
                    if (path.getKey().equals("/api/v1/session")) {
                        continue; // signing in and out: the caller's own session
                    }
                    String concrete = concrete(path.getKey(), ids);
                    HttpResponse<String> r = t.as(bob, m, concrete, m.equals("GET") ? null : body(path.getKey(), m, ids));
                    String what = m + " " + concrete + " → " + r.statusCode() + " " + r.body();
                    // random secrets on a page (bob's own feed token, CSRF values) are left out: one may hold "zqx" by chance
                String page = r.body().replaceAll("token=[A-Za-z0-9._~-]+", "token=…")
                        .replaceAll("[0-9a-f]{32,}", "…");
                assertThat(page.toLowerCase(Locale.ROOT)).as(what).doesNotContain(MARK);
                    if (path.getKey().contains("{")) {
                        assertThat(r.statusCode()).as(what).isIn(403, 404);
                    } else if (refersToAlice(path.getKey(), m)) {
                        assertThat(r.statusCode()).as(what).isIn(400, 403, 404);
                    } else {
                        assertThat(r.statusCode()).as(what).isLessThan(500);
                    }
                    checked.add(m + " " + path.getKey());
                }
            }
            assertThat(checked).hasSizeGreaterThan(50);

            String cookie = t.browserSignIn("bob", TeamFixture.PASSWORD);
            String csrf = csrf(t, cookie);
            for (String route : t.server.routes()) {
                String[] parts = route.split(" ", 2);
                String path = parts[1];
                if (!path.startsWith("/") || path.startsWith("/api/") || path.contains("<") || path.equals("/login") || path.equals("/logout")) {
                    continue;
                }
                String concrete = concrete(path, ids);
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.base() + concrete)).header("Cookie", cookie);
                if (parts[0].equals("POST")) {
                    b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
                            .ofString("_csrf=" + csrf + "&contact=" + ids.get("contact") + "&people=" + ids.get("contact")
                                    + "&contactId=" + ids.get("contact") + "&name=x&text=x&kind=coffee"));
                } else {
                    b.GET();
                }
                HttpResponse<String> r = t.send(b.build());
                String what = route + " as " + concrete + " → " + r.statusCode();
                // random secrets on a page (bob's own feed token, CSRF values) are left out: one may hold "zqx" by chance
                String page = r.body().replaceAll("token=[A-Za-z0-9._~-]+", "token=…")
                        .replaceAll("[0-9a-f]{32,}", "…");
                assertThat(page.toLowerCase(Locale.ROOT)).as(what).doesNotContain(MARK);
                if (path.contains("{")) {
                    assertThat(r.statusCode()).as(what + " " + r.body()).isIn(403, 404);
                }
            }

            // the calendar feed: bob's token does not open alice's book, nor does alice's id with bob's mark
            assertThat(t.as(null, "GET", "/calendar.ics?token=" + ids.get("book") + ".x", null).statusCode()).isEqualTo(403);

            assertThat(snapshot(t, alice, ids)).isEqualTo(before);
        }
    }

    /** Alice's book, with one record of every kind; their ids by name. */
    private static Map<String, String> fill(TeamFixture t, String alice) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("book", Long.toString(t.team.users().named("alice").book()));
        ids.put("contact", id(t.as(alice, "POST", "/api/v1/contacts", """
                {"name": "Ana Zqxmarker", "organization": "Zqx Corp", "notes": "zqx private note",
                 "emails": ["ana@zqx.example"]}"""), "id"));
        ids.put("other", id(t.as(alice, "POST", "/api/v1/contacts", "{\"name\": \"Bo Zqxchen\"}"), "id"));
        ids.put("interaction", id(t.as(alice, "POST", "/api/v1/interactions", "{\"kind\": \"email\", \"summary\":"
                + " \"zqx secret talk\", \"people\": [" + ids.get("contact") + "], \"date\": \"2026-11-10\","
                + " \"initiator\": \"them\", \"awaitingReply\": true}"), "id"));
        ok(t.as(alice, "POST", "/api/v1/milestones", "{\"contactId\": " + ids.get("contact")
                + ", \"kind\": \"award\", \"text\": \"zqx medal\"}"));
        ok(t.as(alice, "POST", "/api/v1/ties", "{\"fromId\": " + ids.get("contact") + ", \"toId\": " + ids.get("other")
                + ", \"kind\": \"colleague\"}"));
        ids.put("task", id(t.as(alice, "POST", "/api/v1/tasks", "{\"contactId\": " + ids.get("contact")
                + ", \"kind\": \"send zqx notes\", \"due\": \"2026-11-20\"}"), "id"));
        ids.put("group", JSON.readTree(ok(t.as(alice, "POST", "/api/v1/groups",
                "{\"name\": \"Zqx Association\", \"kind\": \"association\"}")).body()).get("group").get("id").asText());
        ids.put("goal", JSON.readTree(ok(t.as(alice, "POST", "/api/v1/goals",
                "{\"title\": \"Zqx goal\", \"due\": \"2027-06-01\"}")).body()).get("goal").get("id").asText());
        ids.put("event", JSON.readTree(ok(t.as(alice, "POST", "/api/v1/events",
                "{\"name\": \"Zqx Summit\", \"start\": \"2026-11-10\"}")).body()).get("event").get("id").asText());
        ok(t.as(alice, "POST", "/api/v1/events/" + ids.get("event") + "/attendance", "{\"people\": [" + ids.get("contact") + "]}"));
        ids.put("target", id(t.as(alice, "POST", "/api/v1/targets", "{\"organization\": \"Zqx Corp\"}"), "id"));
        ids.put("article", id(t.as(alice, "POST", "/api/v1/articles", """
                {"url": "https://zqx.example/a", "title": "Zqx article", "text": "zqx text", "takeaway": "zqx"}"""), "id"));
        ok(t.as(alice, "POST", "/api/v1/articles/" + ids.get("article") + "/shares",
                "{\"contact\": \"" + ids.get("contact") + "\", \"why\": \"zqx why\"}"));
        ids.put("intro", id(t.as(alice, "POST", "/api/v1/intros", "{\"a\": \"" + ids.get("contact") + "\", \"b\": \""
                + ids.get("other") + "\", \"why\": \"zqx reason\"}"), "id"));
        JsonNode plan = JSON.readTree(ok(t.as(alice, "GET", "/api/v1/today", null)).body());
        String action = plan.findValuesAsText("id").stream().filter(v -> v.contains(":")).findFirst().orElseThrow(
                () -> new AssertionError("alice's plan has no action: " + plan));
        ids.put("action", action);
        return ids;
    }

    /** What alice's book shows her, to prove it unchanged. */
    private static String snapshot(TeamFixture t, String alice, Map<String, String> ids) {
        StringBuilder all = new StringBuilder();
        for (String path : List.of("/api/v1/contacts?all=true", "/api/v1/contacts/" + ids.get("contact"),
                "/api/v1/contacts/" + ids.get("contact") + "/interactions", "/api/v1/contacts/" + ids.get("contact") + "/milestones",
                "/api/v1/contacts/" + ids.get("contact") + "/tasks", "/api/v1/ties", "/api/v1/tasks", "/api/v1/today",
                "/api/v1/settings", "/api/v1/events/" + ids.get("event"), "/api/v1/groups/" + ids.get("group"),
                "/api/v1/goals/" + ids.get("goal"), "/api/v1/targets?all=true", "/api/v1/articles/" + ids.get("article"),
                "/api/v1/shares", "/api/v1/intros/" + ids.get("intro"), "/api/v1/network")) {
            all.append(path).append('\n').append(ok(t.as(alice, "GET", path, null)).body()).append('\n');
        }
        return all.toString();
    }

    private static String concrete(String template, Map<String, String> ids) {
        String resource = template.replaceFirst("^/(api/v1/)?", "").split("/")[0];
        String id = switch (resource) {
            case "contacts" -> ids.get("contact");
            case "interactions" -> ids.get("interaction");
            case "tasks" -> ids.get("task");
            case "events" -> ids.get("event");
            case "groups" -> ids.get("group");
            case "goals" -> ids.get("goal");
            case "targets" -> ids.get("target");
            case "articles" -> ids.get("article");
            case "intros" -> ids.get("intro");
            default -> "0";
        };
        String path = template.replace("{id}", id).replace("{action}", ids.get("action")).replace("{verb}", "done");
        if (path.endsWith("/paths")) {
            path += "?target=" + ids.get("target");
        }
        return path;
    }

    /** Whether bob's body for this route names alice's records (so it must fail), rather than making his own. */
    private static boolean refersToAlice(String template, String method) {
        return method.equals("POST") && List.of("/api/v1/interactions", "/api/v1/milestones", "/api/v1/ties",
                "/api/v1/tasks", "/api/v1/intros").contains(template);
    }

    /** A body for bob's request: his own new records for creating routes, alice's ids wherever a record is named. */
    private static String body(String template, String method, Map<String, String> ids) {
        String c = ids.get("contact");
        String o = ids.get("other");
        return switch (template) {
            case "/api/v1/contacts" -> "{\"name\": \"Bob's Second\"}";
            case "/api/v1/contacts/{id}" -> "{\"notes\": \"taken over\"}";
            case "/api/v1/interactions" -> "{\"kind\": \"coffee\", \"people\": [" + c + "], \"date\": \"2026-11-01\"}";
            case "/api/v1/milestones" -> "{\"contactId\": " + c + ", \"kind\": \"award\", \"text\": \"x\"}";
            case "/api/v1/ties" -> "{\"fromId\": " + c + ", \"toId\": " + o + ", \"kind\": \"colleague\"}";
            case "/api/v1/tasks" -> "{\"contactId\": " + c + ", \"kind\": \"x\", \"due\": \"2026-11-20\"}";
            case "/api/v1/tasks/{id}" -> "{\"status\": \"done\"}";
            case "/api/v1/settings" -> "{\"today.plan-size\": 3}";
            case "/api/v1/events" -> "{\"name\": \"Bob's event\", \"start\": \"2026-12-01\"}";
            case "/api/v1/events/{id}/attendance" -> "{\"people\": [" + c + "]}";
            case "/api/v1/events/{id}/met" -> "{\"name\": \"Someone\"}";
            case "/api/v1/groups" -> "{\"name\": \"Bob's club\", \"kind\": \"association\"}";
            case "/api/v1/groups/{id}/memberships" -> "{\"contactId\": " + c + ", \"role\": \"board\"}";
            case "/api/v1/goals" -> "{\"title\": \"Bob's goal\"}";
            case "/api/v1/goals/{id}/outcomes" -> "{\"text\": \"x\"}";
            case "/api/v1/goals/{id}/links" -> "{\"contacts\": [" + c + "]}";
            case "/api/v1/targets" -> "{\"organization\": \"Bob Corp\"}";
            case "/api/v1/articles" -> "{\"url\": \"https://example.org/b\", \"title\": \"Bob's article\"}";
            case "/api/v1/articles/{id}/shares" -> "{\"contact\": \"" + c + "\", \"why\": \"x\"}";
            case "/api/v1/intros" -> "{\"a\": \"" + c + "\", \"b\": \"" + o + "\", \"why\": \"x\"}";
            case "/api/v1/today/{action}/snooze" -> "{\"until\": \"2026-12-01\"}";
            case "/api/v1/today/{action}/send" -> "{\"subject\": \"Hello\", \"note\": \"Hi\"}";
            default -> "{}";
        };
    }

    private static String csrf(TeamFixture t, String cookie) {
        String page = t.send(HttpRequest.newBuilder(URI.create(t.base() + "/settings")).header("Cookie", cookie).GET().build()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String id(HttpResponse<String> r, String field) throws Exception {
        return JSON.readTree(ok(r).body()).get(field).asText();
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isBetween(200, 299);
        return r;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
