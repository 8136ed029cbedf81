package org.sitrep.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that reads files under the shared folder ({@link SharedData}). When one is
 * missing, the whole class is reported as skipped with the missing path as the reason, before any
 * {@code @BeforeAll} runs — never as "Tests run: 0".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedDataCondition.class)
public @interface RequiresSharedData {
    /** Paths relative to the shared folder that the class reads. */
    String[] value();
}
