"""Human views: what a reader sees of a record and of a diff, in colour on a terminal, plain when piped."""

from __future__ import annotations

import io

from ftextract import render
from ftextract.diff import article_diff
from tests.test_diff import TEXT, build

NNBSP = "\u202f"


def _show(record) -> str:
    out = io.StringIO()
    render.show(record, out)
    return out.getvalue()


def _record():
    return build(
        TEXT,
        people=[("Anne Hidalgo", (), ("maire",))],
        places=["Paris"],
        amounts=[("2 millions d'euros", 2_000_000, "EUR", "money")],
        dates=[("3 avril 2019", "2019-04-03")],
    )


def test_show_piped_is_plain_text_with_a_table_per_kind():
    shown = _show(_record())
    assert "\x1b[" not in shown
    assert all(line == line.rstrip() for line in shown.splitlines())
    assert "1 people · 1 places · 0 organizations · 0 labels · 1 amounts · 1 dates" in shown
    rows = {line.split()[0]: line.split() for line in shown.splitlines() if line.strip()}
    assert rows["Anne"][2:4] == ["maire", "1"]
    amount = next(line for line in shown.splitlines() if line.startswith(" 2 millions"))
    assert amount.split()[-5:] == ["2", "000", "000", "EUR", "money"] and f"2{NNBSP}000{NNBSP}000" in amount
    assert rows["3"][-1] == "2019-04-03"
    assert "TIMEX value" in shown
    assert "organizations\n" not in shown and "labels\n" not in shown  # no empty tables


def test_show_keeps_each_paragraph_apart():
    shown = _show(_record())
    assert "a présenté le budget.\n\nLe budget atteint" in shown


def test_each_kind_is_marked_in_its_own_colour():
    record = _record()
    marked = render._marked_text(record)
    styles = {marked.plain[s.start : s.end]: str(s.style) for s in marked.spans}
    assert styles["Anne Hidalgo"] == render.STYLES["people"]
    assert styles["Paris"] == render.STYLES["places"]
    assert styles["2 millions d'euros"] == render.STYLES["amounts"]
    assert styles["3 avril 2019"] == render.STYLES["dates"]


def test_numbers_read_the_french_way():
    assert render.number(1_500_000_000) == f"1{NNBSP}500{NNBSP}000{NNBSP}000"
    assert render.number(2.5) == "2,5"


def _diff_view(old, new, *, stat=False) -> str:
    found = article_diff(old, new, old_name="v1.json", new_name="v2.json")
    out = io.StringIO()
    render.diff([found] if found else [], 1, out, stat=stat)
    return out.getvalue()


def test_diff_view_summary_first_then_changes_by_kind_with_word_marks():
    old = _record()
    new = build(
        TEXT.replace("2 millions", "3 millions"),
        people=[("Anne Hidalgo", (), ("maire de Paris",))],
        places=["Paris"],
        amounts=[("3 millions d'euros", 3_000_000, "EUR", "money")],
        dates=[("3 avril 2019", "2019-04-03")],
    )
    lines = _diff_view(old, new).splitlines()
    assert lines[0] == "articles: 1 changed"
    assert lines[1].split() == ["added", "removed", "changed"]
    assert lines[2].split() == ["people", "0", "0", "1"]
    assert "=== v1.json → v2.json (changed)" in lines
    assert "  ~ Anne Hidalgo: roles +maire de Paris -maire" in lines
    assert (
        f"  ~ 2 millions d'euros (2{NNBSP}000{NNBSP}000 EUR) → 3 millions d'euros (3{NNBSP}000{NNBSP}000 EUR)" in lines
    )
    assert "[-2-]{+3+} millions d'euros" in lines[-1]
    assert _diff_view(old, new, stat=True).splitlines() == lines[:5]


def test_identical_records_print_nothing():
    assert _diff_view(_record(), _record()) == ""


def test_long_unchanged_stretches_are_shortened_at_a_space():
    head = "Le conseil municipal a longuement débattu du projet de rénovation de la place centrale "
    old = build(head + "et vote 2 millions.")
    new = build(head + "et vote 3 millions.")
    text_line = _diff_view(old, new).splitlines()[-1]
    assert text_line.startswith("  ~ L1  … ") and "[-2-]{+3+} millions." in text_line
    assert len(text_line) < len(head)
