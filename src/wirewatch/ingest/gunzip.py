"""Streaming gunzip that never holds more than one read's worth of output, and survives damage.

Python's `gzip.GzipFile` rejects a whole file for garbage after its last member, and a caller that
reads "a line" from it can be handed a gigabyte. `GunzipReader` inflates member after member into
the caller's buffer only (so memory is bounded by the reads, not by the data), and:

* garbage after a complete member (a common tail of broken uploads and transfers) ends the data
  cleanly; what was decompressed is kept and `damage` says what was dropped;
* a member cut off before its end raises `BrokenContainer` ("truncated gzip");
* output more than `max_ratio` times the compressed input read so far (past the first
  `ratio_grace` bytes) raises `TooLarge`: a decompression bomb is refused while it inflates,
  not after it has filled memory or the disk.
"""

from __future__ import annotations

import io
import zlib
from typing import IO

from ..errors import BrokenContainer, TooLarge

GZIP_MAGIC = b"\x1f\x8b"
_READ = 64 * 1024
MAX_RATIO = 200  # deflate tops out near 1032:1; real text compresses 3-10:1, repetitive logs ~50:1
RATIO_GRACE = 16 * 1024 * 1024


class GunzipReader(io.RawIOBase):
    """A raw binary stream of the decompressed data of the gzip stream `raw`."""

    def __init__(self, raw: IO[bytes], source: str, *, max_ratio: int = MAX_RATIO,
                 ratio_grace: int = RATIO_GRACE) -> None:
        super().__init__()
        self._raw = raw
        self._source = source
        self._max_ratio = max_ratio
        self._grace = ratio_grace
        self._inflater = zlib.decompressobj(31)
        self._pending = b""  # compressed bytes read but not yet given to the inflater
        self._done = False
        self._members = 0
        self.compressed = 0
        self.decompressed = 0
        self.damage: str | None = None

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._raw.close()  # the compressed file is ours to close with us
        super().close()

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        size = len(buffer)
        while not self._done:
            if self._inflater.unconsumed_tail:
                data = self._inflater.unconsumed_tail
            elif self._pending:
                data, self._pending = self._pending, b""
            else:
                data = self._raw.read(_READ)
                self.compressed += len(data)
                if not data:
                    self._finish_input()
                    break
            try:
                out = self._inflater.decompress(data, size)
            except zlib.error as exc:
                raise BrokenContainer(f"{self._source}: broken gzip data after {self.decompressed} "
                                      f"decompressed bytes ({exc})") from exc
            if self._inflater.eof:
                self._members += 1
                self._next_member(self._inflater.unused_data)
            if out:
                self._count(len(out))
                buffer[:len(out)] = out
                return len(out)
        return 0

    def _count(self, n: int) -> None:
        self.decompressed += n
        if self.decompressed > self._grace and self.decompressed > self._max_ratio * max(1, self.compressed):
            raise TooLarge(f"{self._source}: gzip data expands more than {self._max_ratio}-fold "
                           f"({self.compressed} bytes to over {self.decompressed}); a decompression "
                           "bomb is not read")

    def _next_member(self, rest: bytes) -> None:
        """After a complete member: start the next one, or stop at padding or garbage."""
        while len(rest) < 2:
            more = self._raw.read(_READ)
            if not more:
                break
            self.compressed += len(more)
            rest += more
        if not rest:
            self._done = True
            return
        if rest[:2] == GZIP_MAGIC:
            self._inflater = zlib.decompressobj(31)
            self._pending = rest
            return
        self._done = True
        dropped, garbage = len(rest), bool(rest.strip(b"\x00"))
        while chunk := self._raw.read(_READ):
            dropped += len(chunk)
            garbage = garbage or bool(chunk.strip(b"\x00"))
        if garbage:  # zero padding (tape blocks) is not damage
            self.damage = (f"{dropped} bytes of garbage after gzip member {self._members} were "
                           f"ignored; the {self.decompressed} bytes before them were kept")

    def _finish_input(self) -> None:
        self._done = True
        if self._members == 0 or not self._inflater.eof:
            raise BrokenContainer(f"{self._source}: broken or truncated gzip (the data ends inside a "
                                  f"member after {self.decompressed} decompressed bytes)")


def gunzip(raw: IO[bytes], source: str) -> io.BufferedReader:
    """A buffered stream of the decompressed data; its `.raw` is the `GunzipReader` (for `damage`)."""
    return io.BufferedReader(GunzipReader(raw, source))
