"""Quotes and reported speech: candidates, cues, spans and speakers."""
