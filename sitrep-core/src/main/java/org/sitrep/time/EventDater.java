package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.model.Event;
import org.sitrep.model.EventAnchor;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Stage;
import org.sitrep.model.EventDate;
import org.sitrep.pipeline.Provision;

/**
 * Sets every event's date: the time expression of its own clause (else of the clauses above it,
 * else of its sentence), read with the clause's tense against the publication day; relative
 * expressions ("three days later", "two days after the protests ended") shifted from the event they
 * refer to; otherwise the date of the narrative a past-tense clause continues; otherwise the
 * publication day with precision {@code unknown}.
 *
 * <p>Without a publication date, only expressions that spell out their year (and chains from them)
 * can be read; undated events then get the latest such date in the text with precision
 * {@code unknown}, and a null date when the text names no year at all.
 */
public final class EventDater implements Stage<CodedArticle, CodedArticle> {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*");
    private static final Set<String> CONTENT_POS = Set.of("NN", "NNS", "VB", "VBD", "VBN", "VBG", "VBZ", "VBP");

    private final TimeLexicon lexicon;
    private final TimeExpressions finder;
    private final TimeResolver resolver;

    public EventDater(TimeLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.finder = new TimeExpressions(lexicon);
        this.resolver = new TimeResolver(lexicon);
    }

    /** A dater with the time lexicon shipped in sitrep-core. */
    public static EventDater load() {
        return new EventDater(TimeLexicon.load());
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.EVENTS);
    }

    @Override
    public Set<Provision> provides() {
        return Set.of(Provision.DATES);
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public CodedArticle apply(CodedArticle input) {
        if (input.events().isEmpty()) {
            return input;
        }
        List<EventDate> dates = date(input.annotated(), input.events());
        List<Event> out = new ArrayList<>(input.events().size());
        for (int i = 0; i < dates.size(); i++) {
            out.add(input.events().get(i).withDate(dates.get(i)));
        }
        return input.withEvents(out);
    }

    /** How a date was found, for the narrative. */
    private enum Source { EXPLICIT, INHERITED, UNKNOWN }

    private record Dated(EventDate date, Source source) {
    }

    /** A dated point of the story: an event, or a sentence whose main clause carries a date. */
    private record StoryTime(int sentence, int paragraph, EventDate date, String triggerLemma, Set<String> lemmas,
                             boolean verbal) {
    }

    /** The dates of the events, in their order (null only without any publication or textual date). */
    public List<EventDate> date(AnnotatedArticle article, List<Event> events) {
        LocalDate published = article.article().published();
        LocalDate fallback = published != null ? published : latestSpelledDate(article);
        List<Sentence> sentences = article.sentences();
        int[] paragraph = paragraphs(article);
        Map<Integer, List<Integer>> bySentence = new HashMap<>();
        EventDate[] result = new EventDate[events.size()];
        for (int i = 0; i < events.size(); i++) {
            EventAnchor a = events.get(i).anchor();
            if (a == null || a.sentence() < 0 || a.sentence() >= sentences.size()
                    || a.trigger() < 0 || a.trigger() >= sentences.get(a.sentence()).size()) {
                result[i] = fallback == null ? null : EventDate.unknownAround(fallback);
                continue;
            }
            bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(i);
        }
        List<StoryTime> story = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Integer> here = new ArrayList<>(bySentence.getOrDefault(s.index(), List.of()));
            List<TimeExpression> expressions = finder.find(s);
            List<StoryTime> before = List.copyOf(story);
            List<StoryTime> added = new ArrayList<>();
            here.sort(Comparator.comparingInt(i -> events.get(i).anchor().trigger()));
            for (int i : here) {
                int trigger = events.get(i).anchor().trigger();
                Dated d = dateOne(s, trigger, expressions, before, published, fallback, paragraph[s.index()]);
                result[i] = d.date();
                if (d.source() != Source.UNKNOWN && d.date() != null) {
                    added.add(storyTime(s, trigger, paragraph[s.index()], d.date()));
                }
            }
            if (here.isEmpty() && s.root() >= 0 && !expressions.isEmpty()) {
                Dated d = explicit(s, s.root(), expressions, before, published, true, null);
                if (d != null) {
                    added.add(storyTime(s, s.root(), paragraph[s.index()], d.date()));
                }
            }
            // a verbal event carries the story on; a nominal one ("demonstrations against a bill last year")
            // is background, so the sentence's last verbal point is what the next past clause continues
            added.sort(Comparator.comparing((StoryTime t) -> t.verbal()));
            story.addAll(added);
        }
        return java.util.Arrays.asList(result);
    }

    private Dated dateOne(Sentence s, int trigger, List<TimeExpression> expressions, List<StoryTime> story,
                          LocalDate published, LocalDate fallback, int paragraph) {
        boolean reporting = lexicon.get(s.token(trigger).lemma(), TimeLexicon.Kind.REPORTING) != null;
        Dated found = referredTo(s, trigger, expressions, story, published);
        if (found == null) {
            found = explicit(s, trigger, expressions, story, published, reporting, null);
        }
        if (found != null) {
            return found;
        }
        Tense tense = Tense.of(s, trigger);
        if (!reporting && tense.narrates() && !story.isEmpty()) {
            StoryTime last = story.get(story.size() - 1);
            if (paragraph - last.paragraph() <= 1) {
                return new Dated(last.date(), Source.INHERITED);
            }
        }
        return new Dated(fallback == null ? null : EventDate.unknownAround(fallback), Source.UNKNOWN);
    }

    /**
     * "Amini died on Friday, three days after she was arrested": the arrest is the event the
     * expression counts from, so it lies that far before the date of the clause the expression dates.
     */
    private Dated referredTo(Sentence s, int trigger, List<TimeExpression> expressions, List<StoryTime> story,
                             LocalDate published) {
        for (TimeExpression e : expressions) {
            if (TimeExpressions.isBareLink(e) || !ClauseTime.inReferentClause(s, e, trigger)) {
                continue; // a bare "after X" says too little to date X back from
            }
            TimeReading reading = resolver.read(e, s, published, Tense.PAST);
            int attached = ClauseTime.attachment(s, e);
            if (reading.kind() != TimeReading.Kind.RELATIVE || attached < 0) {
                continue;
            }
            List<Integer> path = ClauseTime.clausePath(s, attached);
            Dated host = explicit(s, path.get(path.size() - 1), expressions, story, published, false, e);
            if (host != null) {
                Shift back = new Shift(-reading.shift().high(), -reading.shift().low(), reading.shift().precision());
                return new Dated(back.apply(host.date(), published, true, e.text()), Source.EXPLICIT);
            }
        }
        return null;
    }

    /** The date from the best usable expression for the trigger (leaving out {@code skip}), or null. */
    private Dated explicit(Sentence s, int trigger, List<TimeExpression> expressions, List<StoryTime> story,
                           LocalDate published, boolean ownClauseOnly, TimeExpression skip) {
        for (ClauseTime.Candidate c : ClauseTime.rank(s, trigger, expressions, ownClauseOnly)) {
            TimeExpression e = c.expression();
            if (e.equals(skip)) {
                continue;
            }
            if ("since".equals(e.preposition()) && c.tier() != ClauseTime.Tier.OWN_CLAUSE) {
                continue; // "who has lived there since 1999" describes its own clause only
            }
            int attached = ClauseTime.attachment(s, e);
            List<Integer> path = ClauseTime.clausePath(s, attached < 0 ? e.head() : attached);
            Tense tense = Tense.of(s, path.get(path.size() - 1));
            TimeReading reading = resolver.read(e, s, published, tense);
            if (reading.kind() == TimeReading.Kind.CALENDAR) {
                return new Dated(reading.date(), Source.EXPLICIT);
            }
            if (reading.kind() == TimeReading.Kind.RELATIVE) {
                StoryTime anchor = referenced(s, reading.referent(), story, e);
                if (anchor != null) {
                    return new Dated(reading.shift().apply(anchor.date(), published, tense.looksBack(), e.text()),
                            Source.EXPLICIT);
                }
            }
        }
        return null;
    }

    /**
     * The story point a relative expression refers to: the latest one whose trigger (or, failing
     * that, whose sentence) names the referent noun, else the latest one — except that a bare
     * "after the attack" with a noun nothing matches refers to nothing.
     */
    private StoryTime referenced(Sentence s, int referent, List<StoryTime> story, TimeExpression e) {
        if (story.isEmpty()) {
            return null;
        }
        if (referent == TimeExpressions.UNRESOLVABLE && e.ner() == null) {
            return null; // "shortly after take-off": not the previous event, and nothing we can place
        }
        if (referent >= 0) {
            String noun = s.token(referent).lemma().toLowerCase(Locale.ROOT);
            for (int i = story.size() - 1; i >= 0; i--) {
                if (sameStem(noun, story.get(i).triggerLemma())) {
                    return story.get(i);
                }
            }
            for (int i = story.size() - 1; i >= 0; i--) {
                for (String lemma : story.get(i).lemmas()) {
                    if (sameStem(noun, lemma)) {
                        return story.get(i);
                    }
                }
            }
            if (e.ner() == null) {
                return null; // "after the meeting" with no such event: not a date we can place
            }
        }
        return story.get(story.size() - 1);
    }

    static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5) {
            return false;
        }
        return a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
    }

    private static StoryTime storyTime(Sentence s, int trigger, int paragraph, EventDate date) {
        Set<String> lemmas = new HashSet<>();
        for (Token t : s.tokens()) {
            if (CONTENT_POS.contains(t.pos())) {
                lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return new StoryTime(s.index(), paragraph, date, s.token(trigger).lemma().toLowerCase(Locale.ROOT), Set.copyOf(lemmas),
                s.token(trigger).pos().startsWith("VB"));
    }

    /** Paragraph number of each sentence: newlines in the article text separate paragraphs. */
    static int[] paragraphs(AnnotatedArticle article) {
        String text = article.article().text();
        List<Integer> breaks = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (m.find()) {
            breaks.add(m.start());
        }
        int[] out = new int[article.sentences().size()];
        for (Sentence s : article.sentences()) {
            int p = 0;
            while (p < breaks.size() && breaks.get(p) < s.start()) {
                p++;
            }
            out[s.index()] = p;
        }
        return out;
    }

    /** The latest day of any expression that spells out its year, or null. */
    private LocalDate latestSpelledDate(AnnotatedArticle article) {
        LocalDate latest = null;
        for (Sentence s : article.sentences()) {
            for (TimeExpression e : finder.find(s)) {
                TimeReading r = resolver.read(e, s, null, Tense.PAST);
                if (r.kind() == TimeReading.Kind.CALENDAR && (latest == null || r.date().end().isAfter(latest))) {
                    latest = r.date().end();
                }
            }
        }
        return latest;
    }
}
