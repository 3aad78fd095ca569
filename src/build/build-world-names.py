#!/usr/bin/env python3
"""Builds src/main/resources/dev/newsfacts/entities/given-names-world.txt, the given names from outside the
English-speaking world (African, Indian, Arabic, East Asian, Latin American, European) that given-names.txt,
built from English name lists, lacks. The entity step reads both.

Sources, both unpacked from packages already in the local Maven and npm caches:
- Datafaker 2.7.0 (net.datafaker:datafaker, Apache-2.0): the first_name, male_first_name and
  female_first_name lists of each locale YAML file in its jar.
- @faker-js/faker 10.6.0 (MIT): person.first_name {female, male, generic} of every locale, printed by
  src/build/faker-js-names.mjs.
- HAND below: given names of people often in international news that neither package lists.

    npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
    node src/build/faker-js-names.mjs package/dist/index.js > faker-js-names.tsv
    python3 src/build/build-world-names.py ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar \\
        faker-js-names.tsv [/usr/share/dict/words]

Kept: one word in Latin letters written as a name (a capital, then lower case; "Jean-Baptiste" with a capital
after the hyphen), at least three letters, which neither given-names.txt nor lexicon/first-names.txt holds (their
genders stand). Accented names also come folded ("José" and "Jose"), as English copy often writes them.
Left out, so that the list does not turn capitalised ordinary words into people: every word of the project's
own lists of titles, honorifics, calendar names, words that are never names, places, towns, countries,
nationalities, organisations and head words; and every word an English word list holds in lower case (the
optional third argument, by default /usr/share/dict/words: "Hope", "Will", "Sunny", "Amber" go). That list only
filters: none of its words is written out. Output lines are "F name", "M name" or "U name" (U: either gender, or
a list without gender), sorted by their UTF-8 bytes as SortedLines reads them.
"""
import os
import sys
import unicodedata
import zipfile

import yaml

from name_lists import english_words, folded, listed_names

# Given names of people in international news that neither package lists (Kenya, Nigeria, Ghana, South Africa,
# the Arab world, Iran, Pakistan, India, Bangladesh, Sri Lanka, Myanmar, East Asia, Latin America), written by hand.
HAND = {
    "M": "Abdel Abdelaziz Abdelfattah Abdullahi Akinwumi Anura Atiku Bilawal Bola Chinua Cyril Emmerson Fumio "
         "Gotabaya Gustavo Hage Hosni Jinping Kwame Mahinda Mamadou Masoud Muhammadu Nayib Nnamdi Olusegun Ousmane "
         "Prabowo Raila Ranil Rajnath Shehbaz Shigeru Tayyip Uhuru Wole Yoweri Yair Naftali Ebrahim Kassym Shavkat "
         "Emomali Serdar Ilham Nikol Tamim Mohamed Mohammad Mohammed Muhammed Abdulaziz Abdulrahman Abdulla "
         "Volodymyr Andriy Oleksandr Oleksiy Mykola Mykhailo Vitali Vitaliy Julius Fikile Gwede Senzo "
         "Thabo Jacob Kgalema Pravin Enoch Mmusi Siyabonga Syed Osman Hasan Saleh Farid Thein Htin "
         # Akan day names (Ghana), the male ones; Nguni and Afrikaans names of South African news
         "Yaw Kwadwo Kwabena Kobina Akwasi Kwamena Kwaku Ekow Kwasi Kojo Kofi Fiifi Kweku Kwesi "
         "Piet Themba Bongani Mandla Sibusiso Thulani Mzwandile Lwazi",
    "F": "Wanjiku Mamata Nirmala Hasina Khaleda Maryam Ngozi Chimamanda Amina Wanjiru Wangari Xiomara Dilma "
         "Claudia Yulia Ilhan Tsitsi Naledi Thuli Lindiwe Nkosazana Bathabile Mmamoloko Zanele "
         # Akan day names (Ghana), the female ones; Nguni names of South African news
         "Efua Efia Ekua Araba Adjoa Akosua Abenaa Abena Adwoa Akua Afua Afia Yaa Esi "
         "Thembeka Thandiwe Nomvula Nosipho Thandeka Nompumelelo Ntombi",
}

# Words of the sources' given-name lists that English news writes capitalised for no person: faiths and their
# figures, abbreviations of US states, parts of place names
NOT_PEOPLE = "Islam Christ Tex Romans Georgian Golan Taj Henrico Achilles"


def project_words(resources):
    """Every word of the project's lists that must not become a given name, lower case."""
    lists = [
        "lexicon/en/not-names.txt", "lexicon/en/title-words.txt", "lexicon/en/titles-also-names.txt",
        "lexicon/en/honorifics.txt", "lexicon/en/honorifics-female.txt", "lexicon/en/honorifics-male.txt",
        "lexicon/en/calendar-names.txt", "lexicon/en/surname-particles.txt", "lexicon/en/prepositions.txt",
        "lexicon/en/occupation-nouns.txt", "lexicon/en/organisation-nouns.txt", "lexicon/en/portfolio-words.txt",
        "lexicon/en/subject-determiners.txt", "lexicon/en/time-words.txt",
        "entities/places.txt", "entities/demonyms.txt", "entities/organizations.txt", "entities/org-heads.txt",
        "entities/place-heads.txt", "entities/towns.txt", "entities/jdk-countries.txt", "entities/platforms.txt",
        "entities/storm-words.txt", "entities/document-words.txt", "entities/compass-regions.txt",
        "entities/org-classifiers.txt",
    ]
    out = set()
    for rel in lists:
        path = os.path.join(resources, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                for part in line.strip().split("|"):
                    for word in part.split():
                        out.add(word.lower())
                        out.add(word.lower().rstrip("."))  # "Ala." of Alabama, "Tex.": no "Ala" either
    return out


def latin(name):
    return all(c == "-" or c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in name)


def written_as_name(name):
    parts = name.split("-")
    return all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts) and latin(name)


# Locales whose lists are English-speaking names given-names.txt already covers, or jokes (Swedish Chef "BORK")
ANGLO_LOCALES = {"en-AU.yml", "en-au-ocker.yml", "en-BORK.yml", "en-CA.yml", "en-GB.yml", "en-US.yml", "en.yml"}


def datafaker_names(jar):
    """(gender, name) from the locale YAML files of the Datafaker jar, (S, surname) from its English list."""
    with zipfile.ZipFile(jar) as z:
        english = yaml.safe_load(z.read("en/name.yml").decode("utf-8"))["en"]["faker"]["name"]
        for v in english.get("last_name", []):
            yield "en", "S", str(v).strip()
        for entry in sorted(z.namelist()):
            if "/" in entry or not entry.endswith(".yml") or entry in ANGLO_LOCALES:
                continue
            doc = yaml.safe_load(z.read(entry).decode("utf-8"))
            for locale in (doc or {}).values():
                name_section = ((locale or {}).get("faker") or {}).get("name") or {}
                for v in name_section.get("last_name") or []:
                    if isinstance(v, str) and "#{" not in v:
                        yield entry, "S", v.strip()
                for key, values in name_section.items():
                    # first_name, male_first_name, malay_female_first_name ...
                    if not key.endswith("first_name") or not isinstance(values, list):
                        continue
                    tag = "F" if "female" in key else "M" if "male" in key else "U"
                    for v in values:
                        if isinstance(v, str) and "#{" not in v:
                            yield entry, tag, v.strip()


# English-speaking locales of @faker-js/faker, as ANGLO_LOCALES
ANGLO_FAKER_JS = {"en", "en_AU", "en_AU_ocker", "en_CA", "en_GB", "en_IE", "en_US"}


def faker_js_names(tsv):
    with open(tsv, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            # English locales: their surnames only (given-names.txt covers their given names)
            if parts[1] == "S" or parts[0] not in ANGLO_FAKER_JS:
                yield "faker-js " + parts[0], parts[1], parts[2].strip()


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    resources = os.path.join(here, "..", "main", "resources", "dev", "newsfacts")
    out = os.path.join(resources, "entities", "given-names-world.txt")
    known = listed_names(os.path.join(resources, "entities", "given-names.txt"), 2) \
        | listed_names(os.path.join(resources, "lexicon", "first-names.txt"), 2)
    blocked = project_words(resources) | english_words(argv[2] if len(argv) > 2 else "/usr/share/dict/words")
    genders = {}
    sources = list(datafaker_names(argv[0])) + list(faker_js_names(argv[1]))
    hand = [("hand", g, n) for g, names in HAND.items() for n in names.split()]
    blocked |= {w.lower() for w in NOT_PEOPLE.split()}
    # a word an English list gives as a surname ("Morrison") is one in English copy; one another locale gives as a
    # surname ("Berger", "Daniels") is taken only where two locales or more give it as a given name ("Mohamed")
    english_surnames = {n for loc, tag, n in sources if tag == "S" and loc.removeprefix("faker-js ").startswith("en")}
    surnames = {n for loc, tag, n in sources if tag == "S"}
    locales = {}
    for loc, tag, name in sources:
        if tag != "S":
            locales.setdefault(name, set()).add(loc.removeprefix("faker-js ").split(".")[0].replace("_", "-"))
    sources = [(loc, tag, n) for loc, tag, n in sources if tag != "S" and n not in english_surnames
               and (n not in surnames or len(locales[n]) >= 2)] + hand
    for _, tag, name in sources:
        for form in {name, folded(name)}:
            if len(form) < 3 or not written_as_name(form) or form in known:
                continue
            if form.lower() in blocked or any(p.lower() in blocked for p in form.split("-")):
                continue
            genders.setdefault(form, set()).add(tag)
    rows = []
    for name, tags in genders.items():
        g = "M" if tags == {"M"} else "F" if tags == {"F"} else "U"
        rows.append(f"{g} {name}")
    rows.sort(key=lambda r: r[2:].encode("utf-8"))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Given names from outside the English-speaking world; built by src/build/build-world-names.py from\n")
        fh.write("# Datafaker 2.7.0 (Apache-2.0) and @faker-js/faker 10.6.0 (MIT) locale lists and a hand list.\n")
        fh.write("# Format: F|M|U name (U: either gender or not given).\n")
        fh.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
