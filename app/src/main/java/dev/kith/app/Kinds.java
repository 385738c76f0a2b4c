package dev.kith.app;

import dev.kith.articles.ShareArticleKind;
import dev.kith.contacts.Contacts;
import dev.kith.core.KithClock;
import dev.kith.events.EventCatchUpKind;
import dev.kith.goals.GoalRelevance;
import dev.kith.goals.Goals;
import dev.kith.groups.WelcomeKind;
import dev.kith.interactions.Interactions;
import dev.kith.intros.IntroFollowUpKind;
import dev.kith.intros.IntroduceKind;
import dev.kith.today.ActionKind;
import dev.kith.today.AskIntroKind;
import dev.kith.today.ChooseCircleKind;
import dev.kith.today.FirstCircle;
import dev.kith.today.CongratulateKind;
import dev.kith.today.FollowUpKind;
import dev.kith.today.KeepInTouchKind;
import dev.kith.today.LunchKind;
import dev.kith.today.ReconnectKind;
import dev.kith.today.RekindleKind;
import dev.kith.today.ReplyKind;
import dev.kith.today.SnapshotPart;
import dev.kith.today.ThankYouKind;
import java.util.List;

/** The action kinds of Today, its plug-ins: add a new kind here to make it part of every plan. */
public final class Kinds {
    private Kinds() {
    }

    /**
     * The kinds of this release wired to the features of {@code kith}, in no particular order: ranking
     * decides. Each call builds new kinds, whose snapshot parts are loaded anew: build them once per book.
     */
    public static List<ActionKind> standard(Kith kith) {
        KithClock clock = kith.clock();
        Contacts contacts = kith.contacts();
        Interactions interactions = kith.interactions();
        Goals goals = kith.goals();
        // one part for both kinds that boost contacts relevant to a goal, so it is loaded once per snapshot
        // (it reads no interactions, so a logged one does not reload it: see SnapshotPart.reads)
        SnapshotPart<GoalRelevance> relevance = SnapshotPart.reading(GoalRelevance.READS, day -> GoalRelevance.load(goals, day));
        // one part for both first-day kinds: what each untouched contact shares with me, loaded once per snapshot
        ReconnectKind reconnect = new ReconnectKind(interactions, clock, kith.book());
        return List.of(new ReplyKind(interactions, clock), new FollowUpKind(interactions, contacts, clock),
                new ThankYouKind(interactions, contacts, clock), new CongratulateKind(kith.milestones(), interactions, clock),
                new KeepInTouchKind(interactions, clock, relevance), new RekindleKind(interactions, clock),
                reconnect, new ChooseCircleKind(new FirstCircle(kith.book(), contacts), reconnect),
                new LunchKind(interactions, kith.tasks(), clock, relevance),
                new EventCatchUpKind(kith.events(), interactions, clock),
                new WelcomeKind(kith.book(), kith.groups(), contacts, kith.events(), interactions),
                new AskIntroKind(kith.network(), interactions, clock),
                new ShareArticleKind(kith.articles(), kith.reciprocity(), contacts),
                new IntroduceKind(kith.book(), kith.intros(), kith.reciprocity(), contacts),
                new IntroFollowUpKind(kith.intros(), interactions, clock));
    }
}
