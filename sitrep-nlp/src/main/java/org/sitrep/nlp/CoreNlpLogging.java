package org.sitrep.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * Routes CoreNLP's own log lines ("Adding annotator pos", "Loading classifier ...") to SLF4J, where the
 * command line's default level (warn) keeps them quiet. Applied once, before the first pipeline loads.
 */
final class CoreNlpLogging {
    private static boolean applied;

    private CoreNlpLogging() {
    }

    static synchronized void quiet() {
        if (!applied) {
            RedwoodConfiguration.current().clear().handlers(RedwoodConfiguration.Handlers.slf4j).apply();
            applied = true;
        }
    }
}
