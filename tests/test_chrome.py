"""Chrome stripping on hand-written French page dumps: what a reader of `clean` would notice."""

from __future__ import annotations

import pytest

from ftextract.chrome import strip
from ftextract.document import ChromeKind, Line
from ftextract.normalize import fold, split
from ftextract.resources import table, words

HEADLINE = "Grenoble accueillera le congrès national des maires en 2026"
PARAGRAPHS = [
    "La ville de Grenoble a été choisie mardi pour accueillir le congrès national des maires, "
    "qui réunira plus de dix mille élus pendant trois jours au mois de novembre prochain.",
    "Le maire a salué une décision qui récompense, selon lui, les efforts de la métropole pour "
    "développer ses capacités d'accueil et ses transports en commun depuis plusieurs années.",
    "Les hôteliers de l'agglomération se préparent déjà à une affluence record, et la préfecture "
    "annonce un dispositif de sécurité renforcé autour du palais des congrès pendant toute la durée de l'événement.",
]
COMMENTS = [
    "Par Martine L.",
    "le 12 mars 2024 à 18h02",
    "Encore une dépense inutile pour les contribuables de la région, alors que les routes du département "
    "sont dans un état lamentable et que personne ne semble vouloir s'en occuper sérieusement depuis des années.",
    "Par Gérard P.",
    "le 12 mars 2024 à 19h40",
    "Très bonne nouvelle pour les commerçants du centre-ville qui ont beaucoup souffert ces derniers mois, "
    "espérons que les retombées économiques seront à la hauteur des promesses faites par la municipalité.",
]
MENU = ["Accueil", "Politique", "Économie", "Société", "Sport", "Culture", "Régions", "Monde"]


def page_dump() -> str:
    """A naive scraper's dump of a regional news page: menus, header, body, comments, footer."""
    blocks = [
        [f"{HEADLINE} | Le Courrier des Alpes"],
        ["Menu", "Se connecter", "S'abonner"],
        MENU,
        [HEADLINE],
        ["Par Jeanne Morel"],
        ["Publié le 12 mars 2024 à 10h15"],
        ["Partager", "Partager sur Facebook", "Partager sur Twitter"],
        [PARAGRAPHS[0]],
        ["Lire aussi :", "Municipales : les candidats déclarés à Grenoble"],
        [PARAGRAPHS[1]],
        [PARAGRAPHS[2]],
        ["Laisser un commentaire"],
        ["Vous devez être connecté pour publier un commentaire."],
        ["2 commentaires"],
        *[[c] for c in COMMENTS],
        ["Inscrivez-vous à notre newsletter", "Votre adresse e-mail", "S'inscrire"],
        [
            "Mentions légales",
            "Politique de confidentialité",
            "Gestion des cookies",
            "© 2024 Le Courrier des Alpes - Tous droits réservés",
        ],
    ]
    return "\n\n".join("\n".join(block) for block in blocks)


def test_page_keeps_headline_and_body_only() -> None:
    page = strip(split(page_dump()))
    assert page.lines == (HEADLINE, *PARAGRAPHS)
    assert page.title == HEADLINE


def test_removed_blocks_have_kinds_and_reasons() -> None:
    page = strip(split(page_dump()))
    kinds = {block.kind for block in page.chrome}
    assert {ChromeKind.BYLINE, ChromeKind.SHARE, ChromeKind.COMMENT_FORM, ChromeKind.LEGAL} <= kinds
    assert all(block.reason for block in page.chrome)
    byline = [b.text for b in page.chrome if b.kind is ChromeKind.BYLINE]
    assert "Publié le 12 mars 2024 à 10h15" in "\n".join(byline)


def test_nothing_is_lost_and_order_is_kept() -> None:
    lines = split(page_dump())
    page = strip(lines)
    removed = [text for block in page.chrome for text in block.text.split("\n")]
    assert len(removed) + len(page.lines) == len(lines)
    assert sorted(removed + list(page.lines)) == sorted(line.text for line in lines)
    position = {line.text: i for i, line in enumerate(lines)}
    firsts = [position[block.text.split("\n")[0]] for block in page.chrome]
    assert firsts == sorted(firsts)


def test_comments_after_the_article_are_dropped() -> None:
    page = strip(split(page_dump()))
    assert not any("contribuables" in line or "commerçants" in line for line in page.lines)


def test_related_teaser_inside_the_article_is_dropped() -> None:
    page = strip(split(page_dump()))
    assert "Municipales : les candidats déclarés à Grenoble" not in page.lines
    related = [b for b in page.chrome if b.kind is ChromeKind.RELATED]
    assert any("Municipales" in b.text for b in related)


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil municipal de Lyon a voté mardi une hausse de 3 % de la taxe foncière.",
        "Publié le 3 mai, le rapport est accablant.",
        "Partager les richesses reste la priorité du nouveau gouvernement, a déclaré la ministre.",
        "Le maire a démissionné.\nSon adjoint assure l'intérim jusqu'en juin.",
    ],
)
def test_short_article_text_is_never_stripped(text: str) -> None:
    page = strip(split(text))
    assert page.lines == tuple(text.split("\n"))
    assert page.chrome == ()


def test_inline_fragments_of_a_paragraph_are_kept() -> None:
    body = [
        "Selon",
        "l'Insee",
        ", le taux de chômage a reculé de 0,2 point au dernier trimestre, à",
        "7,3 %",
        "de la population active, une baisse plus forte que prévu par les économistes.",
    ]
    dump = "\n\n".join(
        [
            "Le chômage recule au quatrième trimestre - Le Journal",
            "\n".join(MENU),
            "Le chômage recule au quatrième trimestre",
            "\n".join(body),
            PARAGRAPHS[1],
            "Mentions légales\nPlan du site\nContact",
        ]
    )
    page = strip(split(dump))
    assert page.lines == ("Le chômage recule au quatrième trimestre", *body, PARAGRAPHS[1])
    assert page.title == "Le chômage recule au quatrième trimestre"


def test_bulleted_list_inside_the_article_is_kept() -> None:
    items = ["des couvertures", "des vêtements chauds", "des produits d'hygiène"]
    dump = "\n\n".join(
        [
            "Accueil\nActualités\nSport\nCulture",
            PARAGRAPHS[0],
            "L'association recherche en priorité :",
            *items,
            PARAGRAPHS[2],
            "Tous droits réservés\nMentions légales",
        ]
    )
    page = strip(split(dump))
    assert page.lines == (PARAGRAPHS[0], "L'association recherche en priorité :", *items, PARAGRAPHS[2])


def test_html_structural_hints_mark_chrome() -> None:
    lines = [
        Line("Accueil", tag="nav", link=True),
        Line("Politique", tag="nav", link=True),
        Line(HEADLINE, blank_before=True, tag="article"),
        *(Line(p, blank_before=True, tag="article") for p in PARAGRAPHS),
        Line("Contact", blank_before=True, tag="footer", link=True),
        Line("Plan du site", tag="footer", link=True),
    ]
    page = strip(lines)
    assert page.lines == (HEADLINE, *PARAGRAPHS)
    assert page.chrome[0].kind is ChromeKind.NAVIGATION
    assert page.chrome[-1].kind is ChromeKind.FOOTER


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (f"{HEADLINE} | Le Courrier des Alpes", HEADLINE),
        (f"{HEADLINE} - Isère - Le Courrier des Alpes", HEADLINE),
        (f"Édition de Grenoble | {HEADLINE}", HEADLINE),
    ],
)
def test_title_is_the_headline_not_the_site(first: str, title: str) -> None:
    dump = "\n\n".join([first, "\n".join(MENU), HEADLINE, *PARAGRAPHS, "Mentions légales\nPlan du site"])
    assert strip(split(dump)).title == title


def test_title_without_a_headline_line_is_empty_for_plain_prose() -> None:
    assert strip(split(PARAGRAPHS[0])).title == ""


def test_fold_ignores_case_accents_and_apostrophes() -> None:
    assert fold("  Lire AUSSI : ") == "lire aussi"
    assert fold("S’abonner") == fold("s'abonner") == "s'abonner"
    assert fold("Déjà abonné ?") == "deja abonne"


def test_chrome_phrases_data_is_valid() -> None:
    rows = table("chrome_phrases.tsv", 2)
    assert len(rows) > 100
    assert all(kind in {k.value for k in ChromeKind} for _, kind in rows)
    folded = [fold(phrase) for phrase, _ in rows]
    assert len(folded) == len(set(folded)), "a phrase is listed twice"


def test_stopwords_data_is_folded() -> None:
    stop = words("stopwords_fr.tsv")
    assert {"le", "la", "de", "et", "qui"} <= stop
    assert all(word == fold(word) for word in stop)


def test_short_text_without_a_clear_article_keeps_all_but_flagged_lines() -> None:
    lines = split("Publié le 3 mai 2024 à 9h12\nLe maire démissionne\nSon adjoint assure l'intérim")
    page = strip(lines)
    assert page.lines == ("Le maire démissionne", "Son adjoint assure l'intérim")
    assert [(b.text, b.kind) for b in page.chrome] == [("Publié le 3 mai 2024 à 9h12", ChromeKind.BYLINE)]
