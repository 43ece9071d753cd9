"""A national body or a research unit named by a lower-case description is one organization."""

import pytest


def _orgs(record):
    return {e.name for e in record.organizations}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "La société d'astronomie et le centre national de recherche scientifique donneront des conseils.",
            "centre national de recherche scientifique",
        ),
        ("Selon l'office national des forêts, la forêt recule dans le massif.", "office national des forêts"),
        (
            "Pour animer cette soirée, François Puel, chercheur du laboratoire d'astrophysique de Besançon.",
            "laboratoire d'astrophysique de Besançon",
        ),
        (
            "Le syndicat national des enseignants du second degré appelle à la grève jeudi.",
            "syndicat national des enseignants du second degré",
        ),
        (
            "Les comptes de la fédération nationale des chasseurs ont été approuvés.",
            "fédération nationale des chasseurs",
        ),
    ],
)
def test_a_lower_case_description_of_a_unique_body_is_an_organization(extract_text, text, body):
    assert body in _orgs(extract_text(text + "\n"))


@pytest.mark.parametrize(
    "text",
    [
        "Il comparaîtra prochainement devant le tribunal correctionnel de Montbéliard.",
        "Il travaille au laboratoire de chimie depuis 2001, avec trois collègues.",
        "Le projet vise à créer un centre national de formation près de la gare.",
        "L'écusson est fourni par la fédération, via le comité départemental.",
        "Le groupe français de luxe Kering a publié ses résultats.",
    ],
)
def test_a_description_any_town_or_firm_could_have_names_no_body(extract_text, text):
    orgs = _orgs(extract_text(text + "\n"))
    assert not any(word in name for name in orgs for word in ("tribunal", "laboratoire", "centre", "comité", "groupe"))
