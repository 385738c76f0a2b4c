package dev.kith;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Test classes run side by side in one JVM (JUnit's parallel execution, app/pom.xml), so a test class that changes
 * what the whole JVM sees — a system property, {@code System.in}/{@code out}/{@code err}, the default time zone or
 * locale — must run alone: it is {@link Isolated}, or its top-level class is.
 */
class TestIsolationTest {
    /** The JVM-wide setters, as owner class and method name. */
    private static final Set<String> JVM_WIDE = Set.of(
            System.class.getName() + ".setProperty", System.class.getName() + ".clearProperty",
            System.class.getName() + ".setProperties", System.class.getName() + ".setIn",
            System.class.getName() + ".setOut", System.class.getName() + ".setErr",
            TimeZone.class.getName() + ".setDefault", Locale.class.getName() + ".setDefault");

    @Test
    void everyTestClassThatChangesJvmWideStateRunsAlone() {
        var tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.kith");
        Set<String> changing = new TreeSet<>();
        Set<String> notIsolated = new TreeSet<>();
        for (JavaClass type : tests) {
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                if (JVM_WIDE.contains(call.getTargetOwner().getName() + "." + call.getName())) {
                    JavaClass top = topLevel(type);
                    changing.add(top.getName());
                    if (!top.isAnnotatedWith(Isolated.class)) {
                        notIsolated.add(top.getName() + " (" + call.getDescription() + ")");
                    }
                }
            }
        }
        assertThat(changing).as("the check finds the classes it is about").contains("dev.kith.HermeticTest");
        assertThat(notIsolated).as("test classes that change JVM-wide state without @Isolated").isEmpty();
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
