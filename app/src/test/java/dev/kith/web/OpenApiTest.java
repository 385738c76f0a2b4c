package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.TestDatabase;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite(); WebFixture web = new WebFixture(db)) {
            Set<String> registered = new TreeSet<>();
            for (String route : web.server.routes()) {
                if (route.split(" ")[1].startsWith("/api/")) {
                    registered.add(route);
                }
            }
            JsonNode doc = new ObjectMapper().readTree(web.get("/api/openapi.json").body());
            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
            Set<String> documented = new TreeSet<>();
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                path.getValue().fieldNames().forEachRemaining(method ->
                        documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
            }
            Set<String> personal = new TreeSet<>(documented);
            personal.removeIf(route -> route.endsWith(" /api/v1/session")); // signing in is the team server's
            assertThat(registered).isEqualTo(personal);
            try (TeamFixture team = new TeamFixture(db)) {
                Set<String> teamRoutes = new TreeSet<>();
                for (String route : team.server.routes()) {
                    if (route.split(" ")[1].startsWith("/api/")) {
                        teamRoutes.add(route);
                    }
                }
                assertThat(teamRoutes).isEqualTo(documented);
            }
        }
    }
}
