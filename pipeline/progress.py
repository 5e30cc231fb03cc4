"""Progress on standard error while extract runs (only on a terminal)."""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


def known_total(inputs: list[str]) -> int | None:
    """How many documents ``inputs`` hold when that is known without reading them (files and
    folders of ``.txt``); None when standard input or a JSONL file is among them."""
    total = 0
    for spec in inputs:
        path = Path(spec)
        if spec == "-" or path.suffix == ".jsonl":
            return None
        try:
            total += sum(1 for _ in path.glob("*.txt")) if path.is_dir() else 1
        except OSError:
            total += 1
    return total


class _Progress(AbstractContextManager["_Progress"]):
    """Progress on standard error, shown only on a terminal from the second document: a bar with
    total, rate and time left when the number of documents is known, else a counter."""

    def __init__(self, total: int | None = None) -> None:
        self.total = total
        self.count = 0
        self._bar: Any = None
        self._task: Any = None
        self.enabled = sys.stderr is not None and sys.stderr.isatty()

    def advance(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self._bar is None and self.count >= 2:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            rate = TextColumn("{task.fields[rate]}")
            columns = (
                [BarColumn(), MofNCompleteColumn(), rate, TimeRemainingColumn()]
                if self.total
                else [SpinnerColumn(), TextColumn("{task.completed} documents"), rate]
            )
            self._bar = Progress(*columns, TimeElapsedColumn(), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(
                "extract", total=self.total, completed=self.count - 1, rate=""
            )
        if self._bar is not None:
            speed = self._bar.tasks[0].speed
            rate = f"{speed:.1f} docs/s" if speed else ""
            self._bar.update(self._task, advance=1, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
