/**
 * Shared introductions on a team server: a user may share their graph with the team ({@link TeamSharing}), and
 * {@link ColleaguePaths} then finds, for someone another user wants to meet, the colleagues who know that
 * person, how strongly (a {@link Closeness}), and how well the asker knows each colleague. Only a person's name,
 * organization and title and the closeness leave a book; never notes, interactions, summaries, emails or phones.
 */
package dev.kith.team;
