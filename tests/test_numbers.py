"""French number reading: digit conventions, spelled numbers, scales and collectives."""

from __future__ import annotations

import pytest

from ftextract.recognize.numbers import find_numbers, parse_digits, plain, words_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40 000", 40000),
        ("40\u00a0000", 40000),
        ("40\u202f000", 40000),
        ("1 200,5", 1200.5),
        ("300.000.000", 300000000),
        ("1.458.000,00", 1458000),
        ("2,5", 2.5),
        ("23.1", 23.1),
        ("12,345", 12.345),
        ("1,000,000", 1000000),
        ("0,1", 0.1),
    ],
)
def test_digits_follow_french_conventions(text, value):
    from ftextract.document import normalize_chars

    assert [n.value for n in find_numbers(normalize_chars(text))] == [value]
    assert plain(parse_digits(normalize_chars(text))) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 millions", 2000000),
        ("2,5 millions", 2500000),
        ("1 200 milliards", 1200000000000),
        ("1,5 Md", 1500000000),
        ("3 Mds", 3000000000),
        ("0,9 billion", 900000000000),
        ("deux cents", 200),
        ("trente-trois", 33),
        ("quatre-vingt-dix", 90),
        ("vingt et un", 21),
        ("cinq millions", 5000000),
        ("une centaine", 100),
        ("une dizaine", 10),
        ("deux milliers", 2000),
        ("un demi-million", 500000),
        ("un million et demi", 1500000),
        ("deux millions et demi", 2500000),
        ("-5", -5),
    ],
)
def test_scales_words_and_collectives(text, value):
    found = find_numbers(text)
    assert len(found) == 1
    assert found[0].value == value
    assert (found[0].start, found[0].end) == (0, len(text))


def test_values_are_ints_when_integral():
    (number,) = find_numbers("2,0 millions")
    assert number.value == 2000000 and isinstance(number.value, int)


def test_space_groups_have_three_digits():
    assert [n.value for n in find_numbers("423 0000")] == [423, 0]


def test_a_lone_scale_or_cents_is_no_number():
    assert find_numbers("des millions de gens") == []
    assert find_numbers("quelques cents") == []


def test_words_value_uses_text2num():
    assert words_value("Quatre-Vingts") == 80
    assert words_value("bonjour") is None
