#!/usr/bin/env python3
"""The translations_complete test (issue #9). Runs lupdate over the program's sources into temporary copies
of vms_en.ts and vms_es.ts (the files in the tree are never touched) and fails, listing context and source,
when:
  - lupdate warns about a source file (e.g. a tr() in a class without Q_OBJECT, whose context lupdate guessed
    and which the program then looks up under another one: the message would show in English);
  - a message of the sources is missing from vms_es.ts, or is there but unfinished (or empty);
  - a plural (%n) message of vms_en.ts or vms_es.ts lacks one of its forms.
Usage: check_ts.py --lupdate <lupdate> --sources <file with one path a line> --include <dir>... --ts <file>...
The fix is `cmake --build <dir> --target update_translations`, then translations/tools/fill_ts.py (and a
dictionary entry in es_main.py for whatever it still lists), then update_translations again."""
import argparse
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language in Qt's numerus rules (English and Spanish: one, other).
FORMS = {"en": 2, "es": 2}


def messages(path):
    """(context, source, comment) -> <message> element, for every message that is not obsolete/vanished."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, msg.findtext("source"), msg.findtext("comment") or "")] = msg
    return out


def describe(key):
    name, source, comment = key
    text = source if len(source) <= 110 else source[:107] + "..."
    text = text.replace("\n", "\\n")
    return f"{name}: {text}" + (f"  [{comment}]" if comment else "")


def problems_in(lang, before, after):
    found = []
    for key, msg in after.items():
        tr = msg.find("translation")
        plural = msg.get("numerus") == "yes"
        if key not in before:
            if lang != "en" or plural:
                found.append(("missing (run update_translations and fill_ts.py)", key))
            continue
        if plural:
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            if len(forms) < FORMS.get(lang, 2) or any(not f.strip() for f in forms):
                found.append((f"plural with {sum(1 for f in forms if f.strip())} of {FORMS.get(lang, 2)} forms",
                              key))
            elif lang != "en" and tr.get("type") == "unfinished":
                found.append(("unfinished", key))
            continue
        if lang == "en":
            continue  # English singular messages show their source text; only plurals need forms
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            found.append(("unfinished" if tr is not None and tr.get("type") == "unfinished" else "empty", key))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--sources", required=True, type=pathlib.Path)
    ap.add_argument("--include", nargs="*", default=[])
    ap.add_argument("--ts", nargs="+", required=True, type=pathlib.Path)
    args = ap.parse_args()

    sources = [line for line in args.sources.read_text(encoding="utf-8").splitlines() if line.strip()]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="vms-ts-check-") as tmp:
        tmp = pathlib.Path(tmp)
        copies = []
        for ts in args.ts:
            copy = tmp / ts.name
            shutil.copyfile(ts, copy)
            copies.append(copy)
        project = tmp / "project.json"
        project.write_text(json.dumps({"projectFile": str(args.sources), "includePaths": args.include,
                                       "sources": sources, "translations": [str(c) for c in copies]}))
        run = subprocess.run([args.lupdate, "-project", str(project), "-no-obsolete", "-locations", "none"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print(f"lupdate failed with exit code {run.returncode}")
            return 1
        # Source warnings look like "/path/file.cpp:12: Class 'vms::X' lacks Q_OBJECT macro".
        warnings = [line for line in (run.stdout + run.stderr).splitlines() if re.match(r"^\S+:\d+: ", line)]
        if warnings:
            failures += len(warnings)
            print(f"lupdate warns about {len(warnings)} place(s); the context it files these messages under may "
                  "not be the one the program looks up. Use a Q_OBJECT class's tr(), or a struct with "
                  "Q_DECLARE_TR_FUNCTIONS(<context>) and Tr::tr() (see core/auth/LoginHost.cpp):")
            for w in warnings:
                print("  " + w)
        for ts, copy in zip(args.ts, copies):
            lang = ts.stem.rsplit("_", 1)[-1]
            found = problems_in(lang, messages(ts), messages(copy))
            total = len(messages(copy))
            if found:
                failures += len(found)
                print(f"{ts.name}: {len(found)} of {total} messages need work:")
                for what, key in sorted(found, key=lambda f: (f[1][0], f[1][1])):
                    print(f"  [{what}] {describe(key)}")
            else:
                print(f"{ts.name}: all {total} messages complete")
    if failures:
        print("Fix: cmake --build <dir> --target update_translations; translations/tools/fill_ts.py (add what it "
              "still lists to es_main.py); update_translations again.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
