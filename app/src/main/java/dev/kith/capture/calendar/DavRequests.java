package dev.kith.capture.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The XML bodies the CalDAV client sends (RFC 4918 PROPFIND, RFC 6578 sync-collection, RFC 4791 multiget). */
final class DavRequests {
    private static final String XML = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private DavRequests() {
    }

    /** A sync-collection REPORT for ETags since {@code token}, or of everything when it is {@code null}. */
    static byte[] syncCollection(String token) {
        return bytes(XML + "<D:sync-collection xmlns:D=\"DAV:\">"
                + (token == null ? "<D:sync-token/>" : "<D:sync-token>" + escape(token) + "</D:sync-token>")
                + "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>");
    }

    /** A PROPFIND for the ETag and resource type of each member. */
    static byte[] propfindEtags() {
        return bytes(XML + "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:getetag/><D:resourcetype/></D:prop></D:propfind>");
    }

    /** A calendar-multiget REPORT for the ETag and data of {@code hrefs}. */
    static byte[] multiget(List<String> hrefs) {
        StringBuilder b = new StringBuilder(XML).append("<C:calendar-multiget xmlns:D=\"DAV:\" xmlns:C=\"")
                .append(Multistatus.CALDAV).append("\"><D:prop><D:getetag/><C:calendar-data/></D:prop>");
        for (String href : hrefs) {
            b.append("<D:href>").append(escape(href)).append("</D:href>");
        }
        return bytes(b.append("</C:calendar-multiget>").toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
