"""`wirewatch ingest --engine ray`: the local engine's stages, run by Ray Data.

    read     Ray read tasks, one per run of input files: `ingest.readers.read_source`, as locally
    skip     documents already stored at this level or above become "duplicate" markers: one
             zero-CPU actor pinned to the driver's node, because that is where the store is
    analyse  `Analyzer.analyze_many` in an actor pool, one spaCy model per actor, one actor per CPU
             (structure only: stateless tasks, no model)
    write    on the driver, through the store's one `Writer` in committed batches (`store/ingest.py`
             does the batching for both engines), or, with `--output DIR`, Parquet shards written by
             the workers themselves

Documents, articles and rejects travel between stages as pickled records in a binary column, so
the writer receives exactly what the local engine would hand it, and the input order is kept
(`preserve_order`): the store's furniture counts depend on the order stories arrive in.

Ray starts in local mode on this machine (bound to loopback, no dashboard, a capped object store, its
files under the system temp directory) unless `address` names a running cluster. On a cluster every
node needs wirewatch installed and the input files at the same paths (a shared file system).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import pickle
import tempfile
import time
import warnings
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..errors import EngineError
from ..ingest.base import ReadOptions
from ..ingest.readers import iter_paths, read_source
from ..pipeline import Analyzer
from ..records import Article, Document, Rejected
from ..store.ingest import IngestSummary

log = logging.getLogger(__name__)

LOOPBACK_ENV = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"  # "0": a local Ray binds to 127.0.0.1 (ray 2.60)
OBJECT_STORE_BYTES = 512 * 1024 * 1024  # blocks are small; Ray spills to disk past this
BLOCK_ROWS = 64            # documents per block leaving a read task
BLOCK_BYTES = 8 * 1024 * 1024  # ... or fewer when they are long
ANALYSE_BATCH = 32         # documents per call of an analysis actor (the spaCy batch size)
ACTOR_RETRIES = 5          # retries of a batch whose actor died: 1 to go one by one, then 1 per culprit

# the kinds of row that flow through the dataset
DOCUMENT, REJECTED, DUPLICATE, ARTICLE = "document", "rejected", "duplicate", "article"
_SCHEMA = pa.schema([("kind", pa.string()), ("uid", pa.string()), ("item", pa.large_binary())])


# -- starting Ray ------------------------------------------------------------------------------------
def start_ray(*, address: str | None = None, cpus: int | None = None) -> bool:
    """Join the cluster at `address`, or start a local Ray with `cpus` CPUs; True when this call
    started (or joined) it and so should shut it down. An already running session is reused."""
    if address is None or _is_loopback(address):
        # read when ray is imported, so set first; without it a driver joining 127.0.0.1 looks for
        # the cluster at this machine's network address instead
        os.environ.setdefault(LOOPBACK_ENV, "0")
    ray = _import_ray()
    if ray.is_initialized():
        return False
    try:
        if address is not None:
            ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
        else:
            ray.init(num_cpus=cpus, include_dashboard=False, object_store_memory=OBJECT_STORE_BYTES,
                     _temp_dir=ray_temp_dir(), logging_level=logging.ERROR, log_to_driver=False)
    except Exception as exc:  # ConnectionError, a busy port, a full /tmp: say which
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise EngineError(f"cannot start {where}: {type(exc).__name__}: {exc}", code="E002") from exc
    _quiet_ray_data()
    return True


def _is_loopback(address: str) -> bool:
    host = address.removeprefix("ray://").rsplit(":", 1)[0].strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.")


def stop_ray() -> None:
    import ray

    ray.shutdown()


def ray_temp_dir() -> str:
    """Ray's session files: short (it puts unix sockets there) and private to this user."""
    return os.path.join(tempfile.gettempdir(), f"wirewatch-ray-{os.getuid()}")


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise EngineError("the Ray engine needs the [ray] extra: pip install 'wirewatch[ray]' "
                          "(make setup installs it)", code="E001") from exc
    return ray


def _quiet_ray_data() -> None:
    from ray.data import DataContext

    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its per-run notices would drown ours
    context = DataContext.get_current()
    context.enable_progress_bars = False  # wirewatch draws its own progress
    context.print_on_execution_start = False
    context.execution_options.preserve_order = True


def cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


# -- rows ----------------------------------------------------------------------------------------
def _row(item: Document | Rejected | Article) -> tuple[str, str, bytes]:
    if isinstance(item, Document):
        return DOCUMENT, item.uid, pickle.dumps(item, protocol=5)
    if isinstance(item, Article):
        uid = item.document.uid if item.document is not None else ""
        return ARTICLE, uid, pickle.dumps(item, protocol=5)
    return REJECTED, "", pickle.dumps(item, protocol=5)


def _table(rows: list[tuple[str, str, bytes]]) -> pa.Table:
    kinds, uids, items = zip(*rows, strict=True) if rows else ((), (), ())
    return pa.table([pa.array(kinds, pa.string()), pa.array(uids, pa.string()),
                     pa.array(items, pa.large_binary())], schema=_SCHEMA)


def _columns(batch: pa.Table) -> Iterator[tuple[str, str, bytes]]:
    return zip(batch.column("kind").to_pylist(), batch.column("uid").to_pylist(),
               batch.column("item").to_pylist(), strict=True)


# -- read ----------------------------------------------------------------------------------------
def _read_paths(paths: list[str | Rejected], options: ReadOptions) -> Iterator[pa.Table]:
    """The blocks of one read task: every document of `paths`, in order (a path the listing already
    refused, a link out of its folder say, comes as its reject)."""
    rows: list[tuple[str, str, bytes]] = []
    size = 0
    for path in paths:
        for item in [path] if isinstance(path, Rejected) else read_source(path, options):
            row = _row(item)
            rows.append(row)
            size += len(row[2])
            if len(rows) >= BLOCK_ROWS or size >= BLOCK_BYTES:
                yield _table(rows)
                rows, size = [], 0
    if rows:
        yield _table(rows)


def _runs(paths: list[str | Rejected], parts: int) -> list[list[str | Rejected]]:
    """`paths` cut into at most `parts` consecutive runs of about equal length (order kept)."""
    parts = max(1, min(parts, len(paths)))
    size, extra = divmod(len(paths), parts)
    runs, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        runs.append(paths[start:end])
        start = end
    return runs


def _datasource(paths: list[str | Rejected], options: ReadOptions) -> Any:
    from ray.data import Datasource, ReadTask
    from ray.data.block import BlockMetadata

    class WireInputs(Datasource):  # type: ignore[misc]
        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context: Any = None) -> list[Any]:
            tasks = []
            for run in _runs(paths, parallelism):
                files = tuple(p for p in run if isinstance(p, str))
                meta = BlockMetadata(num_rows=None, size_bytes=None, exec_stats=None, input_files=files)
                tasks.append(ReadTask(functools.partial(_read_paths, run, options), meta, schema=_SCHEMA))
            return tasks

    return WireInputs()


def _readable(inputs: Iterable[str]) -> list[str]:
    """The inputs, refused (before Ray starts) when one is standard input."""
    inputs = [str(i) for i in inputs]
    if "-" in inputs:
        raise EngineError("the Ray engine reads files, not standard input: give file names "
                          "or use --engine local", code="E003")
    return inputs


# -- skip ----------------------------------------------------------------------------------------
class SkipStored:
    """Turns documents already stored at `level` or above into duplicate markers (no text)."""

    def __init__(self, db: str, level: str) -> None:
        from ..store.connect import connect
        from ..store.rows import LEVEL_RANK

        self.conn = connect(db, readonly=True)
        self.rank = LEVEL_RANK
        self.level = level

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = list(_columns(batch))
        uids = [uid for kind, uid, _ in rows if kind == DOCUMENT]
        marks = ",".join("?" * len(uids))
        stored = dict(self.conn.execute(f"SELECT uid, level FROM articles WHERE uid IN ({marks})", uids))
        done = {uid for uid, level in stored.items() if self.rank[str(level)] >= self.rank[self.level]}
        return _table([(DUPLICATE, uid, b"") if kind == DOCUMENT and uid in done else (kind, uid, item)
                       for kind, uid, item in rows])


# -- analyse -------------------------------------------------------------------------------------
class Analyse:
    """One analysis actor: one `Analyzer` (one spaCy model) for its whole life.

    A document that kills the actor's process (a segfault, the OOM killer) costs only itself: before
    each batch the actor notes the batch in a flight record (a small file named after the actor,
    which Ray restarts under the same id and hands the same batch again). A restarted actor that
    finds its batch in the record analyses it one document at a time, noting each before it starts;
    a document noted when the process died is rejected (A004) on the next retry."""

    def __init__(self, level: str, model: str | None, dictionaries: list[str], options: ReadOptions) -> None:
        if level != "structure":
            from ..nlp.gemm import single_thread_blas

            single_thread_blas()  # one actor per CPU already: BLAS threads would fight them
        self.analyzer = Analyzer(only=level, model=model, actor_dictionaries=dictionaries,
                                 batch_size=ANALYSE_BATCH, max_chars=options.max_chars,
                                 doc_timeout=options.doc_timeout)
        # load the model and every table now, not inside the first batch or a document's time budget
        self.analyzer.warm_up()
        self.record = _flight_record()

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = list(_columns(batch))
        todo = [(uid, pickle.loads(item)) for kind, uid, item in rows if kind in (DOCUMENT, REJECTED)]
        keys = [uid for uid, _ in todo]
        culprits = self._culprits(keys)
        results: list[Article | Rejected] = []
        if culprits is None:
            self._note(keys, None, [])
            results = list(self.analyzer.analyze_many([item for _, item in todo]))
        else:  # this batch killed the process before: one document at a time
            for key, item in todo:
                if key and key in culprits and isinstance(item, Document):
                    results.append(_killed(item))
                    continue
                self._note(keys, key, sorted(culprits))
                results.extend(self.analyzer.analyze_many([item]))
        self._note_done()
        done = iter(results)  # one result per item, in order
        return _table([(kind, uid, item) if kind == DUPLICATE else _row(next(done))
                       for kind, uid, item in rows])

    def _culprits(self, keys: list[str]) -> set[str] | None:
        """None for a batch seen for the first time; else the documents that killed the process."""
        if self.record is None or not self.record.exists():
            return None
        try:
            noted = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if noted.get("batch") != keys:
            return None
        return set(noted.get("culprits", [])) | ({noted["current"]} if noted.get("current") else set())

    def _note(self, keys: list[str], current: str | None, culprits: list[str]) -> None:
        if self.record is not None:
            partial = self.record.with_suffix(".part")
            partial.write_text(json.dumps({"batch": keys, "current": current, "culprits": culprits}),
                               encoding="utf-8")
            os.replace(partial, self.record)

    def _note_done(self) -> None:
        if self.record is not None:
            self.record.unlink(missing_ok=True)


def _flight_record() -> Path | None:
    """This actor's flight record file (None outside an actor: plain tasks are retried as they are)."""
    import ray

    actor = ray.get_runtime_context().get_actor_id()
    if actor is None:
        return None
    folder = Path(tempfile.gettempdir()) / f"wirewatch-ray-{os.getuid()}-flight"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{actor}.json"


def _killed(document: Document) -> Rejected:
    return Rejected(source=document.source, id=document.id, code="A004",
                    reason=f"[A004] {document.source}: the process analysing this document died (twice: "
                           "once in its batch, once on its own); it was left out")


def analyse_batch(batch: pa.Table, level: str, model: str | None, dictionaries: list[str],
                  options: ReadOptions) -> pa.Table:
    """Structure level: no model, so plain tasks instead of actors."""
    return Analyse(level, model, dictionaries, options)(batch)


# -- the dataset ---------------------------------------------------------------------------------
def build_dataset(inputs: Iterable[str], *, level: str, options: ReadOptions | None = None,
                  db: str | Path | None = None, workers: int | None = None, model: str | None = None,
                  actor_dictionaries: Iterable[str] = (), analyse: type[Analyse] = Analyse,
                  skip: Collection[str] = ()) -> Any:
    """The lazy Ray dataset of one run: rows of (kind, uid, pickled record), in input order.

    With `db`, documents stored there at `level` or above come out as DUPLICATE markers unanalysed;
    files in folders whose real path is in `skip` (the store's own) are not read. Ray must be
    running (`start_ray`)."""
    import ray
    from ray.data import ActorPoolStrategy

    paths = list(iter_paths(_readable(inputs), skip))
    options = options or ReadOptions()
    dictionaries = [str(d) for d in actor_dictionaries]
    actors = workers or cluster_cpus()
    # reading is light next to analysis; zero CPUs lets read tasks run beside a full actor pool
    ds = ray.data.read_datasource(_datasource(paths, options), override_num_blocks=max(1, 2 * actors),
                                  num_cpus=0)
    if db is not None:
        here = ray.get_runtime_context().get_node_id()
        ds = ds.map_batches(SkipStored, fn_constructor_kwargs={"db": str(db), "level": level},
                            batch_format="pyarrow", batch_size=None, compute=ActorPoolStrategy(size=1),
                            num_cpus=0, label_selector={"ray.io/node-id": here})
    if level == "structure":
        return ds.map_batches(analyse_batch, fn_kwargs={"level": level, "model": model,
                                                        "dictionaries": dictionaries, "options": options},
                              batch_format="pyarrow", batch_size=None, num_cpus=1)
    with warnings.catch_warnings():  # Ray names no replacement yet for passing these two
        warnings.simplefilter("ignore", DeprecationWarning)
        # a dead actor is restarted and its batch retried (see `Analyse`), but only ACTOR_RETRIES
        # times: Ray Data's default (forever) would loop on a batch with more culprits than that
        settings = {"level": level, "model": model, "dictionaries": dictionaries, "options": options}
        return ds.map_batches(analyse, fn_constructor_kwargs=settings,
                              batch_format="pyarrow", batch_size=ANALYSE_BATCH,
                              compute=ActorPoolStrategy(size=actors), num_cpus=1,
                              max_restarts=-1, max_task_retries=ACTOR_RETRIES)


def results(ds: Any, counts: Any = None) -> Iterator[Article | Rejected]:
    """The dataset's articles and rejects, in input order, on the driver. Duplicate markers are not
    yielded: `counts(duplicates=1)` is called for each, so the caller can account for them."""
    from ray.exceptions import RayError

    try:
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=2):
            for kind, _, item in _columns(batch):
                if kind == DUPLICATE:
                    if counts is not None:
                        counts()
                    continue
                yield pickle.loads(item)
    except RayError as exc:  # stage failures are rejects already; this is a process or the cluster
        raise EngineError(f"the Ray run stopped: {type(exc).__name__}: {str(exc)[:500]}. What was "
                          "written so far is kept; running the ingest again skips it", code="E005") from exc


def analyse_on_ray(inputs: Iterable[str], *, level: str, options: ReadOptions | None = None,
                   db: str | Path | None = None, workers: int | None = None, model: str | None = None,
                   actor_dictionaries: Iterable[str] = (), address: str | None = None,
                   on_duplicate: Any = None, skip: Collection[str] = ()) -> Iterator[Article | Rejected]:
    """Start (or join) Ray, run the stages, yield the results in input order, stop Ray again."""
    inputs = _readable(inputs)
    started = start_ray(address=address, cpus=workers)
    try:
        ds = build_dataset(inputs, level=level, options=options, db=db, workers=workers, model=model,
                           actor_dictionaries=actor_dictionaries, skip=skip)
        yield from results(ds, on_duplicate)
    finally:
        if started:
            stop_ray()


# -- Parquet output ------------------------------------------------------------------------------
OUTPUT_SCHEMA = pa.schema([("uid", pa.string()), ("id", pa.string()), ("source", pa.string()),
                           ("level", pa.string()), ("status", pa.string()), ("record", pa.string()),
                           ("code", pa.string()), ("reason", pa.string())])


def output_rows(batch: pa.Table, level: str) -> pa.Table:
    """Parquet rows: an article's `record` is the line `wirewatch analyze` prints for it (no newline);
    a reject has its code and reason."""
    from ..util import dumps_line

    rows: list[dict[str, Any]] = []
    for kind, uid, item in _columns(batch):
        record = pickle.loads(item)
        if kind == ARTICLE:
            rows.append({"uid": uid, "id": record.id, "source": record.source, "level": level,
                         "status": "article", "record": dumps_line(record.to_record())[:-1],
                         "code": None, "reason": None})
        elif kind == REJECTED:
            rows.append({"uid": None, "id": record.id, "source": record.source, "level": level,
                         "status": "rejected", "record": None, "code": record.code, "reason": record.reason})
    return pa.Table.from_pylist(rows, schema=OUTPUT_SCHEMA)


def write_parquet(inputs: Iterable[str], output: str | Path, *, level: str,
                  options: ReadOptions | None = None, workers: int | None = None, model: str | None = None,
                  actor_dictionaries: Iterable[str] = (), address: str | None = None) -> IngestSummary:
    """Analyse `inputs` on Ray and write Parquet shards into the new or empty folder `output`, the
    shards written by the workers. The summary is counted from what the shards hold."""
    import pyarrow.parquet as pq

    out = Path(output)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise EngineError(f"{out} must be a new or empty folder for the Parquet shards", code="E004")
    inputs = _readable(inputs)
    clock = time.monotonic()
    started = start_ray(address=address, cpus=workers)
    try:
        ds = build_dataset(inputs, level=level, options=options, workers=workers, model=model,
                           actor_dictionaries=actor_dictionaries)
        ds.map_batches(output_rows, fn_kwargs={"level": level}, batch_format="pyarrow", batch_size=None,
                       num_cpus=0).write_parquet(str(out.resolve()))
    finally:
        if started:
            stop_ray()
    summary = IngestSummary(seconds=time.monotonic() - clock)
    if not out.exists():  # no documents at all: Ray wrote nothing
        out.mkdir(parents=True)
        return summary
    written = pq.read_table(str(out), columns=["status", "code", "source", "reason"], schema=OUTPUT_SCHEMA)
    for status, code, source, reason in zip(*(written.column(c).to_pylist() for c in written.column_names),
                                            strict=True):
        summary.read += 1
        if status == "article":
            summary.stored += 1
            continue
        summary.rejected[code] += 1
        if len(summary.examples) < 20:
            summary.examples.append((source, reason))
    return summary
