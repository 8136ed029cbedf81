#!/usr/bin/env python3
"""Writes gold/geo/news-toponyms-{tune,frozen}.xml from the marked-up paragraphs below.

The paragraphs were written for Sitrep on 2026-12-08 in the project's own words (no corpus text).
Markup: {surface|TYPE|KEY} -- TYPE is the Pragmatic Guide class (Gritta et al. 2019, "A Pragmatic
Guide to Geoparsing Evaluation"), KEY names the coordinate row below (default: the surface).
Coordinates are from general knowledge: a city's centre; a country's or first-level division's
central point; a region's, sea's or river's representative point.
Split rule (fixed before any code change): odd docid -> tune, even docid -> frozen.
Run: python3 gold/geo/make_news_toponyms.py
"""
import os, re
from xml.sax.saxutils import escape

TYPES = {"L": "Literal", "LM": "Literal_Modifier", "D": "Demonym", "M": "Metonymic",
         "NLM": "Non_Literal_Modifier"}

P = {  # name: (lat, lon)
    "Syria": (35.0, 38.5), "Damascus": (33.51, 36.29), "Idlib": (35.93, 36.63), "Turkey": (39.0, 35.0),
    "Ankara": (39.93, 32.86), "Gaziantep": (37.07, 37.38),
    "Burkina Faso": (12.2, -1.6), "Sahel": (14.5, 0.0), "Djibo": (14.10, -1.63), "Mali": (17.0, -4.0),
    "Niger": (17.6, 8.1), "Paris": (48.86, 2.35),
    "Yemen": (15.5, 48.0), "Red Sea": (20.0, 38.0), "Singapore": (1.35, 103.82), "Suez Canal": (30.5, 32.35),
    "Hodeidah": (14.80, 42.95), "Washington": (38.90, -77.04), "London": (51.51, -0.13),
    "Ukraine": (49.0, 32.0), "Russia": (60.0, 100.0), "Donbas": (48.0, 38.0), "Kramatorsk": (48.72, 37.56),
    "Kyiv": (50.45, 30.52), "Europe": (54.0, 15.0), "Moscow": (55.76, 37.62),
    "Kenya": (0.5, 38.0), "Mombasa": (-4.05, 39.67), "Rift Valley": (0.5, 36.0), "Pakistan": (30.0, 70.0),
    "Egypt": (27.0, 30.0),
    "Cairo": (30.04, 31.24), "Gaza": (31.45, 34.40), "Israel": (31.0, 35.0), "Khan Younis": (31.34, 34.31),
    "Qatar": (25.3, 51.2), "Palestine": (31.9, 35.2),
    "Ethiopia": (8.0, 38.0), "Blue Nile": (11.5, 35.0), "Sudan": (15.0, 30.0), "Gezira": (14.5, 33.3),
    "Addis Ababa": (9.03, 38.74), "East Africa": (0.0, 37.0),
    "Iran": (32.0, 53.0), "Middle East": (29.0, 41.0), "Riyadh": (24.71, 46.68), "Saudi Arabia": (25.0, 45.0),
    "Gulf": (26.5, 52.0), "Tehran": (35.69, 51.39),
    "Venezuela": (8.0, -66.0), "Colombia": (4.0, -72.0), "Cúcuta": (7.89, -72.51), "Bogotá": (4.71, -74.07),
    "Caracas": (10.49, -66.88), "Norte de Santander": (8.0, -73.0),
    "China": (35.0, 105.0), "Taiwan Strait": (24.5, 119.5), "Taipei": (25.03, 121.57),
    "United States": (38.0, -97.0), "Beijing": (39.90, 116.41), "Japan": (36.0, 138.0), "Okinawa": (26.5, 127.9),
    "India": (20.0, 77.0), "Assam": (26.2, 92.5), "Brahmaputra": (26.3, 91.8), "Guwahati": (26.14, 91.74),
    "Bangladesh": (24.0, 90.0),
    "Serbia": (44.0, 21.0), "Kosovo": (42.6, 20.9), "Jarinje": (43.08, 20.79), "Balkans": (43.5, 20.5),
    "Pristina": (42.66, 21.17), "Brussels": (50.85, 4.35),
    "Australia": (-27.0, 133.0), "New Zealand": (-41.0, 174.0), "Tonga": (-20.0, -175.0), "Fiji": (-17.8, 178.0),
    "Nuku'alofa": (-21.14, -175.20), "Canberra": (-35.28, 149.13), "South Pacific": (-20.0, -160.0),
    "Zamfara": (12.1, 6.2), "Nigeria": (10.0, 8.0), "Abuja": (9.06, 7.49), "Lake Chad": (13.0, 14.5),
    "Tigray": (14.0, 38.5), "Eritrea": (15.0, 39.0), "Shire": (14.10, 38.28),
    "Brazil": (-10.0, -55.0), "Amazon": (-3.5, -62.0), "Brasília": (-15.79, -47.88), "Pará": (-3.8, -52.5),
    "Xingu River": (-6.5, -52.5), "Norway": (62.0, 10.0), "Germany": (51.0, 9.0),
    "Myanmar": (22.0, 98.0), "Sagaing": (24.0, 95.5), "Mizoram": (23.3, 92.8), "Thailand": (15.0, 100.0),
    "Mae Sot": (16.71, 98.57),
    "Port-au-Prince": (18.54, -72.34), "Varreux": (18.57, -72.33), "Haiti": (19.0, -72.4),
    "Dominican Republic": (19.0, -70.67),
    "Denmark": (56.0, 10.0), "Greenland": (72.0, -40.0), "Nuuk": (64.18, -51.72), "Arctic": (80.0, 0.0),
    "El Fasher": (13.63, 25.35), "Darfur": (13.5, 24.0), "Tawila": (13.50, 24.85), "Chad": (15.0, 19.0),
    "Adré": (13.47, 22.20),
    "Mexico": (23.0, -102.0), "Culiacán": (24.80, -107.39), "Sinaloa": (25.0, -107.5),
    "Mexico City": (19.43, -99.13), "Rio Grande": (29.5, -101.5), "Texas": (31.0, -99.5),
    "Philippines": (13.0, 122.0), "Second Thomas Shoal": (9.73, 115.87), "South China Sea": (12.0, 113.0),
    "Manila": (14.60, 120.98), "Vietnam": (16.17, 107.83), "Paracel Islands": (16.5, 112.0),
    "Afghanistan": (33.0, 65.0), "Paktika": (32.5, 68.8), "Islamabad": (33.69, 73.05),
    "Peshawar": (34.01, 71.58), "Kabul": (34.53, 69.17),
    "Italy": (42.83, 12.83), "Lampedusa": (35.51, 12.60), "Libya": (25.0, 17.0), "Zuwara": (32.93, 12.08),
    "Rome": (41.90, 12.50), "Mediterranean": (35.0, 18.0), "Tunisia": (34.0, 9.0), "Sfax": (34.74, 10.76),
    "North Korea": (40.0, 127.0), "Sea of Japan": (40.0, 135.0), "South Korea": (37.0, 127.5),
    "Pyongyang": (39.03, 125.75), "Tokyo": (35.68, 139.69),
    "Armenia": (40.0, 45.0), "Nagorno-Karabakh": (39.9, 46.7), "Syunik": (39.5, 46.3), "Baku": (40.41, 49.87),
    "Azerbaijan": (40.5, 47.5), "Yerevan": (40.18, 44.51),
    "Goma": (-1.68, 29.23), "North Kivu": (-0.5, 29.0), "DR Congo": (0.0, 25.0), "Lake Kivu": (-2.0, 29.2),
    "Kinshasa": (-4.33, 15.31), "Kigali": (-1.95, 30.06), "Rwanda": (-2.0, 30.0), "Uganda": (1.0, 32.0),
    "Ituri": (1.5, 29.5),
    "France": (46.0, 2.0), "Berlin": (52.52, 13.40), "United Kingdom": (54.0, -2.0), "North Sea": (56.0, 3.0),
    "Scotland": (56.5, -4.2), "Westminster": (51.50, -0.13), "Aberdeenshire": (57.2, -2.7),
    "Kazakhstan": (48.0, 68.0), "Ural River": (50.5, 51.5), "Atyrau": (47.10, 51.88), "Orenburg": (51.77, 55.10),
    "Astana": (51.17, 71.45), "Uzbekistan": (41.0, 64.0), "Kyrgyzstan": (41.0, 75.0), "Caspian Sea": (41.7, 50.6),
    "Mocímboa da Praia": (-11.35, 40.35), "Mozambique": (-18.25, 35.0), "Cabo Delgado": (-12.3, 39.0),
    "South Africa": (-29.0, 24.0), "Maputo": (-25.97, 32.57),
}

ARTICLES = [
 ("Idlib shelling",
  "{Syrian|D|Syria} troops shelled villages south of {Idlib|L} on Tuesday, while {Ankara|M} warned that "
  "{Turkish|D|Turkey} patience was running out. {Damascus|M} said the strikes targeted fighters who had crossed "
  "from the {Turkish|LM|Turkey} border area. Aid groups in {Gaziantep|L} said thousands had fled towards the frontier."),
 ("Sahel raid",
  "Militants linked to al-Qaeda attacked an army post in northern {Burkina Faso|L}, the latest blow to security "
  "across the {Sahel|L}. The {Burkinabe|D|Burkina Faso} government said 14 soldiers died near {Djibo|L}. "
  "{Mali|L} and {Niger|L} have faced similar raids, and {Paris|M} has withdrawn its last forces from the region."),
 ("Red Sea missile",
  "Houthi forces in {Yemen|L} fired a missile at a cargo ship in the {Red Sea|L}, the US Central Command said. "
  "The vessel, sailing from {Singapore|L} to the {Suez Canal|L}, was hit off the coast of {Hodeidah|L}. "
  "{Washington|M} and {London|M} have struck Houthi targets in response."),
 ("Donbas shelling",
  "{Ukrainian|D|Ukraine} officials said {Russian|D|Russia} artillery pounded the {Donbas|L} overnight, hitting "
  "residential blocks in {Kramatorsk|L}. {Kyiv|M} asked its {European|D|Europe} partners for more air defence "
  "systems, and {Moscow|M} accused the West of prolonging the war."),
 ("Tea auction",
  "{Kenyan|NLM|Kenya} tea prices rose at the {Mombasa|LM} auction this week after drought cut harvests in the "
  "highlands west of the {Rift Valley|L}. Buyers from {Pakistan|L} and {Egypt|L}, the biggest importers, paid "
  "record sums, traders said."),
 ("Ceasefire talks",
  "Negotiators in {Cairo|L} pressed for a {Gaza|NLM} ceasefire on Sunday as {Israeli|D|Israel} strikes continued "
  "in {Khan Younis|L}. {Qatari|D|Qatar} and {Egyptian|D|Egypt} mediators shuttled between the delegations, and the "
  "{Palestinian|D|Palestine} health ministry reported dozens of deaths."),
 ("Dam filling",
  "{Ethiopia|L} began the fifth filling of its giant dam on the {Blue Nile|L}, a project {Egypt|M} says threatens "
  "its water supply. {Sudanese|D|Sudan} farmers downstream in {Gezira|L} fear lower flows. {Addis Ababa|M} insists "
  "the dam will bring electricity to millions across {East Africa|L}."),
 ("Drone threat",
  "{Iranian|D|Iran} drones have become a central concern for governments across the {Middle East|L}, officials in "
  "{Riyadh|L} said. {Saudi|D|Saudi Arabia} air defences intercepted several aircraft over the {Gulf|L} last month, "
  "and {Tehran|M} denied any involvement."),
 ("Border crossing",
  "Thousands of {Venezuelan|D|Venezuela} migrants crossed into {Colombia|L} at {Cúcuta|L} this week, "
  "{Colombian|D|Colombia} migration officials said. {Bogotá|M} has asked {Caracas|M} to reopen consular offices, "
  "while aid agencies warned that shelters in {Norte de Santander|L} were full."),
 ("Strait patrol",
  "{Chinese|D|China} warships sailed through the {Taiwan Strait|L} on Friday, a day after {Taipei|M} hosted a "
  "delegation of {American|D|United States} lawmakers. {Beijing|M} called the visit a provocation, and "
  "{Japanese|D|Japan} officials said they were watching the waters near {Okinawa|L} closely."),
 ("Assam floods",
  "Floods in the northeastern {Indian|LM|India} state of {Assam|L} have displaced more than 400,000 people as the "
  "{Brahmaputra|L} burst its banks. Rescue teams in {Guwahati|L} used boats to reach stranded families, and "
  "{Bangladesh|M} braced for the water moving downstream."),
 ("Border arrests",
  "{Serbian|D|Serbia} police detained two {Kosovo|NLM} Albanians near the border crossing at {Jarinje|L}, raising "
  "tensions in the {Balkans|L}. {Pristina|M} called the arrests illegal, and {Brussels|M} urged both sides to "
  "return to talks."),
 ("Tonga relief",
  "{Australian|D|Australia} and {New Zealand|NLM} navy ships delivered water to {Tonga|L} after the eruption, while "
  "{Fijian|D|Fiji} engineers restored power in {Nuku'alofa|L}. {Canberra|M} pledged further aid to the "
  "{South Pacific|L} as {Chinese|D|China} influence in the region grows."),
 ("School abduction",
  "Gunmen abducted 30 students from a school in {Zamfara|L} state, {Nigerian|D|Nigeria} police said on Monday. "
  "The attack follows a string of kidnappings across the northwest, and {Abuja|M} has deployed troops to the "
  "{Lake Chad|LM} area to fight Boko Haram."),
 ("Tigray fighting",
  "Fighting resumed in {Tigray|L} as {Eritrean|D|Eritrea} troops were reported near {Shire|L}. The "
  "{Ethiopian|D|Ethiopia} government denied the reports, and the African Union called for calm."),
 ("Deforestation",
  "Deforestation in the {Brazilian|LM|Brazil} {Amazon|L} fell by a fifth last year, officials in {Brasília|L} said. "
  "Satellite images showed the steepest drop in {Pará|L}, though fires still burned along the {Xingu River|L}. "
  "{Norway|M} and {Germany|M} have promised new money for the Amazon Fund."),
 ("Air strikes",
  "{Myanmar|M}'s military government carried out air strikes on villages in {Sagaing|L} region, residents said. "
  "Thousands have fled across the border into the {Indian|LM|India} state of {Mizoram|L}, while {Thai|D|Thailand} "
  "authorities reported new arrivals at {Mae Sot|L}."),
 ("Gang blockade",
  "Armed gangs tightened their grip on {Port-au-Prince|L}, blocking the road to the fuel terminal at {Varreux|L}. "
  "{Kenyan|D|Kenya} police officers arrived in the {Haitian|LM|Haiti} capital under a UN-backed mission, and the "
  "{Dominican Republic|M} closed its border crossings."),
 ("Greenland",
  "{Danish|D|Denmark} officials rejected the idea that {Greenland|L} could be sold, after {Washington|M} again "
  "raised the subject. {Nuuk|M} said the island's future would be decided by its own people, and warming in the "
  "{Arctic|L} has drawn new interest in its minerals."),
 ("El Fasher",
  "The Rapid Support Forces seized {El Fasher|L}, the last army stronghold in {Darfur|L}, according to "
  "{Sudanese|D|Sudan} activists. Many residents fled west to {Tawila|L} or across the frontier into {Chad|L}, "
  "where camps near {Adré|L} are overflowing."),
 ("Cartel violence",
  "{Mexican|D|Mexico} authorities found the bodies of six men near {Culiacán|L}, the capital of {Sinaloa|L} state, "
  "amid fighting between rival cartel factions. {Washington|M} has pressed {Mexico City|M} to stop the flow of "
  "fentanyl across the {Rio Grande|L}, and {Texas|M} has stationed National Guard troops along the river."),
 ("Water cannon",
  "A {Philippine|D|Philippines} supply boat was struck by a water cannon near {Second Thomas Shoal|L} in the "
  "{South China Sea|L}, {Manila|M} said. The {Chinese|D|China} coast guard said the vessel had entered its waters, "
  "and {Vietnamese|D|Vietnam} fishermen reported similar incidents near the {Paracel Islands|L}."),
 ("Cross-border strikes",
  "{Pakistani|D|Pakistan} jets struck suspected militant hideouts in eastern {Afghanistan|L}, the Taliban said, "
  "killing at least eight people in {Paktika|L} province. {Islamabad|M} blamed the Pakistani Taliban for a suicide "
  "bombing in {Peshawar|L} last week, and {Kabul|M} warned of consequences."),
 ("Migrant rescue",
  "{Italian|D|Italy} coast guards rescued 200 migrants off {Lampedusa|L} after their boat left the "
  "{Libyan|LM|Libya} port of {Zuwara|L}. {Rome|M} has asked {Brussels|M} to share the burden of arrivals across "
  "the central {Mediterranean|L}, while {Tunisian|D|Tunisia} officials said departures from {Sfax|L} had fallen."),
 ("Missile test",
  "{North Korea|M} fired two ballistic missiles into the {Sea of Japan|L} on Thursday, "
  "{South Korean|D|South Korea} military officials said. {Pyongyang|M} has stepped up tests this year, and "
  "{Tokyo|M} lodged a protest through its embassy in {Beijing|L}."),
 ("Karabakh refugees",
  "{Armenian|D|Armenia} refugees from {Nagorno-Karabakh|L} have settled in towns across {Syunik|L} province, where "
  "local services are stretched. {Baku|M} says the region has been reintegrated into {Azerbaijan|L}, and "
  "{Yerevan|M} has accused {Azerbaijani|D|Azerbaijan} forces of massing on the border."),
 ("Goma advance",
  "M23 rebels advanced on {Goma|L}, the main city of {North Kivu|L}, as {Congolese|D|DR Congo} troops pulled back "
  "towards {Lake Kivu|L}. {Kinshasa|M} accuses {Kigali|M} of backing the rebels, which {Rwanda|M} denies; "
  "{Ugandan|D|Uganda} forces remain further north in {Ituri|L}."),
 ("Energy talks",
  "The {French|D|France} president met the {German|D|Germany} chancellor in {Berlin|L} to discuss energy prices, "
  "as {British|D|United Kingdom} ministers in {London|L} debated new rules for {North Sea|LM} drilling. "
  "{Scottish|D|Scotland} fishing groups said the {Westminster|NLM} plans ignored coastal communities in "
  "{Aberdeenshire|L}."),
 ("River flood",
  "{Kazakh|D|Kazakhstan} authorities declared an emergency after the {Ural River|L} flooded {Atyrau|L} and "
  "{Orenburg|L} across the {Russian|LM|Russia} border. {Astana|M} sent rescue teams, and {Uzbek|D|Uzbekistan} and "
  "{Kyrgyz|D|Kyrgyzstan} volunteers joined the relief effort along the {Caspian|LM|Caspian Sea} coast."),
 ("Gas project",
  "Insurgents attacked the town of {Mocímboa da Praia|L} in {Mozambique|L}'s {Cabo Delgado|L} province, forcing a "
  "halt to work at a gas project run by a {French|NLM|France} company. {Rwandan|D|Rwanda} and "
  "{South African|D|South Africa} troops patrol the coast, and {Maputo|M} says the region is safer than a year ago."),
]

MARK = re.compile(r"\{([^|{}]+)\|([A-Z]+)(?:\|([^{}]+))?\}")

def article(docid, title, marked):
    text, tops, pos = [], [], 0
    for m in MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        start = sum(len(t) for t in text)  # Python str length = code points
        surface, typ, key = m.group(1), m.group(2), m.group(3) or m.group(1)
        text.append(surface)
        lat, lon = P[key]
        tops.append((start, start + len(surface), surface, TYPES[typ], key, lat, lon))
        pos = m.end()
    text.append(marked[pos:])
    full = "".join(text)
    out = [f'  <article docid="{docid}">', f"    <title>{escape(title)}</title>", f"    <text>{escape(full)}</text>",
           "    <toponyms>"]
    for s, e, surface, typ, key, lat, lon in tops:
        assert full[s:e] == surface
        out.append(f"      <toponym><start>{s}</start><end>{e}</end><phrase>{escape(surface)}</phrase><type>{typ}</type>"
                   f"<gaztag><name>{escape(key)}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>")
    out += ["    </toponyms>", "  </article>"]
    return "\n".join(out), len(tops)

HEADER = """<!-- Sitrep news-toponyms gold ({half} half), generated by gold/geo/make_news_toponyms.py; see gold/geo/README.md.
     Paragraphs written for Sitrep (2026-12-08), not taken from any corpus. Every toponym is annotated with its
     Pragmatic Guide class (Gritta et al. 2019) in <type>; coordinates from general knowledge.
     Split: odd docid = tune, even docid = frozen. -->
"""

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for half, parity in (("tune", 1), ("frozen", 0)):
        parts, n = [], 0
        for i, (title, marked) in enumerate(ARTICLES, 1):
            if i % 2 == parity:
                x, k = article(i, title, marked)
                parts.append(x)
                n += k
        with open(os.path.join(here, f"news-toponyms-{half}.xml"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n' + HEADER.format(half=half) + "<articles>\n"
                    + "\n".join(parts) + "\n</articles>\n")
        print(half, len(parts), "articles", n, "toponyms")

if __name__ == "__main__":
    main()
