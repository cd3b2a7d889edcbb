"""Time expressions (TIMEX3): patterns, rules and normalisation."""
