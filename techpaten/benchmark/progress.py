"""A progress bar for long management commands, on the terminal (one redrawn line) or in a log (every 10 %)."""

from __future__ import annotations

import time
from typing import TextIO


class ProgressBar:
    WIDTH = 30

    def __init__(self, stream: TextIO, label: str, total: int) -> None:
        self.stream, self.label, self.total = stream, label, max(total, 1)
        self.done = 0
        self.started = time.monotonic()
        self.interactive = stream.isatty()
        self._last_tenth = -1
        self._draw()

    def advance(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        self._draw()

    def close(self) -> None:
        if self.interactive:
            self.stream.write("\n")
        self.stream.flush()

    def _draw(self) -> None:
        share = self.done / self.total
        elapsed = time.monotonic() - self.started
        if self.interactive:
            filled = int(share * self.WIDTH)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stream.write(
                f"\r{self.label:<14} [{bar}] {share:4.0%} {self.done:>9,}/{self.total:,} {elapsed:6.1f} s"
            )
            self.stream.flush()
        elif int(share * 10) != self._last_tenth:
            self._last_tenth = int(share * 10)
            self.stream.write(f"{self.label}: {share:.0%} ({self.done:,}/{self.total:,}, {elapsed:.1f} s)\n")
