package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorLexiconTest {
    private static ActorLexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = ActorLexicon.load();
    }

    @Test
    void coversEveryCountryAndAtLeast400Organisations() {
        assertThat(lexicon.countryCount()).isGreaterThanOrEqualTo(195);
        assertThat(lexicon.organisationCount()).isGreaterThanOrEqualTo(400);
        assertThat(lexicon.countryName("IRQ")).isEqualTo("Iraq");
        assertThat(lexicon.organisation("Kataib Hezbollah").code()).isEqualTo("IRQREB");
    }

    @Test
    void everyRoleAndCountryIsKnown() {
        for (LexiconEntry e : lexicon.entries()) {
            if (e.role() != null && !e.inheritsRole()) {
                assertThat(lexicon.isRole(e.role())).as(e.name() + " role " + e.role()).isTrue();
            }
            if (e.country() != null) {
                assertThat(lexicon.isCountry(e.country())).as(e.name() + " country").isTrue();
            }
            if (e.code() != null) {
                assertThat(e.code()).as(e.name()).matches("([A-Z]{3})+");
                if (e.country() != null) {
                    assertThat(e.code()).as(e.name()).startsWith(e.country());
                }
            }
        }
    }

    @Test
    void noAliasNamesTwoDifferentActorsOfTheSameKind() {
        Map<String, Set<String>> codesByAlias = new HashMap<>();
        for (AliasIndex.Alias a : lexicon.index().all()) {
            String key = a.entry().kind() + ":" + String.join(" ", a.keys()) + ":" + new String(a.caseRules());
            String id = a.entry().code() != null ? a.entry().code() + "/" + a.entry().name() : a.entry().role();
            if (a.entry().kind() == EntryKind.COUNTRY || a.entry().kind() == EntryKind.DEMONYM) {
                id = a.entry().country();
            }
            codesByAlias.computeIfAbsent(key, k -> new HashSet<>()).add(id);
        }
        List<String> conflicts = new ArrayList<>();
        codesByAlias.forEach((alias, ids) -> {
            if (ids.size() > 1) {
                conflicts.add(alias + " -> " + ids);
            }
        });
        assertThat(conflicts).isEmpty();
    }

    @Test
    void organisationNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() == EntryKind.ORGANISATION) {
                assertThat(names.add(e.name())).as(e.name()).isTrue();
            }
        }
    }

    @Test
    void personAffiliationsNameLexiconOrganisations() {
        for (LexiconEntry e : lexicon.entries()) {
            if (e.kind() == EntryKind.PERSON && e.affiliation() != null) {
                LexiconEntry org = lexicon.organisation(e.affiliation());
                assertThat(org).as(e.name()).isNotNull();
            }
        }
    }
}
