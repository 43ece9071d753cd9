"""News media, agencies, pollsters and networks: from the list and from the words that cite them."""

import pytest

from ftextract.document import Document, SpanKind
from ftextract.recognize import media


def _names(text):
    return {s.text for s in media.find(Document(text)) if s.kind is SpanKind.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministre a confirmé l'information au Figaro puis au journal Le Parisien.", "Le Parisien"),
        ("« Nous n'avons rien caché », a-t-il déclaré à l'AFP mardi.", "AFP"),
        ("Selon un sondage Ifop pour Le Journal du Dimanche, la cote du maire recule.", "Ifop"),
        ("Selon un sondage Ifop pour Le Journal du Dimanche, la cote du maire recule.", "Le Journal du Dimanche"),
        ("Le baromètre Odoxa pour « Ouest-France » paraît chaque mois.", "Ouest-France"),
        ("L'affaire a été révélée par le quotidien slovaque Sme dimanche.", "Sme"),
        ("La mairie a publié le communiqué sur Twitter et sur Facebook.", "Twitter"),
        # a broadcaster's regional edition is the station's name
        ("Les budgets sont moins généreux que ceux de France 3 Limousin, et la série le prouve.", "France 3 Limousin"),
        ("Interrogé par France Bleu Isère, le maire a répondu.", "France Bleu Isère"),
        ("Il l'a dit à France 3 lundi à Paris.", "France 3"),
    ],
)
def test_medium_is_an_organization(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le monde entier regarde la finale ce soir.",
        "Il a passé 24 heures en garde à vue avant d'être relâché.",
        "Le site internet de la commune sera modernisé cette année.",
        "La libération de la ville a été célébrée en août.",
    ],
)
def test_ordinary_words_are_not_media(text):
    assert _names(text) == set()
