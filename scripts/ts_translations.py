#!/usr/bin/env python3
"""The English catalogue translations/avfallsrapport_en.ts: report, export and fill.

Swedish is the source language; every message needs a finished English translation.
Standard library only.

  python3 scripts/ts_translations.py report [TS]
      Lists unfinished, vanished and obsolete entries and placeholder mismatches
      (%1..%99, %n, %L1); exit status 1 when there is any. This is what
      tests/unit/tst_translations.cpp checks too.

  python3 scripts/ts_translations.py export [TS] > todo.json
      The entries still to translate, as JSON: [{"context", "source", "numerus"}].

  python3 scripts/ts_translations.py apply FILE.json [TS]
      Fills translations from FILE.json: either a list of {"source", "translation",
      optional "context"} or an object {source: translation}. A numerus message takes a
      list [singular, plural]. Entries are matched by context+source first, then by source
      alone. Marks filled entries finished; keeps the file's layout as lupdate writes it.

After new strings were added to the code:

  cmake --build BUILD --target update_translations   # lupdate: new strings become unfinished
  python3 scripts/ts_translations.py export > todo.json
  # translate todo.json into done.json, then
  python3 scripts/ts_translations.py apply done.json
  python3 scripts/ts_translations.py report
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parent.parent / "translations" / "avfallsrapport_en.ts"
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def load(path):
    return ET.parse(path)


def messages(tree):
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            yield name, message


def translation_texts(message):
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def problems(tree):
    found = []
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        where = f"{context}: {source[:70]!r}"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            found.append(f"{kind}: {where}")
            continue
        texts = translation_texts(message)
        if not texts or any(not text.strip() for text in texts):
            found.append(f"empty: {where}")
            continue
        expected = placeholders(source)
        numerus = message.get("numerus") == "yes"
        for text in texts:
            got = placeholders(text)
            if numerus:
                # A singular form may spell the number out ("one day"), but every %1… must stay.
                if [p for p in got if p != "%n"] != [p for p in expected if p != "%n"]:
                    found.append(f"placeholders {got} != {expected}: {where}")
            elif got != expected:
                found.append(f"placeholders {got} != {expected}: {where}")
    return found


def report(path):
    found = problems(load(path))
    for line in found:
        print(line)
    total = sum(1 for _ in messages(load(path)))
    print(f"{path}: {total} messages, {len(found)} problems", file=sys.stderr)
    return 1 if found else 0


def export(path):
    todo = []
    for context, message in messages(load(path)):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            todo.append({"context": context, "source": message.findtext("source"),
                         "numerus": message.get("numerus") == "yes"})
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def apply(dictionary_path, path):
    data = json.loads(Path(dictionary_path).read_text(encoding="utf-8"))
    by_context = {}
    by_source = {}
    if isinstance(data, dict):
        by_source = dict(data)
    else:
        for entry in data:
            if "context" in entry and entry.get("context_specific"):
                by_context[(entry["context"], entry["source"])] = entry["translation"]
            else:
                by_source[entry["source"]] = entry["translation"]
    text = Path(path).read_text(encoding="utf-8")
    filled = 0
    missing = 0

    # Edit the XML text in place, message by message, so that lupdate's layout stays.
    context_pattern = re.compile(r"<context>.*?</context>", re.S)
    message_pattern = re.compile(r"(<message[^>]*>)(.*?)(</message>)", re.S)

    def unescape(value):
        return (value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                .replace("&apos;", "'").replace("&amp;", "&"))

    def escape(value):
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def fill_context(match):
        nonlocal filled, missing
        block = match.group(0)
        name = unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))

        def fill_message(message):
            nonlocal filled, missing
            head, body, tail = message.groups()
            if 'type="unfinished"' not in body:
                return message.group(0)
            source = unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
            value = by_context.get((name, source), by_source.get(source))
            if value is None:
                missing += 1
                return message.group(0)
            numerus = 'numerus="yes"' in head
            indent = re.search(r"\n(\s*)<translation", body).group(1)
            if numerus:
                forms = value if isinstance(value, list) else [value, value]
                inner = "".join(f"\n{indent}    <numerusform>{escape(form)}</numerusform>" for form in forms)
                new = f"<translation>{inner}\n{indent}</translation>"
            else:
                if isinstance(value, list):
                    value = value[-1]
                new = f"<translation>{escape(value)}</translation>"
            body = re.sub(r"<translation[^>]*?(?:/>|>.*?</translation>)", lambda _: new, body, count=1, flags=re.S)
            filled += 1
            return head + body + tail

        return message_pattern.sub(fill_message, block)

    text = context_pattern.sub(fill_context, text)
    Path(path).write_text(text, encoding="utf-8")
    print(f"filled {filled}, still without translation {missing}", file=sys.stderr)
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] not in ("report", "export", "apply"):
        print(__doc__)
        return 2
    command = argv[1]
    if command == "apply":
        if len(argv) < 3:
            print(__doc__)
            return 2
        return apply(argv[2], Path(argv[3]) if len(argv) > 3 else DEFAULT_TS)
    path = Path(argv[2]) if len(argv) > 2 else DEFAULT_TS
    return report(path) if command == "report" else export(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
