import json

import pytest
from pydantic import ValidationError

from ftextract.errors import RecordError
from ftextract.record import Record, dumps, json_schema, loads

BASE = {
    "source": {"path": "a/b.txt", "sha256": "0" * 64, "bytes": 12, "encoding": "utf-8", "format": "text"},
    "extractor": {"version": "0.1.0", "model": "fr_core_news_md-3.8.0", "fingerprint": "abc"},
    "title": "Titre",
    "text": "Axelle Lemaire à Marseille, 2 millions d’euros le 3 avril.",
    "chrome": [{"text": "Partager", "kind": "share"}],
    "people": [
        {
            "name": "Axelle Lemaire",
            "aliases": [],
            "roles": [],
            "mentions": [{"start": 0, "end": 14, "text": "Axelle Lemaire"}],
        }
    ],
    "places": [{"name": "Marseille", "aliases": [], "mentions": [{"start": 17, "end": 26, "text": "Marseille"}]}],
    "organizations": [],
    "labels": [],
    "amounts": [
        {"text": "2 millions d’euros", "value": 2000000, "unit": "EUR", "kind": "money", "start": 28, "end": 46}
    ],
    "dates": [{"text": "3 avril", "value": "XXXX-04-03", "start": 50, "end": 57}],
    "warnings": [],
}


def test_schema_is_draft_2020_12_and_names_every_field():
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"]) == list(Record.model_fields)
    assert schema["properties"]["schema_version"]["const"] == "1"


def test_a_record_round_trips_to_the_same_bytes():
    record = Record.model_validate(BASE)
    text = dumps(record)
    assert text.endswith("}\n")
    assert dumps(loads(text)) == text
    assert list(json.loads(text)) == ["schema_version", *[k for k in BASE]]


def test_compact_form_is_one_line_of_the_same_data():
    record = Record.model_validate(BASE)
    line = dumps(record, compact=True)
    assert line.count("\n") == 1 and json.loads(line) == json.loads(dumps(record))


def test_non_ascii_is_written_as_is():
    assert "d’euros" in dumps(Record.model_validate(BASE))


def test_a_mention_that_does_not_match_the_text_is_refused():
    bad = json.loads(json.dumps(BASE))
    bad["places"][0]["mentions"][0]["start"] = 18
    with pytest.raises(ValidationError, match="does not match"):
        Record.model_validate(bad)


@pytest.mark.parametrize("value", ["2019-04-03", "XXXX-04", "2019", "2019-Q4", "XXXX-H1"])
def test_timex_forms_are_accepted(value):
    data = json.loads(json.dumps(BASE))
    data["dates"][0]["value"] = value
    Record.model_validate(data)


@pytest.mark.parametrize("value", ["03/04/2019", "avril", "2019-13-1", ""])
def test_non_timex_dates_are_refused(value):
    data = json.loads(json.dumps(BASE))
    data["dates"][0]["value"] = value
    with pytest.raises(ValidationError):
        Record.model_validate(data)


def test_loads_says_what_is_wrong_with_a_file_that_is_not_a_record():
    with pytest.raises(RecordError, match="not a ftextract record"):
        loads(b'{"hello": 1}')
