"""Limits enforced while reading: bounded lines, bounded gunzip, WARC record by record, odd files."""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path

import pytest

from ingest.conftest import build_warc
from wirecopy import story
from wirewatch.errors import BrokenContainer, TooLarge
from wirewatch.ingest.base import ReadOptions
from wirewatch.ingest.gunzip import GunzipReader, gunzip
from wirewatch.ingest.readers import bounded_lines, read_inputs
from wirewatch.records import Document, Rejected


class CountingStream(io.BytesIO):
    """Remembers the largest single read asked of it."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line


def test_a_long_line_is_never_read_whole() -> None:
    stream = CountingStream(b"short\n" + b"x" * 1_000_000 + b"\nafter\n")
    assert list(bounded_lines(stream, 100)) == [b"short\n", 1_000_001, b"after\n"]
    assert stream.largest <= 1 << 20  # skipped in bounded reads, never held as one line


def test_gunzip_keeps_the_data_before_trailing_garbage() -> None:
    data = gzip.compress(b"first ") + gzip.compress(b"second") + b"\x00" * 10 + b"not gzip at all"
    stream = gunzip(io.BytesIO(data), "x.gz")
    assert stream.read() == b"first second"
    assert isinstance(stream.raw, GunzipReader) and "garbage" in (stream.raw.damage or "")


def test_gunzip_zero_padding_is_not_damage() -> None:
    stream = gunzip(io.BytesIO(gzip.compress(b"text") + b"\x00" * 512), "x.gz")
    assert stream.read() == b"text" and stream.raw.damage is None  # type: ignore[attr-defined]


def test_gunzip_refuses_a_truncated_member() -> None:
    with pytest.raises(BrokenContainer, match="truncated gzip"):
        gunzip(io.BytesIO(gzip.compress(os.urandom(5000))[:-100]), "x.gz").read()


def test_gunzip_refuses_a_bomb_while_it_inflates() -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = packer.compress(b"\x00" * 50_000_000) + packer.flush()  # ~50 KB that inflate to 50 MB
    reader = GunzipReader(io.BytesIO(bomb), "bomb.gz", ratio_grace=1_000_000)
    with pytest.raises(TooLarge, match="decompression bomb"):
        while reader.read(65536):
            pass
    # stopped at 200 times the compressed bytes read so far, not at the end of the 50 MB
    assert reader.decompressed <= 200 * reader.compressed + 65536 < 50_000_000


def test_jsonl_gz_line_over_the_limit_is_rejected_and_the_next_line_kept(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    good = json.dumps({"id": "kept", "text": story(1)}).encode() + b"\n"
    path.write_bytes(gzip.compress(b'{"text": "' + os.urandom(300_000).hex().encode() + b'"}\n' + good))
    items = list(read_inputs([str(path)], ReadOptions(max_bytes=50_000)))
    assert isinstance(items[0], Rejected) and items[0].code == "R002" and items[0].source == f"{path}:1"
    assert isinstance(items[1], Document) and items[1].id == "kept"


def test_warc_limit_is_per_record_not_per_file(tmp_path: Path) -> None:
    # issue #8: a WARC over the limit in total was rejected whole ("too large") and read into memory
    path = tmp_path / "many.warc.gz"
    records = [(f"http://example.test/{n}", "text/plain", story(n).encode(), 200) for n in range(300)]
    path.write_bytes(build_warc(records))
    assert path.stat().st_size > 20_000
    items = list(read_inputs([str(path)], ReadOptions(max_bytes=20_000)))
    assert len(items) == 300 and all(isinstance(i, Document) for i in items)


@pytest.mark.parametrize(("name", "data", "words"), [
    ("deep.json", b"[" * 10_000 + b"]" * 10_000, "nested too deep"),
    ("bigint.json", b'{"text": "x", "n": ' + b"9" * 5000 + b"}", "4300"),
])
def test_json_that_python_cannot_hold_is_a_reject(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Rejected) and item.code == "R004" and words in item.reason


def test_fifos_and_devices_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would wait forever
    items = list(read_inputs([str(fifo), "/dev/zero", str(tmp_path)]))
    assert [(i.code, kind in i.reason) for i, kind in zip(items, ("FIFO", "character device", "FIFO"),
                                                           strict=True) if isinstance(i, Rejected)] == \
        [("R005", True)] * 3


def test_links_out_of_a_folder_are_not_followed_and_loops_not_entered(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(story(1))
    secret = tmp_path / "secret.txt"
    secret.write_text(story(2))
    os.symlink(secret, folder / "leak.txt")
    os.symlink(folder / "a.txt", folder / "sub" / "inside.txt")  # a link that stays inside is read
    os.symlink("..", folder / "sub" / "loop")
    items = list(read_inputs([str(folder)]))
    documents = sorted(i.source for i in items if isinstance(i, Document))
    assert documents == [str(folder / "a.txt"), str(folder / "sub" / "inside.txt")]
    (leak,) = [i for i in items if isinstance(i, Rejected)]
    assert leak.source == str(folder / "leak.txt") and "leads out" in leak.reason
    assert not any("secret" in i.source for i in items)


def test_trailing_garbage_after_a_gzipped_story_is_recorded_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(story(3).encode()) + b"GARBAGE" * 10)
    (document,) = read_inputs([str(path)])
    assert isinstance(document, Document) and document.text == story(3)
    assert "70 bytes of garbage" in document.meta["damage"]
