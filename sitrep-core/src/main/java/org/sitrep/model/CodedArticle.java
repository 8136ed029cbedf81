package org.sitrep.model;

import java.util.List;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.article.Article;

/**
 * An annotated article with what has been extracted from it so far. Extraction stages take one and
 * return a new one with more filled in.
 */
public record CodedArticle(AnnotatedArticle annotated, List<Event> events, List<Quote> quotes, List<Place> places) {
    public CodedArticle {
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        places = List.copyOf(places);
    }

    public static CodedArticle of(AnnotatedArticle annotated) {
        return new CodedArticle(annotated, List.of(), List.of(), List.of());
    }

    public Article article() {
        return annotated.article();
    }

    public CodedArticle withEvents(List<Event> newEvents) {
        return new CodedArticle(annotated, newEvents, quotes, places);
    }

    public CodedArticle withQuotes(List<Quote> newQuotes) {
        return new CodedArticle(annotated, events, newQuotes, places);
    }

    public CodedArticle withPlaces(List<Place> newPlaces) {
        return new CodedArticle(annotated, events, quotes, newPlaces);
    }
}
