"""Actors: mentions, country and sector codes, in-document coreference."""
