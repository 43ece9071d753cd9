"""Years of dates that state none: taken from the article's own evidence, else XXXX, never from the clock."""

from __future__ import annotations

import pytest

from ftextract.document import Document
from ftextract.recognize import dates


def value_of(text: str, mention: str, context: str = "") -> str:
    spans = [s for s in dates.find(Document(text, context=context)) if s.text == mention]
    assert spans, f"{mention!r} not read as a date in {text!r}"
    return spans[-1].value.value


PUBLISHED = [
    # (page chrome, text, mention, value)
    ("Publié le 10 avril 2023 à 06:45", "La grève de mardi 28 mars a été très suivie.", "mardi 28 mars", "2023-03-28"),
    ("Publié le 10 avril 2023 à 06:45", "Le conseil avait voté le budget en mars dernier.", "mars dernier", "2023-03"),
    ("Publié le 2 février 2023", "Le conseil avait voté le budget en mars dernier.", "mars dernier", "2022-03"),
    ("Publié le 2 février 2023", "Le chantier avait pris du retard le 20 décembre.", "20 décembre", "2022-12-20"),
    ("Mis à jour le 28 novembre 2022", "Le tarif augmentera en janvier prochain.", "janvier prochain", "2023-01"),
    ("Créé: 12.12.2019, 07h36", "Les vendanges ont commencé à la mi-août dans le Valais.", "à la mi-août", "2019-08"),
    (
        "publié le\n26/12/2020 à 21:00",
        "Le club avait perdu le 1er novembre face à Leeds.",
        "1er novembre",
        "2020-11-01",
    ),
    (
        "Publié le 15 septembre 2021",
        "Le chiffre d'affaires a reculé au premier semestre.",
        "premier semestre",
        "2021-H1",
    ),
    ("15 mai 2019 à 06h00\nL'auteur vous recommande", "Le rapport sera rendu le 30 mai.", "30 mai", "2019-05-30"),
    (
        "Jeudi\n2 novembre 2023",
        "Les frappes de lundi 30 octobre ont détruit le quartier.",
        "lundi 30 octobre",
        "2023-10-30",
    ),
]


@pytest.mark.parametrize(("context", "text", "mention", "value"), PUBLISHED)
def test_the_publication_date_printed_in_the_page_gives_the_year(
    context: str, text: str, mention: str, value: str
) -> None:
    assert value_of(text, mention, context) == value


UNDATABLE = [
    # No evidence, or evidence that does not settle the year: XXXX, never today's year.
    ("", "La grève de mardi 28 mars a été très suivie.", "mardi 28 mars"),
    ("", "Le conseil avait voté le budget en mars dernier.", "mars dernier"),
    ("Rubriques\nÉconomie\nSport", "Le tarif augmentera en janvier.", "janvier"),
    # June is as far before a December page as after it: both years are likely.
    ("Publié le 12 décembre 2019", "Les analyses ont été faites en juin.", "juin"),
    # No year around 2023 puts 28 March on a Saturday.
    ("Publié le 10 avril 2023", "Le match de samedi 28 mars a été reporté.", "samedi 28 mars"),
    # A page that prints today's date beside the article's: two datelines, two years.
    ("11/11/2021\nPolitique\n23/10/2020", "Le ministre avait été nommé en septembre.", "septembre"),
    # "Edition du ..." is the day's paper, not a publication line.
    ("Edition du lundi 12 octobre 2020", "Les analyses ont été faites le 30 avril.", "30 avril"),
    # Copyright years and menus are no publication date.
    ("Copyright © 1998-2020\nMunicipales 2020", "Le tarif augmentera le 3 janvier.", "3 janvier"),
]


@pytest.mark.parametrize(("context", "text", "mention"), UNDATABLE)
def test_without_evidence_the_year_stays_unknown(context: str, text: str, mention: str) -> None:
    assert value_of(text, mention, context).startswith("XXXX")


def test_a_year_stated_in_the_paragraph_wins_over_the_publication_date() -> None:
    text = "Le 3 mars 2019, l'usine a fermé ses portes. Le 5 avril, les salariés ont occupé le site."
    assert value_of(text, "5 avril", "Publié le 10 avril 2023") == "2019-04-05"


def test_a_year_stated_in_another_paragraph_does_not_reach() -> None:
    text = "Le 3 mars 2019, l'usine a fermé ses portes.\nLes salariés manifesteront le 5 avril."
    assert value_of(text, "5 avril", "Publié le 10 avril 2023") == "2023-04-05"
    assert value_of(text, "5 avril") == "XXXX-04-05"


def test_a_paragraph_anchor_crosses_the_new_year_forward() -> None:
    text = "Le 20 décembre 2019, le conseil a voté la réforme, appliquée le 6 janvier."
    assert value_of(text, "6 janvier") == "2020-01-06"


def test_a_bare_year_nearby_is_no_anchor() -> None:
    text = "Créée en 2015, la start-up lèvera des fonds le 12 mars."
    assert value_of(text, "12 mars") == "XXXX-03-12"


def test_a_publication_line_left_in_the_text_counts() -> None:
    text = "Publié le 3 février 2021\nLe tribunal rendra sa décision le 25 février."
    assert value_of(text, "25 février") == "2021-02-25"


def test_a_repeated_month_keeps_the_year_of_its_first_mention() -> None:
    text = "Le texte a été voté en juin dernier.\nDepuis juin, aucun décret n'a été publié."
    assert value_of(text, "juin", "Publié le 12 décembre 2019") == "2019-06"


def test_a_weekday_fixes_the_year_among_the_years_the_article_states() -> None:
    text = "Le salon de 2019 ouvre mercredi 3 avril à Marseille."
    assert value_of(text, "mercredi 3 avril") == "2019-04-03"


def test_a_weekday_picks_the_year_around_the_publication_date() -> None:
    # 28 March fell on a Monday in 2022, on a Tuesday in 2023.
    assert value_of("La réunion du lundi 28 mars a été houleuse.", "lundi 28 mars", "Publié le 10 avril 2023") == (
        "2022-03-28"
    )


def test_the_first_publication_line_wins_over_related_articles() -> None:
    context = "Publié le 27 octobre 2023 à 15h01\nÀ lire aussi\nPublié le 3 mars 2019"
    assert value_of("Les combats ont repris le 7 octobre.", "7 octobre", context) == "2023-10-07"
