"""Roles from appositions, read next to the people the real model finds."""

import pytest

from ftextract.document import SpanKind
from ftextract.recognize import ner, roles

CASES = [
    (
        "Le nouveau secrétaire d’Etat au numérique Cédric O a dévoilé la liste.",
        "Cédric O",
        "secrétaire d’Etat au numérique",
    ),
    (
        "« C'est un choc », a déclaré le ministre de la Ville et du Logement Olivier Klein lors d'un point-presse.",
        "Olivier Klein",
        "ministre de la Ville et du Logement",
    ),
    (
        "Pascal Lorne, le président d’Aix-Marseille French Tech, a présenté la stratégie.",
        "Pascal Lorne",
        "président d’Aix-Marseille French Tech",
    ),
    (
        "« Nous avons été surpris », explique Claude Nicolas, maire sortant, qui a rejoint les pompiers.",
        "Claude Nicolas",
        "maire sortant",
    ),
    (
        "La procureure de la République de Marseille Dominique Laurens avait indiqué dimanche soir que rien "
        "n'était exclu.",
        "Dominique Laurens",
        "procureure de la République de Marseille",
    ),
]


def _roles(analyzed, text):
    doc = analyzed(text)
    people = [s for s in ner.find(doc) if s.kind is SpanKind.PERSON]
    return {p.text: [r.text for r in rs] for p, rs in roles.find(doc, people).items()}


@pytest.mark.parametrize(("text", "person", "role"), CASES)
def test_role_is_read_from_the_apposition(analyzed, text, person, role):
    assert role in _roles(analyzed, text)[person]


def test_a_verb_after_the_name_is_not_a_role(analyzed):
    found = _roles(analyzed, "Jean Dupont a présenté son projet au conseil municipal de Lyon.")
    assert found.get("Jean Dupont", []) == []


def test_a_role_phrase_never_swallows_another_person(analyzed):
    found = _roles(analyzed, "Le gardien Kasper Schmeichel et le buteur Jamie Vardy ont brillé à Leicester.")
    assert all("Schmeichel" not in r for r in found.get("Jamie Vardy", []))


MORE_CASES = [
    (
        "Une proposition à laquelle a accédé le juge Abdourahmane Sylla avant de suspendre.",
        "Abdourahmane Sylla",
        "juge",
    ),
    ("Le dispositif est complexe, comme l’explique l’ingénieur Scott Saviz à la presse.", "Scott Saviz", "ingénieur"),
    (
        "L’ONG à travers son représentant légal M. Toupou Goéguai salue les efforts.",
        "Toupou Goéguai",
        "représentant légal",
    ),
    ("« Absurde », explique Antony Fastier, toxicologue, ancien de l’Anses.", "Antony Fastier", "toxicologue"),
    ("« Absurde », explique Antony Fastier, toxicologue, ancien de l’Anses.", "Antony Fastier", "ancien de l’Anses"),
    (
        "Zakaria Shehab, 37 ans, est professeur de français à l’université de Gaza, marié à Soha.",
        "Zakaria Shehab",
        "professeur de français à l’université de Gaza",
    ),
    (
        "Le vice-Premier ministre et ministre de l'Intérieur Jan Hamáček avait estimé que c'était grave.",
        "Jan Hamáček",
        "vice-Premier ministre",
    ),
    (
        "Le vice-Premier ministre et ministre de l'Intérieur Jan Hamáček avait estimé que c'était grave.",
        "Jan Hamáček",
        "ministre de l'Intérieur",
    ),
    ("Un sentiment partagé par Yocheved Lifshitz, otage libérée par le Hamas mardi.", "Yocheved Lifshitz", "otage"),
    (
        "Le tribunal a condamné par défaut Foromo Koivogui et Mory Koivogui, braconniers de grande envergure.",
        "Foromo Koivogui",
        "braconniers de grande envergure",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), MORE_CASES)
def test_role_shapes_beyond_the_plain_apposition(analyzed, text, person, role):
    assert role in _roles(analyzed, text)[person]


def test_a_participle_ends_the_role(analyzed):
    found = _roles(analyzed, "Un sentiment partagé par Yocheved Lifshitz, otage libérée par le Hamas mardi.")
    assert found["Yocheved Lifshitz"] == ["otage"]


def test_a_role_before_a_verb_is_not_taken_across_the_clause(analyzed):
    found = _roles(analyzed, "Le maire de Lyon reçoit Jean Dupont à l'hôtel de ville.")
    assert found.get("Jean Dupont", []) == []


def test_the_verb_juger_after_a_name_is_not_a_role(analyzed):
    found = _roles(analyzed, "Jean Dupont juge que la décision est injuste.")
    assert found.get("Jean Dupont", []) == []
