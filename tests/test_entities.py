"""Grouping mentions into entities, with the real model's people and places."""

from ftextract.document import SpanKind
from ftextract.entities import group
from ftextract.normalize import fold
from ftextract.recognize import ner, roles


def _groups(analyzed, text):
    doc = analyzed(text)
    spans = ner.find(doc)
    people = [s for s in spans if s.kind is SpanKind.PERSON]
    return {g.name: g for g in group(doc, spans, roles.find(doc, people))}


def test_fold_ignores_case_accents_apostrophes_and_hyphens():
    assert fold("Côte d’Azur") == fold("cote d'azur")
    assert fold("Aix-en-Provence") == "aix en provence"


def test_surname_and_honorific_forms_join_the_full_name(analyzed):
    groups = _groups(
        analyzed,
        "Axelle Lemaire est venue à Marseille mardi. Mme Lemaire a salué les "
        "start-up de la ville. Selon Lemaire, le label est une chance.",
    )
    person = groups["Axelle Lemaire"]
    assert person.kind is SpanKind.PERSON
    assert [m.text for m in person.mentions] == ["Axelle Lemaire", "Lemaire", "Lemaire"]
    assert person.aliases == ["Lemaire"]


def test_two_people_sharing_a_surname_stay_apart(analyzed):
    groups = _groups(
        analyzed, "Foromo Koivogui et Mory Koivogui ont été condamnés à Macenta. Mory Koivogui a fait appel."
    )
    people = [g for g in groups.values() if g.kind is SpanKind.PERSON]
    assert sorted(g.name for g in people) == ["Foromo Koivogui", "Mory Koivogui"]
    assert len(groups["Mory Koivogui"].mentions) == 2


def test_roles_attach_to_the_person(analyzed):
    groups = _groups(
        analyzed, "«Il reste de l'espoir», a estimé lundi le maire de Marseille, Benoît Payan, présent sur le site."
    )
    assert groups["Benoît Payan"].roles == ["maire de Marseille"]


def test_entities_come_in_order_of_first_mention(analyzed):
    doc = analyzed("Renaud Muselier a rencontré Cédric O à Paris. Muselier est reparti à Marseille.")
    names = [g.name for g in group(doc, ner.find(doc), {})]
    assert names.index("Renaud Muselier") < names.index("Cédric O") < names.index("Marseille")


def test_short_forms_of_an_organization_join_it(extract_text):
    text = (
        "Le Centre Hospitalier de la Haute Gironde lance un appel aux dons.\n"
        "Le CHHG manque de surblouses, explique la direction. La Fondation Abbé Pierre a répondu.\n"
        "La Fondation versera 20 000 euros, a précisé le Wall Street Journal, relayé par The Wall Street Journal.\n"
    )
    orgs = {e.name: set(e.aliases) for e in extract_text(text).organizations}
    assert "CHHG" in orgs.get("Centre Hospitalier de la Haute Gironde", set())
    assert "Fondation" in orgs.get("Fondation Abbé Pierre", set())
    assert len([n for n in orgs if "Wall Street Journal" in n]) == 1


def test_place_named_through_a_feature_joins_the_place(extract_text):
    text = (
        "Les éléphants vivent dans le massif du Ziama, en Guinée forestière.\n"
        "Le Ziama est classé réserve de biosphère. Le maire d'Aix-en-Provence est venu à Aix hier.\n"
        "Il habite rue de Tivoli, à Marseille.\n"
    )
    places = {e.name: set(e.aliases) for e in extract_text(text).places}
    assert any("Ziama" in n and "Ziama" in {n, *a} and len({n, *a}) == 2 for n, a in places.items())
    assert "Aix" in places.get("Aix-en-Provence", set())
    assert "rue de Tivoli" in places and "Marseille" in places
