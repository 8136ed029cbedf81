package org.sitrep.event.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.event.coref.NoOccurrenceTest.coded;
import static org.sitrep.event.coref.NoOccurrenceTest.resolved;
import static org.sitrep.testing.EventSentences.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality;

/**
 * Coded events that did not happen or are not events, non-actor arguments and roles carried through clauses
 * (issue 13, classes 2, 3, 4 and 9), on sentences of the article gold set's tune half as CoreNLP's
 * shift-reduce parser parsed them (misparses included), coded by the real event coder and clean-up.
 */
class SpuriousStatementsTest {
    /** On Tuesday, Thailand's army accused Cambodian troops of firing on its positions in several places, a charge Phnom Penh denied. */
    static final String ACCUSED = "On/on/IN/2/case Tuesday/Tuesday/NNP/7/obl/DATE ,/,/,/7/punct "
            + "Thailand/Thailand/NNP/6/nmod:poss/COUNTRY 's/'s/POS/4/case army/army/NN/7/nsubj "
            + "accused/accuse/VBD/0/root Cambodian/Cambodian/JJ/9/amod/NATIONALITY troops/troops/NNS/7/obj "
            + "of/of/IN/7/dep firing/fire/VBG/10/dep on/on/IN/14/case its/its/PRP$/14/nmod:poss "
            + "positions/position/NNS/11/obl in/in/IN/17/case several/several/JJ/17/amod "
            + "places/place/NNS/11/obl ,/,/,/10/punct a/a/DT/20/det charge/charge/NN/10/dep "
            + "Phnom/Phnom/NNP/22/compound/CITY Penh/Penh/NNP/23/nsubj/CITY denied/deny/VBD/20/acl:relcl "
            + "./././7/punct ";

    /** Rwanda's government said in a statement that it regretted the decision and that sanctions had never solved a conflict. */
    static final String NEVER = "Rwanda/Rwanda/NNP/3/nmod:poss/COUNTRY 's/'s/POS/1/case government/government/NN/4/nsubj "
            + "said/say/VBD/0/root in/in/IN/7/case a/a/DT/7/det statement/statement/NN/4/obl "
            + "that/that/IN/10/mark it/it/PRP/10/nsubj regretted/regret/VBD/4/ccomp the/the/DT/12/det "
            + "decision/decision/NN/10/obj and/and/CC/18/cc that/that/IN/18/mark "
            + "sanctions/sanction/NNS/18/nsubj had/have/VBD/18/aux never/never/RB/18/advmod "
            + "solved/solve/VBN/10/conj a/a/DT/20/det conflict/conflict/NN/18/obj ./././4/punct ";

    /** Russian strikes on Odesa's ports have damaged dozens of ships and destroyed thousands of tonnes of grain since 2023. */
    static final String TALLY = "Russian/Russian/JJ/2/amod/NATIONALITY strikes/strike/NNS/8/nsubj on/on/IN/6/case "
            + "Odesa/Odesa/NNP/6/nmod:poss/PERSON 's/'s/POS/4/case ports/port/NNS/2/nmod have/have/VBP/8/aux "
            + "damaged/damage/VBN/0/root dozens/dozen/NNS/8/obj of/of/IN/11/case ships/ship/NNS/9/nmod "
            + "and/and/CC/13/cc destroyed/destroy/VBD/8/conj thousands/thousand/NNS/13/obj of/of/IN/16/case "
            + "tonnes/tonne/NNS/14/nmod of/of/IN/18/case grain/grain/NN/16/nmod since/since/IN/20/case "
            + "2023/2023/CD/13/obl/DATE ./././8/punct ";

    /** Thousands of relatives of the victims of the 2020 Beirut port explosion rallied outside the Palace of Justice in the capital on Monday, demanding that politicians charged in the case be brought to trial. */
    static final String VICTIMS = "Thousands/thousand/NNS/13/nsubj of/of/IN/3/case relatives/relative/NNS/1/nmod of/of/IN/6/case "
            + "the/the/DT/6/det victims/victim/NNS/1/nmod of/of/IN/12/case the/the/DT/12/det "
            + "2020/2020/CD/12/nummod/DATE Beirut/Beirut/NNP/12/compound/CITY port/port/NN/12/compound "
            + "explosion/explosion/NN/6/nmod/CAUSE_OF_DEATH rallied/rally/VBD/0/root outside/outside/IN/16/case "
            + "the/the/DT/16/det Palace/Palace/NNP/13/obl/LOCATION of/of/IN/18/case/LOCATION "
            + "Justice/Justice/NNP/16/nmod/LOCATION in/in/IN/21/case the/the/DT/21/det "
            + "capital/capital/NN/16/nmod on/on/IN/23/case Monday/Monday/NNP/13/obl/DATE ,/,/,/13/punct "
            + "demanding/demand/VBG/13/xcomp that/that/IN/33/mark politicians/politician/NNS/33/nsubj:pass "
            + "charged/charge/VBN/27/acl in/in/IN/31/case the/the/DT/31/det case/case/NN/28/obl "
            + "be/be/VB/33/aux:pass brought/bring/VBN/25/ccomp to/to/IN/35/case trial/trial/NN/33/obl "
            + "./././13/punct ";

    /** "If they come, they will find a people ready to fight," Maduro told a rally of militia members in the capital. */
    static final String AUDIENCE = "\"/\"/``/17/punct If/if/IN/4/mark they/they/PRP/4/nsubj come/come/VBP/8/advcl ,/,/,/8/punct "
            + "they/they/PRP/8/nsubj will/will/MD/8/aux find/find/VB/17/ccomp a/a/DT/10/det "
            + "people/person/NNS/11/nsubj ready/ready/JJ/8/xcomp to/to/TO/13/mark fight/fight/VB/11/xcomp "
            + ",/,/,/17/punct \"/\"/``/17/punct Maduro/Maduro/NNP/17/nsubj/PERSON told/tell/VBD/0/root "
            + "a/a/DT/19/det rally/rally/NN/17/obj of/of/IN/22/case militia/militia/NN/22/compound "
            + "members/member/NNS/19/nmod in/in/IN/25/case the/the/DT/25/det capital/capital/NN/19/nmod "
            + "./././17/punct ";

    /** Survivors of last year's floods marched in Valencia on Saturday to demand that the previous regional president, Carlos Mazón, be put on trial over the delayed warning. */
    static final String AIM = "Survivors/survivor/NNS/7/nsubj of/of/IN/6/case last/last/JJ/4/amod/DATE "
            + "year/year/NN/6/nmod:poss/DATE 's/'s/POS/4/case floods/flood/NNS/1/nmod/CAUSE_OF_DEATH "
            + "marched/march/VBD/0/root in/in/IN/9/case Valencia/Valencia/NNP/7/obl/CITY on/on/IN/11/case "
            + "Saturday/Saturday/NNP/7/obl/DATE to/to/TO/13/mark demand/demand/VB/7/xcomp that/that/IN/24/mark "
            + "the/the/DT/18/det previous/previous/JJ/18/amod regional/regional/JJ/18/amod "
            + "president/president/NN/24/nsubj:pass/TITLE ,/,/,/18/punct Carlos/Carlos/NNP/21/compound/PERSON "
            + "Mazón/Mazón/NNP/18/appos/PERSON ,/,/,/24/punct be/be/VB/24/aux:pass put/put/VBN/13/ccomp "
            + "on/on/IN/26/case trial/trial/NN/24/obl over/over/IN/30/case the/the/DT/30/det "
            + "delayed/delay/VBN/30/amod warning/warning/NN/26/nmod ./././7/punct ";

    /** Somalia and Ethiopia agreed on Tuesday to restore full diplomatic relations and return their ambassadors, ending a year-long rift over Ethiopia's plan to lease a stretch of coastline from the breakaway region of Somaliland. */
    static final String AGREED = "Somalia/Somalia/NNP/4/nsubj/COUNTRY and/and/CC/3/cc Ethiopia/Ethiopia/NNP/1/conj/COUNTRY "
            + "agreed/agree/VBD/0/root on/on/IN/6/case Tuesday/Tuesday/NNP/4/obl/DATE to/to/TO/8/mark "
            + "restore/restore/VB/4/xcomp full/full/JJ/11/amod diplomatic/diplomatic/JJ/11/amod "
            + "relations/relation/NNS/8/obj and/and/CC/13/cc return/return/VB/8/conj "
            + "their/they/PRP$/15/nmod:poss ambassadors/ambassador/NNS/13/obj ,/,/,/13/punct "
            + "ending/end/VBG/13/advcl a/a/DT/22/det year/year/NN/21/obl:npmod -/-/HYPH/21/punct "
            + "long/long/JJ/22/amod rift/rift/NN/17/obj over/over/IN/26/case "
            + "Ethiopia/Ethiopia/NNP/26/nmod:poss/COUNTRY 's/'s/POS/24/case plan/plan/NN/22/nmod "
            + "to/to/TO/28/mark lease/lease/VB/26/acl a/a/DT/30/det stretch/stretch/NN/28/obj of/of/IN/32/case "
            + "coastline/coastline/NN/30/nmod from/from/IN/36/case the/the/DT/36/det "
            + "breakaway/breakaway/NN/36/compound region/region/NN/30/nmod of/of/IN/38/case "
            + "Somaliland/Somaliland/NNP/36/nmod/LOCATION ./././4/punct ";

    /** "They shot at children who only had flags," said Sunita Thapa, a nurse at the Civil Service Hospital. */
    static final String QUOTED = "\"/\"/``/12/punct They/they/PRP/3/nsubj shot/shoot/VBD/12/ccomp at/at/IN/5/case "
            + "children/child/NNS/3/obl who/who/WP/8/nsubj only/only/RB/8/advmod had/have/VBD/3/ccomp "
            + "flags/flag/NNS/8/obj ,/,/,/12/punct \"/\"/''/12/punct said/say/VBD/0/root "
            + "Sunita/Sunita/NNP/14/compound/PERSON Thapa/Thapa/NNP/12/nsubj/PERSON ,/,/,/14/punct "
            + "a/a/DT/17/det nurse/nurse/NN/14/appos/TITLE at/at/IN/22/case the/the/DT/22/det "
            + "Civil/Civil/NNP/21/compound/ORGANIZATION Service/Service/NNP/22/compound/ORGANIZATION "
            + "Hospital/Hospital/NNP/17/nmod/ORGANIZATION ./././12/punct ";

    /** Police in Nepal opened fire on thousands of young protesters who tried to enter the parliament building in Kathmandu on Monday, killing at least 19 people, in demonstrations against a ban on social media platforms and against corruption. */
    static final String KILLING = "Police/police/NNS/4/nsubj in/in/IN/3/case Nepal/Nepal/NNP/1/nmod/COUNTRY opened/open/VBD/0/root "
            + "fire/fire/NN/4/obj/CAUSE_OF_DEATH on/on/IN/7/case thousands/thousand/NNS/4/obl of/of/IN/10/case "
            + "young/young/JJ/10/amod protesters/protester/NNS/7/nmod who/who/WP/12/nsubj "
            + "tried/try/VBD/10/acl:relcl to/to/TO/14/mark enter/enter/VB/12/xcomp the/the/DT/17/det "
            + "parliament/parliament/NN/17/compound building/building/NN/14/obj in/in/IN/19/case "
            + "Kathmandu/Kathmandu/NNP/14/obl/CITY on/on/IN/21/case Monday/Monday/NNP/14/obl/DATE "
            + ",/,/,/14/punct killing/kill/VBG/14/advcl at/at/IN/25/case least/least/RBS/26/obl:npmod "
            + "19/19/CD/27/nummod/NUMBER people/person/NNS/23/obj ,/,/,/23/punct in/in/IN/30/case "
            + "demonstrations/demonstration/NNS/23/obl against/against/IN/33/case a/a/DT/33/det "
            + "ban/ban/NN/23/obl on/on/IN/37/case social/social/JJ/37/amod media/media/NNS/37/compound "
            + "platforms/platform/NNS/33/nmod and/and/CC/40/cc against/against/IN/40/case "
            + "corruption/corruption/NN/33/conj/CRIMINAL_CHARGE ./././4/punct ";

    /** The package, the seventeenth since the invasion of Ukraine in February 2022, also targets about 30 companies in China, Turkey and the United Arab Emirates accused of helping Russia obtain components for weapons, according to the bloc's foreign policy chief, Kaja Kallas. */
    static final String CHARGED = "The/the/DT/2/det package/package/NN/16/nsubj ,/,/,/2/punct the/the/DT/5/det "
            + "seventeenth/seventeenth/JJ/2/appos/ORDINAL since/since/IN/8/case the/the/DT/8/det "
            + "invasion/invasion/NN/5/nmod of/of/IN/10/case Ukraine/Ukraine/NNP/8/nmod/COUNTRY in/in/IN/12/case "
            + "February/February/NNP/8/nmod/DATE 2022/2022/CD/12/nummod/DATE ,/,/,/2/punct "
            + "also/also/RB/16/advmod targets/target/NNS/0/root about/about/RB/18/advmod "
            + "30/30/CD/19/nummod/NUMBER companies/company/NNS/16/obj in/in/IN/21/case "
            + "China/China/NNP/16/obl/COUNTRY ,/,/,/16/punct Turkey/Turkey/NNP/16/dep/COUNTRY and/and/CC/28/cc "
            + "the/the/DT/28/det United/United/NNP/28/compound/COUNTRY Arab/Arab/NNP/28/compound/COUNTRY "
            + "Emirates/Emirates/NNPS/23/conj/COUNTRY accused/accuse/VBN/23/acl of/of/IN/31/mark "
            + "helping/help/VBG/29/advcl Russia/Russia/NNP/33/nsubj/COUNTRY obtain/obtain/VB/31/ccomp "
            + "components/component/NNS/33/obj for/for/IN/36/case weapons/weapon/NNS/34/nmod ,/,/,/31/punct "
            + "according/accord/VBG/45/case to/to/IN/38/fixed the/the/DT/41/det bloc/bloc/NN/45/nmod:poss "
            + "'s/'s/POS/41/case foreign/foreign/JJ/44/amod policy/policy/NN/45/compound chief/chief/NN/31/obl "
            + ",/,/,/31/punct Kaja/Kaja/NNP/48/compound/PERSON Kallas/Kallas/NNP/31/obj/PERSON ./././16/punct ";

    /** The EU is discussing a plan to lend Ukraine up to 140 billion euros backed by the assets, most of which are held by the Belgian depository Euroclear. */
    static final String ONGOING = "The/the/DT/2/det EU/EU/NNP/4/nsubj/ORGANIZATION is/be/VBZ/4/aux discussing/discuss/VBG/0/root "
            + "a/a/DT/6/det plan/plan/NN/4/obj to/to/TO/8/mark lend/lend/VB/6/acl "
            + "Ukraine/Ukraine/NNP/8/iobj/COUNTRY up/up/RP/13/advmod to/to/IN/10/fixed "
            + "140/140/CD/13/compound/MONEY billion/billion/CD/14/nummod/MONEY euros/euro/NNS/8/obj/MONEY "
            + "backed/back/VBN/14/acl by/by/IN/18/case the/the/DT/18/det assets/asset/NNS/15/obl ,/,/,/6/punct "
            + "most/most/JJS/24/nsubj:pass of/of/IN/22/case which/which/WDT/20/nmod are/be/VBP/24/aux:pass "
            + "held/hold/VBN/6/acl:relcl by/by/IN/28/case the/the/DT/28/det "
            + "Belgian/Belgian/JJ/28/amod/NATIONALITY depository/depository/NN/24/obl "
            + "Euroclear/Euroclear/NNP/28/appos ./././4/punct ";

    private static boolean root(Event e, String root) {
        return e.cameo().startsWith(root);
    }

    @Test
    void anActTheSourceIsAccusedOfIsOnlyPossibleEvenWhenTheParserHangsItOnThePreposition() {
        List<Event> events = coded(article("t", ACCUSED));
        assertThat(events).filteredOn(e -> root(e, "19")).isNotEmpty()
                .allMatch(e -> e.factuality() == Factuality.POSSIBLE);
    }

    @Test
    void generalisationsAndTalliesAreNoOccurrences() {
        assertThat(coded(article("t", NEVER))).anyMatch(e -> root(e, "16"));
        assertThat(resolved(NEVER)).noneMatch(e -> root(e, "16")); // "sanctions had never solved a conflict"
        assertThat(coded(article("t", TALLY))).anyMatch(e -> root(e, "17"));
        assertThat(resolved(TALLY)).noneMatch(e -> root(e, "17") || root(e, "19")); // "... and destroyed ... since 2023"
        assertThat(coded(article("t", CHARGED))).anyMatch(e -> root(e, "11"));
        assertThat(resolved(CHARGED)).noneMatch(e -> root(e, "11")); // "companies accused of helping Russia"
        assertThat(coded(article("t", ONGOING))).anyMatch(e -> root(e, "04"));
        assertThat(resolved(ONGOING)).noneMatch(e -> root(e, "04")); // "the EU is discussing a plan"
    }

    @Test
    void backgroundNamedThroughAnotherNounAnAudienceAndAProtestsAimAreNoEventsOfTheirOwn() {
        List<Event> victims = resolved(VICTIMS);
        assertThat(victims).anyMatch(e -> root(e, "14")).noneMatch(e -> root(e, "18"));
        assertThat(coded(article("t", AUDIENCE))).anyMatch(e -> root(e, "14"));
        assertThat(resolved(AUDIENCE)).noneMatch(e -> root(e, "14")); // "Maduro told a rally"
        assertThat(coded(article("t", AIM))).anyMatch(e -> root(e, "10"));
        assertThat(resolved(AIM)).anyMatch(e -> root(e, "14")).noneMatch(e -> root(e, "10"));
    }

    @Test
    void aReciprocalActWithACoordinatedSubjectHasTheSecondPartyAsTarget() {
        assertThat(coded(article("t", AGREED))).filteredOn(e -> root(e, "05")).isNotEmpty()
                .allMatch(e -> e.source() != null && e.source().text().equals("Somalia")
                        && e.target() != null && e.target().text().equals("Ethiopia"));
    }

    @Test
    void rolesThroughQuotesAndParticiplesGoToTheRightActor() {
        // in a quote "they" is not the speaker
        assertThat(resolved(QUOTED)).filteredOn(e -> root(e, "19")).isNotEmpty()
                .allMatch(e -> e.source() == null || !e.source().text().contains("Thapa"));
        // ", killing at least 19 people" hung on the relative clause of the protesters: the police kill
        assertThat(coded(article("t", KILLING))).filteredOn(e -> e.cameo().startsWith("18"))
                .isNotEmpty().allMatch(e -> e.source() != null && e.source().text().equals("Police"));
    }
}
