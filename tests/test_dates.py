"""Dates recognizer: tables of French sentences with the dates a reader would note, and the numbers that are not."""

from __future__ import annotations

import datetime
import re
import types

import pytest

from ftextract.document import Document, SpanKind, Timex
from ftextract.recognize import dates, years
from ftextract.resources import table


def found(text: str) -> list[tuple[str, str]]:
    spans = dates.find(Document(text))
    for s in spans:
        assert s.kind is SpanKind.DATE and isinstance(s.value, Timex)
        assert s.text == text[s.start : s.end] and s.rule.startswith("dates:")
    return [(s.text, s.value.value) for s in spans]


def values(text: str) -> list[str]:
    return [v for _, v in found(text)]


POSITIVES = [
    ("Le maire inaugurera la médiathèque vendredi 7 juin.", "vendredi 7 juin", "XXXX-06-07"),
    ("La séance a été levée le 3 avril 2019 à Marseille.", "3 avril 2019", "2019-04-03"),
    ("Le défilé aura lieu le 1er mai, comme chaque année.", "1er mai", "XXXX-05-01"),
    ("La réforme entre en vigueur le 1er janvier 2020.", "1er janvier 2020", "2020-01-01"),
    ("Les travaux ont commencé en avril 2019 sur le port.", "avril 2019", "2019-04"),
    ("Le dispositif sera lancé en janvier dans toute la région.", "janvier", "XXXX-01"),
    ("Le conseil avait voté le budget en mars dernier.", "mars dernier", "XXXX-03"),
    ("Les vendanges commencent à la mi-août dans le Var.", "à la mi-août", "XXXX-08"),
    ("Le pont sera rouvert fin août aux voitures.", "fin août", "XXXX-08"),
    ("Les inscriptions ouvriront début septembre.", "début septembre", "XXXX-09"),
    ("Les ventes de vélos ont bondi au dernier trimestre 2021.", "dernier trimestre 2021", "2021-Q4"),
    ("Le chiffre d'affaires a reculé au premier semestre.", "premier semestre", "XXXX-H1"),
    ("Le groupe publiera ses comptes du T3 2021 en novembre.", "T3 2021", "2021-Q3"),
    ("Le courrier est daté du 14/02/2017.", "14/02/2017", "2017-02-14"),
    ("Le courrier est daté du 14/02/17.", "14/02/17", "2017-02-14"),
    ("Le courrier est daté du 14.02.2017.", "14.02.2017", "2017-02-14"),
    ("Mise à jour : 2017-02-14, rédaction.", "2017-02-14", "2017-02-14"),
    ("La société a été créée en 2019 par deux ingénieurs.", "2019", "2019"),
    ("Il dirige l'association depuis 2017.", "2017", "2017"),
    ("Le juge a appliqué la réforme de 2016 relative aux baux commerciaux.", "2016", "2016"),
    ("Le parti défend la Charte de 2004.", "2004", "2004"),
    ("L'usine devrait fermer d'ici à 2025.", "2025", "2025"),
    ("Le festival se tient chaque année le 14 Juillet.", "14 Juillet", "XXXX-07-14"),
    ("Les magasins resteront ouverts à Noël.", "Noël", "XXXX-12-25"),
    ("Les écoles ferment pendant les vacances de la Toussaint.", "Toussaint", "XXXX-11-01"),
    ("Le match est programmé samedi 23 novembre 2019 au Vélodrome.", "samedi 23 novembre 2019", "2019-11-23"),
    ("Née le 2 mars de 1964, elle a grandi à Brest.", "2 mars de 1964", "1964-03-02"),
    ("Le club a été fondé en décembre 95.", "décembre 95", "1995-12"),
    ("Réponse attendue avant le 03.11.97 au plus tard.", "03.11.97", "1997-11-03"),
    ("Le salon ouvre le mar. 9 mars 2021 à 9h.", "mar. 9 mars 2021", "2021-03-09"),
    ("Rendez-vous vendredi 14 mai à 18h30 devant la mairie.", "vendredi 14 mai", "XXXX-05-14"),
    ("La permanence a lieu le 17/09 à la mairie annexe.", "17/09", "XXXX-09-17"),
    ("Facture de 11/2018 restée impayée.", "11/2018", "2018-11"),
    ("Le taux a été fixé le 5 Février, 2019 par le conseil.", "5 Février, 2019", "2019-02-05"),
    ("Il est arrivé le douze février dans un petit village.", "douze février", "XXXX-02-12"),
    ("Le chantier a été suspendu au troisième trimestre de 2015.", "troisième trimestre de 2015", "2015-Q3"),
]


@pytest.mark.parametrize(("text", "mention", "value"), POSITIVES)
def test_dates_found_with_their_value(text: str, mention: str, value: str) -> None:
    assert (mention, value) in found(text)


RANGES = [
    ("Le tournoi se déroule du 3 au 5 avril à Nantes.", ["XXXX-04-03", "XXXX-04-05"]),
    ("Les assises se tiendront les 2 et 3 décembre.", ["XXXX-12-02", "XXXX-12-03"]),
    ("Le salon est ouvert du 6 au 19 mars 2003.", ["2003-03-06", "2003-03-19"]),
    ("Les vols sont suspendus les 20, 21 et 22 mai.", ["XXXX-05-20", "XXXX-05-21", "XXXX-05-22"]),
    ("La piscine est restée fermée entre le 3 mars et le 28 septembre 2022.", ["2022-03-03", "2022-09-28"]),
    ("La trêve court du 30 décembre au 2 janvier 2021.", ["2020-12-30", "2021-01-02"]),
    ("Il a vécu à Lyon de 2013 à 2017, puis à Lille.", ["2013", "2017"]),
    ("La saison 2019-2020 a été écourtée.", ["2019", "2020"]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_range_gives_one_date_per_end(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_bare_day_takes_the_month_of_the_date_before_it() -> None:
    text = "Le festival s'est ouvert le 4 juillet sous la pluie.\nDès le 6, le soleil est revenu sur les scènes."
    assert values(text) == ["XXXX-07-04", "XXXX-07-06"]


def test_a_bare_day_with_nothing_to_refer_to_is_no_date() -> None:
    assert values("Rendez-vous le 12, devant la gare.") == []


NEGATIVES = [
    "Aujourd'hui, la mairie a annoncé que demain les écoles rouvriraient.",
    "Hier, le maire a rencontré les habitants la semaine dernière.",
    "Le conseil se réunira lundi pour trancher.",
    "La réunion commencera à 14h30 dans la salle des fêtes.",
    "La musique des années 1970 revient à la mode.",
    "Le groupe s'est formé au début des années 2000.",
    "Le chantier a duré pendant trois mois.",
    "Les prix ont doublé au cours des 10 dernières années.",
    "Le projet doit créer 2019 emplois dans la région.",
    "Plus de 2000 personnes ont défilé dans les rues.",
    "Une amende de 1500 euros a été infligée.",
    "Il habite au 12 rue de la République.",
    "Le cortège est parti de la place du 8 Mai 1945.",
    "Le local se trouve rue du 4 Septembre.",
    "Marseille s'est imposée 3-1 face à Lyon.",
    "Les élèves ont obtenu une note de 7/10 en moyenne.",
    "La moitié, soit 1/2 des habitants, a voté.",
    "Le service est disponible 24/7 pour les abonnés.",
    "Il a visité le Pôle Média de la Belle de Mai.",
    "La chanteuse Avril Lavigne sera en concert.",
    "Le Père Noël a distribué des cadeaux au marché de Noël.",
    "La sonde doit se poser sur Mars dans deux ans.",
    "Le décret n° 2017 a été abrogé.",
    "Le site accueille 1 400 visiteurs par jour.",
    "La saison 2011-12 a été décevante.",
    "Les bénévoles ont distribué 12 000 repas.",
    "Le bâtiment mesure 1200 mètres carrés.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates(text: str) -> None:
    assert found(text) == []


def test_year_stays_unknown_without_the_articles_evidence() -> None:
    assert values("Le ferry a repris la mer jeudi 12 septembre après l'avarie.") == ["XXXX-09-12"]


def test_weekday_fixes_the_year_next_to_a_stated_year() -> None:
    text = "Le club a présenté samedi 6 juillet son budget pour le premier semestre 2019."
    assert values(text) == ["2019-07-06", "2019-H1"]


def test_weekday_does_not_guess_a_year_far_from_the_stated_ones() -> None:
    # Thursday 12 September fell in 2013, 2019 and 2024: none within a year of 2008.
    text = "Le port a été agrandi en 2008. Le ferry a repris la mer jeudi 12 septembre."
    assert values(text) == ["2008", "XXXX-09-12"]


def test_weekday_fitting_only_an_older_stated_year_keeps_xxxx() -> None:
    # Thursday 12 September fits 2013 (around 2012), not 2019-2021 around the latest year, 2020.
    text = "La digue date de 2012 et le quai de 2020. Le ferry a repris la mer jeudi 12 septembre."
    assert values(text) == ["2012", "2020", "XXXX-09-12"]


def test_weekday_fitting_two_stated_years_keeps_xxxx() -> None:
    # Wednesday 3 April fell in 2019 and in 2030.
    text = "Le plan, présenté mercredi 3 avril, court de 2019 jusqu'en 2030."
    assert values(text)[0] == "XXXX-04-03"


def test_the_clock_is_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoToday(datetime.date):
        @classmethod
        def today(cls) -> NoToday:
            raise AssertionError("the clock was read")

    monkeypatch.setattr(years, "datetime", types.SimpleNamespace(date=NoToday))
    text = "En 2019, le jury a siégé mercredi 3 avril, puis le 3 mai."
    assert values(text) == ["2019", "2019-04-03", "XXXX-05-03"]


def test_spans_are_sorted_and_deterministic() -> None:
    text = "En 2019, du 3 au 5 avril, puis le 1er mai 2019 et en juin dernier, fin 2020."
    first = dates.find(Document(text))
    assert first == dates.find(Document(text))
    assert first == sorted(first, key=lambda s: (s.start, s.end))


def test_typographic_spaces_and_apostrophes_are_read() -> None:
    assert found("Le chantier, lancé le 9\u00a0octobre prochain, s\u2019achèvera d\u2019ici à 2030.") == [
        ("9\u00a0octobre prochain", "XXXX-10-09"),
        ("2030", "2030"),
    ]


@pytest.mark.parametrize(
    ("name", "columns"),
    [("months.tsv", 3), ("weekdays.tsv", 3), ("holidays.tsv", 3), ("periods.tsv", 3), ("day_words.tsv", 2)],
)
def test_date_vocabulary_is_well_formed(name: str, columns: int) -> None:
    rows = table(name, columns)
    assert rows and len({r[0].lower() for r in rows}) == len(rows)
    for row in rows:
        if name == "months.tsv":
            assert 1 <= int(row[1]) <= 12 and row[2] in ("name", "abbr")
        elif name == "weekdays.tsv":
            assert 0 <= int(row[1]) <= 6 and row[2] in ("name", "abbr")
        elif name == "holidays.tsv":
            assert re.fullmatch(r"\d\d-\d\d", row[1]) and row[2] in ("yes", "no")
        elif name == "periods.tsv":
            assert re.fullmatch(r"Q[1-4]|H[12]", row[1]) and row[2] in ("optional", "required")
        else:
            assert 1 <= int(row[1]) <= 31


def test_date_cues_have_known_roles() -> None:
    roles = {role for _, role in table("date_cues.tsv", 2)}
    assert roles == {"place-head", "decade", "number-sign", "quantity", "year-cue", "year-follower"}


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Les comptes du premier trimestre de l'année 2016 sont bons.", "premier trimestre de l'année 2016", "2016-Q1"),
        ("Il est arrivé le 8 mai de l'année 2016 à Brest.", "8 mai de l'année 2016", "2016-05-08"),
        ("Le défilé du 14-Juillet a été annulé.", "14-Juillet", "XXXX-07-14"),
        ("Les syndicats défileront le 1er-Mai.", "1er-Mai", "XXXX-05-01"),
        ("Je serai absent du 3 au 12 de Sept pour les vendanges.", "12 de Sept", "XXXX-09-12"),
    ],
)
def test_the_year_of_and_hyphenated_holidays(text: str, mention: str, value: str) -> None:
    assert (mention, value) in found(text)


def test_a_hyphenated_street_date_is_no_date() -> None:
    assert found("Il habite rue du 4-Septembre, à Paris.") == []
