"""Keeping Python's cycle collector off the objects a run loads once and holds to its end.

The spaCy model, the gazetteers, the lexicons and the actor tables are some 200,000 Python objects that
live as long as the process. The collector's full passes walk every one of them: with the model loaded
one pass takes about 140 ms on the reference machine, and a batch of a few hundred short documents
triggers several, in whichever stage happens to allocate at the time. Frozen after the warm-up, they are
no longer walked, and a full pass looks only at what the documents made.
"""

from __future__ import annotations

import gc

_settled = False


def settle_long_lived() -> None:
    """Collect once, then move every object alive now out of the collector's reach (`gc.freeze`). Called
    once the model and the tables are loaded, before the documents. Once a process: a later call could
    freeze the garbage cycles of documents analysed since, which would then never be freed."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
