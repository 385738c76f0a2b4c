package dev.kith.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.kith.core.ValidationException;

/**
 * Password hashing with Argon2id (RFC 9106) at the parameters OWASP recommends as a minimum: 19 MiB of
 * memory, 2 passes, 1 lane, a 16-byte random salt and a 32-byte hash, in the PHC string format that
 * records them, so that hashes made with other parameters still verify (see docs/decisions.md).
 */
public final class Passwords {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;
    /** Shortest password accepted (NIST SP 800-63B) and longest, so a huge one cannot cost a hash of megabytes. */
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    private static final Argon2Function ARGON2ID =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

    private Passwords() {
    }

    /** The Argon2id hash of {@code password} ({@code $argon2id$v=19$m=19456,t=2,p=1$…}); checks its length first. */
    public static String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException("password", "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException("password", "must have at most " + MAX_LENGTH + " characters");
        }
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
    }

    /** Whether {@code password} matches {@code hash}; false for anything but an Argon2id hash. */
    public static boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2id$") || password.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false; // a damaged hash matches nothing
        }
    }

    /** A hash of a random password, checked against when an account does not exist, so that timing tells nothing. */
    static final String DECOY = hash(Secrets.random());
}
