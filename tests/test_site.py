"""Site-level boilerplate: lines a site repeats on many of its pages are chrome; one page alone learns nothing."""

from __future__ import annotations

from ftextract import site
from ftextract.chrome import strip
from ftextract.document import ChromeKind
from ftextract.normalize import fold, split

MENU = ["Le Courrier des Alpes", "Isère", "Savoie", "Recevoir nos alertes"]
ARTICLES = [
    [
        "Grenoble accueillera le congrès des maires",
        "La ville de Grenoble a été choisie mardi pour accueillir le congrès national des maires, qui "
        "réunira plus de dix mille élus pendant trois jours au mois de novembre prochain.",
        "Les hôteliers de l'agglomération se préparent déjà à une affluence record, selon la préfecture.",
    ],
    [
        "Chambéry rouvre sa piscine olympique",
        "Après deux ans de travaux, la piscine olympique de Chambéry rouvre ses portes samedi, avec un "
        "bassin rénové et des horaires élargis pour les scolaires et les clubs de la région.",
        "La mairie prévoit une fréquentation de trois cent mille nageurs par an.",
    ],
    [
        "Annecy limite la circulation au bord du lac",
        "La municipalité d'Annecy a décidé de fermer la route du bord du lac aux voitures le dimanche, "
        "de mai à septembre, pour laisser la place aux cyclistes et aux piétons.",
        "Les commerçants craignent une baisse de leur chiffre d'affaires.",
    ],
]


def pages() -> list[list[str]]:
    return [[*MENU, *article, "Recevoir nos alertes"] for article in ARTICLES]


def test_profile_holds_the_lines_repeated_across_pages_only():
    profile = site.profile(pages())
    assert {"isere", "savoie", "recevoir nos alertes", "le courrier des alpes"} <= profile
    assert not any("grenoble" in line or "piscine" in line for line in profile)


def test_profile_of_one_page_is_empty():
    assert site.profile(pages()[:1]) == frozenset()
    assert site.digest(frozenset()) == ""


def test_profile_ignores_page_order_and_is_stable():
    forward, backward = site.profile(pages()), site.profile(list(reversed(pages())))
    assert forward == backward
    assert site.digest(forward) == site.digest(backward) != ""


def test_relevant_part_is_what_a_page_meets():
    profile = site.profile(pages()) | {"une ligne d'une autre page"}
    part = site.relevant(profile, pages()[0])
    assert "une ligne d'une autre page" not in part and "isere" in part


def test_site_key_is_the_folder():
    assert site.site_key("lemonde/2024/a.txt") == "lemonde/2024"
    assert site.site_key("a.txt") == ""
    assert site.site_key("ouest-france\\b.html") == "ouest-france"


def test_site_repeated_lines_are_removed_with_their_kind():
    dump = "\n\n".join(pages()[0])
    profile = site.profile(pages())
    page = strip(split(dump), site_repeated=profile)
    assert "Isère" not in page.lines and "Savoie" not in page.lines
    assert any(block.kind is ChromeKind.SITE_REPEATED for block in page.chrome)
    assert ARTICLES[0][1] in page.lines


def test_a_long_paragraph_the_site_repeats_stays_when_it_is_the_article():
    paragraph = ARTICLES[0][1]
    dump = "\n\n".join(["Accueil", ARTICLES[0][0], paragraph, ARTICLES[0][2], "Mentions légales"])
    page = strip(split(dump), site_repeated=frozenset({fold(paragraph)}))
    assert paragraph in page.lines
