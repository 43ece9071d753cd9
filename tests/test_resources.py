"""Every package data file loads, says where it comes from, and is listed in SOURCES.md."""

import pytest

from ftextract import resources

FILES = [name for name in resources.data_files() if name.endswith(".tsv")]


def test_there_is_language_data():
    assert len(FILES) >= 20


@pytest.mark.parametrize("name", FILES)
def test_data_file_names_its_source_and_is_listed(name):
    text = resources.read_text(name)
    header = [line for line in text.splitlines()[:15] if line.startswith("#")]
    assert header, f"{name} has no header comment"
    assert f"**{name}**" in resources.read_text("SOURCES.md"), f"{name} is missing from SOURCES.md"


@pytest.mark.parametrize("name", FILES)
def test_data_file_rows_have_a_constant_width(name):
    rows = [line.split("\t") for line in resources.read_text(name).splitlines() if line.strip() and line[0] != "#"]
    assert rows, f"{name} has no rows"
    assert len({len(r) for r in rows}) == 1, f"{name} mixes row widths"
    assert all(cell.strip() for r in rows for cell in r[:1])


def test_sources_lists_no_file_that_is_gone():
    import re

    listed = set(re.findall(r"\*\*([\w.-]+\.tsv)\*\*", resources.read_text("SOURCES.md")))
    assert listed <= set(FILES)


def test_digest_changes_with_content_and_is_stable():
    assert resources.digest() == resources.digest()
    assert len(resources.digest()) == 64
