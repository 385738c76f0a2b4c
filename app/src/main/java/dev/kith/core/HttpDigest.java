package dev.kith.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Digest authentication (RFC 7616, and RFC 2617 servers without qop) for the DAV clients: servers such
 * as Baïkal ask for it instead of Basic. A challenge read from a 401's {@code WWW-Authenticate} answers
 * every later request to the same server, counting its nonce uses, until the server asks again. MD5,
 * MD5-sess, SHA-256 and SHA-256-sess; qop "auth" (or none). Thread-safe.
 */
public final class HttpDigest {
    private static final Pattern PARAM = Pattern.compile("([A-Za-z0-9_-]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,\\s]*)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String realm;
    private final String nonce;
    private final String opaque;
    private final String algorithm;
    private final boolean qopAuth;
    private final AtomicInteger uses = new AtomicInteger();

    private HttpDigest(Map<String, String> params) {
        this.realm = params.getOrDefault("realm", "");
        this.nonce = params.getOrDefault("nonce", "");
        this.opaque = params.get("opaque");
        this.algorithm = params.getOrDefault("algorithm", "MD5");
        String qop = params.get("qop");
        this.qopAuth = qop != null && List.of(qop.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("auth");
    }

    /**
     * The Digest challenge among a 401's {@code WWW-Authenticate} values, when the server offers Digest
     * and not Basic (then Basic was refused for its credentials, not its scheme); empty otherwise, or for an
     * algorithm not known here.
     */
    public static Optional<HttpDigest> challenge(List<String> wwwAuthenticate) {
        String digest = null;
        for (String value : wwwAuthenticate) {
            String v = value.strip();
            if (v.regionMatches(true, 0, "Basic", 0, 5)) {
                return Optional.empty();
            }
            int at = v.toLowerCase(Locale.ROOT).indexOf("digest ");
            if (at == 0 && digest == null) {
                digest = v.substring(7);
            }
        }
        if (digest == null) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(digest);
        while (m.find()) {
            String value = m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2);
            params.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
        }
        HttpDigest d = new HttpDigest(params);
        return d.nonce.isEmpty() || hashName(d.algorithm) == null ? Optional.empty() : Optional.of(d);
    }

    /** The {@code Authorization} value for {@code method} on {@code uri} (the request target: raw path and query). */
    public String authorization(String user, String password, String method, String uri) {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return authorization(user, password, method, uri, uses.incrementAndGet(), HexFormat.of().formatHex(random));
    }

    /** {@link #authorization(String, String, String, String)} with the nonce count and client nonce given (tests). */
    String authorization(String user, String password, String method, String uri, int count, String cnonce) {
        String hash = hashName(algorithm);
        String ha1 = hex(hash, user + ":" + realm + ":" + password);
        if (algorithm.toLowerCase(Locale.ROOT).endsWith("-sess")) {
            ha1 = hex(hash, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hex(hash, method + ":" + uri);
        String nc = String.format("%08x", count);
        String response = qopAuth ? hex(hash, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : hex(hash, ha1 + ":" + nonce + ":" + ha2);
        StringBuilder h = new StringBuilder("Digest username=\"").append(quote(user)).append("\", realm=\"").append(quote(realm))
                .append("\", nonce=\"").append(quote(nonce)).append("\", uri=\"").append(quote(uri))
                .append("\", algorithm=").append(algorithm).append(", response=\"").append(response).append('"');
        if (qopAuth) {
            h.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        if (opaque != null) {
            h.append(", opaque=\"").append(quote(opaque)).append('"');
        }
        return h.toString();
    }

    private static String hashName(String algorithm) {
        return switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "MD5", "MD5-SESS" -> "MD5";
            case "SHA-256", "SHA-256-SESS" -> "SHA-256";
            default -> null;
        };
    }

    private static String hex(String hash, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(hash).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
