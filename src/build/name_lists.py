"""Reading helpers the list-building scripts share (build-world-names.py, build-regions.py)."""

import os
import unicodedata


def listed_names(path, tag_width):
    """The names of one of the project's lists, each line's tag of tag_width characters cut off."""
    with open(path, encoding="utf-8") as fh:
        return {ln[tag_width:].strip() for ln in fh if ln.strip() and not ln.startswith("#")}


def english_words(path):
    """The lower-case words of an English word list (used only to filter); none when it is absent."""
    if not path or not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8", errors="replace") as fh:
        return {w.strip() for w in fh if w.strip() and w.strip()[0].islower()}


def folded(name):
    """The name without its accents: "Zürich" and "Zurich" compare equal."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def write_sorted(path, header, names):
    """Writes a long list as SortedLines reads it: '# ' header lines, then the names sorted by their UTF-8 bytes.
    Returns how many names were written."""
    ordered = sorted(names, key=lambda n: n.encode("utf-8"))
    with open(path, "w", encoding="utf-8") as fh:
        for line in header:
            fh.write("# " + line + "\n")
        for n in ordered:
            fh.write(n + "\n")
    return len(ordered)
