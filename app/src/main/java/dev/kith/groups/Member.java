package dev.kith.groups;

import java.time.LocalDate;

/** A contact's membership of a group: their role and since when. */
public record Member(long groupId, String group, long contactId, String name, MemberRole role, LocalDate since) {
}
