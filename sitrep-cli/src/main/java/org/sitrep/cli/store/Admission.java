package org.sitrep.cli.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sitrep.article.Article;
import org.sitrep.store.ContentHash;
import org.sitrep.store.EventStore;

/**
 * Decides, before coding, what {@code sitrep ingest} does with an article whose id may be stored: the same
 * content is skipped; a new version from the same source (same id and same origin, a JSON Lines line number
 * or WARC offset aside) replaces the old one; the same id from another source never replaces anything, it
 * is stored under the id plus {@code #} and its content hash, with a warning.
 */
final class Admission implements UnaryOperator<Article> {
    private final java.util.function.Function<String, Optional<EventStore.StoredVersion>> store;
    private final Consumer<String> warnings;
    private final Runnable skipped;
    private final Map<String, String> replacing = new HashMap<>();
    /** Ids admitted in this run, with the source and content hash that took them. */
    private final Map<String, String[]> admitted = new HashMap<>();

    /** @param store what is stored under an id (the ingest's {@link org.sitrep.store.BatchedStore#storedVersion}) */
    Admission(java.util.function.Function<String, Optional<EventStore.StoredVersion>> store, Consumer<String> warnings,
              Runnable skipped) {
        this.store = store;
        this.warnings = warnings;
        this.skipped = skipped;
    }

    @Override
    public synchronized Article apply(Article article) {
        String hash = ContentHash.of(article);
        String[] earlier = admitted.get(article.id());
        if (earlier != null) {
            return besideEarlier(article, hash, earlier);
        }
        Optional<EventStore.StoredVersion> stored = store.apply(article.id());
        if (stored.isEmpty()) {
            admitted.put(article.id(), new String[] {source(article.origin()), hash});
            return article;
        }
        if (stored.get().contentHash().equals(hash)) {
            skipped.run();
            return null;
        }
        if (source(stored.get().origin()).equals(source(article.origin()))) {
            replacing.put(article.id(), stored.get().origin());
            return article;
        }
        String id = article.id() + "#" + hash.substring(0, 12);
        Optional<EventStore.StoredVersion> again = store.apply(id);
        if (again.isPresent() && again.get().contentHash().equals(hash)) {
            skipped.run();
            return null;
        }
        warnings.accept(article.origin() + ": id '" + article.id() + "' is already held by an article from "
                + stored.get().origin() + "; stored as '" + id + "'");
        return article.withId(id);
    }

    /** An id already taken in this run: the same content is skipped, other content is stored beside it. */
    private Article besideEarlier(Article article, String hash, String[] earlier) {
        if (earlier[1].equals(hash)) {
            skipped.run();
            return null;
        }
        String id = article.id() + "#" + hash.substring(0, 12);
        warnings.accept(article.origin() + ": id '" + article.id() + "' is already held by an article from "
                + earlier[0] + " in this run; stored as '" + id + "'");
        admitted.put(id, new String[] {source(article.origin()), hash});
        return article.withId(id);
    }

    /** The origin an article with this id replaced, or null. */
    String replaced(String articleId) {
        return replacing.get(articleId);
    }

    /** The file or stream an origin names, without a JSON Lines line number or a WARC record offset. */
    static String source(String origin) {
        return origin == null ? "" : origin.replaceFirst("(:\\d+|@\\d+)$", "");
    }
}
