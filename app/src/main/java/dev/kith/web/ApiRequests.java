package dev.kith.web;

import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import dev.kith.contacts.ContactPatch;
import dev.kith.core.ValidationException;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies the API accepts; nulls mean "not given". */
final class ApiRequests {
    private ApiRequests() {
    }

    /** {@code POST /api/v1/contacts}. */
    record NewContact(String name, String givenName, String familyName, List<String> emails, List<String> phones,
                      String organization, String title, String location, String linkedinUrl, String website,
                      List<String> tags, List<String> interests, String howMet, Long metThroughId,
                      LocalDate firstMet, String circle, Integer cadenceDays, Boolean doNotContact, String notes) {
        ContactDraft toDraft() {
            return new ContactDraft(name, givenName, familyName, orEmpty(emails), orEmpty(phones), organization,
                    title, location, linkedinUrl, website, orEmpty(tags), orEmpty(interests), howMet, metThroughId,
                    firstMet, circle == null ? null : Circle.parse("circle", circle), cadenceDays,
                    Boolean.TRUE.equals(doNotContact), notes, false);
        }
    }

    /** {@code PATCH /api/v1/contacts/{id}}. */
    record ContactChanges(String name, String givenName, String familyName, String organization, String title,
                          String location, String linkedinUrl, String website, String howMet, Long metThroughId,
                          LocalDate firstMet, String circle, Integer cadenceDays, Boolean clearCadence,
                          Boolean doNotContact, String notes, List<String> addEmails, List<String> removeEmails,
                          List<String> addPhones, List<String> removePhones, List<String> addTags,
                          List<String> removeTags, List<String> addInterests, List<String> removeInterests) {
        ContactPatch toPatch() {
            return new ContactPatch(name, givenName, familyName, organization, title, location, linkedinUrl, website,
                    howMet, metThroughId, firstMet, circle == null ? null : Circle.parse("circle", circle),
                    cadenceDays, Boolean.TRUE.equals(clearCadence), doNotContact, notes, orEmpty(addEmails),
                    orEmpty(removeEmails), orEmpty(addPhones), orEmpty(removePhones), orEmpty(addTags),
                    orEmpty(removeTags), orEmpty(addInterests), orEmpty(removeInterests));
        }
    }

    /** {@code POST /api/v1/contacts/{id}/archive}; an absent {@code archived} means true. */
    record Archive(Boolean archived) {
    }

    /** {@code POST /api/v1/interactions}; date defaults to today, initiator to me. */
    record NewInteraction(LocalDate date, String kind, String initiator, Integer minutes, String summary,
                          String exchange, Boolean awaitingReply, List<Long> people) {
    }

    /** {@code POST /api/v1/milestones}; date defaults to today. */
    record NewMilestone(Long contactId, String kind, LocalDate date, String text) {
        long contact() {
            return required("contactId", contactId);
        }
    }

    /** {@code POST /api/v1/ties}. */
    record NewTie(Long fromId, Long toId, String kind, LocalDate since) {
    }

    /** {@code POST /api/v1/tasks}. */
    record NewTask(Long contactId, String kind, LocalDate due, String note) {
    }

    /** {@code PATCH /api/v1/tasks/{id}}. */
    record TaskChange(String status) {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
