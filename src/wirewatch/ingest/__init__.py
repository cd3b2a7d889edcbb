"""Readers: any pile of inputs to a stream of `Document`s and `Rejected`s (see readers.py)."""
