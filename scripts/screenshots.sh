#!/usr/bin/env bash
# Takes the screenshots the AppStream metadata refers to (docs/screenshots/appstream-*.png) from
# the real app under Xvfb, with a throwaway profile holding a few notes sent to the built-in
# sandbox. Run it after the UI changed and look at the result before committing.
#   scripts/screenshots.sh [BUILD_DIR]   (default build/release; builds avfall and avfallsrapport)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
scripts/deps.sh screenshots
[[ -f "$build/CMakeCache.txt" ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAVFALL_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" --target avfall avfallsrapport > /dev/null

profile=$(mktemp -d)
notes=$(mktemp -d)
trap 'rm -rf "$profile" "$notes"' EXIT
# Five transports of different waste, sent to the sandbox.
python3 - "$notes" << 'PY'
import json, sys
base = json.load(open("resources/examples/transport.json", encoding="utf-8"))
wastes = [("130205", 850.0, "Spillolja september"), ("160601", 120.5, "Order 2026-114"),
          ("080111", 35.25, "Färgrester"), ("150202", 64.0, "Trasor och absorbenter"),
          ("130802", 410.0, "Tömning oljeavskiljare")]
for i, (code, kg, reference) in enumerate(wastes):
    note = dict(base, avfall={"kod": code, "mangd": kg}, referens=reference,
                tidpunkt=f"2026-11-{20 + i}T10:15:00+01:00",
                transportStartDatum=f"2026-11-{20 + i}T13:00:00+01:00")
    json.dump(note, open(f"{sys.argv[1]}/note{i}.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
for note in "$notes"/note*.json; do
    "$build/bin/avfall" --profile "$profile" submit transporter "$note" > /dev/null
done

# The business as the first-start assistant would have saved it, so that the form starts filled in.
python3 - "$profile/avfallsrapport.ini" << 'PY'
import configparser, sys
settings = configparser.ConfigParser(strict=False, interpolation=None)
settings.optionxform = str
settings.read(sys.argv[1], encoding="utf-8")
for section in ("company", "ui"):
    if not settings.has_section(section):
        settings.add_section(section)
settings["company"].update({"organisationNumber": "5560000167", "name": "Exempelåkeriet AB",
                            "contactPerson": "Anna Svensson", "email": "anna@exempelakeriet.se",
                            "phone": "08-123 456 78"})
settings["ui"]["firstStartDone"] = "true"
with open(sys.argv[1], "w", encoding="utf-8") as file:
    settings.write(file, space_around_delimiters=False)
PY

mkdir -p docs/screenshots
shoot() {
    local page=$1 file=$2
    xvfb-run -a -s '-screen 0 1366x768x24' bash -c "
        '$build/bin/avfallsrapport' --profile '$profile' --show $page &
        sleep 6
        window=\$(xdotool search --sync --onlyvisible --name Avfallsrapport | head -1)
        import -window \"\$window\" '$file'
        kill %1"
    echo "$file"
}
shoot transporter docs/screenshots/appstream-form.png
shoot historik docs/screenshots/appstream-history.png
