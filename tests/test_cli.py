"""The command line as a user meets it: stdout, stderr and exit codes checked separately."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from ftextract.cli import app
from tests.conftest import ROOT, assert_offsets

ARTICLE = (
    "Le label French Tech pour Marseille\n"
    "Partager sur Facebook\n"
    "La secrétaire d'État au numérique Axelle Lemaire a annoncé mercredi 12 novembre 2014 à Marseille "
    "un fonds de 2 millions d'euros pour les start-up de la métropole.\n"
    "Selon Mme Lemaire, la région compte 40 000 emplois dans le numérique.\n"
    "Laisser un commentaire\n"
)


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def raw(tmp_path):
    folder = tmp_path / "raw"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLE.replace("Marseille", "Toulon"), encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def _records(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))}


def test_ingest_mirrors_paths_and_reports_on_stderr(runner, raw, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["ingest", str(raw), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "2 articles: 2 written, 0 unchanged, 0 failed" in result.stderr
    records = _records(out)
    assert list(records) == ["a.json", "sub/b.json"]
    record = json.loads(records["sub/b.json"])
    assert record["source"]["path"] == "sub/b.txt"
    assert_offsets(record)
    assert "Toulon" in {p["name"] for p in record["places"]}


def test_second_run_skips_and_force_redoes_the_same_bytes(runner, raw, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["ingest", str(raw), "-o", str(out)])
    first = _records(out)
    again = runner.invoke(app, ["ingest", str(raw), "-o", str(out)])
    assert "0 written, 2 unchanged" in again.stderr
    forced = runner.invoke(app, ["ingest", str(raw), "-o", str(out), "--force"])
    assert "2 written, 0 unchanged" in forced.stderr
    assert _records(out) == first


def test_a_changed_article_is_redone_and_only_it(runner, raw, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["ingest", str(raw), "-o", str(out)])
    (raw / "a.txt").write_text(ARTICLE + "Un paragraphe ajouté après la publication de l'article.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(raw), "-o", str(out)])
    assert "1 written, 1 unchanged" in result.stderr


def test_jobs_give_the_same_bytes_as_one_process(runner, raw, tmp_path):
    for i in range(20):  # enough articles for the pool to split them over chunks
        shutil.copy(raw / "a.txt", raw / f"copy{i:02}.txt")
    runner.invoke(app, ["ingest", str(raw), "-o", str(tmp_path / "one")])
    result = runner.invoke(app, ["ingest", str(raw), "-o", str(tmp_path / "two"), "--jobs", "2"])
    assert result.exit_code == 0, result.stderr
    assert _records(tmp_path / "one") == _records(tmp_path / "two")


def test_stdout_json_lines_come_in_input_order(runner, raw):
    result = runner.invoke(app, ["ingest", str(raw), "-o", "-"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == ["a.txt", "sub/b.txt"]


def test_a_bad_article_fails_alone_and_is_recorded(runner, raw, tmp_path):
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "out"
    result = runner.invoke(app, ["ingest", str(raw), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "image.txt" in result.stderr
    assert "2 written" in result.stderr and "2 failed" in result.stderr
    assert list(_records(out)) == ["a.json", "sub/b.json"]
    failures = [json.loads(line) for line in (out / ".ftextract" / "failures.jsonl").read_text().splitlines()]
    assert [(f["path"], f["kind"]) for f in failures] == [("empty.txt", "empty"), ("image.txt", "binary")]


def test_missing_input_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr
    assert not (tmp_path / "out").exists()


def test_unknown_option_is_a_usage_error(runner):
    assert runner.invoke(app, ["ingest", "--frobnicate"]).exit_code == 2


def test_extract_of_one_file_equals_ingest_of_its_folder(runner, raw, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["ingest", str(raw / "a.txt"), "-o", str(out)])
    result = runner.invoke(app, ["extract", str(raw / "a.txt")])
    assert result.exit_code == 0
    assert result.stdout.encode() == (out / "a.json").read_bytes()


def test_extract_reads_stdin(runner):
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE.encode())
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "-"
    assert any(a["unit"] == "EUR" and a["value"] == 2_000_000 for a in record["amounts"])


def test_extract_of_an_empty_file_names_it_and_exits_1(runner, tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"  \n")
    result = runner.invoke(app, ["extract", str(tmp_path / "vide.txt")])
    assert result.exit_code == 1
    assert "vide.txt" in result.stderr and result.stdout == ""


def test_one_sentence_file_is_an_article(runner, tmp_path):
    sentence = "La commune a obtenu le label « Ville Internet » et investi 300 000 euros en 2021.\n"
    (tmp_path / "s.txt").write_text(sentence, encoding="utf-8")
    record = json.loads(runner.invoke(app, ["extract", str(tmp_path / "s.txt")]).stdout)
    assert record["text"] == sentence.strip()
    assert [(a["value"], a["unit"]) for a in record["amounts"]] == [(300000, "EUR")]


def test_clean_prints_the_article_and_shows_what_it_removed(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["clean", "--show-removed", str(tmp_path / "a.txt")])
    assert result.exit_code == 0
    assert "Axelle Lemaire" in result.stdout
    assert "Laisser un commentaire" not in result.stdout
    assert "Laisser un commentaire" in result.stderr and "comment-form" in result.stderr


def test_schema_is_json_schema_of_the_record(runner):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert {"people", "amounts", "dates", "chrome"} <= set(schema["properties"])


def test_show_renders_plain_text_when_piped(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    record = tmp_path / "a.json"
    record.write_text(runner.invoke(app, ["extract", str(tmp_path / "a.txt")]).stdout, encoding="utf-8")
    result = runner.invoke(app, ["show", str(record)])
    assert result.exit_code == 0
    assert "Axelle Lemaire" in result.stdout and "people" in result.stdout
    assert "\x1b[" not in result.stdout


def test_show_refuses_a_file_that_is_not_a_record(runner, tmp_path):
    (tmp_path / "x.json").write_text('{"a": 1}', encoding="utf-8")
    result = runner.invoke(app, ["show", str(tmp_path / "x.json")])
    assert result.exit_code == 1 and "not a ftextract record" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "extract", "clean", "show", "schema"])
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: ftextract " + command in " ".join(result.stdout.split())


def test_readme_commands_match_ci_and_cli():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    setup, tests = blocks[1].split("```")[0].strip(), blocks[2].split("```")[0].strip()
    assert "ftextract ingest data/raw -o data/extracted" in setup
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in ("ingest", "extract", "clean", "show", "schema"):
        assert f"ftextract {command}" in readme


def test_records_validate_against_the_printed_schema(runner, raw):
    from jsonschema import Draft202012Validator

    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    lines = runner.invoke(app, ["ingest", str(raw), "-o", "-"]).stdout.splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        assert not list(validator.iter_errors(record))
        assert_offsets(record)
    broken = json.loads(lines[0]) | {"people": [{"name": "X"}]}
    assert list(validator.iter_errors(broken))
