"""A town's council listed beside other bodies is an organization; the town alone stays a place."""

import pytest


def _names(record, kind):
    return {e.name for e in getattr(record, kind)}


@pytest.mark.parametrize(
    ("text", "council"),
    [
        (
            "En s'engageant dans une candidature commune, la ville de Marseille, la Communauté urbaine "
            "Marseille Provence Métropole et la Communauté du Pays d'Aix ont démontré leur union.",
            "ville de Marseille",
        ),
        (
            "Le projet est financé par la Région Grand Est, la ville de Nancy et la Caisse des dépôts.",
            "ville de Nancy",
        ),
        (
            "La Métropole du Grand Nancy et la commune de Laxou ont signé la convention hier.",
            "commune de Laxou",
        ),
        (
            "Le chantier associe l'Agence de l'eau, la ville d'Épinal, la ville de Remiremont et le Département.",
            "ville de Remiremont",
        ),
    ],
)
def test_a_town_listed_beside_bodies_is_its_council(extract_text, text, council):
    record = extract_text(text + "\n")
    assert council in _names(record, "organizations")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("La ville de Nancy compte cent mille habitants et trois lycées.", "Nancy"),
        ("Il a quitté la ville de Metz pour Strasbourg, où travaille Pierre Durand.", "Metz"),
        ("Elle a visité la ville de Toul, puis le musée de la Cour d'Or.", "Toul"),
    ],
)
def test_a_town_named_alone_stays_a_place(extract_text, text, town):
    record = extract_text(text + "\n")
    assert town in _names(record, "places")
    assert not any("ville" in name or "commune" in name for name in _names(record, "organizations"))
