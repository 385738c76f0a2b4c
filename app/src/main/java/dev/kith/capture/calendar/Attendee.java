package dev.kith.capture.calendar;

import java.util.Locale;

/**
 * One person (or room) on a meeting, as the calendar names it: the email address lower-cased
 * ({@code null} when the calendar gives none), the display name ({@code null} when none), the answer
 * to the invitation, the role and the kind of calendar user.
 */
public record Attendee(String email, String name, PartStat partStat, Role role, CuType cuType) {

    public Attendee {
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip();
        partStat = partStat == null ? PartStat.UNSTATED : partStat;
        role = role == null ? Role.REQUIRED : role;
        cuType = cuType == null ? CuType.INDIVIDUAL : cuType;
    }

    /** An organizer: an individual with no answer of its own (organizers do not reply to themselves). */
    public static Attendee organizer(String email, String name) {
        return new Attendee(email, name, PartStat.ACCEPTED, Role.CHAIR, CuType.INDIVIDUAL);
    }

    /**
     * The answer to the invitation (RFC 5545 PARTSTAT); anything unknown is {@link #OTHER}. {@link #UNSTATED}: the
     * calendar wrote no PARTSTAT at all, which RFC 5545 reads as NEEDS-ACTION but Outlook's exports do even for
     * meetings the user accepted.
     */
    public enum PartStat {
        NEEDS_ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED, OTHER, UNSTATED;

        /** The constant for a PARTSTAT value such as {@code NEEDS-ACTION}; {@code null} gives UNSTATED. */
        public static PartStat of(String value) {
            return value == null ? UNSTATED : switch (value.strip().toUpperCase(Locale.ROOT)) {
                case "NEEDS-ACTION" -> NEEDS_ACTION;
                case "ACCEPTED" -> ACCEPTED;
                case "DECLINED" -> DECLINED;
                case "TENTATIVE" -> TENTATIVE;
                case "DELEGATED" -> DELEGATED;
                default -> OTHER;
            };
        }
    }

    /** The attendee's role (RFC 5545 ROLE); unknown values are {@link #REQUIRED}, the default. */
    public enum Role {
        CHAIR, REQUIRED, OPTIONAL, NON_PARTICIPANT;

        /** The constant for a ROLE value such as {@code OPT-PARTICIPANT}; {@code null} gives REQUIRED. */
        public static Role of(String value) {
            return value == null ? REQUIRED : switch (value.strip().toUpperCase(Locale.ROOT)) {
                case "CHAIR" -> CHAIR;
                case "OPT-PARTICIPANT" -> OPTIONAL;
                case "NON-PARTICIPANT" -> NON_PARTICIPANT;
                default -> REQUIRED;
            };
        }
    }

    /** The kind of calendar user (RFC 5545 CUTYPE); unknown values are {@link #UNKNOWN}. */
    public enum CuType {
        INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN;

        /** The constant for a CUTYPE value such as {@code ROOM}; {@code null} gives INDIVIDUAL, the default. */
        public static CuType of(String value) {
            return value == null ? INDIVIDUAL : switch (value.strip().toUpperCase(Locale.ROOT)) {
                case "INDIVIDUAL" -> INDIVIDUAL;
                case "GROUP" -> GROUP;
                case "RESOURCE" -> RESOURCE;
                case "ROOM" -> ROOM;
                default -> UNKNOWN;
            };
        }
    }
}
