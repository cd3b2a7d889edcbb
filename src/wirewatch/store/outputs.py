"""Writing output files without ever destroying the store.

An output path that is the database or one of its -wal/-shm files (by name, through a symlink or a
hard link) is refused, and files are written to a temporary file beside the target and renamed over
it only when complete: a failed export leaves the old file as it was and no half-written one.
Devices and FIFOs (`-o /dev/null`) are written to directly, since they cannot be replaced.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: compare where they point
        return a.resolve() == b.resolve()


def check_output(output: str | Path, database: str | Path | None) -> Path:
    """The output path, after refusing the store's own files and a directory that is not there."""
    target = Path(output)
    if database is not None:
        db = Path(database)
        for suffix in STORE_SUFFIXES:
            if _same_file(target, db.with_name(db.name + suffix)):
                raise StoreError(f"refusing to write to {output}: it is the database {database}"
                                 f"{' (' + suffix[1:] + ' file)' if suffix else ''}", code="S015")
    if target.is_dir():
        raise StoreError(f"cannot write to {output}: it is a directory", code="S015")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise StoreError(f"cannot write to {output}: the directory {parent} does not exist", code="S015")
    if not os.access(parent, os.W_OK):
        raise StoreError(f"cannot write to {output}: no permission to write in {parent}", code="S015")
    return target


@contextmanager
def replacing(output: str | Path, database: str | Path | None) -> Iterator[Path]:
    """Yields a temporary path in the target's directory; on success it replaces `output`."""
    target = check_output(output, database)
    final = target.resolve() if target.is_symlink() else target  # write through a symlink, keep it
    if final.exists() and not final.is_file():  # /dev/null, a FIFO, a terminal: write to it as is
        yield final
        return
    handle, temp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.resolve().parent)
    os.close(handle)
    try:
        yield Path(temp)
        if final.exists():
            os.chmod(temp, final.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, final)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
