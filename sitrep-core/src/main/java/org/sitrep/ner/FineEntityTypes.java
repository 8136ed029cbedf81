package org.sitrep.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.annotation.AnnotatedArticle;
import org.sitrep.annotation.EntityMention;
import org.sitrep.annotation.Sentence;
import org.sitrep.annotation.Token;
import org.sitrep.pipeline.Provision;
import org.sitrep.pipeline.Stage;

/**
 * Gives names their fine entity type by a lookup in the {@link FineTypeTable}: the longest run of tokens
 * that is a name of the table takes the name's type when, as in CoreNLP's fine-grained step, one of its
 * tokens is a noun or adjective and every token's tag is one the name may replace (a run may be part of a
 * longer entity: "Northeast Georgia" keeps Northeast a LOCATION and makes Georgia a STATE_OR_PROVINCE; but a
 * CITY name only at the start of one: "Memphis Street" makes Memphis a CITY, "Orchard Street" leaves Street
 * alone), and the run is not glued to a hyphen ("Saudi-led" is no nationality: CoreNLP types such a word as
 * one). An entity mention over retyped tokens is replaced by one mention per retyped run and one per piece
 * of it that kept its type. Thread-safe; an article without a retyped token is returned
 * as it came.
 */
public final class FineEntityTypes implements Stage<AnnotatedArticle, AnnotatedArticle> {
    /** The longest name, in tokens, the matcher tries ("Democratic Republic of the Congo" is 5). */
    static final int MAX_TOKENS = 8;
    private final FineTypeTable table;

    public FineEntityTypes(FineTypeTable table) {
        this.table = table;
    }

    /** The stage over the built-in table and the user's overlay. */
    public static FineEntityTypes load() {
        return new FineEntityTypes(FineTypeTable.load());
    }

    @Override
    public String name() {
        return "entity-types";
    }

    @Override
    public Set<Provision> requires() {
        return Set.of(Provision.ANNOTATION);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        List<Sentence> sentences = new ArrayList<>(in.sentences().size());
        List<int[]> retyped = new ArrayList<>(); // {sentence position, from, to}
        boolean changed = false;
        for (int si = 0; si < in.sentences().size(); si++) {
            Sentence s = in.sentences().get(si);
            List<Token> tokens = new ArrayList<>(s.tokens());
            int before = retyped.size();
            retype(si, s.tokens(), tokens, retyped);
            if (retyped.size() > before) {
                changed = true;
                sentences.add(new Sentence(s.index(), s.start(), s.end(), s.text(), tokens, s.dependencies()));
            } else {
                sentences.add(s);
            }
        }
        if (!changed) {
            return in;
        }
        return new AnnotatedArticle(in.article(), sentences, mentions(in, sentences, retyped));
    }

    /** Retypes the names in {@code tokens} (a copy of {@code original}), judging by the original tags. */
    private void retype(int sentence, List<Token> original, List<Token> tokens, List<int[]> retyped) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            String word = tokens.get(i).word();
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                i++;
                continue;
            }
            StringBuilder written = new StringBuilder();
            int end = -1;
            FineName found = null;
            for (int j = i; j < n && j < i + MAX_TOKENS; j++) {
                Token t = tokens.get(j);
                if (j > i && t.start() > tokens.get(j - 1).end()) {
                    written.append(' ');
                }
                written.append(t.word());
                String key = FineTypeTable.key(written.toString());
                FineName name = table.get(key);
                if (name != null && name.matchesCase(written.toString())) {
                    end = j + 1;
                    found = name;
                }
                if (!table.startsSomeName(key)) {
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (mayRetype(original, i, end, found)) {
                for (int k = i; k < end; k++) {
                    Token t = tokens.get(k);
                    tokens.set(k, new Token(t.index(), t.word(), t.lemma(), t.pos(), found.type(), t.start(), t.end(),
                            t.normalized()));
                }
                retyped.add(new int[] {sentence, i, end});
            }
            i = end;
        }
    }

    /** The conditions for retyping a matched run [from, to). */
    static boolean mayRetype(List<Token> tokens, int from, int to, FineName name) {
        boolean nounOrAdjective = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!name.mayReplace(t.ner())) {
                return false;
            }
            nounOrAdjective |= t.pos() != null && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
        }
        if (!nounOrAdjective || gluedToHyphen(tokens, from, to)) {
            return false;
        }
        return !name.type().equals("CITY") || from == 0 || !tokens.get(from).ner().equals(tokens.get(from - 1).ner());
    }

    private static boolean gluedToHyphen(List<Token> tokens, int from, int to) {
        return from > 0 && isHyphen(tokens.get(from - 1)) && tokens.get(from - 1).end() == tokens.get(from).start()
                || to < tokens.size() && isHyphen(tokens.get(to)) && tokens.get(to - 1).end() == tokens.get(to).start();
    }

    private static boolean isHyphen(Token t) {
        return t.word().equals("-");
    }

    private static List<EntityMention> mentions(AnnotatedArticle in, List<Sentence> sentences, List<int[]> retyped) {
        List<EntityMention> out = new ArrayList<>();
        String text = in.article().text();
        for (EntityMention m : in.mentions()) {
            if (!overlapsAny(m, retyped)) {
                out.add(m);
                continue;
            }
            Sentence s = sentences.get(m.sentence());
            int k = m.startToken();
            while (k < m.endToken()) { // the pieces of the mention that kept their type ("Northeast")
                if (!s.token(k).ner().equals(m.type())) {
                    k++;
                    continue;
                }
                int j = k + 1;
                while (j < m.endToken() && s.token(j).ner().equals(m.type())) {
                    j++;
                }
                Token first = s.token(k);
                Token last = s.token(j - 1);
                out.add(new EntityMention(m.sentence(), k, j, text.substring(first.start(), last.end()), m.type(),
                        first.start(), last.end(), m.normalized()));
                k = j;
            }
        }
        for (int[] r : retyped) {
            Sentence s = sentences.get(r[0]);
            Token first = s.token(r[1]);
            Token last = s.token(r[2] - 1);
            out.add(new EntityMention(r[0], r[1], r[2], text.substring(first.start(), last.end()), first.ner(),
                    first.start(), last.end(), null));
        }
        out.sort(Comparator.comparingInt(EntityMention::sentence).thenComparingInt(EntityMention::startToken));
        return out;
    }

    private static boolean overlapsAny(EntityMention m, List<int[]> retyped) {
        for (int[] r : retyped) {
            if (r[0] == m.sentence() && m.startToken() < r[2] && r[1] < m.endToken()) {
                return true;
            }
        }
        return false;
    }
}
