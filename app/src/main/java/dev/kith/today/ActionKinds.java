package dev.kith.today;

import java.util.List;

/** The registry of action kinds: add a new kind here to make it part of every plan. */
public final class ActionKinds {
    private ActionKinds() {
    }

    /** The kinds of this release, in no particular order: ranking decides. */
    public static List<ActionKind> standard() {
        return List.of(new ReplyKind(), new FollowUpKind(), new ThankYouKind(), new CongratulateKind(),
                new KeepInTouchKind(), new RekindleKind(), new LunchKind(),
                new dev.kith.events.EventCatchUpKind(), new dev.kith.groups.WelcomeKind(), new AskIntroKind(),
                new dev.kith.articles.ShareArticleKind(), new dev.kith.intros.IntroduceKind(),
                new dev.kith.intros.IntroFollowUpKind());
    }
}
