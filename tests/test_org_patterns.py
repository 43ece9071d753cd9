"""Organizations named by a head word and a proper name, found without the model."""

import pytest

from ftextract.document import Document
from ftextract.recognize import org_patterns


def _names(text):
    return {s.text for s in org_patterns.find(Document(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le projet est soutenu par la Ville de Lyon et la Métropole.", "Ville de Lyon"),
        (
            "Elle enseigne le droit à l'université Paul-Valéry de Montpellier depuis 2015.",
            "université Paul-Valéry de Montpellier",
        ),
        ("Le centre Hospitalier de la Haute Gironde manque de masques.", "centre Hospitalier de la Haute Gironde"),
        ("La start-up a été rachetée par l'entreprise Mirakl l'an dernier.", "Mirakl"),
        ("Le Musée des Beaux-Arts de Lyon rouvre ses portes.", "Musée des Beaux-Arts de Lyon"),
    ],
)
def test_head_and_name_make_an_organization(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "La ville de Nantes compte 300 000 habitants.",
        "Ville. Le maire a inauguré la place.",
        "La région Bretagne attire de nombreux touristes.",
        "Le conseil a voté la motion hier soir.",
    ],
)
def test_territory_or_bare_head_is_no_organization(text):
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les enfants ont été reçus à la boulangerie Leroy pour pétrir la pâte.", "boulangerie Leroy"),
        ("Il a fait toute sa carrière à la laiterie Besnier, au poste de chef d'équipe.", "laiterie Besnier"),
        ("Le spectacle a été monté par le collège Saint-Exupéry.", "collège Saint-Exupéry"),
    ],
)
def test_a_trade_or_school_and_its_name_make_an_organization(text, name):
    assert name in _names(text)


def test_a_school_head_takes_an_adjective_before_its_name():
    assert "école primaire Jules-Romains" not in _names("Il est entré à l'école primaire jeudi.")


def test_a_role_before_a_person_is_no_organization(analyzed):
    doc = analyzed("Le président du conseil régional Renaud Muselier a signé la convention.")
    assert not any("conseil" in s.text for s in org_patterns.find(doc))


def test_a_school_named_after_a_person_is_an_organization(analyzed):
    doc = analyzed("Le Petit Prince est entré à l'école primaire Jules-Romains dans le cadre d'un projet.")
    assert "école primaire Jules-Romains" in {s.text for s in org_patterns.find(doc)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Il a présidé la société de pêche "La Gaule vidusienne" durant dix ans.', "La Gaule vidusienne"),
        ("Le collectif « Nous Toutes » appelle à manifester samedi.", "Nous Toutes"),
    ],
)
def test_a_quoted_name_after_a_head_is_the_organization(text, name):
    assert name in _names(text)


def test_a_quoted_word_after_a_head_names_nothing():
    assert _names('La société a "Tremblé" hier, selon son patron.') == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le fond du problème : l'opposition avec le président de l'Harmonie, selon les musiciens.", "Harmonie"),
        ("Depuis son élection à l'Assemblée en 2002, elle défend la parité.", "Assemblée"),
        ("Les musiciens de l'Harmonie municipale répètent le jeudi.", "Harmonie municipale"),
    ],
)
def test_a_capitalised_head_alone_amid_a_sentence_names_the_body(analyzed, text, name):
    assert name in {s.text for s in org_patterns.find(analyzed(text))}


def test_a_capitalised_territorial_head_alone_is_no_organization(analyzed):
    doc = analyzed("Neuf véhicules sur dix étaient mal garés, a constaté la Ville.")
    assert "Ville" not in {s.text for s in org_patterns.find(doc)}


def test_a_head_and_adjective_that_make_a_site_noun_name_a_site_not_a_body(analyzed):
    """ "centre commercial" is a site of place_nouns.tsv: the mall is a place; a hospital stays a body."""
    doc = analyzed("Au niveau 1 du centre commercial Les Nations, la MJC accueillera les enfants.")
    assert not any("centre" in s.text for s in org_patterns.find(doc))
    doc = analyzed("Le centre hospitalier Emile-Durkheim recrute des infirmiers.")
    assert "centre hospitalier Emile-Durkheim" in {s.text for s in org_patterns.find(doc)}
