"""The shipped example: re-extracting data/raw gives exactly the committed records."""

from ftextract import discover
from ftextract.batch import run
from tests.conftest import ROOT, assert_offsets


def test_committed_records_are_what_the_extractor_writes_today():
    articles = discover.find([ROOT / "data" / "raw"])
    assert [a.relative for a in articles] == ["000_01d85b1e37e91aa6.txt", "004_d0664da061a2a2bd.txt"]
    for outcome in run(articles):
        committed = (ROOT / "data" / "extracted" / outcome.relative.replace(".txt", ".json")).read_text("utf-8")
        assert outcome.record == committed, (
            f"{outcome.relative}: the extractor changed; regenerate on purpose with "
            "`ftextract ingest data/raw -o data/extracted --force` and review the diff"
        )


def test_seed_records_hold_the_facts_a_reader_sees(extract_text):
    import json

    record = json.loads((ROOT / "data" / "extracted" / "000_01d85b1e37e91aa6.json").read_text("utf-8"))
    assert_offsets(record)
    people = {p["name"]: p["roles"] for p in record["people"]}
    assert people["Cédric O"] == ["secrétaire d’Etat au numérique"]
    assert "Capitale French Tech" in {label["name"] for label in record["labels"]}
    assert {"value": 2000000, "unit": "EUR"}.items() <= next(a for a in record["amounts"] if a["unit"] == "EUR").items()
    assert "2019-Q4" in {d["value"] for d in record["dates"]}
