#!/usr/bin/env python3
"""Derive machine-readable facts from the register's OpenAPI contract
(BTFA.Anteckning.json) into resources/data/contract_facts.json.

Usage:
    python3 scripts/extract_contract_facts.py [REFERENCE_DIR [OUTPUT_DIR]]

REFERENCE_DIR defaults to <repo>/../shared/reference, OUTPUT_DIR to
<repo>/resources/data (<repo> = the parent of this script's folder).

Python 3.11 standard library only; deterministic output (sorted keys,
UTF-8, LF, indent 1, final newline).

Output shape:
    {"<Model>": {"required": [...sorted...],
                 "properties": {"<jsonName>": {"type", "format", "nullable",
                                               "ref", "items", "maxLength",
                                               "regex"}}},
     ...,
     "paths": {"<resource>": "<Model>"},      # from the POST request bodies
     "makuleringsorsak": [enum values in contract order],
     "info": {"version": ..., "description": first line}}

The contract has no maxLength/pattern keywords: maxLength is parsed from
"Max N tecken" in the description and regex from the text after "Regex ".
Several alternative regexes separated by ", " are joined with "|".
The other rules the descriptions state in words are read as well (null when
the description states none):
    digits      "5 siffror" (also "5 siffor"), "4 siffrig", "En 6-siffrig kod": exactly N digits
    decimals    "upp till 3 decimaler", "Max 3 decimaler": at most N decimals
    noSpace     "utan blankslag": no space
    countryCode "ISO 3166-1 alpha 2": an ISO 3166-1 alpha-2 code
    words       'anges "SAKNAS"': words allowed instead of the digits
"""

import argparse
import json
import re
import sys

from contractsource import CheckError, add_folder_arguments, check, read_swagger, write_if_changed


REQUEST_PREFIX = "BTAvfall.PublicModels.V1.Request."
# Shared request sub-models, in addition to the POST bodies.
EXTRA_MODELS = ["Avfall", "Plats", "Adress", "Koordinat", "Behandling", "MakuleraAnteckning"]
ENUM_MODEL = "Makuleringsorsak"

MAX_RE = re.compile(r"\bMax (\d+) (?:tecken|texten)\b")
REGEX_RE = re.compile(r"\bRegex (.+?)\s*(?:\r?\n|$)")
DIGITS_RE = re.compile(r"\b(\d+)[ -]?siffr?(?:or|ig)\b")  # "siffor" (sic) in postnummer
DECIMALS_RE = re.compile(r"\b(\d+) decimaler\b")
WORDS_RE = re.compile(r'anges \\?"([A-ZÅÄÖ]+)\\?"')


def short_name(schema_name):
    return schema_name.rsplit(".", 1)[-1]


def ref_target(ref):
    check(ref.startswith("#/components/schemas/"), f"unsupported $ref {ref}")
    return ref[len("#/components/schemas/"):]


def parse_regex(description):
    m = REGEX_RE.search(description)
    if not m:
        return None
    text = m.group(1)
    # "^(\d{10})$, ^[A-Z]{2}[0-9A-Za-z]{5,12}$": two alternatives.
    parts = re.split(r", (?=\^)", text)
    regex = "|".join(parts)
    try:
        re.compile(regex)
    except re.error as e:
        raise CheckError(f"regex {regex!r} does not compile: {e}")
    return regex


def parse_max_length(description):
    found = {int(n) for n in MAX_RE.findall(description)}
    check(len(found) <= 1, f"several max lengths in {description!r}")
    return found.pop() if found else None


def parse_number(pattern, description, where):
    found = {int(n) for n in pattern.findall(description)}
    check(len(found) <= 1, f"{where}: several values for {pattern.pattern} in {description!r}")
    return found.pop() if found else None


def worded_rules(description, where):
    """The rules a description states in words rather than as a regex."""
    return {
        "digits": parse_number(DIGITS_RE, description, where),
        "decimals": parse_number(DECIMALS_RE, description, where),
        "noSpace": True if "utan blankslag" in description else None,
        "countryCode": True if "ISO 3166-1 alpha 2" in description else None,
        "words": sorted(set(WORDS_RE.findall(description))) or None,
    }


def property_facts(schemas, prop, where):
    desc = prop.get("description", "")
    ref = items = None
    if "$ref" in prop:
        target = ref_target(prop["$ref"])
        ref = short_name(target)
        ptype = schemas[target].get("type", "object")
        fmt = schemas[target].get("format")
        nullable = bool(prop.get("nullable", False))
    else:
        check("type" in prop, f"{where}: property without type or $ref")
        ptype = prop["type"]
        fmt = prop.get("format")
        nullable = bool(prop.get("nullable", False))
        if ptype == "array":
            it = prop.get("items", {})
            if "$ref" in it:
                items = short_name(ref_target(it["$ref"]))
    check(ptype in ("string", "integer", "number", "boolean", "array", "object"), f"{where}: type {ptype}")
    facts = {
        "type": ptype,
        "format": fmt,
        "nullable": nullable,
        "ref": ref,
        "items": items,
        "maxLength": parse_max_length(desc),
        "regex": parse_regex(desc),
    }
    facts.update(worded_rules(desc, where))
    return facts


def model_facts(schemas, full_name):
    s = schemas[full_name]
    check(s.get("type") == "object", f"{full_name}: not an object")
    props = {}
    for name, prop in s.get("properties", {}).items():
        props[name] = property_facts(schemas, prop, f"{full_name}.{name}")
    required = sorted(s.get("required", []))
    for r in required:
        check(r in props, f"{full_name}: required {r} is not a property")
    return {"required": required, "properties": props}


def extract(swagger):
    schemas = swagger["components"]["schemas"]
    out = {}
    full_names = {}

    # 1. The POST operations name the eight note models.
    paths = {}
    for path, ops in swagger["paths"].items():
        post = ops.get("post")
        if not post:
            continue
        schema = post["requestBody"]["content"]["application/json"]["schema"]
        target = ref_target(schema["$ref"])
        resource = path.strip("/")
        check("/" not in resource and "{" not in resource, f"unexpected POST path {path}")
        paths[resource] = short_name(target)
        full_names[short_name(target)] = target
    check(len(paths) == 8, f"expected 8 POST note endpoints, found {len(paths)}")
    # PUT /<resource>/{id} must take the same model.
    for resource, model in paths.items():
        put = swagger["paths"].get(f"/{resource}/{{id}}", {}).get("put")
        check(put is not None, f"no PUT /{resource}/{{id}}")
        target = ref_target(put["requestBody"]["content"]["application/json"]["schema"]["$ref"])
        check(short_name(target) == model, f"PUT /{resource}/{{id}} takes {target}, POST takes {model}")

    for name in EXTRA_MODELS:
        full = REQUEST_PREFIX + name
        check(full in schemas, f"schema {full} missing")
        full_names[name] = full

    # DELETE /anteckningar takes MakuleraAnteckning.
    delete = swagger["paths"]["/anteckningar"]["delete"]
    target = ref_target(delete["requestBody"]["content"]["application/json"]["schema"]["$ref"])
    check(target == full_names["MakuleraAnteckning"], f"DELETE /anteckningar takes {target}")

    check(len(set(full_names.values())) == len(full_names), "short name collision")
    for name, full in full_names.items():
        out[name] = model_facts(schemas, full)

    # Every model referenced from the set must be in the set (or be the enum).
    for name, m in out.items():
        for pname, p in m["properties"].items():
            for r in (p["ref"], p["items"]):
                check(r is None or r in out or r == ENUM_MODEL, f"{name}.{pname} refers to {r}, not extracted")
                if r is not None and r in full_names:
                    check(REQUEST_PREFIX in full_names[r], f"{name}.{pname}: {r} is not a request model")

    enum = schemas[REQUEST_PREFIX + ENUM_MODEL]
    check(enum.get("type") == "string" and enum.get("enum"), "Makuleringsorsak is not a string enum")

    reserved = {"paths", "makuleringsorsak", "info"}
    check(not (reserved & set(out)), "model name collides with a reserved key")
    out["paths"] = paths
    out["makuleringsorsak"] = list(enum["enum"])
    info = swagger["info"]
    out["info"] = {
        "version": info.get("version"),
        "description": info.get("description", "").splitlines()[0] if info.get("description") else None,
    }
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_folder_arguments(ap)
    args = ap.parse_args(argv)
    swagger = read_swagger(ap, args, "check the differences before shipping")
    try:
        facts = extract(swagger)
    except CheckError as e:
        print(f"extract_contract_facts.py: check failed: {e}", file=sys.stderr)
        return 1

    text = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    data = text.encode("utf-8")
    shown, changed = write_if_changed(args, "contract_facts.json", data)
    print(f"{'wrote    ' if changed else 'unchanged'} {shown}  ({len(data)} bytes)")
    models = [k for k in facts if k not in ("paths", "makuleringsorsak", "info")]
    print(f"models: {len(models)} ({', '.join(sorted(models))}); "
          f"properties: {sum(len(facts[m]['properties']) for m in models)}; "
          f"with regex: {sum(1 for m in models for p in facts[m]['properties'].values() if p['regex'])}; "
          f"with maxLength: {sum(1 for m in models for p in facts[m]['properties'].values() if p['maxLength'])}; "
          f"with rules in words: {sum(1 for m in models for p in facts[m]['properties'].values() if any(p[k] for k in ('digits', 'decimals', 'noSpace', 'countryCode', 'words')))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
