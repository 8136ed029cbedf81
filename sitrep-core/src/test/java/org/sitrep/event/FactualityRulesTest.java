package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.event.EventCoderTest.code;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;

/**
 * The sixth session's factuality rules, each on a sentence of the tune half of gold/factuality/sentences.tsv
 * as CoreNLP parsed it (word/lemma/POS/head/relation): the event at the word takes the factuality.
 */
class FactualityRulesTest {
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("cancel", "The/the/DT/2/det talks/talk/NNS/4/nsubj:pass were/be/VBD/4/aux:pass cancelled/cancel/VBN/0/root after/after/IN/8/mark the/the/DT/7/det delegation/delegation/NN/8/nsubj failed/fail/VBD/4/advcl to/to/TO/10/mark arrive/arrive/VB/8/xcomp ./././4/punct", "talks", Factuality.NEGATED),
                Arguments.of("neither", "Neither/neither/DT/2/det side/side/NN/3/nsubj fired/fire/VBD/0/root across/across/IN/6/case the/the/DT/6/det line/line/NN/3/obl of/of/IN/8/case control/control/NN/6/nmod on/on/IN/10/case Sunday/Sunday/NNP/3/obl ./././3/punct", "fired", Factuality.NEGATED),
                Arguments.of("put off", "The/the/DT/2/det talks/talk/NNS/5/nsubj:pass have/have/VBP/5/aux been/be/VBN/5/aux:pass put/put/VBN/0/root off/off/RP/5/compound:prt until/until/IN/9/case next/next/JJ/9/amod month/month/NN/5/obl ./././5/punct", "talks", Factuality.FUTURE),
                Arguments.of("call off", "The/the/DT/2/det union/union/NN/3/nsubj called/call/VBD/0/root off/off/RP/3/compound:prt the/the/DT/7/det general/general/JJ/7/amod strike/strike/NN/3/xcomp that/that/WDT/11/nsubj:pass had/have/VBD/11/aux been/be/VBN/11/aux:pass planned/plan/VBN/7/acl:relcl for/for/IN/13/case Monday/Monday/NNP/11/obl ./././3/punct", "strike", Factuality.NEGATED),
                Arguments.of("attempt then but", "Militants/militant/NNS/2/nsubj tried/try/VBD/0/root to/to/TO/4/mark storm/storm/VB/2/xcomp the/the/DT/6/det prison/prison/NN/4/obj but/but/CC/9/cc were/be/VBD/9/aux:pass repelled/repel/VBN/2/conj by/by/IN/11/case guards/guard/NNS/9/obl ./././2/punct", "storm", Factuality.NEGATED),
                Arguments.of("is set to", "Ethiopia/Ethiopia/NNP/3/nsubj:pass is/be/VBZ/3/aux:pass set/set/VBN/0/root to/to/TO/5/mark hold/hold/VB/3/xcomp talks/talk/NNS/5/obj with/with/IN/8/case Eritrea/Eritrea/NNP/6/nmod next/next/JJ/10/amod month/month/NN/5/obl:tmod ./././3/punct", "talks", Factuality.FUTURE),
                Arguments.of("oblique of a modal verb", "The/the/DT/2/det explosion/explosion/NN/6/nsubj:pass may/may/MD/6/aux have/have/VB/6/aux been/be/VBN/6/aux:pass caused/cause/VBN/0/root by/by/IN/10/case a/a/DT/10/det drone/drone/VB/10/dep strike/strike/NN/6/obl ./././6/punct", "strike", Factuality.POSSIBLE),
                Arguments.of("supposed subject", "An/a/DT/2/det invasion/invasion/NN/6/nsubj of/of/IN/4/case Taiwan/Taiwan/NNP/2/nmod would/would/MD/6/aux trigger/trigger/VB/0/root sanctions/sanction/NNS/6/obj from/from/IN/10/case the/the/DT/10/det West/West/NNP/6/obl ./././6/punct", "invasion", Factuality.POSSIBLE),
                Arguments.of("yes/no question", "Did/do/VBD/4/aux Russian/Russian/JJ/3/amod forces/force/NNS/4/nsubj bomb/bomb/VB/0/root the/the/DT/7/det maternity/maternity/NN/7/compound hospital/hospital/NN/4/obj ?/?/./4/punct", "bomb", Factuality.POSSIBLE),
                Arguments.of("prevention above a demand", "The/the/DT/2/det government/government/NN/3/nsubj rejected/reject/VBD/0/root calls/call/NNS/3/obj to/to/TO/6/mark negotiate/negotiate/VB/4/acl with/with/IN/9/case the/the/DT/9/det kidnappers/kidnapper/NNS/6/obl ./././3/punct", "negotiate", Factuality.NEGATED),
                Arguments.of("wh-question", "Why/why/WRB/2/advmod did/do/VBD/0/root the/the/DT/5/det police/police/NN/5/compound raid/raid/NN/2/nsubj the/the/DT/7/det newspaper/newspaper/NN/9/nmod:poss 's/'s/POS/7/case offices/office/NNS/2/dep ?/?/./2/punct", "raid", Factuality.ASSERTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleDecidesTheEventAtTheWord(String rule, String parse, String word, Factuality expected) {
        List<Event> events = code(parse);
        List<Event> at = events.stream().filter(e -> e.evidence().trigger() != null
                && List.of(e.evidence().trigger().toLowerCase(java.util.Locale.ROOT).split(" ")).contains(word)).toList();
        assertThat(at).as("events at %s in %s", word, events).isNotEmpty();
        assertThat(at.get(0).factuality()).isEqualTo(expected);
    }
}
