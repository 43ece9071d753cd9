"""The learned line model and how it is used: shipped weights, determinism, titles, never losing the article."""

from __future__ import annotations

import pytest

from ftextract.chrome import NO_CORE_WARNING, overrule_one, strip, strip_checked
from ftextract.chrome_features import FEATURES, columns, features
from ftextract.chrome_model import body_probability, column_probability
from ftextract.chrome_rules import decide
from ftextract.document import Line
from ftextract.normalize import split
from ftextract.resources import table
from ftextract.title import fallback, headline

BODY = [
    "Le tribunal administratif de Nantes a suspendu jeudi l'arrêté préfectoral qui interdisait les "
    "rassemblements dans le centre-ville pendant tout le week-end de l'Ascension.",
    "L'association qui avait saisi la justice se félicite d'une décision qui, selon son avocat, rappelle "
    "que la liberté de manifester ne peut être restreinte sans motif précis et proportionné.",
    "La préfecture indique qu'elle étudie la possibilité de faire appel devant le Conseil d'État.",
]
MENU = ["Accueil", "Faits divers", "Politique", "Sport", "Se connecter"]
FOOTER = ["Mentions légales", "Plan du site", "Nous contacter"]
HEADLINE = "Nantes : la justice suspend l'interdiction de manifester"


def dump() -> str:
    return "\n\n".join([f"{HEADLINE} - Le Phare de l'Ouest", "\n".join(MENU), HEADLINE, *BODY, "\n".join(FOOTER)])


def test_weights_match_the_features():
    names = [name for name, _ in table("chrome_model.tsv", 2)]
    assert names == ["intercept", *FEATURES]


def test_probabilities_separate_prose_from_menus():
    lines = split(dump())
    probability = dict(
        zip((line.text for line in lines), body_probability(features(lines, decide(lines))), strict=True)
    )
    assert all(probability[text] > 0.5 for text in BODY)
    assert all(probability[text] < 0.5 for text in MENU + FOOTER)


def test_runtime_columns_give_the_probabilities_of_the_rows_the_model_was_fitted_on():
    lines = split(dump())
    verdict = decide(lines)
    assert column_probability(columns(lines, verdict)) == body_probability(features(lines, verdict))


def test_strip_is_deterministic():
    assert strip(split(dump())) == strip(split(dump()))


@pytest.mark.parametrize(
    ("rule_keep", "flagged", "probability", "kept"),
    [
        (True, False, 0.5, True),  # the rules stand where the model hesitates
        (True, False, 0.1, False),  # a confident model drops a line the rules kept
        (False, False, 0.9, True),  # ... and keeps one they dropped
        (False, True, 0.99, False),  # but never a line a lexicon rule or pattern flags
    ],
)
def test_model_overrules_only_when_confident(rule_keep: bool, flagged: bool, probability: float, kept: bool):
    assert overrule_one(rule_keep, flagged, probability) is kept


def test_page_keeps_headline_and_body_and_takes_the_headline_as_title():
    page = strip(split(dump()))
    assert page.lines == (HEADLINE, *BODY)
    assert page.title == HEADLINE


@pytest.mark.parametrize(
    "first",
    [f"{HEADLINE} | Le Phare de l'Ouest", f"Le Phare de l'Ouest - Actualité - {HEADLINE}", f"Nantes :: {HEADLINE}"],
)
def test_title_is_the_headline_not_the_site_or_breadcrumb(first: str):
    lines = split("\n".join([first, "Accueil", HEADLINE, BODY[0]]))
    index, title = headline(lines, len(lines))
    assert (index, title) == (2, HEADLINE)


def test_fallback_title_is_a_heading_not_a_sentence():
    assert fallback(["Un incendie ravage un entrepôt à Rezé", BODY[0]]) == "Un incendie ravage un entrepôt à Rezé"
    assert fallback([BODY[0]]) == ""


def test_single_sentence_is_kept_whole():
    sentence = "Le maire de Lyon a inauguré mardi la nouvelle ligne de tramway T10."
    page, warnings = strip_checked(split(sentence))
    assert page.lines == (sentence,) and page.chrome == () and warnings == ()


def test_page_without_a_clear_body_keeps_its_lines_and_warns():
    lines = split("Accueil\nLe maire démissionne\nSon adjoint assure l'intérim\nPartager sur Facebook")
    page, warnings = strip_checked(lines)
    assert "Le maire démissionne" in page.lines and "Son adjoint assure l'intérim" in page.lines
    assert warnings == (NO_CORE_WARNING,)


def test_html_main_text_keeps_headline_standfirst_and_caption():
    lines = [
        Line("Accueil", tag="nav", link=True),
        Line(HEADLINE, blank_before=True, tag="h1"),
        Line(
            "La décision, rendue en urgence, tombe à deux jours d'un week-end de mobilisation "
            "annoncé par les syndicats.",
            blank_before=True,
            tag="article",
        ),
        *(Line(text, blank_before=True, tag="extracted") for text in BODY[:2]),
        Line("Le palais de justice de Nantes, jeudi.", blank_before=True, tag="figcaption"),
        Line(BODY[2], blank_before=True, tag="extracted"),
        Line("Lire aussi", blank_before=True, tag="extracted"),
        Line("Mentions légales", blank_before=True, tag="footer", link=True),
    ]
    page = strip(lines)
    assert page.title == HEADLINE
    assert page.lines == tuple(line.text for line in lines[1:7])


def test_article_text_with_no_chrome_keeps_its_short_last_sentence():
    """No rule flags a line here: the model may not drop the closing sentence for being short."""
    article = [
        "Belle soirée à Lunéville",
        "Une centaine de personnes ont assisté samedi soir au concert donné par l'harmonie municipale "
        "dans la salle des fêtes de Lunéville.",
        "Le chef d'orchestre, Pierre Marchal, avait préparé un programme varié, de Bizet à Gershwin, "
        "qui a ravi le public.",
        "Les jeunes musiciens de l'école de musique ont ensuite interprété plusieurs morceaux de leur répertoire.",
        "À l'entracte, les bénévoles de l'association ont servi des boissons et des pâtisseries préparées "
        "par les familles.",
        "La recette de la soirée sera reversée au profit des Restos du cœur de la ville.",
        "Prochain rendez-vous en juin.",
    ]
    page = strip(split("\n".join(article)))
    assert page.lines == tuple(article) and page.chrome == ()
