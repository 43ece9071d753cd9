"""A civility names the person after it, whatever the model saw."""

import pytest

from ftextract.document import Document
from ftextract.recognize import civilities


def _names(text):
    return [s.text for s in civilities.find(Document(text))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("M. Martin a remercié les bénévoles de l'association.", ["Martin"]),
        ("Hier soir, M. MARTIN a ouvert la séance.", ["MARTIN"]),
        ("Selon Me Dupond-Moretti, le dossier est vide.", ["Dupond-Moretti"]),
        ("M. de Villepin est arrivé à Nancy.", ["de Villepin"]),
        ("On note la présence de M. et Mme Paul Girard.", ["Paul Girard"]),
        ("Le Pr Jean-Pierre Dupont et M. J.-P. Morel sont venus.", ["Jean-Pierre Dupont", "J.-P. Morel"]),
    ],
)
def test_the_name_after_a_civility_is_a_person(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "M. le maire a pris la parole.",  # a function, no name
        "[5] Aagaard, K. & Nielsen, M. W. (2019) Concentration of research funding.",  # initials of a reference
        "Out of 17 observations by the W. M. Keck Observatory in Hawaii.",  # a middle initial
        "As in one of John M. Ford's novels, time folds.",
    ],
)
def test_no_person_without_a_civility_and_a_name(text):
    assert _names(text) == []


def test_a_sentence_opening_civility_gives_a_person_in_the_record(extract_text):
    record = extract_text("M. Martin a remercié les bénévoles de l'association.")
    assert [p.name for p in record.people] == ["Martin"]
