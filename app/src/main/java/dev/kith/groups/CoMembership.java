package dev.kith.groups;

import java.time.LocalDate;

/**
 * Two contacts in the same group, {@code firstId < secondId}: a tie for the network. {@code since} is
 * the day both were members (the later of their join dates). The reason reads "co-members of ALA".
 */
public record CoMembership(long firstId, long secondId, long groupId, String group, LocalDate since) {
    public String reason() {
        return "co-members of " + group;
    }
}
