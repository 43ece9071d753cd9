"""Labels: named labels, designations, awards, honours, certifications and programmes.

Evidence comes in three kinds, tried in order of trust:
1. the gazetteer `labels.tsv`: well-known names and their spellings, each with
   context flags for names that are also persons, acronyms or common words
   ("Oscar Wilde", "Jules César", "le monument historique" are not labels);
2. name shapes that are labels by themselves: "prix" + a capitalised name
   ("prix Turing"), "médaille du mérite UNC", "Trophée Calder", "... Awards",
   "prix du meilleur ...", "élu joueur de l'année";
3. a trigger from `label_triggers.tsv` right before a quoted or capitalised
   name ("labellisée Station verte", "le label « Ville Internet »").
Overlaps are resolved by trust, then length. A span's value is the label's
canonical name, so that every mention of one label groups together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import label_shapes as shapes
from ftextract.recognize.label_shapes import Candidate, Text

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Entry:
    canonical: str
    pattern: re.Pattern[str]
    flags: frozenset[str]
    anchor: str  # the variant's longest word, folded: entries whose anchor is absent are skipped


@cache
def _entries() -> tuple[_Entry, ...]:
    """The gazetteer, one compiled pattern per variant (matched on the folded text)."""
    out = []
    for canonical, variant, flags in resources.table("labels.tsv", 3):
        anchor = max(re.findall(r"\w+", shapes.fold(variant)), key=len)
        out.append(_Entry(canonical, _variant_pattern(variant), frozenset(flags.split(",")) - {"-"}, anchor))
    return tuple(out)


@cache
def canonical_names() -> dict[str, str]:
    """Folded key of every gazetteer variant -> its canonical name (for names found by context)."""
    return {shapes.key(variant): canonical for canonical, variant, _ in resources.table("labels.tsv", 3)}


def _variant_pattern(variant: str) -> re.Pattern[str]:
    """Spaces and hyphens interchangeable, a plural s/x allowed on each word, spacing after apostrophes free."""
    out = []
    for i, ch in enumerate(shapes.fold(variant)):
        if ch in " -":
            out.append(r"(?:s|x)?[ \t-]+" if out and variant[i - 1].isalpha() else r"[ \t-]+")
        elif ch == "'":
            out.append(r"'[ \t]*")
        else:
            out.append(re.escape(ch))
    tail = r"(?:s|x)?" if variant[-1].isalpha() else ""
    return re.compile(r"(?<![\w-])" + "".join(out) + tail + r"(?![\w-])")


@cache
def _by_anchor() -> dict[str, tuple[int, ...]]:
    """A word of the text -> the entries whose anchor it is (bare, or with a plural s/x)."""
    index: dict[str, list[int]] = {}
    for i, entry in enumerate(_entries()):
        for form in (entry.anchor, entry.anchor + "s", entry.anchor + "x"):
            index.setdefault(form, []).append(i)
    return {form: tuple(entries) for form, entries in index.items()}


def _gazetteer(t: Text) -> list[Candidate]:
    found = []
    index, entries = _by_anchor(), _entries()
    # A variant's words stand whole in the text: only entries whose anchor is a word of it can match.
    wanted = sorted({i for word in set(_WORD.findall(t.fold)) for i in index.get(word, ())})
    for entry in (entries[i] for i in wanted):
        for m in entry.pattern.finditer(t.fold):
            start, end = m.span()
            if "upper" in entry.flags and not _all_caps(t.norm[start:end]):
                continue
            end = _category_end(t, end) if "cat" in entry.flags else end
            end = _adjective_end(t, end) if "adj" in entry.flags else end
            if _accepted(t, start, m.end(), end, entry.flags):
                value = entry.canonical
                if end > m.end():
                    value += t.norm[m.end() : end]
                found.append(Candidate(start, end, value, "labels:gazetteer", 0))
    return found


def _single_name_after(t: Text, end: int) -> bool:
    """One capitalised word after an acronym names a product ("AOC Champagne"); more, a body ("AOP Fruits de Corse")."""
    start = end + 1
    stop = shapes.name_end(t, start)
    return stop is not None and " " not in t.norm[start:stop]


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return all(c.isupper() for c in letters)


def _accepted(t: Text, start: int, name_end: int, end: int, flags: frozenset[str]) -> bool:
    """Whether the context allows this gazetteer match, given its flags."""
    if shapes.inside_other_name(t, start):
        return False
    triggered = shapes.after_trigger(t, start)
    if "trig" in flags and not triggered:
        return False
    if "cap" in flags and not (t.norm[start].isupper() or triggered):
        return False
    if "award" in flags and end == name_end:
        prev = shapes.previous_word(t, start)
        if not (triggered or prev.isdigit() or prev in shapes.trigger_words("det")):
            return False
        if shapes.capitalised_after(t, end) and not ("upper" in flags and _single_name_after(t, end)):
            return False
    if "solo" in flags:
        prev = shapes.previous_word(t, start, raw=True)
        glued = t.norm[start - 1 : start] == " " and prev[:1].isupper()
        if glued and prev.lower() not in shapes.trigger_words("det") | shapes.trigger_words("intro"):
            return False
        if shapes.capitalised_after(t, end, through_quotes=True):
            return False
    return True


_CATEGORY = re.compile(r"[ \t]+(?:(?:du|de la|de l'|des)\s*meilleure?s?|d'honneur)(?![\w])")


def _category_end(t: Text, end: int) -> int:
    """End of an award category after the award's name ("Oscar du meilleur scénario adapté")."""
    m = _CATEGORY.match(t.low, end)
    if not m:
        return end
    if m.group(0).strip() == "d'honneur":
        return m.end()
    return shapes.lower_words_end(t, m.end(), 5) or m.end()


def _adjective_end(t: Text, end: int) -> int:
    """End of a geographic adjective closing the award's name ("Ballon d'or africain")."""
    m = re.compile(r"[ \t]+([\w-]+)").match(t.low, end)
    return m.end() if m and m.group(1) in shapes.trigger_words("adj") else end


def find(doc: Document) -> list[Span]:
    """Every label mention in the document, valued by the label's canonical name."""
    t = Text.of(doc)
    candidates = _gazetteer(t) + shapes.shaped(t) + shapes.triggered(t, canonical_names())
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: (c.start, c.end))
    return [doc.span(c.start, c.end, SpanKind.LABEL, c.rule, c.value) for c in chosen]
