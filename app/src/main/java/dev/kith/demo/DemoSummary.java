package dev.kith.demo;

/**
 * What {@link DemoBook#generate} stored: {@code contacts} counts every contact including "me",
 * {@code organizations} every organization (current and former employers).
 */
public record DemoSummary(int contacts, int organizations, int interactions, int milestones, int ties, int tasks) {
}
