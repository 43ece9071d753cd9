"""Named streets, sites and natural features: the place noun is part of the place's name."""

import pytest

from ftextract.document import Document, SpanKind
from ftextract.recognize import ner, sites


def _names(text):
    return {s.text for s in sites.find(Document(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les obsèques seront célébrées jeudi en l'église Saint-Martin de Pont-à-Mousson.", "église Saint-Martin"),
        ("Le loto du club aura lieu samedi à 20h, salle du Parc.", "salle du Parc"),
        ("Le marché se tient chaque mercredi place Stanislas.", "place Stanislas"),
        ("Un immeuble s'est effondré rue d'Aubagne dans la nuit.", "rue d'Aubagne"),
        ("Les randonneurs ont été secourus au col du Tourmalet.", "col du Tourmalet"),
        ("Il a été transféré au centre pénitentiaire de Fresnes.", "Fresnes"),  # a landmark "de" a town: the town
        ("Le col de la Schlucht est fermé par la neige.", "col de la Schlucht"),
        ("Les pensionnaires de la maison Marcel-Pagnol ont fêté Noël.", "maison Marcel-Pagnol"),
        ("Le concert est donné au gymnase Jean-Jaurès à 18 heures.", "gymnase Jean-Jaurès"),
        ("La gauche a gagné dans le 3e arrondissement aux élections municipales.", "3e arrondissement"),
        ("Le 1er arrondissement de Marseille est le plus petit.", "1er arrondissement"),
    ],
)
def test_noun_and_name_make_one_place(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La messe sera dite en l'église de Vignot.", set()),  # the church of Vignot: the place is Vignot
        ("La salle des fêtes sera rénovée au printemps.", set()),
        ("Le conseil a voté pour la place laissée libre.", set()),
        ("Il a pris la place de Dupont au conseil.", {"place de Dupont"}),  # no model here: only the pattern
    ],
)
def test_no_place_without_a_name_in_the_right_form(text, names):
    assert _names(text) == names


def test_street_noun_before_de_and_a_person_is_no_street(analyzed):
    doc = analyzed("Il a pris la place de Jean Dupont au conseil municipal.")
    assert not any(s.text.startswith("place") for s in sites.find(doc))


def test_a_hall_named_after_a_person_is_a_place_not_a_person(analyzed):
    found = {(s.text, s.kind) for s in ner.find(analyzed("L'entraînement aura lieu dès 14h, salle Jean-Mathieu."))}
    assert ("salle Jean-Mathieu", SpanKind.PLACE) in found
    assert not any(kind is SpanKind.PERSON for _, kind in found)


def test_site_and_the_town_after_it_are_two_places(analyzed):
    found = {s.text for s in ner.find(analyzed("Les obsèques seront célébrées en l'église Notre-Dame de Void-Vacon."))}
    assert "Void-Vacon" in found and "église Notre-Dame de Void-Vacon" not in found


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("La section judo a organisé le premier tour de la compétition dans la salle du COSEC.", "COSEC"),
        ("Les espoirs s'entraînent chaque soir au gymnase du CREPS, avec leur entraîneur.", "CREPS"),
    ],
)
def test_an_acronym_after_a_site_noun_and_du_is_the_body_owning_the_site(extract_text, text, owner):
    record = extract_text(text + "\n")
    assert owner in {e.name for e in record.organizations}
    assert not record.places


def test_a_place_name_never_runs_onto_the_next_line():
    assert _names("Rendez-vous samedi salle Dupont\nLe Maire a confirmé sa venue.") == {"salle Dupont"}
