#!/usr/bin/env python3
"""Generate the value lists the app ships (resources/data/*.json) from the
shared reference facts.

Usage:
    python3 scripts/generate_data.py [REFERENCE_DIR [OUTPUT_DIR]]

REFERENCE_DIR defaults to <repo>/../shared/reference, OUTPUT_DIR to
<repo>/resources/data (<repo> = the parent of this script's folder).

Python 3.11 standard library only. The output is deterministic: the same
input gives byte-identical files (UTF-8, LF, indent 1, final newline).
Every cross-check that fails stops the script with a message; nothing is
written before all checks have passed.
"""

import argparse
import csv
import gettext
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REF = (REPO.parent / "shared" / "reference").resolve()
DEFAULT_OUT = REPO / "resources" / "data"

SWAGGER = "BTFA.Anteckning.json"
SCHEMA_PREFIX = "BTAvfall.PublicModels.V1."

POSTNUMMER_LIMIT_BYTES = 250 * 1024

# Debian's iso-codes package: the ISO 3166-1 list as JSON and its Swedish names as a gettext catalogue.
DEFAULT_ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
DEFAULT_LOCALE_DIR = Path("/usr/share/locale")


class CheckError(Exception):
    pass


def check(cond, msg):
    """Like assert, but not stripped by python -O."""
    if not cond:
        raise CheckError(msg)


# --------------------------------------------------------------------------
# Reading helpers


def read_csv(ref, name):
    with open(ref / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_json(ref, name):
    with open(ref / name, encoding="utf-8") as f:
        return json.load(f)


def parse_bool(text, where):
    check(text in ("true", "false"), f"{where}: expected true/false, got {text!r}")
    return text == "true"


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dumps(obj, sort_keys=False):
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=sort_keys) + "\n"


def swagger_schema(swagger, name):
    schemas = swagger["components"]["schemas"]
    full = SCHEMA_PREFIX + name
    check(full in schemas, f"{SWAGGER}: schema {full} missing")
    return schemas[full]


def check_fields(obj_keys, swagger, schema_name, what):
    """The keys we emit must be exactly the register model's properties."""
    props = list(swagger_schema(swagger, schema_name)["properties"])
    check(
        set(obj_keys) == set(props),
        f"{what}: keys {sorted(obj_keys)} != {schema_name} properties {sorted(props)}",
    )


# --------------------------------------------------------------------------
# 1. Avfallstyper (two wordings of avfallsförordningen bilaga 3)


def ewc_display(kod, farligt):
    parts = [kod[i:i + 2] for i in range(0, len(kod), 2)]
    return " ".join(parts) + ("*" if farligt else "")


def csv_to_tree(rows, where):
    """Build the register's GET /avfallstyper tree from a bilaga-3 CSV."""
    chapters = []
    by_code = {}
    seen = set()
    for i, r in enumerate(rows, start=2):
        w = f"{where}:{i}"
        niva, kod = r["niva"], r["kod"]
        farligt = parse_bool(r["farligt"], w)
        ange = parse_bool(r["ange_resultat_av_atervinning"], w)
        check(kod not in seen, f"{w}: duplicate kod {kod}")
        seen.add(kod)
        check(kod.isdigit(), f"{w}: kod {kod!r} not digits")
        check(r["ewc"] == ewc_display(kod, farligt), f"{w}: ewc {r['ewc']!r} does not match kod/farligt")
        check(r["beskrivning"].strip() == r["beskrivning"] and r["beskrivning"], f"{w}: bad beskrivning")
        node = {
            "kod": kod,
            "ewc": r["ewc"],
            "farligt": "True" if farligt else "False",
            "angeResultatAvAtervinning": ange,
            "beskrivning": r["beskrivning"],
            "avfallstypInfo": None,
            "mangdGrans": None,
            "avfallstyper": None,
        }
        if niva == "kapitel":
            check(len(kod) == 2 and not farligt and not ange, f"{w}: bad chapter row")
            check(r["kapitel"] == kod and r["underkapitel"] == "", f"{w}: chapter columns")
            node["avfallstyper"] = []
            chapters.append(node)
        elif niva == "underkapitel":
            check(len(kod) == 4 and not farligt and not ange, f"{w}: bad subchapter row")
            check(r["kapitel"] == kod[:2] and r["underkapitel"] == kod, f"{w}: subchapter columns")
            parent = by_code.get(kod[:2])
            check(parent is not None, f"{w}: subchapter {kod} before its chapter")
            node["avfallstyper"] = []
            parent["avfallstyper"].append(node)
        elif niva == "avfallstyp":
            check(len(kod) == 6, f"{w}: leaf {kod} is not 6 digits")
            check(r["kapitel"] == kod[:2] and r["underkapitel"] == kod[:4], f"{w}: leaf columns")
            parent = by_code.get(kod[:4])
            check(parent is not None, f"{w}: leaf {kod} before its subchapter")
            parent["avfallstyper"].append(node)
        else:
            raise CheckError(f"{w}: unknown niva {niva!r}")
        by_code[kod] = node

    # Structure: ascending order on every level, no empty headings.
    def walk(nodes, depth):
        codes = [n["kod"] for n in nodes]
        check(codes == sorted(codes), f"{where}: codes not ascending at depth {depth}")
        for n in nodes:
            if depth < 2:
                check(n["avfallstyper"], f"{where}: heading {n['kod']} has no children")
                walk(n["avfallstyper"], depth + 1)

    walk(chapters, 0)
    return chapters


def leaves(tree):
    out = []
    for ch in tree:
        for sub in ch["avfallstyper"]:
            out.extend(sub["avfallstyper"])
    return out


def all_nodes(tree):
    for n in tree:
        yield n
        if n["avfallstyper"]:
            yield from all_nodes(n["avfallstyper"])


def compare_with_reference_tree(tree, ref_tree, where):
    """Our tree (built from the CSV) must equal the reference JSON tree,
    except for the two keys we add (ewc, mangdGrans)."""

    def strip(nodes):
        if nodes is None:
            return None
        out = []
        for n in nodes:
            m = {k: v for k, v in n.items() if k not in ("ewc", "mangdGrans")}
            m["avfallstyper"] = strip(n["avfallstyper"])
            out.append(m)
        return out

    check(strip(tree) == ref_tree, f"{where}: CSV tree and JSON tree differ")


def parse_statute_text(path):
    """Six-digit codes and their '*' from the statute text (the list as found)."""
    codes = {}
    pat = re.compile(r"^(\d{2}) (\d{2}) (\d{2})(\*?) ")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = pat.match(line)
        if m:
            kod = m.group(1) + m.group(2) + m.group(3)
            check(kod not in codes, f"{path.name}: duplicate {kod}")
            codes[kod] = m.group(4) == "*"
    return codes


def build_avfallstyper(ref, swagger, stats):
    rows_old = read_csv(ref, "avfallstyper_bilaga3.csv")
    rows_new = read_csv(ref, "avfallstyper_bilaga3_fran_2026-12-09.csv")
    old = csv_to_tree(rows_old, "avfallstyper_bilaga3.csv")
    new = csv_to_tree(rows_new, "avfallstyper_bilaga3_fran_2026-12-09.csv")

    compare_with_reference_tree(old, read_json(ref, "avfallstyper.json"), "avfallstyper.json")
    compare_with_reference_tree(new, read_json(ref, "avfallstyper_fran_2026-12-09.json"),
                                "avfallstyper_fran_2026-12-09.json")
    check_fields(old[0].keys(), swagger, "Request.Avfallstyp", "avfallstyper node")

    old_leaves = {n["kod"]: n for n in leaves(old)}
    new_leaves = {n["kod"]: n for n in leaves(new)}

    # Cross-check 1: the statute text, code by code.
    statute = parse_statute_text(ref / "avfallsforordningen_2020-614_bilaga3.txt")
    check(statute == {k: n["farligt"] == "True" for k, n in old_leaves.items()},
          "statute text and avfallstyper_bilaga3.csv disagree on codes or '*'")

    # Cross-check 2: DEFRA's EWC list (same EU code set and hazard marks).
    defra = {r["code"]: parse_bool(r["hazardous"], "ewc_en_defra.csv") for r in read_csv(ref, "ewc_en_defra.csv")}
    check(defra == {k: n["farligt"] == "True" for k, n in old_leaves.items()},
          "ewc_en_defra.csv and avfallstyper_bilaga3.csv disagree on codes or hazard")

    # Cross-check 3: old list + the change list = new list.
    old_nodes = {n["kod"]: n for n in all_nodes(old)}
    new_nodes = {n["kod"]: n for n in all_nodes(new)}
    expected = {k: (n["ewc"], n["beskrivning"]) for k, n in old_nodes.items()}
    for r in read_csv(ref, "avfallstyper_andringar_2026-12-09.csv"):
        kod, change = r["kod"], r["andring"]
        if change == "ny":
            check(kod not in expected, f"andringar: new {kod} already exists")
            expected[kod] = (r["ewc_efter"], r["beskrivning_efter"])
        elif change == "borttagen":
            check(expected.get(kod) == (r["ewc_fore"], r["beskrivning_fore"]), f"andringar: removed {kod} mismatch")
            del expected[kod]
        elif change.startswith("ändrad"):
            check(expected.get(kod) == (r["ewc_fore"], r["beskrivning_fore"]), f"andringar: changed {kod} mismatch")
            expected[kod] = (r["ewc_efter"], r["beskrivning_efter"])
        else:
            raise CheckError(f"andringar: unknown change {change!r}")
    check(expected == {k: (n["ewc"], n["beskrivning"]) for k, n in new_nodes.items()},
          "avfallstyper_bilaga3.csv + andringar != avfallstyper_bilaga3_fran_2026-12-09.csv")

    # Facts the app relies on.
    check(old_leaves["160604"]["farligt"] == "False", "160604 should be non-hazardous before 2026-12-09")
    check(new_leaves["160604"]["farligt"] == "True", "160604 should be hazardous from 2026-12-09")

    def summary(tree, lv):
        return {
            "kapitel": len(tree),
            "underkapitel": sum(len(c["avfallstyper"]) for c in tree),
            "avfallstyper": len(lv),
            "farliga": sum(1 for n in lv.values() if n["farligt"] == "True"),
            "angeResultatAvAtervinning": sum(1 for n in lv.values() if n["angeResultatAvAtervinning"]),
        }

    s_old, s_new = summary(old, old_leaves), summary(new, new_leaves)
    check((s_old["avfallstyper"], s_old["farliga"]) == (842, 408), f"old list counts {s_old}")
    check((s_new["avfallstyper"], s_new["farliga"]) == (880, 435), f"new list counts {s_new}")
    only_new = sorted(set(new_nodes) - set(old_nodes))
    removed = sorted(set(old_nodes) - set(new_nodes))
    hazard_changed = sorted(k for k in set(old_leaves) & set(new_leaves)
                            if old_leaves[k]["farligt"] != new_leaves[k]["farligt"])
    text_changed = sorted(k for k in set(old_nodes) & set(new_nodes)
                          if old_nodes[k]["beskrivning"] != new_nodes[k]["beskrivning"])
    stats["avfallstyper"] = {
        "2020": s_old,
        "2026-12-09": s_new,
        "endast_ny": only_new,
        "borttagna": removed,
        "borttagna_ewc": [old_nodes[k]["ewc"] for k in removed],
        "farlighet_andrad": hazard_changed,
        "text_andrad": text_changed,
    }

    out_old = {
        "giltigFran": "2020-11-01",
        "giltigTill": "2026-12-08",
        "kalla": "Avfallsförordningen (2020:614) bilaga 3 Avfallstyper, lydelse till och med 2026-12-08 "
                 "(SFS 2020:614 i lydelse enligt SFS 2025:824). angeResultatAvAtervinning är härlett, "
                 "inte hämtat från registret; se SOURCES.md.",
        "avfallstyper": old,
    }
    out_new = {
        "giltigFran": "2026-12-09",
        "giltigTill": None,
        "kalla": "Avfallsförordningen (2020:614) bilaga 3 Avfallstyper, lydelse från och med 2026-12-09 "
                 "(batteriändringarna enligt EU C(2025)1360). angeResultatAvAtervinning är härlett, "
                 "inte hämtat från registret; se SOURCES.md.",
        "avfallstyper": new,
    }
    return {"avfallstyper_2020.json": dumps(out_old), "avfallstyper_2026-12-09.json": dumps(out_new)}


# --------------------------------------------------------------------------
# 2. Behandlingsmetoder (R1-R13, D1-D15)


def build_behandlingsmetoder(ref, swagger, stats):
    rows = read_csv(ref, "behandlingsmetoder.csv")
    under = read_csv(ref, "behandlingsmetoder_underkoder.csv")
    ref_json = read_json(ref, "behandlingsmetoder.json")

    under_text = {u["underkod"]: u["beskrivning"] for u in under}
    check(len(under_text) == len(under) == 15, "underkoder: expected 15 unique letters A-O")
    allowed = {}
    for u in under:
        for kod in u["tillaten_for"].split():
            allowed.setdefault(kod, []).append(u["underkod"])

    expected_codes = [f"R{i}" for i in range(1, 14)] + [f"D{i}" for i in range(1, 16)]
    check([r["kod"] for r in rows] == expected_codes, "behandlingsmetoder.csv: not exactly R1-R13, D1-D15 in order")

    out = []
    for r in rows:
        check(r["kod"] == r["typ"] + r["typnummer"], f"behandlingsmetoder.csv: kod {r['kod']} != typ+typnummer")
        letters = list(r["underkoder"])
        check(letters == sorted(allowed.get(r["kod"], [])),
              f"behandlingsmetoder: underkoder for {r['kod']} differ between the two CSVs")
        out.append({
            "kod": r["kod"],
            "typ": r["typ"],
            "typnummer": int(r["typnummer"]),
            "beskrivning": r["beskrivning"],
            "underkoder": [{"kod": c, "beskrivning": under_text[c]} for c in letters],
        })
    check(out == ref_json, "behandlingsmetoder.json differs from the CSVs")
    check_fields(out[0].keys(), swagger, "Response.Behandlingsmetod", "behandlingsmetoder")
    check_fields(out[0]["underkoder"][0].keys(), swagger, "Response.Underkod", "underkoder")
    stats["behandlingsmetoder"] = {
        "metoder": len(out),
        "utan_underkod": [m["kod"] for m in out if not m["underkoder"]],
        "kombinationer": sum(len(m["underkoder"]) for m in out),
    }
    return {"behandlingsmetoder.json": dumps(out)}


# --------------------------------------------------------------------------
# 3. Transportsätt


def build_transportsatt(ref, swagger, stats):
    rows = read_csv(ref, "transportsatt.csv")
    out = [{"transportsatt": r["transportsatt"], "beskrivning": r["beskrivning"]} for r in rows]
    check(len(out) == 6, "transportsatt: expected 6 rows")
    ref_json = read_json(ref, "transportsatt.json")
    check(out == ref_json, "transportsatt.csv and transportsatt.json differ")
    check_fields(out[0].keys(), swagger, "Response.Transportmedel", "transportsatt")
    # The contract lists the same six in the description of every transportsatt field.
    desc = swagger_schema(swagger, "Request.Anteckningar.Transport")["properties"]["transportsatt"]["description"]
    in_contract = re.findall(r"<dt>(\w)</dt><dd>([^<]*)</dd>", desc)
    check(in_contract == [(o["transportsatt"], o["beskrivning"]) for o in out],
          f"transportsatt differs from {SWAGGER}: {in_contract}")
    stats["transportsatt"] = len(out)
    return {"transportsatt.json": dumps(out)}


# --------------------------------------------------------------------------
# 4. Återvinningsresultattyper (waste oil; codes and flags unconfirmed)

ATERVINNING_FLAGS = [
    "mangdRegenereringForvantas",
    "mangdAnnanMaterialatervinningForvantas",
    "mangdEnergiatervinningForvantas",
    "mangdBortskanffandeForvantas",  # sic: the register's spelling
    "specifikationOvrigtForvantas",
]


def build_atervinningsresultattyper(ref, swagger, stats):
    rows = read_csv(ref, "atervinningsresultattyper.csv")
    out = []
    for i, r in enumerate(rows, start=1):
        w = f"atervinningsresultattyper.csv:{i + 1}"
        check(re.fullmatch(r"\d{2}", r["kod_forslag"]) is not None, f"{w}: kod not two digits")
        check(int(r["rad_i_nfs"]) == i, f"{w}: rows out of NFS order")
        item = {"kod": r["kod_forslag"], "beskrivning": r["beskrivning"]}
        for flag in ATERVINNING_FLAGS:
            item[flag] = parse_bool(r[flag], w)
        item["bekraftat"] = False
        out.append(item)
    check(len(out) == 12, "atervinningsresultattyper: expected 12 rows")
    check(len({o["kod"] for o in out}) == 12, "atervinningsresultattyper: duplicate kod")
    check_fields([k for k in out[0] if k != "bekraftat"], swagger, "Response.AtervinningsresultatTyp",
                 "atervinningsresultattyper")
    stats["atervinningsresultattyper"] = len(out)
    return {"atervinningsresultattyper.json": dumps(out)}


# --------------------------------------------------------------------------
# 5. Anteckningstyper (our own short help texts; ids are ours)

LAG = "avfallsförordningen (2020:614)"

ANTECKNINGSTYPER = [
    # (resource path, beskrivning, aktör, lagrum, tillämpning) -- texts are our own words
    ("transportplaneringar", "Transportplanering",
     "Avfallsproducent",
     f"6 kap. 1 § {LAG}",
     "Görs av den som producerat det farliga avfallet, innan avfallet transporteras bort."),
    ("transporter", "Transport",
     "Transportör med tillstånd eller anmälan för avfallstransport",
     f"6 kap. 2 § {LAG}",
     "Görs av transportören före transportens start. Vid flera transportörer antecknar var och en sin del."),
    ("insamlingar", "Insamlingsmottagning",
     "Insamlare",
     f"6 kap. 3 § 1 {LAG}",
     "Görs när insamlaren har tagit emot avfallet, senast två arbetsdagar efter mottagandet."),
    ("insamlingstransport", "Insamlingstransport",
     "Insamlare",
     f"6 kap. 3 § 2 {LAG}",
     "Görs av insamlaren innan det insamlade avfallet transporteras vidare."),
    ("handel", "Handel",
     "Handlare eller mäklare",
     f"6 kap. 4 § {LAG}",
     "Görs senast två arbetsdagar efter att avfallet köpts, sålts eller förmedlats."),
    ("behandlingsmottaganden", "Behandlingsmottagning",
     "Behandlare",
     f"6 kap. 5 § 1 {LAG}",
     "Görs när avfallet har tagits emot för behandling, senast två arbetsdagar efter mottagandet."),
    ("behandlingsresultat", "Behandlingsresultat",
     "Behandlare",
     f"6 kap. 5 § 2 {LAG}",
     "Sammanställs per kalenderkvartal: vilka behandlingsmetoder som använts och vad behandlingen gav."),
    ("behandlingsoverlamningar", "Behandlingsöverlämning",
     "Behandlare",
     f"6 kap. 5 § 3 {LAG}",
     "Görs innan avfall som uppstått vid behandlingen transporteras vidare till nästa mottagare."),
]


def build_anteckningstyper(ref, swagger, stats):
    # The eight resource paths must be exactly the contract's POST endpoints.
    posts = sorted(p.strip("/") for p, ops in swagger["paths"].items() if "post" in ops)
    check(posts == sorted(a[0] for a in ANTECKNINGSTYPER), f"anteckningstyper: POST paths in contract are {posts}")
    out = [
        {"id": i, "beskrivning": b, "aktor": a, "lagrum": l, "tillampning": t}
        for i, (_path, b, a, l, t) in enumerate(ANTECKNINGSTYPER, start=1)
    ]
    check_fields(out[0].keys(), swagger, "Response.Anteckningstyp", "anteckningstyper")
    stats["anteckningstyper"] = len(out)
    return {"anteckningstyper.json": dumps(out)}


# --------------------------------------------------------------------------
# 6. Kommuner och län


def build_kommuner(ref, swagger, stats):
    lan_rows = read_csv(ref, "lan.csv")
    kom_rows = read_csv(ref, "kommuner.csv")
    lan = [{"kod": r["lanskod"], "namn": r["lansnamn"]} for r in lan_rows]
    lan_names = {l["kod"]: l["namn"] for l in lan}
    check(len(lan) == len(lan_names) == 21, f"lan.csv: expected 21 unique län, got {len(lan)}")
    for l in lan:
        check(re.fullmatch(r"\d{2}", l["kod"]) is not None, f"lan.csv: bad kod {l['kod']}")
    kommuner = []
    for r in kom_rows:
        kod, lk = r["kommunkod"], r["lanskod"]
        check(re.fullmatch(r"\d{4}", kod) is not None, f"kommuner.csv: bad kod {kod}")
        check(kod[:2] == lk, f"kommuner.csv: {kod} not in län {lk}")
        check(lk in lan_names and lan_names[lk] == r["lansnamn"], f"kommuner.csv: län {lk} mismatch")
        check(r["kommunnamn"] and r["kommunnamn"] == r["kommunnamn"].strip(), f"kommuner.csv: bad name for {kod}")
        kommuner.append({"kod": kod, "namn": r["kommunnamn"], "lan": lk})
    codes = [k["kod"] for k in kommuner]
    check(len(kommuner) == 290, f"kommuner: expected exactly 290 municipalities, got {len(kommuner)}")
    check(len(set(codes)) == 290, "kommuner: duplicate kommunkod")
    check(codes == sorted(codes), "kommuner: not in code order")
    check([l["kod"] for l in lan] == sorted(lan_names), "lan: not in code order")
    check(set(lan_names) == {k["lan"] for k in kommuner}, "lan: a län without municipalities")
    stats["kommuner"] = {"lan": len(lan), "kommuner": len(kommuner)}
    return {"kommuner.json": dumps({"lan": lan, "kommuner": kommuner})}, set(codes)


# --------------------------------------------------------------------------
# 7. Postnummer -> kommunkod (suggestion only)


def build_postnummer(ref, swagger, stats, kommunkoder, regex):
    rows = read_csv(ref, "postnummer_kommun.csv")
    pat = re.compile(regex)
    by_kommun = {}
    seen = set()
    for i, r in enumerate(rows, start=2):
        pn, kk = r["postnummer"], r["kommunkod"]
        check(pat.fullmatch(pn) is not None, f"postnummer_kommun.csv:{i}: {pn!r} does not match {regex}")
        check(pn not in seen, f"postnummer_kommun.csv:{i}: {pn} maps to more than one kommun")
        check(kk in kommunkoder, f"postnummer_kommun.csv:{i}: unknown kommunkod {kk}")
        seen.add(pn)
        by_kommun.setdefault(kk, []).append(pn)
    out = {k: sorted(v) for k, v in by_kommun.items()}
    text = dumps(out, sort_keys=True)
    size = len(text.encode("utf-8"))
    check(size <= POSTNUMMER_LIMIT_BYTES, f"postnummer.json is {size} bytes, over the limit")
    stats["postnummer"] = {
        "postnummer": len(seen),
        "kommuner_med_postnummer": len(out),
        "kommuner_utan_postnummer": sorted(kommunkoder - set(out)),
        "min": min(seen),
        "max": max(seen),
        "bytes": size,
    }
    return {"postnummer.json": text}


# --------------------------------------------------------------------------
# 8. SWEREF 99 TM bounds and postnummer regex


def build_sweref(ref, swagger, stats):
    facts = read_json(ref, "format_postnummer_sweref99tm.json")
    box = facts["sweref99tm"]["epsg_omrade_projicerat_omslutande"]
    regex = facts["postnummer"]["regex_forslag"]
    re.compile(regex)
    out = {
        "epsg": facts["sweref99tm"]["epsg"],
        "namn": facts["sweref99tm"]["namn"],
        "n_min": box["n_min"],
        "n_max": box["n_max"],
        "e_min": box["e_min"],
        "e_max": box["e_max"],
        "postnummer_regex": regex,
        # Known points for the converter's test (tests/unit/tst_coordinateconverter): the projected
        # corners of EPSG:3006's area and Sweden's outermost points on land.
        "kontrollpunkter": [
            {"namn": name, "lat": p["lat"], "lon": p["lon"], "n": p["n"], "e": p["e"]}
            for name, p in facts["sweref99tm"]["epsg_omrade_projicerat_hornpunkter"].items()
        ] + [
            {"namn": p["plats"], "lat": p["lat"], "lon": p["lon"], "n": p["n"], "e": p["e"]}
            for p in facts["sweref99tm"]["sveriges_ytterpunkter_land_beraknade"]
        ],
    }
    check(out["epsg"] == 3006, "sweref99tm: expected EPSG 3006")
    check(out["n_min"] < out["n_max"] and out["e_min"] < out["e_max"], "sweref99tm: bad box")
    # The box must contain the computed land extreme points.
    for p in facts["sweref99tm"]["sveriges_ytterpunkter_land_beraknade"]:
        check(out["n_min"] <= p["n"] <= out["n_max"] and out["e_min"] <= p["e"] <= out["e_max"],
              f"sweref99tm: extreme point {p['plats']} outside the box")
    stats["sweref99tm"] = out
    return {"sweref99tm.json": dumps(out)}, regex


# --------------------------------------------------------------------------
# 9. ISO 3166-1 alpha-2 country codes (Plats.land)


def build_landskoder(iso_path, locale_dir, stats):
    """The officially assigned ISO 3166-1 alpha-2 codes from Debian's iso-codes package, with the
    Swedish names from its translation catalogue. Codes that are only reserved or user-assigned
    (EU, XK, QO, AC, ...) are not in the standard's list and so not in ours."""
    check(iso_path.is_file(), f"{iso_path} not found: install Debian's iso-codes package")
    entries = json.loads(iso_path.read_text(encoding="utf-8"))["3166-1"]
    try:
        swedish = gettext.translation("iso_3166-1", localedir=str(locale_dir), languages=["sv"])
    except OSError:
        raise CheckError(f"no Swedish iso_3166-1 catalogue under {locale_dir} (iso-codes package)")
    out = []
    for entry in entries:
        code = entry["alpha_2"]
        check(re.fullmatch(r"[A-Z]{2}", code) is not None, f"iso_3166-1: bad alpha_2 {code!r}")
        english = entry.get("common_name", entry["name"])
        out.append({"kod": code, "namn": swedish.gettext(entry["name"]), "namnEngelska": english})
    out.sort(key=lambda e: e["kod"])
    codes = [e["kod"] for e in out]
    check(len(codes) == len(set(codes)), "iso_3166-1: duplicate alpha_2 codes")
    # The officially assigned codes: 249 since South Sudan (SS, 2011). Reserved and user-assigned
    # codes must not be there, the neighbours must.
    check(len(codes) == 249, f"iso_3166-1: expected 249 codes, found {len(codes)}")
    for absent in ("EU", "XK", "QO", "AC", "UK", "EL", "TA", "IC", "EA"):
        check(absent not in codes, f"iso_3166-1: {absent} is not an officially assigned code")
    for present in ("SE", "NO", "DK", "FI", "DE", "AX"):
        check(present in codes, f"iso_3166-1: {present} missing")
    check(next(e for e in out if e["kod"] == "NO")["namn"] == "Norge", "iso_3166-1: no Swedish names")
    stats["landskoder"] = {"antal": len(codes), "sha256": sha256(iso_path), "fil": str(iso_path)}
    doc = {
        "kalla": "ISO 3166-1 alpha-2 ur Debians paket iso-codes (iso_3166-1.json), svenska namn ur "
                 "paketets översättning; se SOURCES.md.",
        "landskoder": out,
    }
    return {"landskoder.json": dumps(doc)}


# --------------------------------------------------------------------------
# SOURCES.md

SOURCES_TEMPLATE = """\
# resources/data: where each file comes from

Generated by `scripts/generate_data.py` (and `contract_facts.json` by
`scripts/extract_contract_facts.py`) from the reference folder
`shared/reference/` (see its `SOURCES.md` for repositories, commits and
checksums). Do not edit these files by hand; change the scripts and
regenerate (see `scripts/README.md`).

Status words used below: **confirmed** = stated by a primary source (statute,
NFS or the register's own contract); **inferred** = our deduction;
**unconfirmed** = a proposal that must be checked against the live register
(TEST environment) before it is relied on.

All register-shaped files use the field names of the register's models in
`BTFA.Anteckning.json` (OpenAPI, build 1.2.8, 2023-05-23), so the same parser
reads the bundled file and the live `GET` answer. The scripts check the
emitted keys against those models.

## avfallstyper_2020.json
- Reference file: `avfallstyper_bilaga3.csv`, checked node by node against
  `avfallstyper.json`, code by code (codes and `*`) against
  `avfallsforordningen_2020-614_bilaga3.txt` and `ewc_en_defra.csv`.
- Original source: Avfallsförordningen (2020:614) bilaga 3 "Avfallstyper", in
  the wording in force until 2026-12-08 (SFS 2020:614 as amended by SFS
  2025:824; text from lagen.nu / Regeringskansliets rättsdatabaser via
  `stefanryden/Avfallskoder`, cross-checked against riksdagen's open data via
  `mews-se/avfallsanteckning`). Swedish statute text is public domain
  (9 § upphovsrättslagen).
- Content: {old_kap} chapters, {old_sub} subchapters, {old_leaves} six-digit codes, {old_haz}
  of them hazardous. `giltigFran` 2020-11-01 is the start of the register,
  not the date of this wording.
- `ewc` is built from `kod` plus `*` for hazardous entries. `farligt` is the
  string "True"/"False" (the register types it as a string).
- **Inferred**: `angeResultatAvAtervinning` = true for the {old_ange} leaves of
  subchapters 13 01, 13 02 and 13 03 (waste oils in the sense of the Waste
  Framework Directive art. 3(3)); false elsewhere. Not taken from the register.
- `avfallstypInfo` and `mangdGrans` are null everywhere: no source.

## avfallstyper_2026-12-09.json
- Reference file: `avfallstyper_bilaga3_fran_2026-12-09.csv`, checked against
  `avfallstyper_fran_2026-12-09.json` and against
  `avfallstyper_bilaga3.csv` + `avfallstyper_andringar_2026-12-09.csv`.
- Original source: bilaga 3 in the wording that enters into force 2026-12-09
  (Swedish transposition of the EU list-of-waste amendment for batteries,
  C(2025)1360), from riksdagen's consolidated text via
  `mews-se/avfallsanteckning`. **The amending SFS number was not found.**
- Content: {new_kap} chapters, {new_sub} subchapters, {new_leaves} six-digit codes, {new_haz}
  hazardous. New: {n_only_new} nodes (subchapter 19 14 and {n_only_new_leaves} six-digit
  codes); removed: {removed}. 16 06 04 becomes
  hazardous (16 06 04*). Same inference for `angeResultatAvAtervinning`
  ({new_ange} leaves).
- Which list applies to a note is decided by the app from the day of the
  note's event (transport, receipt, deal; otherwise the day it was made), in
  the note's own UTC offset. The register holds one wording at a time: once
  its `GET /avfallstyper` is fetched, that list decides, and where it
  disagrees with the list of the event day the user is told what will happen.
- Because `angeResultatAvAtervinning` is inferred here, a note that does not
  follow it gets a warning, never a refusal, until the register's own list
  is fetched.

## behandlingsmetoder.json
- Reference files: `behandlingsmetoder.csv`, `behandlingsmetoder_underkoder.csv`,
  checked against `behandlingsmetoder.json`.
- Original sources: R 1–R 13 = avfallsförordningen (2020:614) bilaga 1,
  D 1–D 15 = bilaga 2 (wording per SFS 2025:824; `beskrivning` is the first
  sentence only); underkoder A–O and the allowed combinations = NFS 2020:5
  bilaga 1, tabell 1 and 2. **Confirmed** by statute; later amendments of
  NFS 2020:5 were not looked for. {n_metoder} methods, {n_komb} allowed
  combinations; without underkod: {utan_underkod}.

## transportsatt.json
- Reference files: `transportsatt.csv`, checked against `transportsatt.json`
  and against the `transportsatt` field description in `BTFA.Anteckning.json`.
- **Confirmed**: the six codes and texts are in the register's contract; the
  same modes are in NFS 2020:5 4 § 4.

## atervinningsresultattyper.json
- Reference file: `atervinningsresultattyper.csv`.
- Original source: NFS 2020:5 bilaga 2 "Uppgifter om resultatet av behandling
  av oljor" (the twelve result types and their order: **confirmed**).
- **Unconfirmed**: the two-digit `kod` values ("01"–"12" in table order) and
  all five boolean flags are our proposal; the live list has not been seen.
  Every entry therefore carries `"bekraftat": false` (our own field, not in
  the register's model). `mangdBortskanffandeForvantas` is spelled as in the
  register's contract (sic).

## anteckningstyper.json
- Our own file in the shape of the register's `Anteckningstyp`.
- Order and paths (id → resource): 1 transportplaneringar, 2 transporter,
  3 insamlingar, 4 insamlingstransport, 5 handel, 6 behandlingsmottaganden,
  7 behandlingsresultat, 8 behandlingsoverlamningar.
- **Unconfirmed**: the register's real integer ids, and its `beskrivning`
  texts, are undocumented; ids 1–8 are ours. Match the live list by
  `lagrum`/`beskrivning`, never by id.
- `lagrum` from the summaries of the POST operations in `BTFA.Anteckning.json`
  (SFS 2020:614 6 kap. 1–5 §§) and `contract-notes.md` section 11.
  `aktor` and `tillampning` are short help texts written by us.

## kommuner.json
- Reference files: `kommuner.csv`, `lan.csv`.
- Original source: SCB's municipal and county codes via `sjbrg/swedish-geodata`
  (CC0), cross-checked by the reference helper against SCB's "Län och kommuner
  i kodnummerordning". {n_lan} län, {n_kommuner} municipalities (the script fails unless
  there are exactly 290). `namn` is the short name (e.g. "Upplands Väsby");
  use the code as the key.

## postnummer.json
- Reference file: `postnummer_kommun.csv`.
- Original source: `sjbrg/swedish-geodata` `postal_to_municipality.csv` (CC0),
  September 2024 extract.
- Format: kommunkod → sorted list of postnummer (5 digits, no space);
  {n_pn} postnummer in {n_pn_kommuner} municipalities{utan_pn_text}.
- **Coverage is only about 82 % of Swedish postcodes** and each postcode maps
  to a single municipality even where the real postcode area crosses a
  municipal border. Use it only to *suggest* a kommunkod; never reject an
  address because its postcode is missing or maps elsewhere.

## sweref99tm.json
- Reference file: `format_postnummer_sweref99tm.json`
  (`sweref99tm.epsg_omrade_projicerat_omslutande` and `postnummer.regex_forslag`;
  `kontrollpunkter` from `epsg_omrade_projicerat_hornpunkter` and
  `sveriges_ytterpunkter_land_beraknade`, for the test of the WGS 84 converter).
- Original sources: SWEREF 99 TM parameters from Lantmäteriet; EPSG:3006 area
  of use (lat 54.96–69.07, lon 10.03–24.17). **Inferred**: the projected box
  was computed by the reference helper (it reproduces EPSG's published
  projected bounds); it is the box enclosing the EPSG area, including sea
  areas, so it is a coarse plausibility check, not a land test. Note that
  `e_max` (1 086 313) has 7 digits while the API says `eposition` has 6.
- The postnummer regex `^[1-9][0-9]{{4}}$` is our plausibility rule for a
  Swedish postcode (first digit 1–9); every postcode in `postnummer.json`
  matches it. The contract asks only for five digits without a space, so the
  app refuses anything else but only *warns* about a leading 0; likewise a
  coordinate outside the box is a warning, only the digit counts are errors.

## landskoder.json
- Source file: `{iso_file}` from Debian's `iso-codes` package (SHA-256
  `{iso_sha}`), Swedish names from the package's `iso_3166-1` gettext
  catalogue. Not in the reference folder: regenerating needs the package
  (`apt-get install iso-codes`); building and testing do not, the generated file
  is committed.
- **Confirmed**: the {n_land} officially assigned ISO 3166-1 alpha-2 codes (the
  contract's `land`: "Landskod med två bokstäver (ISO 3166-1 alpha 2)").
  Reserved or user-assigned codes such as EU, XK, QO and AC are not in the
  standard's list and are refused. SE is in the list; the validator refuses it
  for a place (error 1702: a Swedish place is given by kommunkod).

## contract_facts.json
- Reference file: `BTFA.Anteckning.json` (the register's OpenAPI contract,
  downloaded by a third party from the NVV API portal, build 1.2.8).
- Per model: `required` (sorted) and per property `type`, `format`,
  `nullable`, `ref`/`items` (short schema names), `maxLength`/`regex`, and
  the rules the description states in words: `digits` ("5 siffror", "En
  6-siffrig kod"), `decimals` ("Max 3 decimaler"), `noSpace` ("utan
  blankslag"), `countryCode` ("ISO 3166-1 alpha 2") and `words` ('anges
  "SAKNAS"'), null where it states none.
- **Inferred**: the contract has no `maxLength` or `pattern` keywords; both
  are parsed from the description prose ("Max N tecken", "Regex …"). Where a
  description gives two alternative regexes separated by ", " (the orgnr
  fields), they are joined with `|` into one pattern. The phone regex is
  copied verbatim; its second branch is not anchored at the end.
"""


def build_sources(stats):
    a = stats["avfallstyper"]
    o, n = a["2020"], a["2026-12-09"]
    b = stats["behandlingsmetoder"]
    p = stats["postnummer"]
    utan = p["kommuner_utan_postnummer"]
    return SOURCES_TEMPLATE.format(
        old_kap=o["kapitel"], old_sub=o["underkapitel"], old_leaves=o["avfallstyper"],
        old_haz=o["farliga"], old_ange=o["angeResultatAvAtervinning"],
        new_kap=n["kapitel"], new_sub=n["underkapitel"], new_leaves=n["avfallstyper"],
        new_haz=n["farliga"], new_ange=n["angeResultatAvAtervinning"],
        n_only_new=len(a["endast_ny"]),
        n_only_new_leaves=sum(1 for k in a["endast_ny"] if len(k) == 6),
        removed=", ".join(a["borttagna_ewc"]),
        n_metoder=b["metoder"], n_komb=b["kombinationer"], utan_underkod=", ".join(b["utan_underkod"]) or "none",
        n_lan=stats["kommuner"]["lan"], n_kommuner=stats["kommuner"]["kommuner"],
        n_pn=p["postnummer"], n_pn_kommuner=p["kommuner_med_postnummer"],
        utan_pn_text=(f" (no postcode for {len(utan)}: {', '.join(utan)})" if utan else ""),
        iso_file=stats["landskoder"]["fil"], iso_sha=stats["landskoder"]["sha256"],
        n_land=stats["landskoder"]["antal"],
    )


# --------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REF,
                    help=f"reference folder (default {DEFAULT_REF})")
    ap.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUT,
                    help=f"output folder (default {DEFAULT_OUT})")
    ap.add_argument("--iso-codes", type=Path, default=DEFAULT_ISO_CODES,
                    help=f"iso_3166-1.json of Debian's iso-codes package (default {DEFAULT_ISO_CODES})")
    ap.add_argument("--locale-dir", type=Path, default=DEFAULT_LOCALE_DIR,
                    help=f"where iso-codes' translations are (default {DEFAULT_LOCALE_DIR})")
    args = ap.parse_args(argv)
    ref, out_dir = args.reference.resolve(), args.output.resolve()
    if not (ref / SWAGGER).is_file():
        ap.error(f"{ref} does not look like the reference folder ({SWAGGER} missing)")

    swagger = read_json(ref, SWAGGER)
    stats = {}
    files = {}
    try:
        files.update(build_avfallstyper(ref, swagger, stats))
        files.update(build_behandlingsmetoder(ref, swagger, stats))
        files.update(build_transportsatt(ref, swagger, stats))
        files.update(build_atervinningsresultattyper(ref, swagger, stats))
        files.update(build_anteckningstyper(ref, swagger, stats))
        sweref, regex = build_sweref(ref, swagger, stats)
        files.update(sweref)
        kommuner, kommunkoder = build_kommuner(ref, swagger, stats)
        files.update(kommuner)
        files.update(build_postnummer(ref, swagger, stats, kommunkoder, regex))
        files.update(build_landskoder(args.iso_codes, args.locale_dir, stats))
        files["SOURCES.md"] = build_sources(stats)
    except CheckError as e:
        print(f"generate_data.py: check failed: {e}", file=sys.stderr)
        return 1

    out_dir.mkdir(parents=True, exist_ok=True)
    for name in sorted(files):
        data = files[name].encode("utf-8")
        path = out_dir / name
        changed = not path.exists() or path.read_bytes() != data
        if changed:
            path.write_bytes(data)
        shown = path.relative_to(REPO) if REPO in path.parents else path
        print(f"{'wrote    ' if changed else 'unchanged'} {shown}  ({len(data)} bytes)")

    a = stats["avfallstyper"]
    for key in ("2020", "2026-12-09"):
        s = a[key]
        print(f"avfallstyper {key}: {s['kapitel']} kapitel, {s['underkapitel']} underkapitel, "
              f"{s['avfallstyper']} avfallstyper ({s['farliga']} farliga, "
              f"{s['angeResultatAvAtervinning']} angeResultatAvAtervinning)")
    print("  only in new list:", " ".join(a["endast_ny"]))
    print("  removed:", " ".join(a["borttagna"]))
    print("  hazard changed:", " ".join(a["farlighet_andrad"]))
    print("  text changed:", " ".join(a["text_andrad"]))
    p = stats["postnummer"]
    print(f"postnummer: {p['postnummer']} codes in {p['kommuner_med_postnummer']} kommuner "
          f"({p['min']}-{p['max']}); kommuner without postcode: {' '.join(p['kommuner_utan_postnummer']) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
