"""The record (schema_version "1"): one pydantic model, its JSON Schema, and the one serializer.

Field order is SPEC's; every list is sorted by an explicit key before it gets
here, so the same input and version give the same bytes.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ftextract.document import AmountKind, ChromeKind, SourceFormat
from ftextract.errors import RecordError

SCHEMA_VERSION = "1"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceInfo(_Model):
    path: str = Field(description="The article's path relative to the ingested folder ('-' for stdin).")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the article's bytes.")
    bytes: int = Field(ge=0)
    encoding: str = Field(description="Python codec name the bytes were decoded with.")
    format: SourceFormat


class ExtractorInfo(_Model):
    version: str
    model: str = Field(description="The spaCy model package and version, e.g. fr_core_news_md-3.8.0.")
    fingerprint: str = Field(description="Digest of version, model and language data: a change redoes records.")


class ChromeItem(_Model):
    text: str
    kind: ChromeKind


class Mention(_Model):
    start: int = Field(ge=0, description="Code-point offset into text.")
    end: int = Field(ge=0)
    text: str


class Entity(_Model):
    name: str = Field(description="The fullest form the article uses.")
    aliases: list[str] = Field(description="The other forms, sorted.")
    mentions: list[Mention] = Field(description="Every occurrence, in text order.")


class Person(Entity):
    roles: list[str] = Field(description="Functions or titles the article gives the person, as written.")


class Amount(_Model):
    text: str
    value: int | float
    unit: str = Field(description="ISO 4217 for money, '%' for percent, else a French unit or counted noun.")
    kind: AmountKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Date(_Model):
    text: str
    value: str = Field(
        pattern=r"^(\d{4}|XXXX)(-(\d{2}|Q[1-4]|H[12])(-\d{2})?)?$",
        description="TIMEX3: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn, YYYY-Hn; XXXX for an unknown year.",
    )
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Record(_Model):
    """One article's facts. `text[start:end]` equals every mention's text."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: SourceInfo
    extractor: ExtractorInfo
    title: str
    text: str = Field(description="The article's own lines, in order, one paragraph per line.")
    chrome: list[ChromeItem] = Field(description="Every removed block, in order.")
    people: list[Person]
    places: list[Entity]
    organizations: list[Entity]
    labels: list[Entity]
    amounts: list[Amount]
    dates: list[Date]
    warnings: list[str]

    @model_validator(mode="after")
    def _offsets_hold(self) -> Record:
        spans = [
            m
            for group in (self.people, self.places, self.organizations, self.labels)
            for e in group
            for m in e.mentions
        ]
        spans += self.amounts + self.dates
        for span in spans:
            if not (0 <= span.start < span.end <= len(self.text)) or self.text[span.start : span.end] != span.text:
                raise ValueError(f"mention {span.text!r} does not match text[{span.start}:{span.end}]")
        return self


def dumps(record: Record, *, compact: bool = False) -> str:
    """The one serializer: UTF-8 text, SPEC field order, a trailing newline."""
    data = record.model_dump(mode="json")
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def loads(text: str | bytes) -> Record:
    try:
        return Record.model_validate_json(text)
    except ValidationError as exc:
        raise RecordError(
            f"not a ftextract record: {exc.error_count()} problem(s), first: {exc.errors()[0]['msg']}"
        ) from exc


def json_schema() -> dict[str, Any]:
    """The record's JSON Schema, draft 2020-12."""
    schema = Record.model_json_schema()
    return {"$schema": _DIALECT, **schema}
