from tracker.claims.forms import FastSelect, FlagForm


def test_the_fast_select_escapes_and_marks_the_choice():
    widget = FastSelect(choices=[("a", "<b>A</b>"), ('"x', "X")])
    html = widget.render("pick", '"x', attrs={"id": "id_pick", "required": True})
    assert html.startswith('<select id="id_pick" name="pick" required>')
    assert "&lt;b&gt;A&lt;/b&gt;" in html and "<b>" not in html
    assert '<option value="&quot;x" selected>X</option>' in html


def test_the_flag_form_renders_its_reason_with_a_label():
    html = str(FlagForm(prefix="flag", initial={"version": 3})["reason"])
    assert 'name="flag-reason"' in html and 'id="id_flag-reason"' in html
    assert '<option value="figure_disputed">Figure disputed</option>' in html
