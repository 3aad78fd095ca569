#!/usr/bin/env python3
"""Builds src/main/resources/dev/newsfacts/entities/regions.txt, the first-level subdivisions of every country
(states, provinces, regions, counties, prefectures: "Karnataka", "Western Cape", "Jalisco", "Lancashire") the
entity step reads as places where no other list or rule claims the words, as it reads towns.txt.

Source: the npm package country-region-data@4.1.0 (MIT, data.json: the ISO 3166-2 subdivisions of each
country, in English where English has a name), unpacked where this runs:

    npm pack country-region-data@4.1.0 && tar xzf country-region-data-4.1.0.tgz
    python3 src/build/build-regions.py package/data.json \\
        ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar [/usr/share/dict/words]

Kept: each name of a subdivision (both halves of "Navarra/Nafarroa"; "Durham, County" as "County Durham"), and
its form without accents ("Nuevo Leon" beside "Nuevo León"), when it starts with a capital, has at least four
letters, no digit and at most seven words (towns.txt's longest name: a longer entry lengthens every look-up). Left out, so that the list does not turn ordinary capitalised words or people into places:
one-word names an English word list holds in lower case ("Delta", "Reading", "Highland"; the optional third
argument, by default /usr/share/dict/words, which only filters), given names of the project's lists
("Kerry", "Clare"), surnames of the English, Spanish, Portuguese, Italian and French locales of Datafaker 2.7.0
(net.datafaker:datafaker, Apache-2.0; last_name of their YAML files: "Sutton", "Vargas", "Rocha"; only filters),
the town names build-gazetteer.js leaves out ("Bristol", "Hanover"), names of more words whose every word is an
ordinary English word, a compass word or a word of a subdivision's kind ("North West", "Free State", "Central
Region"; KEEP below holds those news writes for one place), and the hand-written NOT_PLACES below. Output is
sorted by UTF-8 bytes, as SortedLines reads it.
"""
import json
import os
import re
import sys
import zipfile

import yaml

from name_lists import english_words, folded, listed_names, write_sorted

# Subdivision names that news copy mostly writes for something else (a person, a club, a company, a compass word)
NOT_PLACES = {"Capital", "Centre", "Central", "Coast", "Islands", "Lakes", "Plateau", "Littoral", "Valley",
              "Bolivar", "Bolívar", "Sucre", "Colon", "Colón", "Santander", "Cortes", "Cortés", "Herrera",
              "Caldas", "Hidalgo", "Guerrero", "Morazan", "Morazán", "Orange", "Victoria", "Washington",
              "Madison", "Jackson", "Lincoln", "Hamilton", "Franklin", "Nelson", "Marlborough", "Tasman",
              "Wellington", "Chelsea", "Everton", "Fulham", "Arsenal", "Tottenham", "Sutton", "Bury",
              "Trafford", "Halton", "Merton", "Brent", "Barnet", "Harrow", "Bolton", "Angus", "Moray", "Clare",
              "Kerry", "Mayo", "Down", "Delta", "Imo", "Edo", "Nandi", "Meru", "Embu", "Nord", "Sud", "Est",
              "Ouest", "Centro", "Norte", "Sur", "Oriental", "Occidental", "Western", "Eastern", "Northern",
              "Southern", "Upper", "Lower", "Greater", "Federal", "Distrito Federal", "National Capital Region",
              "Federal Capital Territory", "Capital District", "Capital Region"}

COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
           "lower", "middle", "mid", "north-east", "north-west", "south-east", "south-west", "northeast",
           "northwest", "southeast", "southwest", "greater", "inner", "outer", "of", "the", "and", "de", "del",
           "la", "le", "el"}


# Words of a subdivision's kind, read as the compass words are
ADMIN_WORDS = {"region", "regions", "province", "provinces", "district", "districts", "territory", "territories",
               "capital", "state", "states", "city", "county", "municipality", "department", "governorate",
               "division", "area", "areas", "island", "islands", "coast", "federal", "national", "autonomous",
               "special", "administrative", "zone", "prefecture", "parish", "oblast", "republic"}

# Names of ordinary words that news copy writes for one place all the same
KEEP = {"Eastern Cape", "Western Cape", "Northern Cape", "Cross River", "Rift Valley", "Bay of Plenty",
        "Isle of Man", "Isle of Wight", "Tower Hamlets", "Long Island", "Virgin Islands", "Grand Est"}


def town_build_words(here):
    """The town names build-gazetteer.js leaves out as mostly ordinary words or people ("Bristol", "Hanover")."""
    with open(os.path.join(here, "build-gazetteer.js"), encoding="utf-8") as fh:
        js = fh.read()
    block = js[js.index("COMMON_WORDS = new Set(["):]
    block = block[: block.index("])")]
    return set(re.findall(r"'([^']+)'", block))


# Locales whose surnames English news writes for people often enough to keep them from the list ("Vargas")
SURNAME_LOCALES = ("en", "es", "pt", "it", "fr")


def surnames(jar):
    """The last_name lists of the English, Spanish, Portuguese, Italian and French locales of the Datafaker jar."""
    out = set()
    with zipfile.ZipFile(jar) as z:
        for entry in sorted(z.namelist()):
            base = entry.split("/")[0].removesuffix(".yml")
            if not entry.endswith(".yml") or base.split("-")[0] not in SURNAME_LOCALES:
                continue
            doc = yaml.safe_load(z.read(entry).decode("utf-8"))
            for locale in (doc or {}).values() if isinstance(doc, dict) else []:
                faker = locale.get("faker") if isinstance(locale, dict) else None
                name = faker.get("name") if isinstance(faker, dict) else None
                values = name.get("last_name") if isinstance(name, dict) else None
                for v in values or []:
                    if isinstance(v, str) and "#{" not in v:
                        out.add(v.strip())
    return out


def forms(raw):
    """The names news may write for one entry of data.json."""
    out = []
    for part in raw.split("/"):
        part = part.strip()
        if part.endswith(", The"):
            part = part[: -len(", The")]
        elif part.endswith(", County"):
            part = "County " + part[: -len(", County")]
        elif part.endswith(", City of"):
            part = part[: -len(", City of")]
        if "," in part or "(" in part:
            continue
        out.append(part)
        if folded(part) != part:
            out.append(folded(part))
    return out


class NameFilter:
    """The filters of the module's docstring, which build-region-names-en.py shares: given names, surnames, the
    town names build-gazetteer.js leaves out, ordinary English words, and names made only of ordinary, compass and
    administrative words."""

    def __init__(self, here, jar, words_path):
        resources = os.path.join(here, "..", "main", "resources", "dev", "newsfacts")
        self.given = listed_names(os.path.join(resources, "entities", "given-names.txt"), 2) \
            | listed_names(os.path.join(resources, "entities", "given-names-world.txt"), 2) \
            | listed_names(os.path.join(resources, "lexicon", "first-names.txt"), 2)
        self.not_places = surnames(jar) | town_build_words(here)
        self.words = english_words(words_path)

    def is_person(self, name):
        """Whether the name is a given name of the project's lists or a common surname ("Kerry", "Vargas")."""
        return name in self.given or name in self.not_places

    def keeps(self, name):
        """Whether a subdivision's name may be listed as a place."""
        parts = name.replace("-", " ").split()
        # more words than towns.txt's longest name would lengthen every look-up of a capitalised run
        if len(name) < 4 or len(name.split()) > 7 or any(c.isdigit() for c in name) or not name[0].isupper():
            return False
        if name in NOT_PLACES or self.is_person(name):
            return False
        if len(parts) == 1 and name.lower() in self.words:
            return False
        return not (len(parts) > 1 and name not in KEEP and all(
            p.lower() in self.words or p.lower() in COMPASS or p.lower() in ADMIN_WORDS for p in parts))


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    resources = os.path.join(here, "..", "main", "resources", "dev", "newsfacts")
    keep = NameFilter(here, argv[2], argv[3] if len(argv) > 3 else "/usr/share/dict/words")
    with open(argv[1], encoding="utf-8") as fh:
        countries = json.load(fh)
    names = set()
    for country in countries:
        for region in country["regions"]:
            names.update(name for name in forms(region["name"]) if keep.keeps(name))
    count = write_sorted(os.path.join(resources, "entities", "regions.txt"), [
        "First-level subdivisions of every country for the entity step; built by src/build/build-regions.py",
        "from country-region-data@4.1.0 (MIT). Read as places where no other list or rule claims the words."], names)
    print(count, "regions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
