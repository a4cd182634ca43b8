"""`--write-docs`: a benchmark's own printed report becomes its section of docs/benchmarks.md.

Each script prints as usual; with --write-docs what it printed is also written, with the command
and the date, between that script's markers in the file. Nothing there is copied by hand, so the
figures a reader sees are the ones a run printed.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


class _Tee(io.TextIOBase):
    def __init__(self, stream) -> None:
        self.stream, self.copy = stream, io.StringIO()

    def write(self, text: str) -> int:
        self.copy.write(text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def write_section(name: str, command: str, report: str, doc: Path = DOC) -> None:
    """Replace the section between `<!-- NAME: begin -->` and `<!-- NAME: end -->` (added at the
    end of the file the first time)."""
    begin, end = f"<!-- {name}: begin (written by {command.split()[1]} --write-docs) -->", f"<!-- {name}: end -->"
    body = (f"{begin}\n`{command}`, run on {date.today().isoformat()}:\n\n```text\n{report.rstrip()}\n```\n{end}")
    text = doc.read_text(encoding="utf-8") if doc.is_file() else "# Benchmarks\n"
    pattern = re.compile(rf"<!-- {re.escape(name)}: begin[^\n]*-->.*?{re.escape(end)}", re.S)
    text = pattern.sub(lambda _: body, text) if pattern.search(text) else text.rstrip("\n") + f"\n\n{body}\n"
    doc.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


@contextmanager
def recorded(name: str, enabled: bool) -> Iterator[None]:
    """Print as usual; when `enabled`, also write what was printed to docs/benchmarks.md."""
    if not enabled:
        yield
        return
    tee = _Tee(sys.stdout)
    sys.stdout = tee
    try:
        yield
    finally:
        sys.stdout = tee.stream
    command = "python " + " ".join(["benchmarks/" + Path(sys.argv[0]).name,
                                    *[a for a in sys.argv[1:] if a != "--write-docs"]])
    write_section(name, command, tee.copy.getvalue())
    print(f"written to {DOC}", file=sys.stderr)
