"""The record never depends on the day it is made: the same article under two clocks gives the same bytes."""

from __future__ import annotations

import datetime
import time

import pytest

from ftextract.pipeline import extract
from ftextract.record import dumps

NO_EVIDENCE = (
    "Grève : les transports perturbés\n"
    "La grève de jeudi 13 avril s'annonce très suivie dans les transports.\n"
    "Le trafic reprendra en mars prochain, selon la direction, et les tarifs baisseront au premier semestre.\n"
)
PUBLISHED = (
    "Grève : les transports perturbés\n"
    "Publié le 11 avril 2023 à 12h10\n"
    "La grève de jeudi 13 avril s'annonce très suivie dans les transports.\n"
    "Le trafic avait déjà été perturbé en mars dernier, selon la direction.\n"
)


def _freeze(monkeypatch: pytest.MonkeyPatch, day: datetime.date) -> None:
    """Every way to read "today": date.today, datetime.now/today/utcnow, time.time."""
    stamp = datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC).timestamp()

    class FrozenDate(datetime.date):
        @classmethod
        def today(cls) -> datetime.date:
            return day

    class FrozenDateTime(datetime.datetime):
        @classmethod
        def now(cls, tz: datetime.tzinfo | None = None) -> datetime.datetime:
            return datetime.datetime.fromtimestamp(stamp, tz)

        @classmethod
        def today(cls) -> datetime.datetime:
            return datetime.datetime.fromtimestamp(stamp)

        @classmethod
        def utcnow(cls) -> datetime.datetime:
            return datetime.datetime.fromtimestamp(stamp, datetime.UTC).replace(tzinfo=None)

    monkeypatch.setattr(datetime, "date", FrozenDate)
    monkeypatch.setattr(datetime, "datetime", FrozenDateTime)
    monkeypatch.setattr(time, "time", lambda: stamp)


def _bytes_under(monkeypatch: pytest.MonkeyPatch, text: str, day: datetime.date) -> str:
    with monkeypatch.context() as m:
        _freeze(m, day)
        assert datetime.date.today() == day
        return dumps(extract(text.encode("utf-8"), "article.txt"))


@pytest.mark.parametrize("text", [NO_EVIDENCE, PUBLISHED], ids=["no-evidence", "published"])
def test_two_system_dates_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    unfrozen = dumps(extract(text.encode("utf-8"), "article.txt"))  # loads the model before the clock is patched
    first = _bytes_under(monkeypatch, text, datetime.date(2019, 1, 15))
    second = _bytes_under(monkeypatch, text, datetime.date(2031, 7, 4))
    assert first == second == unfrozen


def test_an_article_without_year_evidence_keeps_xxxx() -> None:
    record = extract(NO_EVIDENCE.encode("utf-8"), "article.txt")
    values = {d.text: d.value for d in record.dates}
    assert values["jeudi 13 avril"] == "XXXX-04-13"
    assert values["mars prochain"] == "XXXX-03"
    assert values["premier semestre"] == "XXXX-H1"


def test_the_publication_line_dates_the_article() -> None:
    record = extract(PUBLISHED.encode("utf-8"), "article.txt")
    values = {d.text: d.value for d in record.dates}
    assert values["jeudi 13 avril"] == "2023-04-13"
    assert values["mars dernier"] == "2023-03"
