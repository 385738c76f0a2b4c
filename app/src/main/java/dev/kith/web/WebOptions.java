package dev.kith.web;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How to run the web app: the interface and port to bind (port 0 picks a free one); behind a
 * reverse proxy, the public address people open (null when they open the bound one): its host name is
 * accepted in {@code Host}, and when it is HTTPS the cookies are marked Secure; and how long the Today
 * page waits for a plan being recomputed after a change before it shows the last one (see
 * {@link dev.kith.today.Today#planPromptly}), null to always wait for the new plan; the largest file the Import
 * page takes ({@code maxUpload} bytes, {@value #DEFAULT_MAX_UPLOAD} by default: a mailbox can be gigabytes), and
 * the folder where an upload is kept while it is imported ({@code uploadFolder}, null for the system's temporary
 * folder).
 */
public record WebOptions(String host, int port, String publicUrl, java.time.Duration planWait, long maxUpload,
                         java.nio.file.Path uploadFolder) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** The largest upload on the Import page unless configured: 4 GB, for a whole mailbox (Gmail's Takeout). */
    public static final long DEFAULT_MAX_UPLOAD = 4L << 30;

    public WebOptions {
        Objects.requireNonNull(host, "host");
        if (maxUpload <= 0) {
            throw new dev.kith.core.ValidationException("max-upload", "must be more than 0 bytes, not " + maxUpload);
        }
        if (port < 0 || port > 65_535) {
            throw new dev.kith.core.ValidationException("port", "must be between 0 and 65535, not " + port);
        }
        if (planWait != null && planWait.isNegative()) {
            throw new dev.kith.core.ValidationException("plan-wait", "must not be negative");
        }
        if (publicUrl != null) {
            URI uri;
            try {
                uri = URI.create(publicUrl);
            } catch (IllegalArgumentException e) {
                throw new dev.kith.core.ValidationException("public-url", "'" + publicUrl + "' is not an address");
            }
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new dev.kith.core.ValidationException("public-url",
                        "give the address people open, such as https://kith.example.org");
            }
        }
    }

    public WebOptions(String host, int port, String publicUrl, java.time.Duration planWait) {
        this(host, port, publicUrl, planWait, DEFAULT_MAX_UPLOAD, null);
    }

    public WebOptions(String host, int port, String publicUrl) {
        this(host, port, publicUrl, null);
    }

    public WebOptions(String host, int port) {
        this(host, port, null);
    }

    /** These options with the Today page waiting at most {@code wait} for a recomputed plan. */
    public WebOptions withPlanWait(java.time.Duration wait) {
        return new WebOptions(host, port, publicUrl, wait, maxUpload, uploadFolder);
    }

    /**
     * These options with the Import page taking files up to {@code max} bytes, kept while they are imported in
     * {@code folder} (null for the system's temporary folder).
     */
    public WebOptions withUploads(long max, java.nio.file.Path folder) {
        return new WebOptions(host, port, publicUrl, planWait, max, folder);
    }

    /** Where uploads are kept while imported: {@link #uploadFolder}, else the system's temporary folder. */
    java.nio.file.Path uploads() {
        return uploadFolder != null ? uploadFolder : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    }

    public static WebOptions local(int port) {
        return new WebOptions(DEFAULT_HOST, port);
    }

    /** The public address's host name, or null. */
    String publicHost() {
        return publicUrl == null ? null : URI.create(publicUrl).getHost().toLowerCase(Locale.ROOT);
    }

    /** Whether people reach the server over HTTPS (terminated in front of it). */
    boolean https() {
        return publicUrl != null && publicUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** Whether the server listens beyond this machine. */
    public boolean exposed() {
        return !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127."));
    }
}
