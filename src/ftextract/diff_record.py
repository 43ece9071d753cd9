"""The shape of `ftextract diff --json`: one line per changed article pair, operations as in JSON Patch.

Paths are JSON Pointers (RFC 6901) that stay the same from run to run:
entities are addressed by name (`/people/Axelle Lemaire`), positional facts
and lines by their index in the record (`/amounts/3`, `/text/12`). `path`
addresses the old record for remove and replace and the new record for add;
`new_path` is given when a replaced item stands elsewhere in the new record.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class Kind(StrEnum):
    """What a change is about; the order is the order of the human view."""

    TITLE = "title"
    PEOPLE = "people"
    PLACES = "places"
    ORGANIZATIONS = "organizations"
    LABELS = "labels"
    AMOUNTS = "amounts"
    DATES = "dates"
    TEXT = "text"
    CHROME = "chrome"
    WARNINGS = "warnings"


ENTITY_KINDS = (Kind.PEOPLE, Kind.PLACES, Kind.ORGANIZATIONS, Kind.LABELS)


class Status(StrEnum):
    CHANGED = "changed"
    RENAMED = "renamed"
    ADDED = "added"
    REMOVED = "removed"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Delta(_Model):
    """What was added to and removed from one list of an entity (aliases, roles, mention texts)."""

    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)


class EntityChange(_Model):
    """How a matched entity changed: its name, and the items its lists gained or lost."""

    name: list[str] | None = Field(default=None, description="[old name, new name] when the fullest form changed.")
    aliases: Delta | None = None
    roles: Delta | None = None
    mentions: Delta | None = Field(default=None, description="Mention texts gained or lost (not moved ones).")


class Segment(_Model):
    """A stretch of an edited line: '=' kept, '-' removed, '+' added."""

    mark: Literal["=", "-", "+"]
    text: str


class Op(_Model):
    """One change, named as a JSON Patch operation, with the old value beside the new."""

    op: Literal["add", "remove", "replace"]
    path: str = Field(description="JSON Pointer into the old record (remove, replace) or the new record (add).")
    new_path: str | None = Field(default=None, description="Where a replaced item stands in the new record.")
    kind: Kind
    old: Any = Field(default=None, description="The value before (remove, replace), as the record writes it.")
    value: Any = Field(default=None, description="The value after (add, replace), as the record writes it.")
    words: list[Segment] | None = Field(default=None, description="Text lines replaced: word-level marks.")
    changes: EntityChange | None = Field(default=None, description="Entities replaced: what changed in them.")


class Tally(_Model):
    added: int = 0
    removed: int = 0
    changed: int = 0


class ArticleDiff(_Model):
    """One changed article pair: where each version is, and its operations in the human view's order."""

    status: Status
    old: str | None = Field(default=None, description="The old version's path, as given or relative to its folder.")
    new: str | None = Field(default=None, description="The new version's path, as given or relative to its folder.")
    summary: dict[Kind, Tally] = Field(description="Per kind with changes: how many added, removed, changed.")
    ops: list[Op]


def tally(ops: list[Op]) -> dict[Kind, Tally]:
    counts: dict[Kind, dict[str, int]] = {}
    for op in ops:
        name = {"add": "added", "remove": "removed", "replace": "changed"}[op.op]
        bucket = counts.setdefault(op.kind, {"added": 0, "removed": 0, "changed": 0})
        bucket[name] += 1
    return {kind: Tally(**counts[kind]) for kind in Kind if kind in counts}


def pointer(*parts: str | int) -> str:
    """A JSON Pointer: '~' and '/' inside a part escaped as RFC 6901 says."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def dumps(diff: ArticleDiff) -> str:
    """One JSON Lines line; absent fields are left out rather than written as null."""
    return diff.model_dump_json(exclude_none=True) + "\n"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one line of `ftextract diff --json`."""
    return {"$schema": _DIALECT, **ArticleDiff.model_json_schema()}
