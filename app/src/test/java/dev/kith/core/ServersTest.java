package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The DAV clients send a password only where the user pointed them: the same scheme, host and port. */
class ServersTest {
    @Test
    void theSameServerIsTheSameSchemeHostAndPortWithTheSchemesDefaultPort() {
        URI given = URI.create("https://Contacts.Example.org/dav/");
        assertThat(Servers.same(given, URI.create("https://contacts.example.org:443/other/path"))).isTrue();
        assertThat(Servers.same(URI.create("webcal://cal.example.org/a.ics"), URI.create("webcal://cal.example.org:443/b")))
                .isTrue();
        assertThat(Servers.same(given, URI.create("http://contacts.example.org/dav/"))).as("plain http").isFalse();
        assertThat(Servers.same(given, URI.create("https://contacts.example.org:8443/dav/"))).as("another port").isFalse();
        assertThat(Servers.same(given, URI.create("https://p42-contacts.example.org/dav/"))).as("another host").isFalse();
        assertThat(Servers.same(given, URI.create("https://contacts.example.org.evil.test/"))).isFalse();
        assertThat(Servers.same(URI.create("/relative"), given)).as("no scheme").isFalse();
    }

    /** An answer of a fake server: a status and the Location it names (null: none). */
    private record Answer(URI at, int status, String location) {
    }

    @Test
    void redirectsAreFollowedOnTheSameServerOnlyAndAtMostSoOften() {
        java.util.List<URI> asked = new java.util.ArrayList<>();
        java.util.function.Function<URI, Answer> server = at -> {
            asked.add(at);
            return switch (at.getPath()) {
                case "/dav" -> new Answer(at, 301, "/dav/");
                case "/dav/" -> new Answer(at, 302, "https://evil.test/steal");
                case "/loop" -> new Answer(at, 307, "/loop");
                case "/cached" -> new Answer(at, 304, "/elsewhere");
                case "/bad" -> new Answer(at, 302, "http://[broken");
                default -> new Answer(at, 200, null);
            };
        };
        URI base = URI.create("https://dav.example.org/dav");
        Answer r = Servers.followOnSameServer(base, 5, server, Answer::status, Answer::location);
        assertThat(r.status()).as("a redirect to another server comes back as it is").isEqualTo(302);
        assertThat(asked).extracting(URI::getHost).containsOnly("dav.example.org");

        asked.clear();
        r = Servers.followOnSameServer(URI.create("https://dav.example.org/loop"), 3, server, Answer::status,
                Answer::location);
        assertThat(asked).as("the first request and three redirects").hasSize(4);
        assertThat(r.status()).isEqualTo(307);
        assertThat(Servers.followOnSameServer(URI.create("https://dav.example.org/cached"), 5, server, Answer::status,
                Answer::location).status()).isEqualTo(304);
        assertThat(Servers.followOnSameServer(URI.create("https://dav.example.org/bad"), 5, server, Answer::status,
                Answer::location).status()).isEqualTo(302);
        assertThat(Servers.followOnSameServer(URI.create("https://dav.example.org/dav"), 5, server, Answer::status,
                a -> null).status()).as("a Location the caller does not follow").isEqualTo(301);
    }
}
