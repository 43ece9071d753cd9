"""Every occurrence of a found name is a mention: the model's misses in one sentence do not hide it."""

from ftextract.document import Document, SpanKind
from ftextract.mentions import complete

ELF = (
    "Alfred Sirven, bras droit du président du groupe pétrolier Elf, a proposé le marché aux dirigeants de Thomson.\n"
    "Selon les juges, une partie de la commission a été payée par les fonds secrets d'Elf, puis versée à Genève.\n"
)


def _mentions(record, kind, name):
    return [m.text for e in getattr(record, kind) if e.name == name for m in e.mentions]


def test_a_name_the_model_misses_in_one_sentence_is_still_a_mention(extract_text):
    record = extract_text(ELF)
    assert _mentions(record, "organizations", "Elf") == ["Elf", "Elf"]
    assert all(
        record.text[m.start : m.end] == "Elf" for e in record.organizations for m in e.mentions if e.name == "Elf"
    )


def test_a_name_inside_a_longer_name_or_word_is_no_further_mention(extract_text):
    text = (
        "Jean Martin habite à Saint-Martin-de-Ré depuis dix ans, près du port.\n"
        "Martin y a ouvert une boulangerie, et il livre aussi les villages voisins en martinets.\n"
    )
    record = extract_text(text)
    assert _mentions(record, "people", "Jean Martin") == ["Jean Martin", "Martin"]


def test_a_name_with_two_kinds_in_the_article_gets_no_guessed_mention():
    doc = Document("Toul a battu Nancy 70-61. À Toul, il pleuvait. Toul reste en tête du classement.")
    club, venue = doc.span(0, 4, SpanKind.ORGANIZATION, "ner:ORG"), doc.span(28, 32, SpanKind.PLACE, "ner:LOC")
    assert complete(doc, [club, venue]) == [club, venue]
    added = complete(doc, [club])
    assert [(s.start, s.kind) for s in added] == [(0, club.kind), (28, club.kind), (47, club.kind)]
