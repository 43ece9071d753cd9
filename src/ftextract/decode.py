"""Bytes to text: refuse what is not an article, decode the rest, and say how.

Order: empty, too large, binary (magic numbers, NUL bytes outside UTF-16/32,
control characters), byte-order marks, strict UTF-8, the charset an HTML page
declares, Western European code pages when they read as plausible French,
then charset-normalizer's guess. Text is never decoded with `errors="replace"`:
when no encoding reads the bytes strictly, the input is refused as UNDECODABLE.

A UTF-8 byte-order mark is removed and recorded as the encoding "utf-8-sig"
(Python's codec for it) with no warning: nothing was guessed or lost.
Every other non-UTF-8 decision adds a warning naming the encoding.

Mojibake (UTF-8 bytes once read as cp1252 and saved again: "Ã©tÃ©", "câ€™est")
is repaired with ftfy's `fix_encoding`, which undoes only that kind of damage,
and a warning says so.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
import ftfy

from ftextract.errors import ArticleRefused, RefusalReason

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MiB: ample for one article page, HTML included
_SNIFF_BYTES = 64 * 1024  # share of control characters, UTF-16 guess
_DETECT_BYTES = 256 * 1024  # what charset-normalizer reads; the chosen codec must still read all
_DECLARED_BYTES = 4096  # where an HTML page declares its charset

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x7fELF", "executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newlines, form feed and escape, plus DEL: never in text files.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F}
_MAX_CONTROL_SHARE = 0.05

_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
# Western European code pages, most likely first for French text (cp1252 before Latin-1:
# both read the same letters, but only cp1252 has the curly quotes and the euro sign).
_WESTERN = ("cp1252", "iso-8859-15", "iso-8859-1", "mac-roman")
# Non-ASCII characters that French text plausibly holds; a code page that yields others
# (Ž ˆ ¤ ½ for mac-roman or Latin-9 bytes read as cp1252) is the wrong one.
_FRENCH_CHARS = frozenset(
    "àâäáãåçéèêëíìîïñóòôöõúùûüÿæœÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŸÆŒß’‘‚“”„«»‹›€£¥$¢–—…•·°²³×÷©®™§¶¿¡ºª\u00a0\u202f\u2009"
)
_MIN_FRENCH_SHARE = 0.95  # of the non-ASCII characters
_MAX_NON_ASCII_LETTERS = 0.5  # French is mostly ASCII letters; Cyrillic read as cp1252 is not

# The classic mojibake: UTF-8 bytes read as cp1252 (é -> Ã©, ’ -> â€™, no-break space -> Â ).
_CONTINUATION = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(f"[ÂÃ][{re.escape(_CONTINUATION)}]|â€[{re.escape(_CONTINUATION)}]")
# Common HTML tags, for telling a page from a text dump on stdin.
_HTML_TAGS = re.compile(r"</?(?:p|div|br|body|head|span|a|li|ul|h[1-6]|table|tr|td|meta|link)\b[^<>]{0,500}>", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of an input, the codec that read it, and what the reader should know."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, *, is_html: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode an article's bytes, or raise ArticleRefused saying why they are not an article."""
    if not data.strip():
        raise ArticleRefused(RefusalReason.EMPTY, "empty file" if not data else "empty file (only blanks)")
    if len(data) > max_bytes:
        raise ArticleRefused(RefusalReason.TOO_LARGE, _too_large(len(data), max_bytes))
    _refuse_binary_magic(data)
    decoded = _decode_unicode_without_utf8(data)
    if decoded is None:
        _refuse_binary_content(data)
        decoded = _decode_bytes(data, is_html)
    if not decoded.text.strip():
        raise ArticleRefused(RefusalReason.EMPTY, "empty file (only blanks)")
    if sample := mojibake(decoded.text):
        return _repair(decoded, sample)
    return decoded


def _repair(decoded: Decoded, sample: str) -> Decoded:
    """Undo UTF-8-read-as-cp1252 damage with ftfy, and say what was done."""
    fixed = ftfy.fix_encoding(decoded.text)
    if fixed == decoded.text:
        warning = f"possible mojibake (e.g. {sample!r}) that ftfy could not repair; text left as is"
        return Decoded(decoded.text, decoded.encoding, (*decoded.warnings, warning))
    example = f"{sample!r} -> {ftfy.fix_encoding(sample)!r}"
    warning = f"mojibake repaired with ftfy (UTF-8 once read as cp1252, e.g. {example})"
    return Decoded(fixed, decoded.encoding, (*decoded.warnings, warning))


def mojibake(text: str) -> str | None:
    """The first trace of UTF-8 read as cp1252 ("Ã©", "â€™"), or None."""
    match = _MOJIBAKE.search(text)
    return match.group() if match else None


def sniff_html(text: str) -> bool:
    """Whether text read from stdin is an HTML page rather than a text dump."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head):
        return True
    if "<body" in head:
        return True
    tags = len(_HTML_TAGS.findall(text, 0, 65536))
    return tags >= 20 or (head.startswith("<") and tags >= 3)


def codec_name(name: str) -> str:
    """A codec's canonical name, lowercase with hyphens ("latin_1" -> "iso-8859-1")."""
    canonical = codecs.lookup(name).name.lower().replace("_", "-")
    return re.sub(r"^iso8859-", "iso-8859-", canonical)


def _too_large(size: int, limit: int) -> str:
    said, said_limit = _size(size), _size(limit)
    if said == said_limit:
        said, said_limit = f"{size:,} bytes", f"{limit:,} bytes"
    return f"file of {said} is over the limit of {said_limit}"


def _size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _refuse_binary_magic(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleRefused(RefusalReason.BINARY, f"binary file ({what})")


def _refuse_binary_content(data: bytes) -> None:
    if b"\x00" in data:
        raise ArticleRefused(RefusalReason.BINARY, "binary file (it holds NUL bytes)")
    sample = data[:_SNIFF_BYTES]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise ArticleRefused(RefusalReason.BINARY, f"binary file ({controls / len(sample):.0%} control characters)")


def _decode_unicode_without_utf8(data: bytes) -> Decoded | None:
    """UTF-16/32 told by a byte-order mark, or UTF-16 told by its zero bytes; None otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleRefused(
                    RefusalReason.UNDECODABLE,
                    f"not valid {encoding} despite its byte-order mark",
                ) from exc
            return Decoded(text, encoding, (f"decoded as {encoding} (byte-order mark)",))
    encoding = _utf16_without_bom(data[:_SNIFF_BYTES])
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        return Decoded(text, encoding, (f"decoded as {encoding} (no byte-order mark; told by its zero bytes)",))
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Mostly-Latin UTF-16 has a zero in every other byte, on one side only."""
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _decode_bytes(data: bytes, is_html: bool) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]  # a stray mark before other bytes: read on
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if is_html and (decoded := _decode_declared(data)):
        return decoded
    if decoded := _decode_western(data):
        return decoded
    if decoded := _decode_detected(data):
        return decoded
    raise ArticleRefused(RefusalReason.UNDECODABLE, "undecodable text: not UTF-8, and no known encoding fits")


def _decode_declared(data: bytes) -> Decoded | None:
    match = _DECLARED.search(data, 0, _DECLARED_BYTES)
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    try:
        declared = codec_name(label)
    except LookupError:
        return None
    if declared.startswith(("utf-16", "utf-32")):
        return None  # a byte-order mark would have told; browsers ignore such a label too
    # As browsers do (WHATWG Encoding): a page that declares Latin-1 or ASCII is read as cp1252.
    tries = ("cp1252", declared) if declared in ("iso-8859-1", "ascii") else (declared,)
    for encoding in tries:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, encoding, (f"decoded as {encoding}, the charset the page declares ({label})",))
    return None


def _decode_western(data: bytes) -> Decoded | None:
    for encoding in _WESTERN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_french(text[:_DETECT_BYTES]):  # single-byte: characters are bytes
            return Decoded(text, encoding, (f"decoded as {encoding} (not valid UTF-8)",))
    return None


def _plausible_french(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return True
    french = sum(c in _FRENCH_CHARS for c in non_ascii)
    letters = sum(c.isalpha() for c in text)
    non_ascii_letters = sum(c.isalpha() for c in non_ascii)
    return french >= _MIN_FRENCH_SHARE * len(non_ascii) and non_ascii_letters <= _MAX_NON_ASCII_LETTERS * letters


def _decode_detected(data: bytes) -> Decoded | None:
    for match in charset_normalizer.from_bytes(data[:_DETECT_BYTES]):
        try:
            encoding = codec_name(match.encoding)
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        return Decoded(text, encoding, (f"decoded as {encoding} (not valid UTF-8; guessed by charset detection)",))
    return None
