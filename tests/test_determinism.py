"""Same input, same bytes: nothing of the clock, the environment or set order leaks into a record."""

from ftextract.pipeline import extract
from ftextract.record import dumps

ARTICLE = (
    "Le maire de Lyon, Grégory Doucet, a inauguré samedi 12 mars 2022 un parc de 5 hectares.\n"
    "La Métropole de Lyon a investi 3,5 millions d’euros, soit 12 % de son budget vert.\n"
)


def test_two_extractions_give_the_same_bytes():
    data = ARTICLE.encode()
    assert dumps(extract(data, "a.txt")) == dumps(extract(data, "a.txt"))


def test_no_year_is_taken_from_the_clock():
    record = extract("Le festival aura lieu le 3 avril à Nantes.\n".encode(), "a.txt")
    assert [d.value for d in record.dates] == ["XXXX-04-03"]


def test_windows_line_endings_give_the_same_facts():
    unix = extract(ARTICLE.encode(), "a.txt")
    dos = extract(ARTICLE.replace("\n", "\r\n").encode(), "a.txt")
    assert dos.text == unix.text
    assert [(a.value, a.unit) for a in dos.amounts] == [(a.value, a.unit) for a in unix.amounts]
