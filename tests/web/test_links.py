"""The query strings of the pages' facet, pager and option links (app.replace_param)."""

from __future__ import annotations

from starlette.datastructures import QueryParams

from wirewatch.web.app import replace_param


def test_a_link_changes_its_parameters_and_keeps_the_others_encoded() -> None:
    params = QueryParams("q=%22north+korea%22+caf%C3%A9&agency=AP&page=3&country=")
    assert replace_param(params, "agency", "A&B/ C", page=1) == (
        "q=%22north+korea%22+caf%C3%A9&country=&agency=A%26B%2F+C&page=1")
    assert replace_param("q=%3Cscript%3E&page=2", "page", 3) == "q=%3Cscript%3E&page=3"
    assert replace_param("", "by", "week") == "by=week"
