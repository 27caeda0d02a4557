#!/usr/bin/env python3
"""Developer tool for the Danish translation (not needed to build or test).

  ts-fill.py list [TS]            print the unfinished messages as a JSON object {source: ""}
  ts-fill.py fill MAP.json [TS]   fill unfinished messages from {source: translation}; a
                                  translation of a %n message is a list [singular, plural]

TS defaults to resources/translations/samspil_da.ts. Messages are matched by source text in
any context. Unknown sources in MAP are reported; nothing else is changed.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "resources/translations/samspil_da.ts"


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished(root):
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            yield msg, tr


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("list", "fill"):
        print(__doc__)
        return 2
    if sys.argv[1] == "list":
        path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT
        _, root = load(path)
        out = {}
        for msg, tr in unfinished(root):
            src = msg.find("source").text or ""
            out[src] = ["", ""] if msg.get("numerus") == "yes" else ""
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    mapping = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    path = sys.argv[3] if len(sys.argv) > 3 else DEFAULT
    tree, root = load(path)
    used = set()
    for msg, tr in unfinished(root):
        src = msg.find("source").text or ""
        if src not in mapping or not mapping[src]:
            continue
        value = mapping[src]
        used.add(src)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        del tr.attrib["type"]
    save(tree, path)
    left = sum(1 for _ in unfinished(root))
    unknown = [s for s in mapping if s not in used]
    print(f"filled {len(used)}; unfinished left {left}")
    if unknown:
        print("not found or already translated:", json.dumps(unknown, ensure_ascii=False)[:2000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
