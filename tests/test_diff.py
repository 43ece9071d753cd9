"""`ftextract diff`: each change an editor makes is reported once, as the kind of fact it is.

Model-free tests build records by hand; the editor scenarios edit real development
articles (skipped when ../shared/eval/dev/raw is absent) and extract both versions.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from ftextract.cli import app
from ftextract.diff import compare, match_entities
from ftextract.diff_record import Kind
from ftextract.record import Amount, Date, Entity, ExtractorInfo, Mention, Person, Record, SourceInfo, dumps
from ftextract.textdiff import align, words
from tests.conftest import SHARED

DEV_RAW = SHARED / "eval" / "dev" / "raw"
needs_dev = pytest.mark.skipif(not DEV_RAW.is_dir(), reason="development articles absent")


def _mentions(text: str, form: str) -> list[Mention]:
    return [Mention(start=m.start(), end=m.end(), text=form) for m in re.finditer(re.escape(form), text)]


def build(text: str, *, people=(), places=(), amounts=(), dates=(), title="Titre", version="0.1.0") -> Record:
    """A record by hand: people (name, aliases, roles), amounts (text, value, unit, kind), dates (text, value)."""
    return Record(
        source=SourceInfo(path="a.txt", sha256="0" * 64, bytes=len(text), encoding="utf-8", format="text"),
        extractor=ExtractorInfo(version=version, model="fr_core_news_md-3.8.0", fingerprint=version),
        title=title,
        text=text,
        chrome=[],
        people=[
            Person(
                name=n,
                aliases=list(al),
                roles=list(r),
                mentions=sorted([m for form in (n, *al) for m in _mentions(text, form)], key=lambda m: m.start),
            )
            for n, al, r in people
        ],
        places=[Entity(name=n, aliases=[], mentions=_mentions(text, n)) for n in places],
        organizations=[],
        labels=[],
        amounts=[
            Amount(text=t, value=v, unit=u, kind=k, start=text.index(t), end=text.index(t) + len(t))
            for t, v, u, k in amounts
        ],
        dates=[Date(text=t, value=v, start=text.index(t), end=text.index(t) + len(t)) for t, v in dates],
        warnings=[],
    )


def facts(ops, *, text=False):
    return [(o.op, o.kind.value) for o in ops if text or o.kind is not Kind.TEXT]


# --- alignment and word marks, no model ----------------------------------------------------------


def test_an_amount_in_an_edited_line_is_projected_onto_its_new_place():
    old = "Titre\nLe fonds de 2 millions d'euros aidera les start-up."
    new = "Titre\nUn chapeau ajouté.\nLe fonds public de 3 millions d'euros aidera les start-up."
    alignment = align(old, new)
    start = old.index("2 millions")
    s, e = alignment.project(start, start + len("2 millions d'euros"))
    assert new[s:e] == "3 millions d'euros"


def test_a_removed_line_projects_nowhere():
    alignment = align("Un.\nDeux et 5 euros.\nTrois.", "Un.\nTrois.")
    assert alignment.project(len("Un.\n") + 9, len("Un.\n") + 15) is None


def test_word_marks_join_changes_separated_by_a_lone_space():
    assert words("la secrétaire d'État au numérique", "la ministre du numérique") == (
        ("=", "la "),
        ("-", "secrétaire d'État au"),
        ("+", "ministre du"),
        ("=", " numérique"),
    )


# --- matching and operations, no model -----------------------------------------------------------

TEXT = "La maire Anne Hidalgo a présenté le budget.\nLe budget atteint 2 millions d'euros le 3 avril 2019 à Paris."


def test_a_corrected_figure_is_one_replaced_amount():
    old = build(TEXT, amounts=[("2 millions d'euros", 2_000_000, "EUR", "money")])
    new = build(TEXT.replace("2 millions", "3 millions"), amounts=[("3 millions d'euros", 3_000_000, "EUR", "money")])
    ops = compare(old, new)
    assert facts(ops) == [("replace", "amounts")]
    assert (ops[0].old["value"], ops[0].value["value"]) == (2_000_000, 3_000_000)
    assert ops[0].path == "/amounts/0"


def test_a_moved_paragraph_keeps_its_amounts_and_dates():
    amounts, dates = [("2 millions d'euros", 2_000_000, "EUR", "money")], [("3 avril 2019", "2019-04-03")]
    old = build(TEXT, amounts=amounts, dates=dates)
    first, second = TEXT.split("\n")
    new = build(f"{second}\n{first}", amounts=amounts, dates=dates)
    assert facts(compare(old, new)) == []


def test_a_new_alias_is_a_change_of_the_person_not_a_new_person():
    old = build(TEXT, people=[("Anne Hidalgo", (), ("maire",))])
    new_text = TEXT + "\nSelon Hidalgo, rien ne change."
    new = build(new_text, people=[("Anne Hidalgo", ("Hidalgo",), ("maire",))])
    ops = compare(old, new)
    assert facts(ops) == [("replace", "people")]
    assert ops[0].changes.aliases.added == ["Hidalgo"]
    assert ops[0].path == "/people/Anne Hidalgo"


def test_entities_match_by_alias_when_the_fullest_name_changes():
    old = [Entity(name="Hidalgo", aliases=[], mentions=[])]
    new = [Entity(name="Paris", aliases=[], mentions=[]), Entity(name="Anne Hidalgo", aliases=["Hidalgo"], mentions=[])]
    assert match_entities(old, new) == {0: 1}


def test_a_new_place_is_one_added_place():
    old = build(TEXT, places=["Paris"])
    new = build(TEXT + "\nLa mesure vaudra aussi à Lyon.", places=["Paris", "Lyon"])
    ops = compare(old, new)
    assert facts(ops, text=True) == [("add", "places"), ("add", "text")]
    assert ops[0].path == "/places/Lyon" and ops[1].path == "/text/2"


def test_extractor_metadata_alone_is_no_difference():
    assert compare(build(TEXT), build(TEXT, version="9.9.9")) == []


def test_only_restricts_the_kinds():
    old = build(TEXT, places=["Paris"])
    new = build(TEXT + "\nLa mesure vaudra aussi à Lyon.", places=["Paris", "Lyon"])
    assert facts(compare(old, new, only=(Kind.PLACES,)), text=True) == [("add", "places")]


def test_pointer_escapes_slashes_in_names():
    old = build("AC/DC joue.", places=[])
    new = build("AC/DC joue.", places=["AC/DC"])
    assert compare(old, new)[0].path == "/places/AC~1DC"


# --- editors' changes on real development articles -----------------------------------------------


def _edit(name: str, old: str, new: str) -> tuple[str, str]:
    raw = (DEV_RAW / name).read_text(encoding="utf-8")
    pattern = r"\s+".join(re.escape(w) for w in old.split(" "))
    edited, count = re.subn(pattern, new.replace("\\", r"\\"), raw, count=1)
    assert count == 1, f"{old!r} not in {name}"
    return raw, edited


@pytest.fixture(scope="module")
def versions():
    from ftextract.pipeline import extract

    def run(name: str, old: str, new: str):
        before, after = _edit(name, old, new)
        return compare(extract(before.encode(), name), extract(after.encode(), name))

    return run


@needs_dev
def test_dev_corrected_figure(versions):
    ops = versions("seed-label-frenchtech-2014.txt", "8 milliards d’euros", "9 milliards d’euros")
    assert facts(ops, text=True) == [("replace", "amounts"), ("replace", "text")]
    assert (ops[0].old["value"], ops[0].value["value"]) == (8_000_000_000, 9_000_000_000)


@needs_dev
def test_dev_changed_title_of_a_person(versions):
    ops = versions(
        "jdm-marseille-effondrement.txt",
        "le ministre de la Ville et du Logement Olivier Klein",
        "le ministre délégué au Logement Olivier Klein",
    )
    assert facts(ops, text=True) == [("replace", "people"), ("replace", "text")]
    assert ops[0].path == "/people/Olivier Klein"
    assert ops[0].changes.roles.removed == ["ministre de la Ville et du Logement"]
    assert ops[0].changes.roles.added == ["ministre délégué au Logement"]


@needs_dev
def test_dev_added_paragraph_with_a_new_place(versions):
    ops = versions(
        "jdm-marseille-effondrement.txt",
        "L'enquête elle se poursuit",
        "Des renforts venus de Toulon sont arrivés sur place.\n\nL'enquête elle se poursuit",
    )
    assert facts(ops, text=True) == [("add", "places"), ("add", "text")]
    assert ops[0].value["name"] == "Toulon"


@needs_dev
def test_dev_removed_quote(versions):
    ops = versions(
        "wara-guinee-braconnier-macenta.txt",
        " elle ajoute « Nous allons bien suivre jusqu’à ce qu’il rentre en prison. Je le dis par expérience "
        "dans cette région».",
        "",
    )
    assert facts(ops, text=True) == [("replace", "text")]
    assert "Nous allons bien suivre" in "".join(s.text for s in ops[0].words if s.mark == "-")


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def two_folders(tmp_path):
    if not DEV_RAW.is_dir():
        pytest.skip("development articles absent")
    old, new = tmp_path / "old", tmp_path / "new"
    names = ["seed-label-frenchtech-2014.txt", "lesechos-barometre-macron.txt", "sudinfo-mellet-couvre-feu.txt"]
    for folder in (old, new):
        folder.mkdir()
        for name in names:
            shutil.copy(DEV_RAW / name, folder / name)
    return old, new


def test_identical_inputs_exit_0_and_print_nothing(runner, two_folders):
    old, _new = two_folders
    result = runner.invoke(app, ["diff", str(old), str(old)])
    assert (result.exit_code, result.stdout) == (0, "")


def test_records_pair_with_their_raw_articles_and_extractor_changes_do_not_count(runner, two_folders, tmp_path):
    old, _new = two_folders
    records = tmp_path / "records"
    assert runner.invoke(app, ["ingest", str(old), "-o", str(records)]).exit_code == 0
    assert runner.invoke(app, ["diff", str(records), str(old)]).exit_code == 0
    target = records / "sudinfo-mellet-couvre-feu.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["extractor"]["version"], data["extractor"]["fingerprint"] = "0.0.1", "old"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(records), str(old)])
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_renamed_file_is_one_rename(runner, two_folders):
    old, new = two_folders
    (new / "lesechos-barometre-macron.txt").rename(new / "barometre.txt")
    result = runner.invoke(app, ["diff", "--json", str(old), str(new)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {
            "status": "renamed",
            "old": "lesechos-barometre-macron.txt",
            "new": "barometre.txt",
            "summary": {},
            "ops": [],
        }
    ]


def test_added_and_removed_articles_and_json_lines_follow_the_schema(runner, two_folders):
    from jsonschema import Draft202012Validator

    old, new = two_folders
    (new / "sudinfo-mellet-couvre-feu.txt").unlink()
    shutil.copy(DEV_RAW / "radioprague-prymula-demission.txt", new / "prague.txt")
    raw = (new / "seed-label-frenchtech-2014.txt").read_text(encoding="utf-8")
    (new / "seed-label-frenchtech-2014.txt").write_text(raw.replace("8 milliards", "9 milliards"), encoding="utf-8")
    result = runner.invoke(app, ["diff", "--json", str(old), str(new)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["status"], d["old"] if "old" in d else d["new"]) for d in lines] == [
        ("added", "prague.txt"),
        ("changed", "seed-label-frenchtech-2014.txt"),
        ("removed", "sudinfo-mellet-couvre-feu.txt"),
    ]
    assert lines[1]["summary"] == {
        "amounts": {"added": 0, "removed": 0, "changed": 1},
        "text": {"added": 0, "removed": 0, "changed": 1},
    }
    validator = Draft202012Validator(json.loads(runner.invoke(app, ["schema", "--diff"]).stdout))
    for line in lines:
        validator.validate(line)


def test_human_view_summary_first_plain_when_piped_and_stat_only(runner, two_folders):
    old, new = two_folders
    raw = (new / "seed-label-frenchtech-2014.txt").read_text(encoding="utf-8")
    (new / "seed-label-frenchtech-2014.txt").write_text(raw.replace("8 milliards", "9 milliards"), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 1 and "\x1b[" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0] == "articles: 1 changed (2 equal)"
    amounts = "~ 8 milliards d’euros (8 000 000 000 EUR) → 9 milliards d’euros (9 000 000 000 EUR)"
    assert amounts in result.stdout.replace("\u202f", " ")
    assert "[-8-]{+9+} milliards" in result.stdout
    stat = runner.invoke(app, ["diff", "--stat", str(old), str(new)])
    assert stat.exit_code == 1 and stat.stdout.splitlines() == lines[:4]
    only = runner.invoke(app, ["diff", "--only", "people,dates", str(old), str(new)])
    assert (only.exit_code, only.stdout) == (0, "")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--only", "persons"], "unknown kind persons"),
        (["--json", "--stat"], "not both"),
    ],
)
def test_bad_options_exit_2(runner, tmp_path, args, message):
    result = runner.invoke(app, ["diff", *args, str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2 and message in result.stderr


def test_trouble_exits_2(runner, tmp_path):
    (tmp_path / "a.json").write_text('{"a": 1}', encoding="utf-8")
    (tmp_path / "old").mkdir()
    assert runner.invoke(app, ["diff", str(tmp_path / "a.json"), str(tmp_path / "old")]).exit_code == 2
    assert runner.invoke(app, ["diff", str(tmp_path / "nope.json"), str(tmp_path / "a.json")]).exit_code == 2
    result = runner.invoke(app, ["diff", str(tmp_path / "a.json"), str(tmp_path / "a.json")])
    assert result.exit_code == 2 and "not a ftextract record" in result.stderr


def test_an_unreadable_record_in_a_folder_is_trouble_but_the_others_are_compared(runner, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    for folder, figure in ((old, "2 millions"), (new, "3 millions")):
        folder.mkdir()
        (folder / "a.json").write_text(dumps(build(TEXT.replace("2 millions", figure))), encoding="utf-8")
        (folder / "b.json").write_text("not json", encoding="utf-8")
    result = runner.invoke(app, ["diff", "--json", str(old), str(new)])
    assert result.exit_code == 2
    assert "b.json" in result.stderr
    assert json.loads(result.stdout)["ops"][0]["op"] == "replace"


def test_help_says_extractor_metadata_is_not_a_difference(runner):
    result = runner.invoke(app, ["diff", "--help"])
    assert result.exit_code == 0
    help_text = " ".join(result.stdout.split())
    assert "Differences in extractor or source metadata alone" in help_text
    assert "Example: ftextract diff" in help_text
