package dev.kith.contacts;

import dev.kith.core.Limits;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A new contact as entered; the compact constructor rejects nonsense with the field named.
 * Build one with {@link #builder(String)}. A draft without given and family names gets them split from
 * its name, unless it is {@code organizationOnly}: a company's card (an address book's company-only
 * entry) is named by the organization and has no person's names to invent.
 */
public record ContactDraft(
        String name,
        String givenName,
        String familyName,
        List<String> emails,
        List<String> phones,
        String organization,
        String title,
        String location,
        String linkedinUrl,
        String website,
        List<String> tags,
        List<String> interests,
        String howMet,
        Long metThroughId,
        LocalDate firstMet,
        Circle circle,
        Integer cadenceDays,
        boolean doNotContact,
        String notes,
        boolean organizationOnly) {

    public ContactDraft {
        name = Fields.requireName("name", name);
        emails = Fields.emails("email", Limits.values("email", emails, Limits.VALUE));
        phones = Fields.distinct("phone", Limits.values("phone", phones, Limits.VALUE));
        tags = Fields.labels("tag", Limits.values("tag", tags, Limits.VALUE));
        interests = Fields.interests("interest", Limits.values("interest", interests, Limits.VALUE));
        Limits.text("given-name", givenName, Limits.NAME);
        Limits.text("family-name", familyName, Limits.NAME);
        Limits.text("organization", organization, Limits.NAME);
        Limits.text("title", title, Limits.SHORT_TEXT);
        Limits.text("location", location, Limits.SHORT_TEXT);
        Limits.text("linkedin", linkedinUrl, Limits.VALUE);
        Limits.text("website", website, Limits.VALUE);
        Limits.text("how-met", howMet, Limits.SHORT_TEXT);
        Limits.text("notes", notes, Limits.LONG_TEXT);
        givenName = Text.blankToNull(givenName);
        familyName = Text.blankToNull(familyName);
        organization = Text.blankToNull(organization);
        title = Text.blankToNull(title);
        location = Text.blankToNull(location);
        linkedinUrl = Fields.url("linkedin", linkedinUrl);
        website = Fields.url("website", website);
        howMet = Text.blankToNull(howMet);
        notes = Text.blankToNull(notes);
        circle = circle == null ? Circle.NETWORK : circle;
        if (cadenceDays != null && (cadenceDays < 1 || cadenceDays > 3650)) {
            throw new ValidationException("cadence", "must be between 1 and 3650 days, not " + cadenceDays);
        }
        if (givenName == null && familyName == null && !organizationOnly) {
            String[] parts = Names.split(name);
            givenName = parts[0];
            familyName = parts[1];
        }
    }

    /**
     * Whether a record named {@code name}, with no given or family name and the organization {@code organization},
     * is the organization's own (a company-only entry of an address book, a CSV row with only the company): it is
     * named by that organization, and no person's names should be split from it.
     */
    public static boolean namedByOrganization(String name, String givenName, String familyName, String organization) {
        return Text.blankToNull(givenName) == null && Text.blankToNull(familyName) == null
                && Text.blankToNull(organization) != null && name != null && Text.key(name).equals(Text.key(organization));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A fluent way to fill a draft; {@link #build()} validates. */
    public static final class Builder {
        private final String name;
        private String givenName;
        private String familyName;
        private final List<String> emails = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private String organization;
        private String title;
        private String location;
        private String linkedinUrl;
        private String website;
        private final LinkedHashSet<String> tags = new LinkedHashSet<>();
        private final LinkedHashSet<String> interests = new LinkedHashSet<>();
        private String howMet;
        private Long metThroughId;
        private LocalDate firstMet;
        private Circle circle;
        private Integer cadenceDays;
        private boolean doNotContact;
        private String notes;
        private boolean organizationOnly;

        private Builder(String name) {
            this.name = name;
        }

        public Builder givenName(String v) { givenName = v; return this; }
        public Builder familyName(String v) { familyName = v; return this; }
        public Builder email(String v) { emails.add(v); return this; }
        public Builder emails(List<String> v) { emails.addAll(v); return this; }
        public Builder phone(String v) { phones.add(v); return this; }
        public Builder phones(List<String> v) { phones.addAll(v); return this; }
        public Builder organization(String v) { organization = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder linkedinUrl(String v) { linkedinUrl = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder tag(String v) { tags.add(v); return this; }
        public Builder tags(List<String> v) { tags.addAll(v); return this; }
        public Builder interest(String v) { interests.add(v); return this; }
        public Builder interests(List<String> v) { interests.addAll(v); return this; }
        public Builder howMet(String v) { howMet = v; return this; }
        public Builder metThroughId(Long v) { metThroughId = v; return this; }
        public Builder firstMet(LocalDate v) { firstMet = v; return this; }
        public Builder circle(Circle v) { circle = v; return this; }
        public Builder cadenceDays(Integer v) { cadenceDays = v; return this; }
        public Builder doNotContact(boolean v) { doNotContact = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        /** Marks the draft as an organization's: no given and family names are split from its name. */
        public Builder organizationOnly(boolean v) { organizationOnly = v; return this; }

        public ContactDraft build() {
            return new ContactDraft(name, givenName, familyName, emails, phones, organization, title, location,
                    linkedinUrl, website, List.copyOf(tags), List.copyOf(interests), howMet, metThroughId, firstMet,
                    circle, cadenceDays, doNotContact, notes, organizationOnly);
        }
    }
}
