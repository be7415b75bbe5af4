#!/usr/bin/env python3
"""Fills translations into vms_<lang>.ts from the dictionaries in this folder, leaving any translation a
person already finished alone. Run after `cmake --build <dir> --target update_translations`:
    translations/tools/fill_ts.py            # both files
Then run update_translations again (it rewrites the files in lupdate's layout, so diffs stay small) and
rebuild (lrelease embeds the .qm). Prints how many messages are still unfinished, per context."""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here))
from es_main import ES, ES_PLURAL  # noqa: E402


def english_plural(source):
    """'%n row(s)' -> ('%n row', '%n rows'); '%n people' -> ('%n person', '%n people')."""
    one = re.sub(r"\(s\)", "", source).replace("%n people", "%n person")
    other = source.replace("(s)", "s")
    return one, other


def fill(path, lang):
    tree = ET.parse(path)
    left = collections.Counter()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") not in ("unfinished", None) or (tr.get("type") is None and (tr.text or len(tr))):
                continue  # obsolete/vanished, or already finished
            plural = msg.get("numerus") == "yes"
            forms = None
            text = None
            if lang == "en":
                if plural:
                    forms = english_plural(src)
                else:
                    text = src
            else:
                if plural:
                    forms = ES_PLURAL.get(src)
                else:
                    text = ES.get(f"{src}|{name}", ES.get(src))
            if forms:
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
                tr.attrib.pop("type", None)
            elif text is not None:
                tr.text = text
                tr.attrib.pop("type", None)
            else:
                left[name] += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{path.name}: {sum(left.values())} unfinished")
    for name, n in sorted(left.items()):
        print(f"  {name}: {n}")


if __name__ == "__main__":
    root = here.parent
    fill(root / "vms_en.ts", "en")
    fill(root / "vms_es.ts", "es")
