"""Pydantic models of the contract's record: what every article becomes, in output and gold.

The models validate gold files and tests; the hot path builds plain dicts of the same shape
(see ``pipeline.extraction``) and never pays for validation per record.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.reference_dates import ISO_DAY


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _SpanBase(_Strict):
    start: int = Field(ge=0, description="Code-point offset of the first character.")
    end: int = Field(ge=0, description="Code-point offset one past the last character.")
    text: str = Field(description="Exactly text[start:end].")


class _EntityBase(_SpanBase):
    id: str = Field(pattern=r"^T\d+$")


class OrgEntity(_EntityBase):
    label: Literal["ORG"]
    canonical: str | None = Field(
        default=None, description="The fullest name the article uses for this organisation."
    )


class DateEntity(_EntityBase):
    label: Literal["DATE"]
    value: str | None = Field(
        description="ISO 8601 at the expression's own granularity (TIMEX3 style), "
        "or null when a relative date has no reference date."
    )


class MoneyEntity(_EntityBase):
    label: Literal["MONEY"]
    amount: int | float = Field(description="Amount in units of the currency.")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")


class GpeEntity(_EntityBase):
    label: Literal["GPE"]


Entity = Annotated[OrgEntity | DateEntity | MoneyEntity | GpeEntity, Field(discriminator="label")]


class Trigger(_SpanBase):
    pass


class Argument(_SpanBase):
    role: Literal["agent", "object", "date", "location"]


class Event(_Strict):
    id: str = Field(pattern=r"^E\d+$")
    type: Literal["LAUNCH"]
    modality: Literal["asserted", "unasserted"]
    trigger: Trigger
    arguments: list[Argument] = Field(default_factory=list)


class _RecordBase(_Strict):
    doc_id: str = Field(min_length=1)
    reference_date: str | None = Field(description="Publication date YYYY-MM-DD, or null.")
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    @field_validator("reference_date")
    @classmethod
    def _iso_day(cls, value: str | None) -> str | None:
        if value is not None and not ISO_DAY.fullmatch(value):
            raise ValueError("reference_date must be YYYY-MM-DD or null")
        return value


class OutputRecord(_RecordBase):
    """A line of ``launchwatch extract`` output."""

    source: str = Field(description="Where the text came from: a file path, or path:line.")


class GoldRecord(_RecordBase):
    """A hand-annotated gold file, ``annotations/<doc_id>.json``."""

    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


def json_schemas() -> dict[str, dict]:
    """JSON Schemas of the output line and the gold file, for ``launchwatch schema``."""
    return {
        "OutputRecord": OutputRecord.model_json_schema(),
        "GoldRecord": GoldRecord.model_json_schema(),
    }
