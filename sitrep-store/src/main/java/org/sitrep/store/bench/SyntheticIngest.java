package org.sitrep.store.bench;

import org.sitrep.model.CodedArticle;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;

/**
 * Stores synthetic articles 0..N-1 one transaction each, skipping those already stored, and prints
 * {@code stored ID} after each commit: the separate process the crash test kills with SIGKILL.
 *
 * <pre>java -cp ... org.sitrep.store.bench.SyntheticIngest DB ARTICLES [EVENTS_PER_ARTICLE]</pre>
 */
public final class SyntheticIngest {
    private SyntheticIngest() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SyntheticIngest DB ARTICLES [EVENTS_PER_ARTICLE]");
            System.exit(2);
        }
        int articles = Integer.parseInt(args[1]);
        SyntheticArticles synthetic = new SyntheticArticles(args.length > 2 ? Integer.parseInt(args[2]) : 5);
        try (EventStore store = EventStore.open(StoreLocation.parse(args[0]))) {
            for (int n = 0; n < articles; n++) {
                CodedArticle coded = synthetic.article(n);
                if (store.isStored(coded.article())) {
                    continue;
                }
                IngestOutcome outcome = store.store(coded);
                System.out.println(outcome.name().toLowerCase() + " " + coded.article().id());
                System.out.flush();
            }
            System.out.println("done " + store.summary());
        } catch (StoreException e) {
            System.err.println("sitrep: " + e.getMessage());
            System.exit(1);
        }
    }
}
