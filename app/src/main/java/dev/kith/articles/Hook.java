package dev.kith.articles;

import dev.kith.embeddings.Profile;
import java.util.List;

/**
 * What ties a contact to an article, for the note that shares it: the contact's interests and tags
 * the article touches, and a recent milestone of theirs it touches (null when none). Empty lists when
 * nothing matched.
 */
record Hook(List<String> interests, List<String> tags, Profile.Recent milestone) {
    static final Hook NONE = new Hook(List.of(), List.of(), null);

    Hook {
        interests = List.copyOf(interests);
        tags = List.copyOf(tags);
    }
}
