package org.sitrep.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Disables a {@link RequiresSharedData} class, naming what is missing, when its shared files are absent. */
public final class SharedDataCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var wanted = context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresSharedData.class));
        if (wanted.isEmpty()) {
            return ConditionEvaluationResult.enabled("no shared data needed");
        }
        for (String path : wanted.get().value()) {
            if (!SharedData.has(path)) {
                String reason = context.getDisplayName() + " skipped: " + SharedData.file(path)
                        + " is absent (the shared folder beside the checkout; set -Dsitrep.shared=DIR)";
                System.err.println("[SKIPPED] " + reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
        return ConditionEvaluationResult.enabled("shared data present");
    }
}
