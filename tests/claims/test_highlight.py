"""The article marks: pure function, no database."""

from tracker.claims.highlight import Span, highlight


def test_text_outside_marks_is_escaped():
    html = str(highlight('<script>alert(1)</script> "><img src=x onerror=alert(1)>', []))
    assert "<script>" not in html and "<img" not in html
    assert html.startswith("&lt;script&gt;")


def test_overlapping_spans_are_cut_into_well_formed_pieces():
    html = str(highlight("abcdefgh", [Span(1, 5, ("claim",), "c1"), Span(3, 7, ("source",))]))
    assert html == (
        'a<mark class="claim" id="c1">bc</mark><mark class="claim source">de</mark>'
        '<mark class="source">fg</mark>h'
    )


def test_nested_spans_carry_both_classes():
    html = str(highlight("abcdef", [Span(0, 6, ("claim",)), Span(2, 4, ("source",), title='a "b"')]))
    assert html == (
        '<mark class="claim">ab</mark><mark class="claim source" title="a &quot;b&quot;">cd</mark>'
        '<mark class="claim">ef</mark>'
    )


def test_spans_out_of_range_are_clipped_or_dropped():
    assert str(highlight("abc", [Span(1, 99, ("claim",)), Span(5, 9, ("claim",)), Span(2, 2, ("x",))])) == (
        'a<mark class="claim">bc</mark>'
    )


def test_carriage_returns_survive_html_parsing():
    assert str(highlight("a\r\nb", [])) == "a&#13;\nb"


def test_hostile_attribute_values_are_escaped():
    html = str(
        highlight("ab", [Span(0, 2, ('x" onmouseover="alert(1)',), anchor='"><b>', data={"k": "<i>"})])
    )
    assert 'onmouseover="' not in html and "<b>" not in html and "<i>" not in html
