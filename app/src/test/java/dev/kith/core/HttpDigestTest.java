package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Digest authentication checked against the worked examples of RFC 2617 (section 3.5) and RFC 7616 (section 3.9.1). */
class HttpDigestTest {
    @Test
    void rfc2617ExampleGivesItsResponse() {
        HttpDigest d = HttpDigest.challenge(List.of("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")).orElseThrow();
        String h = d.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b");
        assertThat(h).contains("response=\"6629fae49393a05397450978507c4ef1\"", "qop=auth, nc=00000001, cnonce=\"0a4f113b\"",
                "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"", "uri=\"/dir/index.html\"", "username=\"Mufasa\"");
    }

    @Test
    void rfc7616Sha256ExampleGivesItsResponse() {
        HttpDigest d = HttpDigest.challenge(List.of("Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\","
                + " algorithm=SHA-256, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\","
                + " opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"")).orElseThrow();
        String h = d.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html", 1,
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
        assertThat(h).contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"");
    }

    @Test
    void onlyADigestOnlyChallengeIsTaken() {
        assertThat(HttpDigest.challenge(List.of("Basic realm=\"x\"", "Digest realm=\"x\", nonce=\"n\""))).isEmpty();
        assertThat(HttpDigest.challenge(List.of("Bearer realm=\"x\""))).isEmpty();
        assertThat(HttpDigest.challenge(List.of("Digest realm=\"x\", nonce=\"n\", algorithm=UNKNOWN"))).isEmpty();
        assertThat(HttpDigest.challenge(List.of("Digest realm=\"x\", nonce=\"n\""))).isPresent();
    }
}
