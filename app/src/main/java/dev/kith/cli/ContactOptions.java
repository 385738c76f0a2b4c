package dev.kith.cli;

import dev.kith.contacts.Circle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The contact fields {@code contacts add} and {@code contacts edit} both take (a picocli mixin). */
final class ContactOptions {
    @Option(names = "--given", paramLabel = "NAME", description = "Given name (default: from the display name).")
    String given;
    @Option(names = "--family", paramLabel = "NAME", description = "Family name (default: from the display name).")
    String family;
    @Option(names = "--email", paramLabel = "E", description = "Email address (repeatable; edit adds it).")
    List<String> emails = new ArrayList<>();
    @Option(names = "--phone", paramLabel = "P", description = "Phone number (repeatable; edit adds it).")
    List<String> phones = new ArrayList<>();
    @Option(names = "--org", paramLabel = "ORG", description = "Organization they work for (edit starts a new job today).")
    String org;
    @Option(names = "--title", paramLabel = "T", description = "Job title (edit starts a new job today).")
    String title;
    @Option(names = "--tag", paramLabel = "T", description = "Tag (repeatable; edit adds it).")
    List<String> tags = new ArrayList<>();
    @Option(names = "--interest", paramLabel = "I", description = "Interest, e.g. \"email migration\" (repeatable; edit adds it).")
    List<String> interests = new ArrayList<>();
    @Option(names = "--met-at", paramLabel = "TEXT", description = "How or where we met.")
    String metAt;
    @Option(names = "--met-through", paramLabel = "NAME", description = "The contact who introduced us.")
    String metThrough;
    @Option(names = "--first-met", paramLabel = "YYYY-MM-DD", description = "When we first met.")
    LocalDate firstMet;
    @Option(names = "--circle", paramLabel = "C", description = "inner, close, network (default) or acquaintance.")
    Circle circle;
    @Option(names = "--cadence", paramLabel = "DAYS", description = "Keep in touch every DAYS days (default: the circle's).")
    Integer cadence;
    @Option(names = "--location", paramLabel = "L", description = "City or place.")
    String location;
    @Option(names = "--linkedin", paramLabel = "URL", description = "LinkedIn profile URL.")
    String linkedin;
    @Option(names = "--website", paramLabel = "URL", description = "Website.")
    String website;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes: context, consent, what they care about.")
    String notes;
}
