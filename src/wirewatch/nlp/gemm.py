"""Matrix products for the spaCy model through numpy's BLAS instead of the bundled BLIS.

thinc multiplies through the `blis` wheel, which picks its kernel by CPU at run time and falls back
to its portable C kernel on CPUs it has no kernel for (on the AMD EPYC build hosts it reports
`libblis: selecting sub-configuration 'generic'` with BLIS_ARCH_DEBUG=1). There the layer products of
tok2vec and the NER model cost several times what an optimised kernel does. numpy's OpenBLAS
dispatches on every x86-64 CPU, so `NumpyGemmOps` routes thinc's `gemm` through `numpy.matmul`.

The parser's and NER's transition loops call BLIS from Cython directly and keep it. Sums taken in a
different order can differ in the last bits (tok2vec outputs by at most ~4e-6 here); over 1,055
PolNeAR/PLOVER/TimeML/Reuters texts (430k tokens) every tag, morph, lemma, arc and entity came out
the same. `WIREWATCH_GEMM=blis` keeps thinc's own path.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path
from typing import Any

import numpy
from thinc.api import NumpyOps

GEMM_ENV = "WIREWATCH_GEMM"


class NumpyGemmOps(NumpyOps):  # type: ignore[misc]
    """thinc's NumpyOps with `gemm` done by numpy.matmul (same contract: out=, trans1, trans2)."""

    name = "numpy_gemm"

    def gemm(self, x: Any, y: Any, out: Any | None = None, trans1: bool = False,
             trans2: bool = False) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_numpy_gemm(nlp: Any) -> bool:
    """Give every layer of every trainable component NumpyGemmOps; False when switched off."""
    if os.environ.get(GEMM_ENV, "").lower() == "blis":
        return False
    ops = NumpyGemmOps()
    changed = False
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                changed = True
    return changed


def single_thread_blas() -> bool:
    """Ask numpy's OpenBLAS for one thread: worker processes already use every core."""
    libs_dir = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs_dir.glob("lib*openblas*.so*")):
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for symbol in ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                       "openblas_set_num_threads64_", "openblas_set_num_threads"):
            setter = getattr(lib, symbol, None)
            if setter is not None:
                setter(1)
                return True
    return False
