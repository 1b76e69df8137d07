"""What extract_contract_facts.py and extract_error_codes.py share: where the reference swagger
(build 1.2.8) is, how it is read and checked, and how a generated file is written only when it
changed. Standard library only."""

import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REF = (REPO.parent / "shared" / "reference").resolve()
DEFAULT_OUT = REPO / "resources" / "data"

SWAGGER = "BTFA.Anteckning.json"
KNOWN_SHA256 = "4b29c43f4c6b818b13aaec51488edd06779a4a35f41fb7fb3bd1fe9c3f5f74cb"


class CheckError(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckError(msg)


def add_folder_arguments(ap):
    ap.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REF,
                    help=f"reference folder (default {DEFAULT_REF})")
    ap.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUT,
                    help=f"output folder (default {DEFAULT_OUT})")


def read_swagger(ap, args, when_changed):
    """The parsed swagger of args.reference; a note on stderr (ending in when_changed) when it is
    not the known build 1.2.8 copy."""
    src = args.reference.resolve() / SWAGGER
    if not src.is_file():
        ap.error(f"{src} not found")
    raw = src.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != KNOWN_SHA256:
        print(f"note: {SWAGGER} SHA-256 {digest} differs from the known build 1.2.8 copy; "
              f"{when_changed}", file=sys.stderr)
    return json.loads(raw.decode("utf-8"))


def write_if_changed(args, name, data):
    """Writes data to name in args.output unless it is already there; returns (shown path, changed)."""
    out_dir = args.output.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    changed = not path.exists() or path.read_bytes() != data
    if changed:
        path.write_bytes(data)
    shown = path.relative_to(REPO) if REPO in path.parents else path
    return shown, changed
