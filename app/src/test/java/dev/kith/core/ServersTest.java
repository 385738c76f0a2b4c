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
}
