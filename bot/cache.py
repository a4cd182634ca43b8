"""A cache of the built bot, so a one-shot `ask` does not re-validate and re-index content
that has not changed (like a trained model file). It holds only what was built from the
content files, never anything a person typed.

The key covers the content folder's own path (a built bot knows its folder, and `eval --tune`
writes there), every content file, the package's own code, the locale and the contact
overrides, so any change rebuilds. Files are private to the user (0600 in a 0700 folder);
reading one runs no more code than the installed package itself does. ALLBOT_NO_CACHE=1
turns it off; ALLBOT_CACHE_DIR moves it.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent
_KEEP = 8  # newest entries kept; older ones are removed


def cache_dir() -> Path | None:
    if os.environ.get("ALLBOT_NO_CACHE"):
        return None
    if os.environ.get("ALLBOT_CACHE_DIR"):
        return Path(os.environ["ALLBOT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "allbot"


def fingerprint(content_dir: Path, extra: dict[str, Any]) -> str:
    digest = hashlib.sha256(str(content_dir.resolve()).encode())
    for root, pattern in ((content_dir, "*.y*ml"), (_PACKAGE, "*.py")):
        for path in sorted(root.rglob(pattern)):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    digest.update(json.dumps(extra, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:40]


def read(key: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{key}.pickle").open("rb") as handle:
            return pickle.load(handle)  # our own file, in the user's private folder
    except Exception:  # a missing, stale or broken cache just means "build it"
        return None


def write(key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(handle.name, 0o600)
        os.replace(handle.name, folder / f"{key}.pickle")
        entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in entries[_KEEP:]:
            stale.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass  # a read-only home or full disk only costs start-up time
