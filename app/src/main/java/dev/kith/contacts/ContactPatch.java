package dev.kith.contacts;

import dev.kith.core.Limits;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to a contact; a null field means "leave as it is" and an empty text clears the field
 * (names excepted). List changes add or remove single
 * values. An organization or title change becomes a new entry in the job history.
 */
public record ContactPatch(
        String name,
        String givenName,
        String familyName,
        String organization,
        String title,
        String location,
        String linkedinUrl,
        String website,
        String howMet,
        Long metThroughId,
        LocalDate firstMet,
        Circle circle,
        Integer cadenceDays,
        boolean clearCadence,
        Boolean doNotContact,
        String notes,
        List<String> addEmails,
        List<String> removeEmails,
        List<String> addPhones,
        List<String> removePhones,
        List<String> addTags,
        List<String> removeTags,
        List<String> addInterests,
        List<String> removeInterests) {

    public ContactPatch {
        if (name != null) {
            name = Fields.requireName("name", name);
        }
        Limits.text("given-name", givenName, Limits.NAME);
        Limits.text("family-name", familyName, Limits.NAME);
        Limits.text("organization", organization, Limits.NAME);
        Limits.text("title", title, Limits.SHORT_TEXT);
        Limits.text("location", location, Limits.SHORT_TEXT);
        Limits.text("linkedin", linkedinUrl, Limits.VALUE);
        Limits.text("website", website, Limits.VALUE);
        Limits.text("how-met", howMet, Limits.SHORT_TEXT);
        Limits.text("notes", notes, Limits.LONG_TEXT);
        for (List<String> values : java.util.Arrays.asList(addEmails, removeEmails, addPhones, removePhones, addTags,
                removeTags, addInterests, removeInterests)) {
            Limits.values("value", values, Limits.VALUE);
        }
        linkedinUrl = linkedinUrl == null || linkedinUrl.isBlank() ? linkedinUrl : Fields.url("linkedin", linkedinUrl);
        website = website == null || website.isBlank() ? website : Fields.url("website", website);
        if (cadenceDays != null && (cadenceDays < 1 || cadenceDays > 3650)) {
            throw new ValidationException("cadence", "must be between 1 and 3650 days, not " + cadenceDays);
        }
        if (cadenceDays != null && clearCadence) {
            throw new ValidationException("cadence", "cannot both set and clear the cadence");
        }
        addEmails = Fields.emails("email", addEmails);
        removeEmails = Fields.distinct("remove-email", removeEmails);
        addPhones = Fields.distinct("phone", addPhones);
        removePhones = Fields.distinct("remove-phone", removePhones);
        addTags = Fields.labels("tag", addTags);
        removeTags = Fields.labels("remove-tag", removeTags);
        addInterests = Fields.interests("interest", addInterests);
        removeInterests = Fields.interests("remove-interest", removeInterests);
        organization = organization == null ? null : organization.strip();
        title = title == null ? null : title.strip();
        notes = notes == null ? null : notes.strip();
        givenName = givenName == null ? null : Text.blankToNull(givenName);
        familyName = familyName == null ? null : Text.blankToNull(familyName);
    }

    /** True when the patch changes nothing. */
    public boolean isEmpty() {
        return equals(builder().build());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A fluent way to fill a patch; {@link #build()} validates. */
    public static final class Builder {
        private String name;
        private String givenName;
        private String familyName;
        private String organization;
        private String title;
        private String location;
        private String linkedinUrl;
        private String website;
        private String howMet;
        private Long metThroughId;
        private LocalDate firstMet;
        private Circle circle;
        private Integer cadenceDays;
        private boolean clearCadence;
        private Boolean doNotContact;
        private String notes;
        private final List<String> addEmails = new ArrayList<>();
        private final List<String> removeEmails = new ArrayList<>();
        private final List<String> addPhones = new ArrayList<>();
        private final List<String> removePhones = new ArrayList<>();
        private final List<String> addTags = new ArrayList<>();
        private final List<String> removeTags = new ArrayList<>();
        private final List<String> addInterests = new ArrayList<>();
        private final List<String> removeInterests = new ArrayList<>();

        public Builder name(String v) { name = v; return this; }
        public Builder givenName(String v) { givenName = v; return this; }
        public Builder familyName(String v) { familyName = v; return this; }
        public Builder organization(String v) { organization = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder linkedinUrl(String v) { linkedinUrl = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder howMet(String v) { howMet = v; return this; }
        public Builder metThroughId(Long v) { metThroughId = v; return this; }
        public Builder firstMet(LocalDate v) { firstMet = v; return this; }
        public Builder circle(Circle v) { circle = v; return this; }
        public Builder cadenceDays(Integer v) { cadenceDays = v; return this; }
        public Builder clearCadence(boolean v) { clearCadence = v; return this; }
        public Builder doNotContact(Boolean v) { doNotContact = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder addEmails(List<String> v) { addEmails.addAll(v); return this; }
        public Builder removeEmails(List<String> v) { removeEmails.addAll(v); return this; }
        public Builder addPhones(List<String> v) { addPhones.addAll(v); return this; }
        public Builder removePhones(List<String> v) { removePhones.addAll(v); return this; }
        public Builder addTags(List<String> v) { addTags.addAll(v); return this; }
        public Builder removeTags(List<String> v) { removeTags.addAll(v); return this; }
        public Builder addInterests(List<String> v) { addInterests.addAll(v); return this; }
        public Builder removeInterests(List<String> v) { removeInterests.addAll(v); return this; }

        public ContactPatch build() {
            return new ContactPatch(name, givenName, familyName, organization, title, location, linkedinUrl, website,
                    howMet, metThroughId, firstMet, circle, cadenceDays, clearCadence, doNotContact, notes, addEmails,
                    removeEmails, addPhones, removePhones, addTags, removeTags, addInterests, removeInterests);
        }
    }
}
