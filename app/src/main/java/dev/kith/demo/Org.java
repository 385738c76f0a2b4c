package dev.kith.demo;

/** A demo organization: its name, industry, e-mail domain (always {@code .example}) and home city. */
record Org(String name, String industry, String domain, String city) {
}
