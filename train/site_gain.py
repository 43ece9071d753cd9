"""Measure the site-level boilerplate signal (ftextract.site) on the chrome dump cases grouped by site.

Pages are grouped by their site (meta.json `site`; each dev article is its own site, so they
are unchanged); each group's profile is built from its pages' lines and given to strip.
    .venv/bin/python train/site_gain.py [--set ...]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from harness import scorer

from ftextract import chrome, site
from ftextract.normalize import split


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", nargs="+", dest="sets")
    args = ap.parse_args()
    sc = scorer()
    cases = sc.load_cases("dump", args.sets, None)
    groups: dict[str, list[dict]] = defaultdict(list)
    for c in cases:
        groups[c.get("site") if c["dir"] else c["id"]].append(c)
    multi = [c for g in groups.values() if len(g) > 1 for c in g]
    for label, with_site in (("without site profile", False), ("with site profile", True)):
        results = []
        for members in groups.values():
            lines = {c["id"]: split(c["dump"]) for c in members}
            texts = {key: [ln.text for ln in v] for key, v in lines.items()}
            keys = {key: site.keys(t) for key, t in texts.items()}
            profile = site.profile(list(keys.values()))
            for c in members:
                part = site.relevant(profile, keys[c["id"]]) if with_site else b""
                repeated = site.repeated_lines(texts[c["id"]], part)
                text = chrome.strip(lines[c["id"]], site_repeated=repeated).text
                results.append(sc.score_case(c, {"text": text}, "dump"))
        ids = {c["id"] for c in multi}
        summary = {
            n: sc.summarize([r for r in results if r["set"] == n])
            for n in sc.SETS
            if any(r["set"] == n for r in results)
        }
        summary["pages sharing a site"] = sc.summarize([r for r in results if r["id"] in ids])
        print(label)
        print(sc.table(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
