"""Property-based tests: arbitrary Unicode, control characters, mixed newlines and long lines
never crash a stage, the offset invariant always holds, and output is deterministic.

Every stage runs 2,000 examples, the whole pipeline with the real model included.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftextract import chrome, decode, html, normalize
from ftextract.document import Document
from ftextract.errors import ArticleRefused
from ftextract.recognize import amounts, dates, labels

MANY = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "Le maire de Lyon",
    ", Grégory Doucet,",
    " a annoncé",
    " 2 millions d’euros",
    " le 3 avril 2019",
    " 12 %",
    " à Marseille.",
    " « Capitale French Tech »",
    " 40\u00a0000 emplois",
    " 1,5 Md€",
    " du 3 au 5 avril",
    " M. Dupont",
    " (AMFT)",
    " Partager",
    " Laisser un commentaire",
    " 14h30",
    " 06 12 34 56 78",
    " 17 rue de Tivoli",
    " mercredi",
    " trois mois",
    " l’an dernier",
    " 1er",
    " 3-0",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\t",
    "\x00",
    "\x0b",
    "\u202f",
    "\u2009",
    "\ufeff",
    "€",
    "$",
    "%",
    "«",
    "»",
    "’",
    " ",
]
french_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
    max_size=60,
).map("".join)
long_line = st.integers(min_value=1, max_value=2000).map(lambda n: "mot 12 % " * n)
any_text = st.one_of(french_text, st.text(max_size=400), long_line)


def _check_spans(doc: Document, spans) -> None:
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    for span in spans:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text


@MANY
@given(st.binary(max_size=600), st.booleans())
def test_decode_refuses_or_decodes_and_is_deterministic(data, is_html):
    try:
        first = decode.decode(data, is_html=is_html)
    except ArticleRefused:
        return
    assert decode.decode(data, is_html=is_html) == first
    assert first.text.strip()


@MANY
@given(any_text)
def test_split_gives_clean_lines_found_in_the_input(text):
    lines = normalize.split(text)
    assert normalize.split(text) == lines
    for line in lines:
        assert line.text and line.text == line.text.strip()
        assert not any(c in line.text for c in "\n\r\u2028\x00")


@MANY
@given(st.one_of(any_text, any_text.map(lambda t: f"<html><body><p>{t}</p><nav>{t}</nav></body></html>")))
def test_html_to_lines_never_crashes(page):
    lines = html.to_lines(page)
    assert html.to_lines(page) == lines
    assert all(line.text and "\n" not in line.text for line in lines)


@MANY
@given(any_text)
def test_chrome_strip_loses_no_line_and_keeps_order(text):
    lines = normalize.split(text)
    page = chrome.strip(lines)
    assert chrome.strip(lines) == page
    removed = [piece for block in page.chrome for piece in block.text.split("\n")]
    assert Counter(page.lines) + Counter(removed) == Counter(line.text for line in lines)
    it = iter(line.text for line in lines)
    assert all(kept in it for kept in page.lines)  # a subsequence: order kept


@MANY
@given(any_text)
def test_rule_recognizers_keep_offsets_and_are_deterministic(text):
    doc = Document(text)
    for recognizer in (amounts, dates, labels):
        spans = recognizer.find(doc)
        _check_spans(doc, spans)
        assert recognizer.find(doc) == spans


@MANY
@given(st.one_of(french_text, st.text(max_size=300)))
def test_whole_pipeline_gives_a_valid_record_or_a_refusal(text):
    from ftextract.pipeline import extract
    from ftextract.record import dumps

    data = text.encode("utf-8", "surrogatepass")
    try:
        record = extract(data, "a.txt")
    except ArticleRefused:
        return
    assert dumps(extract(data, "a.txt")) == dumps(record)  # validation of offsets happens on build
