package dev.kith.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.opentest4j.TestAbortedException;

/**
 * Runs a test twice, with a fresh {@link TestDatabase} on SQLite (a temporary file) and on a real
 * PostgreSQL. The database is closed after each run. Without PostgreSQL (outside CI) only SQLite runs,
 * and the console says so.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(BothDatabases.Provider.class)
public @interface BothDatabases {

    /** Supplies one SQLite and one PostgreSQL database. */
    final class Provider implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
                                                           ExtensionContext context) {
            TestDatabase postgres;
            try {
                postgres = TestDatabase.postgres();
            } catch (TestAbortedException e) {
                // no PostgreSQL on this machine, outside CI: the line naming it is printed; SQLite still runs
                return Stream.of(Arguments.of(TestDatabase.sqlite()));
            }
            return Stream.of(Arguments.of(TestDatabase.sqlite()), Arguments.of(postgres));
        }
    }
}
