"""Site-level boilerplate: runs of lines a site repeats on many of its pages are chrome; one page alone
learns nothing, and a folder mixing sites loses no body line to a chance repeat."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from ftextract import site
from ftextract.chrome import strip
from ftextract.cli import app
from ftextract.document import ChromeKind
from ftextract.normalize import fold, split

MENU = ["Le Courrier des Alpes", "Isère", "Savoie", "Recevoir nos alertes"]
ARTICLES = [
    [
        "Grenoble accueillera le congrès des maires",
        "La ville de Grenoble a été choisie mardi pour accueillir le congrès national des maires, qui "
        "réunira plus de dix mille élus pendant trois jours au mois de novembre prochain.",
        "Les hôteliers de l'agglomération se préparent déjà à une affluence record, selon la préfecture.",
    ],
    [
        "Chambéry rouvre sa piscine olympique",
        "Après deux ans de travaux, la piscine olympique de Chambéry rouvre ses portes samedi, avec un "
        "bassin rénové et des horaires élargis pour les scolaires et les clubs de la région.",
        "La mairie prévoit une fréquentation de trois cent mille nageurs par an.",
    ],
    [
        "Annecy limite la circulation au bord du lac",
        "La municipalité d'Annecy a décidé de fermer la route du bord du lac aux voitures le dimanche, "
        "de mai à septembre, pour laisser la place aux cyclistes et aux piétons.",
        "Les commerçants craignent une baisse de leur chiffre d'affaires.",
    ],
]


def pages() -> list[list[str]]:
    return [[*MENU, *article, "Recevoir nos alertes"] for article in ARTICLES]


def _repeated(all_pages: list[list[str]], page: list[str]) -> frozenset[str]:
    profile = site.profile([site.keys(p) for p in all_pages])
    return site.repeated_lines(page, site.relevant(profile, site.keys(page)))


def test_the_menu_repeated_on_every_page_is_found_and_the_articles_are_not():
    repeated = _repeated(pages(), pages()[0])
    assert {"isere", "savoie", "le courrier des alpes"} <= repeated
    assert not any("grenoble" in line or "congres" in line for line in repeated)


def test_a_word_two_pages_share_by_chance_is_not_site_chrome():
    # "Gaza" alone on a line (an inline link's text) in two articles of a mixed folder.
    one = ["Les habitants de", "Gaza", "attendent l'aide humanitaire depuis des semaines."]
    two = ["Le convoi parti vers", "Gaza", "a été bloqué à la frontière par l'armée."]
    assert _repeated([one, two], one) == frozenset()


def test_two_versions_of_one_article_are_one_story_and_lose_no_line():
    more = [
        "Le maire a salué une décision qui récompense des années d'efforts pour moderniser le palais des congrès.",
        "Les travaux de mise aux normes du bâtiment, estimés à cinq millions d'euros, seront achevés en septembre.",
    ]
    first = [*MENU, *ARTICLES[0], *more, "Recevoir nos alertes"]
    corrected = [*MENU, ARTICLES[0][0], ARTICLES[0][1].replace("dix mille", "douze mille"), ARTICLES[0][2], *more]
    other = [*MENU, *ARTICLES[1], "Recevoir nos alertes"]
    repeated = _repeated([first, corrected, other], first)
    assert fold(ARTICLES[0][0]) not in repeated  # the headline both versions carry is not chrome
    assert {"isere", "savoie"} <= repeated  # the menu still is: the other article carries it too


def test_one_page_alone_has_no_profile():
    assert site.profile([site.keys(pages()[0])]).size == 0
    assert site.digest(b"") == ""


def test_profile_ignores_page_order_and_is_stable():
    forward = site.profile([site.keys(p) for p in pages()])
    backward = site.profile([site.keys(p) for p in reversed(pages())])
    assert forward.tolist() == backward.tolist()
    part = site.relevant(forward, site.keys(pages()[1]))
    again = site.relevant(backward, site.keys(pages()[1]))
    assert site.digest(part) == site.digest(again) != ""


def test_a_large_folder_needs_more_than_two_pages_to_call_a_block_chrome():
    filler = [[f"Article numéro {i}", f"Un texte propre à la page {i}, sans rien de commun."] for i in range(60)]
    shared = ["Bloc commun", "partagé par deux pages"]
    profile = site.profile([site.keys(p) for p in [*filler, [*shared, "a"], [*shared, "b"]]])
    assert site.relevant(profile, site.keys(shared)) == b""  # 2 of 62 pages is under MIN_SHARE


def test_site_key_is_the_folder_holding_the_page(tmp_path):
    assert site.site_key(tmp_path / "lemonde" / "a.txt") == str(tmp_path / "lemonde")
    assert site.site_key(tmp_path / "a.txt") != site.site_key(tmp_path / "lemonde" / "a.txt")


def test_site_repeated_lines_are_removed_with_their_kind():
    dump = "\n\n".join(pages()[0])
    page = strip(split(dump), site_repeated=_repeated(pages(), pages()[0]))
    assert "Isère" not in page.lines and "Savoie" not in page.lines
    assert any(block.kind is ChromeKind.SITE_REPEATED for block in page.chrome)
    assert ARTICLES[0][1] in page.lines


def test_a_long_paragraph_the_site_repeats_stays_when_it_is_the_article():
    paragraph = ARTICLES[0][1]
    dump = "\n\n".join(["Accueil", ARTICLES[0][0], paragraph, ARTICLES[0][2], "Mentions légales"])
    page = strip(split(dump), site_repeated=frozenset({fold(paragraph)}))
    assert paragraph in page.lines


# Through ingest: a folder of one site's pages, each with the site's menu and footer.
FOOTER = ["Le Courrier des Alpes", "Mentions légales", "Nous contacter"]


def _site_folder(root: Path, count: int = 3) -> Path:
    folder = root / "courrier"
    folder.mkdir(parents=True)
    for i, article in enumerate(ARTICLES[:count]):
        (folder / f"{i}.txt").write_text("\n\n".join([*MENU, *article, *FOOTER]) + "\n", encoding="utf-8")
    return folder


def _ingest(*args: str) -> str:
    result = CliRunner().invoke(app, ["ingest", *args])
    assert result.exit_code == 0, result.stderr
    return result.stderr


def _records(out: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text("utf-8")) for p in sorted(out.rglob("*.json"))}


def test_ingest_removes_the_sites_blocks_and_says_so(tmp_path):
    _ingest(str(_site_folder(tmp_path)), "-o", str(tmp_path / "out"))
    record = _records(tmp_path / "out")["0.json"]
    assert "Savoie" not in record["text"] and "Nous contacter" not in record["text"]
    assert ARTICLES[0][1] in record["text"].splitlines()
    assert "site-repeated" in {c["kind"] for c in record["chrome"]}


def test_a_page_read_alone_keeps_the_extractors_fingerprint_a_site_page_its_own(tmp_path):
    folder = _site_folder(tmp_path)
    _ingest(str(folder), "-o", str(tmp_path / "site"))
    lonely = tmp_path / "alone"
    lonely.mkdir()
    shutil.copy(folder / "0.txt", lonely / "0.txt")
    _ingest(str(lonely), "-o", str(tmp_path / "one"))
    in_site, alone = _records(tmp_path / "site")["0.json"], _records(tmp_path / "one")["0.json"]
    assert in_site["extractor"]["fingerprint"] != alone["extractor"]["fingerprint"]
    extracted = CliRunner().invoke(app, ["extract", str(lonely / "0.txt")]).stdout
    assert json.loads(extracted)["extractor"] == alone["extractor"]


def test_same_records_to_a_folder_to_stdout_and_with_jobs(tmp_path):
    folder = _site_folder(tmp_path)
    _ingest(str(folder), "-o", str(tmp_path / "one"))
    _ingest(str(folder), "-o", str(tmp_path / "two"), "--jobs", "2")
    one, two = ({p.name: p.read_bytes() for p in sorted((tmp_path / n).rglob("*.json"))} for n in ("one", "two"))
    assert one == two
    lines = CliRunner().invoke(app, ["ingest", str(folder), "-o", "-"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == [json.loads(one[name]) for name in sorted(one)]


def test_unchanged_site_is_skipped_and_a_new_page_redoes_only_the_records_it_changes(tmp_path):
    folder = _site_folder(tmp_path, count=2)
    out = tmp_path / "out"
    _ingest(str(folder), "-o", str(out))
    assert "0 written, 2 unchanged" in _ingest(str(folder), "-o", str(out))
    # A third page whose lines meet the first two pages' profile in no new pair: nothing to redo.
    (folder / "x.txt").write_text("Une brève sans menu ni pied de page.\n", encoding="utf-8")
    assert "1 written, 2 unchanged" in _ingest(str(folder), "-o", str(out))
    # A page that repeats the footer as well: the footer's pairs are unchanged, the menu's too.
    (folder / "2.txt").write_text("\n\n".join([*MENU, *ARTICLES[2], *FOOTER]) + "\n", encoding="utf-8")
    assert "1 written, 3 unchanged" in _ingest(str(folder), "-o", str(out))
    # A page that makes a new pair of page 0 repeated (the menu's end, then page 0's headline) redoes page 0.
    (folder / "3.txt").write_text(f"Recevoir nos alertes\n{ARTICLES[0][0]}\n", encoding="utf-8")
    assert "2 written, 3 unchanged" in _ingest(str(folder), "-o", str(out))


def test_a_lost_or_damaged_cache_gives_the_same_records(tmp_path):
    folder = _site_folder(tmp_path)
    out = tmp_path / "out"
    _ingest(str(folder), "-o", str(out))
    first = {p.name: p.read_bytes() for p in sorted(out.rglob("*.json"))}
    cache = out / ".ftextract" / "site-keys.npz"
    assert cache.is_file()
    cache.write_bytes(b"not a cache")
    assert "0 written, 3 unchanged" in _ingest(str(folder), "-o", str(out))
    assert "3 written" in _ingest(str(folder), "-o", str(out), "--force")
    assert {p.name: p.read_bytes() for p in sorted(out.rglob("*.json"))} == first
