"""Where the time of one batch goes: each stage of the pipeline timed alone, in ms per article.

The same articles as bench/throughput.py (dev articles, replicated); the model is loaded and
warmed before timing. Stages: read + clean (decode, lines, chrome), the model (tokenizer, each
component, reading its output into plain data), each recognizer, roles, grouping, the record
and its JSON.

    .venv/bin/python bench/stages.py [--articles 200]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from corpus import build

from ftextract import discover, entities, nlp, overlaps, pipeline
from ftextract.document import SpanKind
from ftextract.recognize import RECOGNIZERS, roles
from ftextract.record import dumps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    spent: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        articles = discover.find([build(Path(tmp) / "raw", args.articles)])
        data = [a.path.read_bytes() for a in articles]
        model = nlp.model()
        warm = [pipeline.prepare(d, a.relative) for d, a in zip(data[:8], articles, strict=False)]
        for p, d in zip(warm, nlp.analyze_many([p.doc for p in warm]), strict=True):
            pipeline.finish(p, d)

        started = time.perf_counter()
        prepared = [pipeline.prepare(d, a.relative) for d, a in zip(data, articles, strict=True)]
        spent["read + clean (decode, lines, chrome)"] = time.perf_counter() - started

        texts = [p.doc.norm for p in prepared]
        started = time.perf_counter()
        sdocs = [model.make_doc(t) for t in texts]
        spent["model: tokenizer"] = time.perf_counter() - started
        for name, component in model.pipeline:
            started = time.perf_counter()
            sdocs = list(component.pipe(sdocs, batch_size=nlp.BATCH_SIZE))
            spent[f"model: {name}"] = time.perf_counter() - started
        started = time.perf_counter()
        docs = [nlp._read(p.doc, s) for p, s in zip(prepared, sdocs, strict=True)]
        spent["model: output to plain data"] = time.perf_counter() - started

        started = time.perf_counter()
        records = [pipeline.finish(p, doc) for p, doc in zip(prepared, docs, strict=True)]
        spent["finish: recognizers, roles, grouping, record"] = time.perf_counter() - started
        started = time.perf_counter()
        for record in records:
            dumps(record)
        spent["record to JSON"] = time.perf_counter() - started

        for doc in docs:  # the breakdown of finish, timed again piece by piece
            spans = []
            for recognizer in RECOGNIZERS:
                name = recognizer.__name__.rsplit(".", 1)[-1]
                started = time.perf_counter()
                spans += recognizer.find(doc)
                spent[f"  of which recognize: {name}"] += time.perf_counter() - started
            started = time.perf_counter()
            spans = overlaps.resolve(spans)
            found_roles = roles.find(doc, [s for s in spans if s.kind is SpanKind.PERSON])
            entities.group(doc, [s for s in spans if s.kind in pipeline._ENTITY_KINDS], found_roles)
            spent["  of which overlaps, roles, grouping"] += time.perf_counter() - started

    n = len(articles)
    model_ms = sum(v for k, v in spent.items() if k.startswith("model:")) * 1000 / n
    ours_ms = sum(v for k, v in spent.items() if not k.startswith(("model:", "  "))) * 1000 / n
    print(f"articles: {n}; ms per article (one process, one core)")
    for name, seconds in spent.items():
        print(f"  {name:52} {seconds * 1000 / n:7.2f}")
    print(f"  {'model, all':52} {model_ms:7.2f}")
    print(f"  {'ftextract around the model':52} {ours_ms:7.2f}")


if __name__ == "__main__":
    main()
