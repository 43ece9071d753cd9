"""Public bodies named as the press writes them (public_bodies.tsv): organizations, never the
places or people the model takes them for, alone or opening a longer name."""

import pytest

from ftextract.document import Document, SpanKind
from ftextract.recognize import bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les pompiers du Sdis et le Samu sont intervenus vers 17 h.", "Sdis"),
        ("Les pompiers du Sdis et le Samu sont intervenus vers 17 h.", "Samu"),
        ("Le Sdis 88 a engagé quarante pompiers sur l'incendie.", "Sdis"),
        ("L'Urssaf réclame 20 000 euros à l'entreprise de Lunéville.", "Urssaf"),
        ("Pôle emploi et la Mission locale accueillent les jeunes du canton.", "Pôle emploi"),
        ("Pôle emploi et la Mission locale accueillent les jeunes du canton.", "Mission locale"),
        ("La Caf de la Moselle ferme ses guichets le samedi.", "Caf de la Moselle"),
        ("La Mission locale de Toul ouvre une antenne à Dommartin.", "Mission locale de Toul"),
        ("Blessée, elle a été transportée par le Smur au CHU de Nancy.", "CHU de Nancy"),
    ],
)
def test_a_public_body_is_an_organization_alone_or_opening_a_name(extract_text, text, name):
    record = extract_text(text)
    assert name in {e.name for e in record.organizations}
    assert name not in {e.name for e in [*record.people, *record.places]}


def test_a_body_is_found_as_listed_or_in_capitals_only():
    found = [s.text for s in bodies.find(Document("L'URSSAF et l'Urssaf, mais ni l'urssaf ni Steven Chu."))]
    assert found == ["URSSAF", "Urssaf"]
    assert all(s.kind is SpanKind.ORGANIZATION for s in bodies.find(Document("le CHU")))
