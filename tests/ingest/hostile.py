"""A hostile corpus: every input that has broken (or could break) an ingest, next to good stories.

`build_hostile_corpus(root)` writes it under `root` and says what must become of each input: the
reject code and words of its reason, or "stored". The test (`test_hostile.py`) ingests it in one
run; `benchmarks/bench_hostile.py` builds the same corpus at full size (`scale="bench"`: the
1.2 GB gzip line, the 86 MB WARC of 60,000 small records, the 1,000,000+ character text of issue #8) and
measures peak memory and wall time. Everything is generated here; nothing comes from ../shared.

The limits the run must use are in `HostileCorpus.options` (command-line flags): 8 MB per file,
line or record, 1,000,000 characters, 5 s per analysis step.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from wirecopy import story

REPRO_E088 = "SEOUL, Oct. 5 (Yonhap) -- " + "North Korea fired a missile, officials said. " * 25000


@dataclass
class HostileCorpus:
    inputs: list[str]                                  # what to pass to `wirewatch ingest`
    options: list[str]                                 # the limits the expectations assume
    rejects: dict[str, tuple[str, str]] = field(default_factory=dict)  # source -> (code, reason words)
    stored: set[str] = field(default_factory=set)      # record ids that must be stored
    skipped: list[str] = field(default_factory=list)   # paths that must be neither read nor rejected


def _gzip_stream(path: Path, pieces: list[tuple[bytes, int]]) -> None:
    """Write a gzip of `pieces` ((bytes, times) each), compressing as it goes (flat memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    with path.open("wb") as out:
        for data, times in pieces:
            for _ in range(times):
                out.write(packer.compress(data))
        out.write(packer.flush())


def _jsonl_line(record: dict[str, object]) -> bytes:
    return json.dumps(record).encode() + b"\n"


def _warc(records: int, pages: int) -> bytes:
    """A WARC of `pages` small text stories among `records` small image responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    every = max(1, records // max(1, pages))
    image = random.Random(0).randbytes(1024)  # incompressible, so the archive is as big as it looks
    page = 0
    for n in range(records):
        if n % every == 0 and page < pages:
            uri, ctype, payload = (f"http://hostile.test/story/{page}", "text/plain; charset=utf-8",
                                   story(900 + page).encode())
            page += 1
        else:
            uri, ctype, payload = f"http://hostile.test/img/{n}.png", "image/png", image
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


def build_hostile_corpus(root: Path, *, scale: str = "test") -> HostileCorpus:
    bench = scale == "bench"
    corpus = root / "hostile"
    corpus.mkdir(parents=True)
    max_bytes = 8_000_000
    corpus_inputs = [str(corpus), "/dev/zero"]  # a device named on the command line is refused too
    result = HostileCorpus(inputs=corpus_inputs,
                           options=["--max-bytes", str(max_bytes), "--max-chars", "1000000",
                                    "--doc-timeout", "5"])
    result.rejects["/dev/zero"] = ("R005", "character device")

    def put(name: str, data: bytes) -> Path:
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def rejected(name: str, code: str, words: str, data: bytes | None = None) -> None:
        if data is not None:
            put(name, data)
        result.rejects[str(corpus / name)] = (code, words)

    def stored(name: str, data: bytes) -> None:
        result.stored.add(str(put(name, data)))

    # good stories, plain and in every container
    for n in range(1, 5):
        stored(f"good-{n}.txt", story(n).encode())
    stored("good.txt.gz", gzip.compress(story(5).encode()))
    one_bad_byte = story(6).replace("officials", "offi\udcffcials")  # one lone \xff byte
    stored("one-bad-byte.txt", one_bad_byte.encode("utf-8", "surrogateescape"))
    put("bad-\udcff-name.txt", story(16).encode())  # a file name that is not UTF-8 (byte 0xff)
    result.stored.add(f"{corpus}/bad-\\xff-name.txt")
    stored("trailing-garbage.txt.gz", gzip.compress(story(7).encode()) + b"this is not gzip data" * 40)

    # issue #8: whole batches lost
    rejected("e088-long.txt", "A002", "--max-chars", REPRO_E088.encode())
    # ~855,000 characters: well over the 5 s budget of parsing alone, under --max-chars
    runaway = "SEOUL, Oct. 5 (Yonhap) -- " + "North Korea fired a missile, officials said. " * 19_000
    rejected("runaway.txt", "A003", "time budget", runaway.encode())
    # short, but spaCy's tokenizer takes quadratic time on a run of brackets (12,000: over 20 s)
    rejected("brackets.txt", "A003", "time budget", b"SEOUL, Oct. 5 (Yonhap) -- " + b"(" * 12_000 + b"\n")
    rejected("deep.json", "R004", "nested too deep", b"[" * 10_000 + b"]" * 10_000)
    # 6 MB of `{},`: over the limit on objects (50 MB of them would parse to over a gigabyte)
    rejected("many-objects.json", "R002", "JSON Lines", b"[" + b"{}," * 2_100_000 + b"{}]")
    rejected("bigint.json", "R004", "4300", b'{"text": "x", "n": ' + b"7" * 5000 + b"}")
    lines = corpus / "lines.jsonl"
    put("lines.jsonl", _jsonl_line({"id": "line-good", "text": story(8)}) + b"[" * 10_000 + b"]" * 10_000
        + b"\n" + b'{"text": "x", "n": ' + b"7" * 5000 + b"}\n" + b'{"id": \n'
        + b'{"id": "line-surrogate", "text": "' + story(17).replace("\n", " ").replace('"', "'").encode()
        + b' A lone \\ud800 surrogate."}\n')  # legal JSON, but no UTF-8 database can hold it as it is
    result.stored.update({"line-good", "line-surrogate"})
    result.rejects.update({f"{lines}:2": ("R004", "nested too deep"), f"{lines}:3": ("R004", "4300"),
                           f"{lines}:4": ("R004", "invalid JSON")})

    # memory and size limits, enforced while reading
    bomb = corpus / "bomb.jsonl.gz"
    inflated = 1_200_000_000 if bench else 120_000_000
    _gzip_stream(bomb, [(_jsonl_line({"id": "bomb-good", "text": story(9)}), 1), (b'{"text": "', 1),
                        (b"a" * 1_000_000, inflated // 1_000_000), (b'"}\n', 1)])
    result.stored.add("bomb-good")
    result.rejects[str(bomb)] = ("R002", "decompression bomb")
    long_line = corpus / "long-line.jsonl.gz"
    words = " ".join(f"w{n * 7919 % 100_003}" for n in range(1_200_000)).encode()  # 8.7 MB, compresses ~4:1
    _gzip_stream(long_line, [(b'{"text": "', 1), (words, 1), (b'"}\n', 1),
                             (_jsonl_line({"id": "after-long-line", "text": story(10)}), 1)])
    result.stored.add("after-long-line")
    result.rejects[f"{long_line}:1"] = ("R002", "--max-bytes")
    warc_records, warc_pages = (60_000, 12) if bench else (6_000, 3)
    put("many-records.warc.gz", _warc(warc_records, warc_pages))  # over --max-bytes as a whole
    result.stored.update(f"http://hostile.test/story/{n}" for n in range(warc_pages))
    rejected("line-20mb.txt", "R002", "--max-bytes", b"North Korea fired a missile. " * 700_000)

    # bytes that are not (good) text
    rejected("zero.txt", "R001", "0 bytes", b"")
    rejected("nul.txt", "R003", "NUL", story(11).encode() + b"\x00\x00\x00" + story(12).encode())
    rejected("invalid-utf16.txt", "R003", "utf-16", b"\xff\xfe" + "Seoul said".encode("utf-16-le")
             + b"\x00\xd8A\x00" + "more text".encode("utf-16-le"))
    rejected("damaged-utf8.txt", "R003", "invalid UTF-8",
             b"\xff".join("Caf\u00e9 r\u00e9sum\u00e9 na\u00efve ".encode() for _ in range(60)))
    rejected("binary.dat", "R003", "binary", bytes(range(256)) * 64)
    rejected("truncated.txt.gz", "R004", "truncated gzip", gzip.compress(story(13).encode() * 20)[:200])
    rejected("deep.html", "R004", "nested", b"<html><body>" + b"<div>" * 5000 + b"<p>deep</p>"
             + b"</div>" * 5000 + b"</body></html>")

    # things in a folder that must not be opened, followed or looped into
    outside = root / "outside-secret.txt"
    outside.write_bytes(story(14).encode())
    os.symlink(outside, corpus / "outside-link.txt")
    result.rejects[str(corpus / "outside-link.txt")] = ("R005", "leads out")
    os.symlink("/etc/hostname", corpus / "system-link.txt")
    result.rejects[str(corpus / "system-link.txt")] = ("R005", "leads out")
    (corpus / "loop").mkdir()
    os.symlink("..", corpus / "loop" / "up")  # a directory loop: never descended
    result.skipped.append(str(corpus / "loop" / "up"))
    os.mkfifo(corpus / "pipe.txt")
    result.rejects[str(corpus / "pipe.txt")] = ("R005", "FIFO")
    if os.geteuid() != 0:  # root reads anything, so this case only exists for other users
        denied = put("denied.txt", story(15).encode())
        denied.chmod(0)
        result.rejects[str(denied)] = ("R005", "permission denied")
    return result
