#!/usr/bin/env python3
"""Converts the npm packages named in update-data.sh into the resources read by org.organizer.maps.

Outputs (all gzip files written with mtime 0, so reruns on the same input give the same bytes):
  countries-110m.json.gz, countries-50m.json.gz  world-atlas TopoJSON, unchanged (only gzipped)
  country-codes.tsv                              world-atlas feature id (ISO 3166 numeric) or name -> alpha-2
  cities.tsv.gz                                  name, alpha-2, lat, lon, population, alternate names (|)
"""
import argparse, gzip, json, re, shutil, unicodedata
from pathlib import Path

MIN_POPULATION = 1000           # every place GeoNames counts with at least this many people
ALTERNATES_FROM = 15000         # alternate names only for larger places, to keep the file small
# Natural Earth features without an ISO 3166 numeric id in world-atlas, mapped to the ISO country they are
# counted in by ISO 3166 (XK is the user-assigned code in common use for Kosovo, also known to CLDR).
FEATURES_WITHOUT_ID = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}


def gzip_file(src: Path, dst: Path):
    with open(src, "rb") as f:
        dst.write_bytes(gzip.compress(f.read(), compresslevel=9, mtime=0))


def readable_script(text: str) -> bool:
    """Latin or Arabic letters only: the scripts of the publication's languages that people type city names in."""
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if not (name.startswith("LATIN") or name.startswith("ARABIC")):
                return False
    return True


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.category(c).startswith("M")).lower()


def cities(source: Path):
    rows = []
    with open(source, encoding="utf-8") as f:
        for line in f:
            field = line.rstrip("\n").split("\t")
            if len(field) < 15:
                continue
            name, ascii_name, alternates = field[1], field[2], field[3]
            population = int(field[14] or 0)
            if population < MIN_POPULATION or not name:
                continue
            seen = {fold(name)}
            kept = []
            candidates = [ascii_name] + (alternates.split(",") if population >= ALTERNATES_FROM else [])
            for alternate in candidates:
                alternate = alternate.strip().replace("|", " ")
                if (not alternate or re.search(r"\d", alternate)
                        or (len(alternate) <= 4 and alternate.isupper())   # airport and other codes
                        or not readable_script(alternate)):
                    continue
                key = fold(alternate)
                if key not in seen:
                    seen.add(key)
                    kept.append(alternate)
            rows.append((field[8], -population, name.replace("|", " "), field[4], field[5], kept))
    rows.sort()
    lines = ["\t".join([name, country, "%.3f" % float(lat), "%.3f" % float(lon), str(-negpop), "|".join(kept)])
             for country, negpop, name, lat, lon, kept in rows]
    return lines


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--world-atlas", type=Path, required=True)
    p.add_argument("--iso-codes", type=Path, required=True)
    p.add_argument("--cities", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    a = p.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)

    numeric_to_alpha2 = {numeric: alpha2 for alpha2, _alpha3, numeric, *_ in json.loads(a.iso_codes.read_text())}
    codes = ["# world-atlas feature id (ISO 3166-1 numeric) or feature name\tISO 3166-1 alpha-2"]
    for resolution in ("110m", "50m"):
        source = a.world_atlas / f"countries-{resolution}.json"
        gzip_file(source, a.out / f"countries-{resolution}.json.gz")
        for feature in json.loads(source.read_text())["objects"]["countries"]["geometries"]:
            key = feature.get("id") or feature["properties"]["name"]
            alpha2 = numeric_to_alpha2.get(key) or FEATURES_WITHOUT_ID.get(key)
            if alpha2 is None:
                print(f"no ISO 3166 code for {resolution} feature {key} ({feature['properties']['name']}): drawn without one")
            elif f"{key}\t{alpha2}" not in codes:
                codes.append(f"{key}\t{alpha2}")
    (a.out / "country-codes.tsv").write_text("\n".join(codes) + "\n", encoding="utf-8")

    lines = cities(a.cities)
    (a.out / "cities.tsv.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    print(f"{len(lines)} places")


if __name__ == "__main__":
    main()
