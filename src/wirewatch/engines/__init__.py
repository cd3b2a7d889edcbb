"""Run engines: where the analysis stages run. The local engine is `parallel.py`; `ray_engine` runs the
same stage functions on Ray Data (`wirewatch ingest --engine ray`, extra `[ray]`)."""

ENGINES = ("local", "ray")
