"""Every text path stays fast on hostile input: thousands of unclosed brackets, parentheses,
emphasis markers, backticks and angle brackets, alone or mixed. Each example has a deadline;
the inputs are long enough that quadratic work (which took seconds before) would miss it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.render import Renderer, html_to_markdown
from editor_app.core.store.search import index_text
from editor_app.core.text import slugify, strip_markdown, text_stats

OPENERS = st.sampled_from(["[", "(", "*", "_", "`", "<", "{", "[(", "[a](", "x <a ", "*a* ", "`a` ",
                           "a  \n", "&amp; ", "<code>", "<!--", '<p title="', "\\[", "![", "[^"])
HOSTILE = st.tuples(st.lists(OPENERS, min_size=1, max_size=4), st.integers(2000, 8000)).map(
    lambda t: ("".join(t[0]) * t[1])[: 4 * t[1]]
)
_RENDERER = Renderer()
FAST = settings(max_examples=25, deadline=3000, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(HOSTILE)
def test_word_counts_and_slugs(text: str) -> None:
    strip_markdown(text)
    text_stats(text)
    slugify(text)
    index_text(text)


@FAST
@given(HOSTILE)
def test_rendering_and_publish_format(text: str) -> None:
    _RENDERER.publish_html(text, "en")


@FAST
@given(HOSTILE)
def test_html_to_markdown(text: str) -> None:
    html_to_markdown(text)  # as if a site sent it
    html_to_markdown(_RENDERER.body_html(text, "en"))


def test_the_cases_from_the_report() -> None:
    """40,000 "[" took 6.3 s to count; 50,000 "[" then 50,000 "(" took 47 s to render."""
    import time

    start = time.perf_counter()
    text_stats("[" * 40_000)
    _RENDERER.body_html("[" * 50_000 + "(" * 50_000, "en")
    assert time.perf_counter() - start < 5
