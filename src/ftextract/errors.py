"""The errors ftextract raises: precise, so the batch boundary can say what went wrong."""

from __future__ import annotations

from enum import StrEnum


class FtextractError(Exception):
    """Base of every error ftextract raises on purpose."""


class RefusalReason(StrEnum):
    """Why an input was refused before any analysis; the value is the recorded error kind."""

    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"
    NO_TEXT = "no-text"
    UNREADABLE = "unreadable"


class ArticleRefused(FtextractError):
    """The input is not an article ftextract can read (empty, binary, too large...)."""

    def __init__(self, reason: RefusalReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class RecordError(FtextractError):
    """A record file could not be read or does not follow the schema."""


class DataError(FtextractError):
    """A package data file is malformed: a bug in the release, not in the input."""
