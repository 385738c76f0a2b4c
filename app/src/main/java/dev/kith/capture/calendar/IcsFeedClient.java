package dev.kith.capture.calendar;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches a published iCalendar URL ({@code https:}, {@code http:}, or {@code webcal:} read as
 * https), sending the previous ETag as If-None-Match so an unchanged calendar costs one short
 * answer. Published URLs carry their secret in the path, so no credentials are sent (and none can
 * follow a redirect). Thread-safe.
 */
public final class IcsFeedClient {
    private final DavHttp http;

    /** A client that reads at most {@code maxBytes} of a calendar and waits {@code timeout} for it. */
    public IcsFeedClient(HttpClient http, long maxBytes, Duration timeout) {
        this.http = new DavHttp(http, null, maxBytes, timeout);
    }

    /** An HTTP client fit for published calendars: 15 s to connect, redirects followed except from https to http. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The calendar at {@code url}, or "not modified" when its ETag is still {@code etag} ({@code null} for none). */
    public FeedResult fetch(URI url, String etag) {
        URI target = https(Objects.requireNonNull(url, "url"));
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "text/calendar, */*;q=0.5");
        if (etag != null && !etag.isBlank()) {
            headers.put("If-None-Match", etag);
        }
        DavHttp.Response r = http.send("GET", target, headers, null);
        DavHttp.check(target, r);
        String newEtag = r.headers().firstValue("ETag").orElse(null);
        if (r.status() == 304) {
            return new FeedResult(true, newEtag != null ? newEtag : etag, null);
        }
        return new FeedResult(false, newEtag, r.body());
    }

    /** {@code webcal://} and {@code webcals://} as {@code https://}; anything else unchanged. */
    static URI https(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("webcal") || scheme.equals("webcals")) {
            return URI.create("https" + url.toString().substring(scheme.length()));
        }
        return url;
    }
}
