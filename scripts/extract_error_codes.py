#!/usr/bin/env python3
"""List the error codes of the register's error catalogue (the description of
the schema BTAvfall.PublicModels.V1.Response.ErrorObject in BTFA.Anteckning.json)
and write them to resources/data/error_codes.json.

Usage:
    python3 scripts/extract_error_codes.py [--no-write] [REFERENCE_DIR [OUTPUT_DIR]]

REFERENCE_DIR defaults to <repo>/../shared/reference, OUTPUT_DIR to
<repo>/resources/data (<repo> = the parent of this script's folder).

Prints the codes to standard output, sorted, each code once, one per line.
Writes OUTPUT_DIR/error_codes.json (a JSON array of ints, same order; UTF-8,
LF, indent 1, final newline) unless --no-write is given; the status line goes
to standard error so that standard output holds only the codes.

The catalogue is an HTML definition list: <dt>CODE</dt><dd>TEXT</dd>. Some
codes appear more than once with different texts (1000, 4101-4104); they are
listed once. tests/unit/tst_errorcatalogue.cpp checks that core/errorcatalogue.cpp
has an entry for every code in the JSON file.

Python 3.11 standard library only; deterministic output.
"""

import argparse
import json
import re
import sys

from contractsource import CheckError, add_folder_arguments, check, read_swagger, write_if_changed


ERROR_SCHEMA = "BTAvfall.PublicModels.V1.Response.ErrorObject"
OUTPUT = "error_codes.json"

ENTRY_RE = re.compile(r"<dt>\s*(\d+)\s*</dt>\s*<dd>(.*?)</dd>", re.S)
DT_RE = re.compile(r"<dt>(.*?)</dt>", re.S)


def extract(swagger):
    """Returns (sorted unique codes, number of entries in the source)."""
    schemas = swagger.get("components", {}).get("schemas", {})
    check(ERROR_SCHEMA in schemas, f"schema {ERROR_SCHEMA} missing")
    description = schemas[ERROR_SCHEMA].get("description", "")
    entries = ENTRY_RE.findall(description)
    check(entries, "no <dt>code</dt><dd>text</dd> entries in the ErrorObject description")
    # Every <dt> must be a plain code that the entry pattern has seen.
    dts = DT_RE.findall(description)
    check(len(dts) == len(entries), f"{len(dts)} <dt> elements but {len(entries)} code entries")
    for code, text in entries:
        check(text.strip(), f"code {code} has no text")
    codes = sorted({int(code) for code, _ in entries})
    check(all(1000 <= c <= 9999 for c in codes), "a code outside 1000-9999")
    return codes, len(entries)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-write", action="store_true", help=f"only print the codes, do not write {OUTPUT}")
    add_folder_arguments(ap)
    args = ap.parse_args(argv)
    swagger = read_swagger(ap, args, "check the new codes against core/errorcatalogue.cpp")
    try:
        codes, entries = extract(swagger)
    except CheckError as e:
        print(f"extract_error_codes.py: check failed: {e}", file=sys.stderr)
        return 1

    for code in codes:
        print(code)

    if args.no_write:
        return 0
    data = (json.dumps(codes, indent=1) + "\n").encode("utf-8")
    shown, changed = write_if_changed(args, OUTPUT, data)
    print(f"{'wrote    ' if changed else 'unchanged'} {shown}  "
          f"({len(codes)} codes from {entries} catalogue entries)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
