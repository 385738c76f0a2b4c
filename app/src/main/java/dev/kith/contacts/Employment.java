package dev.kith.contacts;

import java.time.LocalDate;

/**
 * One entry of a person's job history: an organization and/or a title over a span of dates, and the
 * import source that reported it ({@code "linkedin"}, {@code "vcard:Contacts.vcf"}; null when entered by
 * the user or unknown). Null dates are unknown; a null {@code end} means the job is current.
 */
public record Employment(long id, Long organizationId, String organization, String title, LocalDate start,
                         LocalDate end, String source) {
    public boolean current() {
        return end == null;
    }
}
