package org.sitrep.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.KnowledgeTable;
import org.sitrep.knowledge.KnowledgeTable.Row;

/**
 * The actor lexicon: countries with their demonyms and seats of power, CAMEO roles and the agent
 * words that carry them, named organisations and people, all read once from
 * {@code knowledge/actors/*.tsv} and indexed by alias. Immutable and thread-safe after loading.
 */
public final class ActorLexicon {
    static final String DIR = "knowledge/actors/";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");
    /** Code prefixes for bodies without a country. */
    static final Set<String> TRANSNATIONAL_PREFIXES = Set.of("IGO", "IMG", "NGO", "NGM", "MNC");

    private final Map<String, String> roleNames;
    private final Map<String, String> countryNames;
    private final Map<String, LexiconEntry> organisationsByName;
    private final List<LexiconEntry> entries;
    private final AliasIndex index;
    private final Map<String, String> cues;
    private final Set<String> reportingVerbs;

    private ActorLexicon(Map<String, String> roleNames, Map<String, String> countryNames,
                         Map<String, LexiconEntry> organisationsByName, List<LexiconEntry> entries, AliasIndex index,
                         Map<String, String> cues, Set<String> reportingVerbs) {
        this.roleNames = roleNames;
        this.countryNames = countryNames;
        this.organisationsByName = organisationsByName;
        this.entries = entries;
        this.index = index;
        this.cues = cues;
        this.reportingVerbs = reportingVerbs;
    }

    /**
     * Reads the lexicon from the classpath with the rows of any user files under
     * {@code $SITREP_KNOWLEDGE/actors/}; fails with the file and line of any bad row.
     */
    public static ActorLexicon load() {
        return load(Knowledge.fromEnvironment());
    }

    /** Reads the lexicon from the classpath, adding the rows of the overlay's {@code actors/} files. */
    public static ActorLexicon load(Knowledge knowledge) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Row r : read(knowledge, "roles.tsv")) {
            roles.put(r.get("role"), r.get("name"));
        }
        Map<String, String> countryNames = new LinkedHashMap<>();
        Map<String, LexiconEntry> orgs = new LinkedHashMap<>();
        List<LexiconEntry> entries = new ArrayList<>();
        AliasIndex index = new AliasIndex();

        for (Row r : read(knowledge, "countries.tsv")) {
            String iso = r.get("iso3");
            require(r, ISO3.matcher(iso).matches(), "iso3 must be three capital letters: " + iso);
            require(r, !countryNames.containsKey(iso), "duplicate country " + iso);
            String name = r.get("name");
            countryNames.put(iso, name);
            LexiconEntry country = new LexiconEntry(EntryKind.COUNTRY, name, iso, iso, null, null, false);
            LexiconEntry demonym = new LexiconEntry(EntryKind.DEMONYM, name, iso, iso, null, null, false);
            LexiconEntry seat = new LexiconEntry(EntryKind.METONYM, name, iso + "GOV", iso, "GOV", null, false);
            entries.add(country);
            index.add(name, country);
            for (String a : r.list("aliases")) {
                index.add(a, country);
            }
            for (String a : r.list("demonyms")) {
                index.add(a, demonym);
            }
            for (String a : r.list("metonyms")) {
                index.add(a, seat);
            }
        }
        for (Row r : read(knowledge, "agents.tsv")) {
            String role = r.get("role");
            require(r, "-".equals(role) || roles.containsKey(role), "unknown role " + role);
            String kind = r.get("kind");
            require(r, kind.equals("BODY") || kind.equals("PERSON"), "kind must be BODY or PERSON: " + kind);
            String agent = r.get("agent");
            require(r, agent.equals(agent.toLowerCase(Locale.ROOT)), "agent words are lower case: " + agent);
            LexiconEntry e = new LexiconEntry(EntryKind.AGENT, agent, null, null, role, null, kind.equals("PERSON"));
            entries.add(e);
            index.add(agent, e);
        }
        for (Row r : read(knowledge, "organisations.tsv")) {
            LexiconEntry e = namedEntry(r, EntryKind.ORGANISATION, roles, countryNames, null);
            require(r, !orgs.containsKey(e.name()), "duplicate organisation " + e.name());
            orgs.put(e.name(), e);
            entries.add(e);
            index.add(e.name(), e);
            for (String a : r.list("aliases")) {
                index.add(a, e);
            }
        }
        for (Row r : read(knowledge, "people.tsv")) {
            String affiliation = r.get("affiliation");
            require(r, affiliation.isEmpty() || orgs.containsKey(affiliation), "unknown affiliation " + affiliation);
            LexiconEntry e = namedEntry(r, EntryKind.PERSON, roles, countryNames,
                    affiliation.isEmpty() ? null : affiliation);
            entries.add(e);
            index.add(e.name(), e);
            for (String a : r.list("aliases")) {
                index.add(a, e);
            }
        }
        index.seal();
        Map<String, String> cues = new HashMap<>();
        for (Row r : read(knowledge, "cues.tsv")) {
            cues.put(r.get("cue"), r.get("kind"));
        }
        Set<String> verbs = new HashSet<>();
        for (Row r : read(knowledge, "reporting-verbs.tsv")) {
            verbs.add(r.get("lemma"));
        }
        return new ActorLexicon(Collections.unmodifiableMap(roles), Collections.unmodifiableMap(countryNames),
                Collections.unmodifiableMap(orgs), List.copyOf(entries), index, Map.copyOf(cues), Set.copyOf(verbs));
    }

    private static LexiconEntry namedEntry(Row r, EntryKind kind, Map<String, String> roles,
                                           Map<String, String> countries, String affiliation) {
        String name = r.get("name");
        require(r, !name.isEmpty(), "empty name");
        String country = r.get("country");
        String role = r.get("role");
        String code = r.get("code");
        require(r, roles.containsKey(role), "unknown role " + role + " for " + name);
        require(r, CODE.matcher(code).matches(), "code must be groups of three capitals: " + code);
        if (country.isEmpty()) {
            require(r, TRANSNATIONAL_PREFIXES.contains(code.substring(0, 3)),
                    "code without a country must start with IGO, IMG, NGO, NGM or MNC: " + code);
            country = null;
        } else {
            require(r, countries.containsKey(country), "unknown country " + country + " for " + name);
            require(r, code.startsWith(country) && code.length() >= 6 && code.startsWith(role, 3),
                    "code " + code + " must be country " + country + " + role " + role);
        }
        return new LexiconEntry(kind, name, code, country, role, affiliation, kind == EntryKind.PERSON);
    }

    // ---- queries ----

    /** Longest alias at {@code from}, or null. */
    AliasIndex.Alias longest(String[] keys, String[] surfaces, int from, int limit) {
        return index.longest(keys, surfaces, from, limit);
    }

    AliasIndex index() {
        return index;
    }

    /** The kind of a cue word (PATRON, OPPOSED, PERSON_PRONOUN...), or null. */
    String cue(String lowerWord) {
        return cues.get(lowerWord);
    }

    /** Whether the lemma is a reporting verb ("say", "state", "according"). */
    public boolean isReportingVerb(String lemma) {
        return lemma != null && reportingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The reporting verb lemmas, lower case. */
    public Set<String> reportingVerbs() {
        return Set.copyOf(reportingVerbs);
    }

    public boolean isRole(String role) {
        return roleNames.containsKey(role);
    }

    public boolean isCountry(String iso3) {
        return countryNames.containsKey(iso3);
    }

    /** Canonical English name of a country, or null. */
    public String countryName(String iso3) {
        return iso3 == null ? null : countryNames.get(iso3);
    }

    /** The organisation with this canonical name, or null. */
    public LexiconEntry organisation(String name) {
        return organisationsByName.get(name);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }

    public int organisationCount() {
        return organisationsByName.size();
    }

    public int countryCount() {
        return countryNames.size();
    }

    public Set<String> roles() {
        return roleNames.keySet();
    }

    // ---- reading ----

    private static List<Row> read(Knowledge knowledge, String file) {
        return KnowledgeTable.read(DIR + file, knowledge, "actors", file);
    }

    private static void require(Row r, boolean ok, String problem) {
        if (!ok) {
            throw r.error(problem);
        }
    }
}
