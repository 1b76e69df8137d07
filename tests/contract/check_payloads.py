#!/usr/bin/python3
"""The contract check that does not use our field catalogue (issue 13).

The sandbox answers with the app's own validator, so it agrees with every mistake the app makes.
This check judges what the app sends by the register's contract alone:

1. `dumppayloads FOLDER` (a small C++ tool) writes every kind of payload the app produces: the
   sample notes of all eight types for the operator and as ombud, each way of giving each place,
   the notes as the form builds them and as the command line reads hand-written JSON, corrections
   and cancellations as the queue stores them.
2. Each payload is validated with Debian's python3-jsonschema against the JSON Schema of its
   operation in the swagger (BTFA.Anteckning.json, build 1.2.8; the schema is found from method and
   path, $ref resolved into components/schemas, OpenAPI's `nullable` turned into JSON Schema).
   We add what the swagger's schemas leave open: no property outside the model (we send only the
   contract's names), `format` date-time/uuid/int32/int64 checked.
3. The rules the swagger states only in its description text (regexes, "Max N tecken", "N siffror",
   "Max 3 decimaler", ISO 3166-1, 'anges "SAKNAS"', "utan blankslag"), as the existing
   scripts/extract_contract_facts.py reads them, are applied to every value, numbers by the digits
   of their JSON text. The table of rules and how many values each judged is printed.

Known, documented deviations (K1 and K4 in docs/fragor-till-naturvardsverket.md) are reported,
not failed. With --self-test, faults are planted in the app's payloads instead (four decimals, land
EU, a field the model lacks, PascalCase, a date without a time, ...) and each must be found.
Exit status 0 when every payload passes, 1 otherwise, 2 when the check cannot run.
"""

import argparse
import decimal
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from importlib import metadata
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("check_payloads.py: python3-jsonschema is missing (scripts/deps.sh test installs it)", file=sys.stderr)
    sys.exit(2)

SCHEMA_PREFIX = "#/components/schemas/"
KNOWN_SHA256 = "4b29c43f4c6b818b13aaec51488edd06779a4a35f41fb7fb3bd1fe9c3f5f74cb"

# Where we knowingly differ from the swagger's schema, and why (the decision is documented in
# core/fieldcatalogue.cpp at Plats and asked as K1 in docs/fragor-till-naturvardsverket.md).
KNOWN_DEVIATIONS = {
    "K1": "a place abroad is sent as land alone, without the kommunkod the schema lists as required: "
          "the description's way 3 and the codes 1704/1705 say so",
    "K4": "tidigareInnehavare OKÄND or KOMMUN, which its regex does not admit: the description of Plats "
          "names them as the condition for a place given by its municipality alone, so a note that has a "
          "Plats may carry them",
}


def is_known_deviation(error):
    """K1: 'kommunkod' required, in a place that gives land."""
    return (error.validator == "required" and "'kommunkod'" in error.message
            and isinstance(error.instance, dict) and "land" in error.instance)


# ---- 2. JSON Schema from the swagger


def to_json_schema(node):
    """OpenAPI 3.0 schema objects to JSON Schema (draft 4): `nullable` becomes a "null" type,
    request models admit no property they do not name."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k not in ("nullable", "example", "readOnly")}
    if node.get("nullable") and "type" in node:
        out["type"] = [node["type"], "null"]
        if "enum" in out:
            out["enum"] = list(out["enum"]) + [None]
    if node.get("type") == "object" and "properties" in node:
        out["additionalProperties"] = False
    return out


def format_checker():
    checker = jsonschema.FormatChecker(formats=())
    rfc3339 = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})\Z")
    uuid = re.compile(r"\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")

    @checker.checks("date-time")
    def date_time(value):
        return not isinstance(value, str) or rfc3339.match(value) is not None

    @checker.checks("uuid")
    def is_uuid(value):
        return not isinstance(value, str) or uuid.match(value) is not None

    @checker.checks("int32")
    def int32(value):
        return not isinstance(value, int) or -2**31 <= value < 2**31

    @checker.checks("int64")
    def int64(value):
        return not isinstance(value, int) or -2**63 <= value < 2**63

    @checker.checks("double")
    def double(value):
        return not isinstance(value, decimal.Decimal) or value.is_finite()

    return checker


def operation_schema(swagger, method, path):
    operation = swagger["paths"][path][method.lower()]
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.startswith(SCHEMA_PREFIX), ref
    return ref[len(SCHEMA_PREFIX):]


# ---- 3. The rules written in the descriptions (extract_contract_facts.py)


class WordedRules:
    def __init__(self, facts, countries, holder_words):
        self.facts = facts
        self.countries = countries
        self.holder_words = holder_words  # the words Plats names for tidigareInnehavare (K4)
        self.judged = Counter()
        self.deviations = Counter()
        self.failures = []

    def has_place(self, model):
        return any(p["ref"] == "Plats" for p in self.facts[model]["properties"].values())

    def check(self, model, payload, where, path=""):
        properties = self.facts[model]["properties"]
        for name, value in payload.items():
            fact = properties.get(name)
            if fact is None:
                continue  # the schema check reports it
            here = f"{path}{name}"
            if isinstance(value, dict) and fact["ref"] in self.facts:
                self.check(fact["ref"], value, where, here + ".")
            elif isinstance(value, list) and fact["items"] in self.facts:
                for i, item in enumerate(value):
                    if isinstance(item, dict):
                        self.check(fact["items"], item, where, f"{here}[{i}].")
            else:
                self.value(model, name, fact, value, where, here)

    def judge(self, rule, ok, where, path, value):
        self.judged[rule] += 1
        if not ok:
            self.failures.append(f"{where}: {path} = {value!r} breaks {rule}")

    def value(self, model, name, fact, value, where, path):
        label = f"{model}.{name}"
        if fact["regex"] and isinstance(value, str):
            # The register's .NET Regex.IsMatch: a match anywhere; the anchors are the contract's own.
            matches = re.search(fact["regex"], value) is not None
            if not matches and name == "tidigareInnehavare" and value in self.holder_words and self.has_place(model):
                self.deviations["K4"] += 1
            else:
                self.judge(f"{label} regex", matches, where, path, value)
        if fact["maxLength"] and isinstance(value, str):
            self.judge(f"{label} max {fact['maxLength']} tecken", len(value) <= fact["maxLength"], where, path, value)
        if fact["digits"]:
            text = str(value)
            words = fact["words"] or []
            ok = (text.isascii() and text.isdigit() and len(text) == fact["digits"]) or text in words
            rule = f"{label} {fact['digits']} siffror" + (f" eller {'/'.join(words)}" if words else "")
            self.judge(rule, ok, where, path, value)
        if fact["decimals"] is not None and isinstance(value, decimal.Decimal):
            exponent = value.as_tuple().exponent
            self.judge(f"{label} högst {fact['decimals']} decimaler", -exponent <= fact["decimals"], where, path, value)
        if fact["noSpace"] and isinstance(value, str):
            self.judge(f"{label} utan blanksteg", " " not in value, where, path, value)
        if fact["countryCode"] and isinstance(value, str):
            self.judge(f"{label} ISO 3166-1 alpha-2", value in self.countries, where, path, value)


class Contract:
    """The swagger's schemas and description rules, judging one payload at a time."""

    def __init__(self, swagger, facts, countries):
        self.swagger = swagger
        self.facts = facts
        self.root = {"components": {"schemas": to_json_schema(swagger["components"]["schemas"])}}
        self.checker = format_checker()
        plats = swagger["components"]["schemas"]["BTAvfall.PublicModels.V1.Request.Plats"]["description"]
        holder_words = set(re.findall(r'tidigare innehavare = \"([A-ZÅÄÖ]+)\"', plats))
        self.rules = WordedRules(facts, countries, holder_words)
        self.deviations = Counter()

    def judge(self, payload, method, path, where):
        """The problems of one payload (the known deviations are counted, not returned)."""
        schema_name = operation_schema(self.swagger, method, path)
        validator = jsonschema.Draft4Validator({"$ref": SCHEMA_PREFIX + schema_name, **self.root},
                                               format_checker=self.checker)
        problems = []
        for error in validator.iter_errors(payload):
            if is_known_deviation(error):
                self.deviations["K1"] += 1
                continue
            at = "/".join(str(p) for p in error.absolute_path) or "(payload)"
            problems.append(f"{where}: {at}: {error.message}")
        model = schema_name.rsplit(".", 1)[-1]
        if model in self.facts:
            before = len(self.rules.failures)
            self.rules.check(model, payload, where)
            problems += self.rules.failures[before:]
        return problems


# Faults the check must find, each planted in a payload the app produces: a check that cannot fail
# proves nothing. (what, path of the operation, change, text the problem must contain)
def planted_faults():
    def set_in(*keys_and_value):
        *keys, value = keys_and_value

        def change(payload):
            target = payload
            for key in keys[:-1]:
                target = target[key]
            target[keys[-1]] = value
        return change

    tp, handel = "/transportplaneringar", "/handel"
    return [
        ("mängd med fyra decimaler", tp, set_in("avfall", "mangd", decimal.Decimal("1000.0004")), "decimaler"),
        ("land EU", tp, set_in("mottagningsplats", {"land": "EU"}), "ISO 3166-1"),
        ("okänt fält", tp, set_in("kommentar", "x"), "Additional properties"),
        ("fältnamn i PascalCase", tp, set_in("Referens", "x"), "Additional properties"),
        ("tidpunkt utan klockslag", tp, set_in("tidpunkt", "2026-11-26"), "date-time"),
        ("referens med kolon", tp, set_in("referens", "Order: 12"), "referens regex"),
        ("kommunkod med tre siffror", tp, set_in("mottagningsplats", "kommunkod", "180"), "4 siffror"),
        ("postnummer med mellanslag", tp, set_in("mottagningsplats", "adress", "postnummer", "116 45"), "blanksteg"),
        ("mängd som text", tp, set_in("avfall", "mangd", "120.5"), "is not of type"),
        ("OKÄND i Handel", handel, set_in("tidigareInnehavare", "OKÄND"), "tidigareInnehavare regex"),
        ("verksamhetens CFAR som ord", tp, set_in("cfarNR", "OKÄND"), "8 siffror"),
        ("nordkoordinat med åtta siffror", tp, set_in("uppkomstplats", "koordinat", "nposition", 12345678), "7 siffror"),
        ("makuleringsorsak som inte finns", "/anteckningar", set_in("makuleringsorsak", "Ånger"), "is not one of"),
    ]


def self_test(contract, payloads):
    """Plants each fault in a payload the app produces and checks that it is found."""
    missed = []
    faults = planted_faults()
    for what, path, change, expected in faults:
        payload = json.loads(json.dumps(next(copy for entry, copy in payloads
                                             if entry["path"] == path and entry["method"] != "PUT"), default=str),
                             parse_float=decimal.Decimal)
        change(payload)
        method = "DELETE" if path == "/anteckningar" else "POST"
        problems = contract.judge(payload, method, path, what)
        if not any(expected in problem for problem in problems):
            missed.append(f"{what}: expected a problem with {expected!r}, got {problems}")
    print(f"self-test: {len(faults) - len(missed)} of {len(faults)} planted faults found")
    for miss in missed:
        print("  missed " + miss, file=sys.stderr)
    return not missed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dump", required=True, help="the dumppayloads executable")
    ap.add_argument("--swagger", required=True, type=Path, help="BTFA.Anteckning.json (build 1.2.8)")
    ap.add_argument("--scripts", required=True, type=Path, help="the repository's scripts/ folder")
    ap.add_argument("--countries", required=True, type=Path, help="resources/data/landskoder.json")
    ap.add_argument("--self-test", action="store_true",
                    help="plant faults in the app's payloads and check that each is found")
    args = ap.parse_args()

    raw = args.swagger.read_bytes()
    if hashlib.sha256(raw).hexdigest() != KNOWN_SHA256:
        print(f"check_payloads.py: {args.swagger} is not the known build 1.2.8 copy", file=sys.stderr)
        return 2
    swagger = json.loads(raw.decode("utf-8"))
    sys.path.insert(0, str(args.scripts))
    import extract_contract_facts  # noqa: E402 (the repository's own extract script)
    facts = extract_contract_facts.extract(swagger)
    countries = {c["kod"] for c in json.loads(args.countries.read_text(encoding="utf-8"))["landskoder"]}
    contract = Contract(swagger, facts, countries)

    with tempfile.TemporaryDirectory() as folder:
        dumped = subprocess.run([args.dump, folder], capture_output=True, text=True)
        print(dumped.stdout.strip())
        if dumped.returncode != 0:
            print(dumped.stderr, file=sys.stderr)
            print("check_payloads.py: dumppayloads failed", file=sys.stderr)
            return 1
        manifest = json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
        # Numbers as written (Decimal keeps "120.5" as its text) for the decimals rule.
        payloads = [(entry, json.loads((Path(folder) / entry["file"]).read_text(encoding="utf-8"),
                                       parse_float=decimal.Decimal)) for entry in manifest]

    if args.self_test:
        return 0 if self_test(contract, payloads) else 1

    failures = []
    counts = Counter()
    for entry, payload in payloads:
        counts[f"{entry['method']} {entry['path']}"] += 1
        failures += contract.judge(payload, entry["method"], entry["path"], f"{entry['file']} ({entry['what']})")

    print(f"\n{sum(counts.values())} payloads against the swagger's JSON Schemas "
          f"(python3-jsonschema {metadata.version('jsonschema')}):")
    for operation, n in sorted(counts.items()):
        print(f"  {n:4}  {operation}")
    print("\nRules from the descriptions (scripts/extract_contract_facts.py), values judged:")
    for rule, n in sorted(contract.rules.judged.items()):
        print(f"  {n:4}  {rule}")
    deviations = contract.deviations + contract.rules.deviations
    for key, n in sorted(deviations.items()):
        print(f"\nknown deviation {key} ({n} payloads): {KNOWN_DEVIATIONS[key]}")
    if failures:
        print(f"\n{len(failures)} problems:", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print("\nall payloads follow the contract")
    return 0


if __name__ == "__main__":
    sys.exit(main())
