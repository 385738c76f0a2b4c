package dev.kith.dav;

import dev.kith.cards.Cards;

/**
 * Who may use the CardDAV server: checks an HTTP Basic user name and password (an app token, never a
 * sign-in password) and gives the address book of that account. Implementations are thread-safe.
 */
@FunctionalInterface
public interface DavAccounts {
    /** The outcome of checking credentials sent from {@code address}. */
    Login login(String user, String password, String address);

    /** How a check ended. */
    sealed interface Login permits Admitted, Refused, Throttled {
    }

    /** Let in: {@code cards} is the address book of the account named {@code user}. */
    record Admitted(Cards cards, String user) implements Login {
    }

    /** Wrong name or token. */
    record Refused() implements Login {
    }

    /** Too many failures lately: try again after {@code retryAfterSeconds}. */
    record Throttled(long retryAfterSeconds) implements Login {
    }
}
