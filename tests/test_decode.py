"""Decoding: every text encoding a French article arrives in is read and named; non-articles are refused."""

from __future__ import annotations

import codecs

import pytest

from ftextract.decode import DEFAULT_MAX_BYTES, Decoded, codec_name, decode, mojibake, sniff_html
from ftextract.errors import ArticleRefused, RefusalReason

ARTICLE = "Café à 3 € : « l’été sera chaud », prévient le maire de Nîmes.\nLa hausse atteint 12 %.\n"


def refusal(data: bytes, **options) -> ArticleRefused:
    with pytest.raises(ArticleRefused) as caught:
        decode(data, **options)
    return caught.value


def test_utf8_is_read_without_warning():
    assert decode(ARTICLE.encode()) == Decoded(ARTICLE, "utf-8", ())


def test_utf8_bom_is_removed_and_recorded_as_utf8_sig():
    decoded = decode(codecs.BOM_UTF8 + ARTICLE.encode())
    assert (decoded.text, decoded.encoding, decoded.warnings) == (ARTICLE, "utf-8-sig", ())


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [(codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be")],
)
def test_utf16_with_bom(bom, codec, expected):
    decoded = decode(bom + ARTICLE.encode(codec))
    assert decoded.text == ARTICLE
    assert decoded.encoding == expected
    assert expected in decoded.warnings[0]


def test_utf16_without_bom_is_told_by_its_zero_bytes():
    decoded = decode(ARTICLE.encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == (ARTICLE, "utf-16-le")


def test_cp1252_french_with_euro_and_curly_quotes():
    decoded = decode(ARTICLE.encode("cp1252"))
    assert decoded.text == ARTICLE
    assert decoded.encoding == "cp1252"
    assert any("cp1252" in warning for warning in decoded.warnings)


def test_latin1_text_reads_the_same_and_is_recorded_as_cp1252():
    text = "Le député de l'Hérault a voté contre, à la surprise générale.\n"
    decoded = decode(text.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_latin9_euro_and_oe_ligature():
    text = "L'œuvre a coûté 300 € à la commune, soit l'équivalent d'un été de travaux.\n"
    decoded = decode(text.encode("iso-8859-15"))
    assert (decoded.text, decoded.encoding) == (text, "iso-8859-15")


def test_mac_roman():
    text = "Le maire a présenté le projet à la presse ; où en est-on ? Très loin, dit-il.\n"
    decoded = decode(text.encode("mac-roman"))
    assert (decoded.text, decoded.encoding) == (text, "mac-roman")


def test_html_declared_windows_1252():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Café à 3 €</p></body></html>'
    decoded = decode(page.encode("cp1252"), is_html=True)
    assert decoded.text == page
    assert decoded.encoding == "cp1252"
    assert "declares" in decoded.warnings[0]


def test_html_declared_latin1_reads_as_browsers_do():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
        "<body><p>« Il l’a dit », rapporte l’élu.</p></body></html>"
    )
    decoded = decode(page.encode("cp1252"), is_html=True)
    assert (decoded.text, decoded.encoding) == (page, "cp1252")


def test_xml_declaration_charset():
    page = '<?xml version="1.0" encoding="iso-8859-15"?><html><body><p>Prix : 5 €</p></body></html>'
    decoded = decode(page.encode("iso-8859-15"), is_html=True)
    assert (decoded.text, decoded.encoding) == (page, "iso-8859-15")


def test_mojibake_is_repaired_with_a_warning():
    text = "Le cafÃ© de la place ouvrira câ€™est sÃ»r, dit lâ€™Ã©lu.\n"
    decoded = decode(text.encode())
    assert decoded.text == "Le café de la place ouvrira c’est sûr, dit l’élu.\n"
    assert decoded.encoding == "utf-8"
    assert any("mojibake repaired with ftfy" in warning for warning in decoded.warnings)


def test_clean_french_text_is_not_touched_by_the_repair():
    text = "À l’été, Noël Dupré a payé 3 000 € « comptant » à Besançon.\n"
    decoded = decode(text.encode())
    assert decoded.text == text and decoded.warnings == ()


@pytest.mark.parametrize("text", [ARTICLE, "São Paulo et Curaçao, «\u00a0oui\u00a0», ÂGE D'OR\n"])
def test_clean_text_has_no_mojibake_warning(text):
    assert decode(text.encode()).warnings == ()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ],
)
def test_binary_files_are_refused_by_their_magic_number(data, what):
    refused = refusal(data)
    assert refused.reason == RefusalReason.BINARY
    assert what in str(refused)


def test_nul_bytes_outside_utf16_mean_binary():
    assert refusal(b"Bonjour\x00\x00\x00\x01\x02\xff\xfe le monde").reason == RefusalReason.BINARY


def test_control_characters_mean_binary():
    assert refusal(bytes(range(1, 8)) * 40 + b"Le texte").reason == RefusalReason.BINARY


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_and_blank_files_are_refused(data):
    refused = refusal(data)
    assert refused.reason == RefusalReason.EMPTY
    assert "empty" in str(refused)


def test_a_bom_alone_is_empty():
    assert refusal(codecs.BOM_UTF8 + b"\n").reason == RefusalReason.EMPTY


def test_oversize_is_refused_with_both_sizes():
    refused = refusal(ARTICLE.encode() * 20, max_bytes=1024)
    assert refused.reason == RefusalReason.TOO_LARGE
    assert "KB" in str(refused) and "1 KB" in str(refused)


def test_default_limit_is_five_mebibytes():
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024
    refused = refusal(b"a" * (DEFAULT_MAX_BYTES + 1))
    assert refused.reason == RefusalReason.TOO_LARGE


def test_size_check_comes_before_decoding():
    assert refusal(b"%PDF-1.4" + b"x" * 100, max_bytes=50).reason == RefusalReason.TOO_LARGE


def test_bytes_no_encoding_fits_are_undecodable():
    assert refusal(bytes(range(0x80, 0x100)) * 4).reason == RefusalReason.UNDECODABLE


def test_non_latin_text_is_left_to_detection():
    text = "Москва заявила о новых санкциях против европейских компаний и банков. " * 3
    decoded = decode(text.encode("cp1251"))
    assert (decoded.text, decoded.encoding) == (text, "cp1251")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("latin_1", "iso-8859-1"), ("windows-1252", "cp1252"), ("UTF8", "utf-8"), ("macintosh", "mac-roman")],
)
def test_codec_names_are_normalised(name, expected):
    assert codec_name(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html>\n<html lang='fr'><head></head><body><p>Bonjour</p></body></html>", True),
        ("  <html><body>Texte</body></html>", True),
        ("<div class='article'><p>Un</p><p>Deux</p><p>Trois</p></div>", True),
        ("Le maire a parlé.\n\nIl a dit que 3 < 5 et que x > 2.\n", False),
        ("Partager\nTweeter\n\nLe conseil municipal s'est réuni mardi.\n", False),
    ],
)
def test_sniff_html(text, expected):
    assert sniff_html(text) is expected


def test_html_declaring_utf16_without_a_bom_is_not_read_as_utf16():
    page = '<html><head><meta charset="utf-16"></head><body><p>Café à 3 €</p></body></html>'
    decoded = decode(page.encode("cp1252"), is_html=True)
    assert (decoded.text, decoded.encoding) == (page, "cp1252")


def test_mojibake_sample():
    assert mojibake("Le prÃ©fet") == "Ã©"
    assert mojibake("Le préfet") is None
