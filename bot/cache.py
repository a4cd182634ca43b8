"""A cache of the built bot, so a one-shot `ask` does not re-validate and re-index content
that has not changed (like a trained model file). It holds only what was built from the
content files, never anything a person typed.

The key covers the content folder's own path (a built bot knows its folder, and `eval --tune`
writes there), every content file, the package's own code, the locale and the contact
overrides, so any change rebuilds. Entries are plain data (bot.plaindata: JSON, rebuilt into
our own classes only), so reading one runs no code named by the file. The folder must be the
user's own and private (0700; files 0600, not links): anything else is ignored, and the bot is
built afresh. ALLBOT_NO_CACHE=1 turns it off; ALLBOT_CACHE_DIR moves it.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from bot import plaindata

_PACKAGE = Path(__file__).resolve().parent
_KEEP = 8  # newest entries kept; older ones are removed
_SUFFIX = ".json"


def cache_dir() -> Path | None:
    if os.environ.get("ALLBOT_NO_CACHE"):
        return None
    if os.environ.get("ALLBOT_CACHE_DIR"):
        return Path(os.environ["ALLBOT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "allbot"


def fingerprint(content_dir: Path, extra: dict[str, Any]) -> str:
    digest = hashlib.sha256(str(content_dir.resolve()).encode())
    # The package's data files count too: a retrained safety net (net.json) or a new word list
    # must never be hidden behind a build made with the old one.
    for root, pattern in ((content_dir, "*.y*ml"), (_PACKAGE, "*.py"), (_PACKAGE, "*.json"), (_PACKAGE, "*.txt")):
        for path in sorted(root.rglob(pattern)):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    digest.update(json.dumps(extra, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:40]


def _ours(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _private(info: os.stat_result, kind: int, mode: int) -> bool:
    """Ours, of the right kind (no symbolic link), and no access for group or others."""
    return _ours(info) and stat.S_IFMT(info.st_mode) == kind and stat.S_IMODE(info.st_mode) & 0o077 == 0 and \
        stat.S_IMODE(info.st_mode) & mode == mode


def private_folder(folder: Path) -> bool:
    try:
        return _private(os.lstat(folder), stat.S_IFDIR, 0o700)
    except OSError:
        return False


def read(key: str) -> Any | None:
    folder = cache_dir()
    if folder is None or not private_folder(folder):
        return None
    try:
        handle = os.open(folder / f"{key}{_SUFFIX}", os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(handle, "rb") as file:
            if not _private(os.fstat(file.fileno()), stat.S_IFREG, 0o600):
                return None
            return plaindata.decode(file.read().decode("utf-8"))
    except Exception:  # a missing, stale, broken or foreign entry just means "build it"
        return None


def write(key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and _ours(info) and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(folder, 0o700)  # ours but open to others: close it (entries others made stay unread)
        if not private_folder(folder):
            return  # someone else's, or a link: never write where another user can read or plant
        import tempfile  # only when writing: a one-shot `ask` served from the cache never needs it

        text = plaindata.encode(value)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=".tmp-", delete=False) as handle:
            handle.write(text)
        os.chmod(handle.name, 0o600)
        os.replace(handle.name, folder / f"{key}{_SUFFIX}")
        entries = sorted(folder.glob(f"*{_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in entries[_KEEP:]:
            stale.unlink(missing_ok=True)
        for old in folder.glob("*.pickle"):  # earlier versions' entries: never read again
            old.unlink(missing_ok=True)
    except (OSError, plaindata.NotPlain, RecursionError):
        pass  # a read-only home, a full disk or an unstorable build only costs start-up time
