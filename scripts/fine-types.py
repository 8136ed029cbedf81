#!/usr/bin/env python3
"""Writes sitrep-core/src/main/resources/knowledge/ner/fine_types.tsv, the names Sitrep's own fine
entity typing stage (org.sitrep.ner.FineEntityTypes) looks up in place of CoreNLP's fine-grained NER.

Run from the checkout after `mvn -q package -DskipTests` (which builds the gazetteer):
    python3 scripts/fine-types.py
Inputs, all in the project: the gazetteer built from GeoNames (countries, first-level divisions,
populated places), the curated gazetteer alternates, the actor lexicon's countries and agents.
"""
import csv, gzip, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "sitrep-geo/target/generated-resources/geonames/gazetteer")
ALT = os.path.join(ROOT, "sitrep-geo/src/main/resources/gazetteer/alternates.tsv")
ACTORS = os.path.join(ROOT, "sitrep-core/src/main/resources/knowledge/actors")
OUT = os.path.join(ROOT, "sitrep-core/src/main/resources/knowledge/ner/fine_types.tsv")
CITY_POPULATION = 1000
STATE_COUNTRIES = ("US", "CA", "CN")  # divisions news text names as states and provinces
# places named by a generic word ("Street", Somerset; "West", Texas), which as part of a name is no city
GENERIC = set("""street city center centre central west east north south bridge house valley ridge park lake
river port beach island mount mountain road avenue hill hills springs falls harbor harbour bay creek point
junction station village town county court square market garden gardens forest grove heights view union
liberty independence victory hope """.split())
NOT_STATES = {"Beijing", "Shanghai", "Tianjin", "Chongqing"}  # municipalities: cities

# Titles and offices that name a person's position (singular; plurals name groups, not titles).
TITLES = """admiral|ambassador|army chief|assistant|attorney|attorney general|ayatollah|bishop|brigadier|
brigadier general|cabinet minister|candidate|captain|cardinal|chairman|chairwoman|chancellor|
chief executive|chief justice|coach|driver|engineer|executive|manager|pilot|chief minister|cleric|colonel|commander|congressman|
congresswoman|constable|corporal|councillor|councilman|councilwoman|crown prince|defence minister|
defense minister|deputy|deputy governor|deputy minister|deputy prime minister|deputy president|
detective|dictator|diplomat|director|doctor|emir|envoy|field marshal|finance minister|
foreign minister|foreign secretary|general|governor|head of state|imam|inspector|interior minister|
journalist|judge|king|lawmaker|lawyer|leader|legislator|lieutenant|lieutenant colonel|
lieutenant general|major general|marshal|mayor|minister|monarch|mp|mullah|nurse|
pastor|police chief|police officer|policeman|
policewoman|pope|premier|president|priest|prime minister|prince|princess|prosecutor|queen|rabbi|
reporter|secretary|secretary general|secretary of state|secretary-general|senator|sergeant|sheikh|
sheriff|soldier|speaker|spokesman|spokesperson|spokeswoman|student|sultan|superintendent|
supreme leader|teacher|vice president|warlord|
administrator|coroner|dispatcher|fire chief|owner|professor|representative|
Adm.|Capt.|Cmdr.|Col.|Cpl.|Det.|Gen.|Gov.|Lt.|Lt. Col.|Lt. Gen.|Maj.|Maj. Gen.|Rep.|Rev.|Sgt.|Supt.""".replace("\n", "")

# Adjectives of regions and peoples that news text uses like nationalities.
PEOPLES = "African|Asian|European|Latin American|North American|South American|" \
    "Catalan|Scottish|Welsh|English|Serb"
RELIGIONS = "Muslim|Christian|Jewish|Shiite|Shia|Shi'ite|Sunni|Hindu|Buddhist|Sikh|Catholic|Protestant|" \
    "Ismaili|Druze|Yazidi|Coptic|Evangelical|Islam|Christianity|Judaism|Hinduism|Buddhism"
IDEOLOGIES = "islamist|jihadist|democratic|republican|democrats|communist|socialist|" \
    "conservative|liberal|maoist|marxist|nationalist|pro-government|anti-government|right-wing|left-wing|" \
    "far-right|far-left|revolutionary|democracy|federalism"
CAUSES_OF_DEATH = "attack|attacks|fire|suicide|violence|crash|execution|war|explosion|explosions|flood|floods|" \
    "accident|accidents|disaster|eruption|suffocation|poison|poisoning|drowning|cancer|heart attack|" \
    "stroke|overdose|shooting|stabbing|earthquake|landslide|hurricane|famine|starvation|malnutrition|" \
    "disease|diseases|illness|illnesses|infection|infections|flu|influenza|cholera|fever|malaria|leukemia|" \
    "pneumonia|tuberculosis|measles|ebola|dengue|polio|meningitis|hepatitis|diabetes|heart disease|" \
    "heart failure|complications|coronavirus|covid-19|AIDS|HIV|storm|genocide"
CHARGES = "assault|robbery|murder|sexual assault|domestic violence|burglary|fraud|bombing|felony|kidnapping|" \
    "rape|theft|smuggling|arson|manslaughter|terrorism|treason|corruption|bribery|extortion|trafficking|" \
    "drug trafficking|human trafficking|money laundering|embezzlement|battery|vandalism|sedition|espionage|" \
    "homicide|firearms|drugs|riot|escape|larceny|forgery|perjury|harassment|abduction"


def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def key(name):
    return re.sub(r"\s+", " ", name.strip().lower())


def main():
    out, seen = [], set()

    def add(name, typ, overwrites, source):
        name = name.strip()
        if not name or "\t" in name or len(name) < 2 or key(name) in seen:
            return
        seen.add(key(name))
        out.append((name, typ, overwrites, source))

    countries = rows(os.path.join(GAZ, "countries.tsv"))
    iso2_to_iso3 = {r[0]: r[1] for r in countries}
    alternates = rows(ALT)
    # first-level divisions of the US, Canada and China, with the AP-style abbreviations of US states
    for r in rows(os.path.join(GAZ, "admin1.tsv")):
        if r[0].split(".")[0] in STATE_COUNTRIES and r[1] not in NOT_STATES:
            add(r[1], "STATE_OR_PROVINCE", "LOCATION|MISC|O", "gazetteer admin1")
    for r in alternates:
        if r[0].startswith("admin1:US."):
            for a in r[1].split("|"):
                add(a, "STATE_OR_PROVINCE", "LOCATION", "gazetteer alternates")
    # nationalities (before countries: "Saudi", "Thai" are adjectives first): the singular demonyms of
    # the gazetteer, the alternates and the actor lexicon (a plural names people, not a nationality)
    actor_countries = rows(os.path.join(ACTORS, "countries.tsv"))[1:]
    demonyms = []
    for r in countries:
        demonyms += [(d, "gazetteer countries") for d in re.split(r",\s*", r[8])]
    for r in alternates:
        if r[0].startswith("demonym:"):
            demonyms += [(d, "gazetteer alternates") for d in r[1].split("|")]
    for r in actor_countries:
        demonyms += [(d, "actors countries") for d in r[3].split("|")]
    singular = {d for d, _ in demonyms}
    for d, source in demonyms:
        if not (d.endswith("s") and d[:-1] in singular):
            add(d, "NATIONALITY", "MISC|LOCATION|O", source)
    for d in PEOPLES.split("|"):
        add(d, "NATIONALITY", "MISC|LOCATION|O", "sitrep peoples")
    # countries: gazetteer names, official names, other names; curated alternates; actor lexicon
    for r in countries:
        for n in [r[2], r[3]] + r[7].split("|"):
            add(n, "COUNTRY", "LOCATION|MISC|O", "gazetteer countries")
    for r in alternates:
        if r[0].startswith("country:"):
            for a in r[1].split("|"):
                add(re.sub(r"^the ", "", a), "COUNTRY", "LOCATION|MISC|O", "gazetteer alternates")
    for r in actor_countries:
        for n in [r[1]] + r[2].split("|"):
            add(n, "COUNTRY", "LOCATION|MISC|O", "actors countries")
    # titles, religions, ideologies, causes of death, criminal charges
    for t in TITLES.split("|"):
        add(t, "TITLE", "MISC|O", "sitrep titles")
    for t in RELIGIONS.split("|"):
        add(t, "RELIGION", "MISC|ORGANIZATION|O", "sitrep religions")
    for t in IDEOLOGIES.split("|"):
        add(t, "IDEOLOGY", "MISC|O", "sitrep ideologies")
    for t in CHARGES.split("|"):
        add(t, "CRIMINAL_CHARGE", "MISC|O", "sitrep charges")
    for t in CAUSES_OF_DEATH.split("|"):
        add(t, "CAUSE_OF_DEATH", "MISC|O", "sitrep causes of death")
    # cities: populated places of the gazetteer with at least CITY_POPULATION people
    cities = []
    with gzip.open(os.path.join(GAZ, "places.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) > 6 and c[2].startswith("PPL") and c[2] not in ("PPLH", "PPLQ", "PPLW") \
                    and c[6].isdigit() and int(c[6]) >= CITY_POPULATION:
                cities.append((-int(c[6]), c[1]))
    for _, n in sorted(cities):
        if key(n) not in GENERIC:
            add(n, "CITY", "LOCATION", "gazetteer places")

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Fine entity types for names: what Sitrep's entity typing stage (org.sitrep.ner) gives a\n")
        f.write("# token run the CoreNLP 3-class tagger left as LOCATION, MISC or O, in place of CoreNLP's own\n")
        f.write("# fine-grained NER (which Sitrep turns off for speed, docs/nlp.md). Matching ignores case and\n")
        f.write("# accents, except that an all-capital name (\"US\") matches only itself and a name written with a\n")
        f.write("# capital only a capitalised word; the longest name wins, the first row of a name over later ones.\n")
        f.write("# Columns: name	type	overwrites	source\n")
        f.write("#   type: COUNTRY, STATE_OR_PROVINCE, CITY, NATIONALITY, TITLE (the fine types the coder reads),\n")
        f.write("#     RELIGION, IDEOLOGY, CRIMINAL_CHARGE, CAUSE_OF_DEATH (read only as \"some other entity\")\n")
        f.write("#   overwrites: the NER tags the name may replace (O = untagged), \"|\"-separated\n")
        f.write("#   source: where the name comes from, all inside the project: \"gazetteer countries|admin1|places\"\n")
        f.write("#     = the GeoNames gazetteer the build produces (CC BY 4.0, world-countries for demonyms; places\n")
        f.write("#     of at least %d people), \"gazetteer alternates\" = sitrep-geo gazetteer/alternates.tsv,\n" % CITY_POPULATION)
        f.write("#     \"actors countries\" = knowledge/actors/countries.tsv, \"sitrep titles\" = written by the\n")
        f.write("#     Sitrep team from general knowledge of English titles and offices; \"sitrep peoples|religions|\n")
        f.write("#     ideologies|charges|causes of death\" likewise, from general knowledge of English news usage.\n")
        f.write("# Generated by scripts/fine-types.py; edit that script, not this file.\n")
        f.write("name\ttype\toverwrites\tsource\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print("wrote %s: %d names" % (OUT, len(out)), file=sys.stderr)


if __name__ == "__main__":
    main()
