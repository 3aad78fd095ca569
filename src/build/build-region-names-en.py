#!/usr/bin/env python3
"""Builds src/main/resources/dev/newsfacts/entities/regions-en.txt, the names English news writes for places that
regions.txt, built from ISO 3166-2's own names, misses: the English names of first-level subdivisions ("Catalonia",
"Bavaria", "Lower Saxony", "Tuscany", "Sicily", "Brittany", "Andalusia" beside regions.txt's "Bayern", "Toscana"),
and a short hand-written list of well-known geographic regions and landforms news names as places ("Riverina",
"Coorong", "Patagonia", "Gulf Coast", "Midlands"). The entity step reads it as it reads regions.txt.

Sources, unpacked where this runs:
- the npm package cldr-subdivisions-full@48.2.0 (Unicode License v3, © Unicode, Inc.; subdivisions/en/en.json:
  the English names CLDR gives ISO 3166-2 subdivisions of every level);
- the npm package iso-3166@4.4.0 (MIT, © Titus Wormer; 2.js: every ISO 3166-2 subdivision with its parent, a
  country for a first-level one), which says which of CLDR's names are of first-level subdivisions;
- HAND below, written by hand for this project: no package reachable here lists geographic regions by name;
- Datafaker 2.7.0 and an English word list, only to filter, as build-regions.py uses them.

    npm pack cldr-subdivisions-full@48.2.0 iso-3166@4.4.0
    mkdir cldr iso && tar xzf cldr-subdivisions-full-48.2.0.tgz -C cldr && tar xzf iso-3166-4.4.0.tgz -C iso
    python3 src/build/build-region-names-en.py cldr/package/subdivisions/en/en.json iso/package/2.js \\
        ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar [/usr/share/dict/words]

Kept from CLDR: the English name of each first-level subdivision (a footnote mark cut off, an en dash also written
as a hyphen, "’" as "'", and the form without accents beside an accented one), on build-regions.py's terms
(NameFilter: no ordinary English word, given name, common surname, town name build-gazetteer.js leaves out, or
name of ordinary, compass and administrative words only), and not a name of a list the entity step already
reads as a place or a nationality (regions.txt, towns.txt, local-towns.txt, places.txt, demonyms: "Chechen").
Kept from HAND: each name that is no given name or common surname and no list already holds; HAND's names pass
the word filters unasked ("Outback", "Midlands" are ordinary words in lower case only). Output is sorted by
UTF-8 bytes, as SortedLines reads it.
"""
import importlib.util
import json
import os
import re
import sys

from name_lists import folded, listed_names, write_sorted

# Geographic regions and landforms news names as places that no subdivision list holds, by where news writes
# them; left out: names news mostly gives a team, a firm or a person ("Rockies", "Iberia", "Kimberley"), adjectives
# ("Antarctic"), and names in lower case in news ("the outback" is also written so, but "Outback" is a place).
HAND = {
    # Australia and New Zealand
    "Riverina", "Coorong", "Outback", "Mallee", "Wimmera", "Gippsland", "Pilbara", "Top End", "Red Centre",
    "Arnhem Land", "Cape York", "Cape York Peninsula", "Eyre Peninsula", "Nullarbor", "Darling Downs", "Wheatbelt",
    "Illawarra", "Hunter Valley", "Barossa", "Barossa Valley", "Riverland", "Murray-Darling", "Murray-Darling Basin",
    "Snowy Mountains", "Blue Mountains", "Great Barrier Reef", "Kakadu", "Mornington Peninsula", "Yarra Valley",
    "Great Dividing Range",
    # Britain and Ireland
    "Midlands", "East Midlands", "West Midlands", "Highlands", "Scottish Highlands", "Lake District",
    "Peak District", "Cotswolds", "Home Counties", "East Anglia", "West Country", "Black Country", "Yorkshire Dales",
    "Pennines", "Dartmoor", "Exmoor", "Snowdonia", "Thames Valley", "Norfolk Broads",
    # United States and Canada
    "Gulf Coast", "Great Plains", "Great Lakes", "Pacific Northwest", "Deep South", "Bible Belt", "Corn Belt",
    "Mid-Atlantic", "Upper Midwest", "Central Valley", "Inland Empire", "Rocky Mountains", "Appalachians",
    "Everglades", "Mojave", "Mojave Desert", "Permian Basin", "Ozarks", "Lowcountry", "Hill Country",
    "Hudson Valley", "Lehigh Valley", "Finger Lakes", "Outer Banks", "Florida Keys", "Catskills", "Adirondacks",
    "Berkshires", "Cape Cod", "Big Sur", "Death Valley", "Grand Canyon", "Yellowstone", "Napa Valley",
    "Research Triangle", "Maritimes", "Atlantic Canada", "Lower Mainland", "Greater Toronto Area", "Muskoka",
    "Fraser Valley", "Kootenays", "Laurentians", "Eastern Townships", "Canadian Shield", "Klondike",
    # Europe
    "Baltics", "Caucasus", "North Caucasus", "South Caucasus", "Iberian Peninsula", "Benelux", "Alps",
    "Pyrenees", "Carpathians", "Dolomites", "French Riviera", "Côte d'Azur", "Provence", "Normandy", "Burgundy",
    "Alsace", "Dordogne", "Loire Valley", "Rhineland", "Ruhr", "Transylvania", "Moravia", "Lapland", "Dalmatia",
    "Istria", "Thrace", "Castile", "Algarve",
    # Middle East, Asia and the Pacific
    "Levant", "Arabian Peninsula", "Sinai", "Sinai Peninsula", "Negev", "Golan Heights", "Mesopotamia", "Kurdistan",
    "Himalayas", "Hindu Kush", "Deccan", "Western Ghats", "Sundarbans", "Terai", "Manchuria", "Pearl River Delta",
    "Yangtze River Delta", "Greater Bay Area", "Mekong Delta", "Indochina", "Borneo", "Mindanao", "Luzon", "Visayas",
    "Korean Peninsula", "Kyushu", "Honshu", "Shikoku", "Kanto", "Kansai", "Tohoku", "Fergana Valley", "Waziristan",
    "Polynesia", "Melanesia", "Pacific Islands", "Asia-Pacific", "Indo-Pacific", "Eurasia",
    # Africa and Latin America
    "Sahara", "Maghreb", "Darfur", "Kordofan", "Ogaden", "Karoo", "Highveld", "Lowveld", "Cape Flats", "Zululand",
    "Niger Delta", "Nile Delta", "Serengeti", "Maasai Mara", "Kalahari", "Ogoniland", "Casamance", "Kivu",
    "Lake Chad Basin", "Patagonia", "Amazonia", "Amazon Basin", "Andes", "Pampas", "Gran Chaco", "Atacama Desert",
    "Yucatan Peninsula", "Yucatán Peninsula", "Darien Gap", "Darién Gap", "Cerrado", "Pantanal", "Antilles",
    "Southern Cone", "Altiplano",
}

# English names CLDR gives that news writes for something else: a person, a people, a programming language, a
# simulation method ("Monte Carlo simulations"), two places ("England and Wales"), a place places.txt writes otherwise
NOT_PLACES = {"Peter", "Chechen", "Buryat", "Chuvash", "Udmurt", "Java", "Monte Carlo", "England and Wales",
              "Washington DC"}


def build_regions(here):
    """build-regions.py as a module, for its NameFilter (its name has a hyphen, so no plain import)."""
    spec = importlib.util.spec_from_file_location("build_regions", os.path.join(here, "build-regions.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first_level(iso_js):
    """Code → ISO name of the first-level subdivisions in iso-3166's 2.js ("ES-CT" → "Catalunya"): those whose
    parent is a country."""
    with open(iso_js, encoding="utf-8") as fh:
        js = fh.read()
    rows = re.findall(r"code: '([^']*)',\s*name: '((?:[^'\\]|\\.)*)',\s*parent: '([^']*)'", js)
    return {code: name.replace("\\'", "'") for code, name, parent in rows if "-" not in parent}


def forms(name):
    """The forms news may write for one of CLDR's English names."""
    name = re.sub(r"[\s\u00b2\u00b3\u00b9\u2070-\u209f*\u2020]+$", "", name.strip()).replace("\u2019", "'")
    if any(c in name for c in ",(/&") or not name:
        return []
    out = {name, name.replace("\u2013", "-")}
    return sorted(out | {folded(n) for n in out})


def known_places(resources):
    """Every name the entity step already reads as a place or a nationality from another list."""
    entities = os.path.join(resources, "entities")
    known = set()
    for name in ("regions.txt", "towns.txt", "local-towns.txt"):
        known |= listed_names(os.path.join(entities, name), 0)
    with open(os.path.join(entities, "jdk-countries.txt"), encoding="utf-8") as fh:
        known |= {line.split("|")[-1].strip() for line in fh if "|" in line and not line.startswith("#")}
    with open(os.path.join(entities, "zone-ids.txt"), encoding="utf-8") as fh:
        known |= {line.strip().split("/")[-1].replace("_", " ") for line in fh if not line.startswith("#")}
    for name in ("places.txt", "demonyms.txt", "demonyms-world.txt"):
        with open(os.path.join(entities, name), encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    known |= {cell.strip() for cell in line.split("|")} if name == "places.txt" \
                        else {line.split("|")[0].strip()}
    return known


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    resources = os.path.join(here, "..", "main", "resources", "dev", "newsfacts")
    keep = build_regions(here).NameFilter(here, argv[3], argv[4] if len(argv) > 4 else "/usr/share/dict/words")
    known = known_places(resources)
    with open(argv[1], encoding="utf-8") as fh:
        cldr = json.load(fh)["subdivisions"]["localeDisplayNames"]["subdivisions"]
    names = set()
    for code, iso_name in sorted(first_level(argv[2]).items()):
        english = cldr.get(code.replace("-", "").lower()) or ""
        # a name ISO's own list gives (regions.txt's source lists most) is no English form: "Šentjernej"
        if folded(forms(english)[0] if forms(english) else "") in {folded(n) for n in forms(iso_name)}:
            continue
        for name in forms(english):
            if name not in known and name not in NOT_PLACES and keep.keeps(name):
                names.add(name)
    for name in HAND:
        if name in known or keep.is_person(name):
            print("left out of HAND:", name, file=sys.stderr)
            continue
        names.add(name)
    count = write_sorted(os.path.join(resources, "entities", "regions-en.txt"), [
        "English names of first-level subdivisions (cldr-subdivisions-full@48.2.0, Unicode License v3, (c) Unicode,",
        "Inc.; first level per iso-3166@4.4.0, MIT) and geographic regions written by hand; built by",
        "src/build/build-region-names-en.py. Read as regions.txt is: places where no other list or rule claims them."],
        names)
    print(count, "names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
