package dev.kith.capture.calendar;

import dev.kith.interactions.InteractionKind;
import java.util.regex.Pattern;

/**
 * The kind of interaction a meeting's title names: COFFEE for coffee, tea or fika, LUNCH for a meal
 * (breakfast, brunch, lunch, dinner), in English, French, German, Spanish, Italian, Portuguese, Dutch
 * and the Nordic languages; MEETING otherwise. Thread-safe.
 */
final class MeetingKinds {
    private static final Pattern COFFEE = Pattern.compile("(?iu)(?<!\\p{L})(coffee|coffees|café|cafe|cafezinho|kaffee"
            + "|kaffe|kahvi|koffie|fika|caffè|caffe|espresso|cappuccino|latte|tea|thé)(?!\\p{L})");
    private static final Pattern MEAL = Pattern.compile("(?iu)(?<!\\p{L})(lunch|luncheon|lunches|breakfast|brunch"
            + "|dinner|supper|déjeuner|dejeuner|petit-déjeuner|dîner|diner|mittagessen|abendessen|frühstück|fruhstuck"
            + "|almuerzo|desayuno|cena|comida|pranzo|colazione|almoço|almoco|jantar|lanche|middageten|ontbijt"
            + "|avondeten|lounas|päivällinen|frukost|middag|frokost|lunsj)(?!\\p{L})");

    private MeetingKinds() {
    }

    /** LUNCH, COFFEE or MEETING for a meeting titled {@code title} ({@code null} is a MEETING). */
    static InteractionKind of(String title) {
        if (title == null) {
            return InteractionKind.MEETING;
        }
        if (COFFEE.matcher(title).find()) {
            return InteractionKind.COFFEE;
        }
        return MEAL.matcher(title).find() ? InteractionKind.LUNCH : InteractionKind.MEETING;
    }
}
