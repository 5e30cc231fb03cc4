"""Reading records back exactly.

``extract`` writes a MONEY amount of any size as an exact JSON integer (a budget in
Indonesian rupiah or Zimbabwean dollars can pass 2**64). orjson, fast for every other line,
reads integers beyond 64 bits as floats, so a record read back (the review page, ``evaluate
--predictions``, ``track --records``, the Dask and bag results) would show a rounded amount.
Lines holding a run of 20 or more digits go through the standard library, which keeps
integers of any size; every other line stays on orjson.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_LONG_DIGITS = re.compile(rb"\d{20,}")


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # orjson refuses NaN and Infinity too


def loads_exact(raw: bytes | str) -> Any:
    """``orjson.loads(raw)``, with integers of any size kept exact; malformed JSON raises
    ``orjson.JSONDecodeError`` either way, so callers catch one error."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if _LONG_DIGITS.search(data) is None:
        return orjson.loads(data)
    try:
        return json.loads(data, parse_constant=_no_constants)
    except json.JSONDecodeError as err:
        raise orjson.JSONDecodeError(err.msg, err.doc, err.pos) from None
    except (ValueError, UnicodeDecodeError) as err:
        raise orjson.JSONDecodeError(str(err), data.decode("utf-8", "replace"), 0) from None
