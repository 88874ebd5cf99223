"""The answer keys shaped by real news (tests/extraction/cases/realshape): sound keys, and an engine
that does not fall below what it reached on them (extractor 2026.12.18); attribution work raises
these floors."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import CASES, score_folder

from tracker.evaluation.scoring import WINDOW, find_pairs, occurrences

REALSHAPE = CASES / "realshape"
# figure -> floor, per language: the figures of the discourse stage with carry-over (source recall
# de 0.61 -> 0.83, en 0.73 -> 0.84; English precision 0.953 -> 0.933, the price of carrying over
# wire copy's lines), rounded down; unit and when raised with the number forms, units and
# statistics periods (issue 15); en unit 0.90 -> 0.89 when the keys rs-en17..20 (issue 14) came in
# with units the engine does not read yet ("Rs 25,000", "three times greater"); unit and when raised
# with issue 15's periods and its when_ keys (de 0.915, 0.802; en 0.916, 0.774), a few claims of room;
# 16 keys rs-de21..28, rs-en21..28 (dev2, shaped by real news by a
# helper who never saw the engine) came in with issue 14's court, release and survey rules: de unit
# 0.90 -> 0.88 and en claim_f1 0.98 -> 0.97 (their units and figures are issue 15's), en source
# precision 0.93 -> 0.91 (their analysts' consensus and poll methodology lines); then raised with
# issue 14's rules for them (all 32 keys: source recall de 0.918, en 0.944; precision 0.935, 0.937)
# issue 14d (closing attributions over an earlier paragraph's account, polled analysts beside their
# data firm, pronouns for roles, documents owned by a name; keys rs-de37/38, rs-en38/39): source
# recall de 0.925, en 0.957; precision de 0.932, en 0.947; unit and when raised with issue 15c's
# reporting periods and harm units (the keys of 14c's time: de unit 0.889 -> 0.958, when 0.826 -> 0.917;
# en unit 0.937 -> 0.941, when 0.856 -> 0.936), a few claims of room; issue 14e (a body's own
# offer, demand or request; poll series made by a named pollster; 'Das sei ..., sagte' comments;
# keys rs-de39, rs-en40): source recall de 0.930, en 0.962; precision de 0.943, en 0.952
# issue 14f/15e (2026-12-07): 16 keys rs-de41..48, rs-en41..48 (dev3, shaped by real news by helpers
# who never saw the engine; their first score: source recall de 0.543, en 0.678, when 0.800, 0.487)
# came in with the rules for them: all 43 keys source recall de 0.926, en 0.945; precision 0.953,
# 0.949; unit 0.975, 0.956; when 0.952, 0.947
# issue 14g/15f: 10 keys rs-de51..55, rs-en51..55 (dev4, written the same way; first score source
# recall de 0.638, en 0.855, when 0.865, 0.823, unit 0.690, 0.784) came in with their rules: all 48 + 48
# keys source recall de 0.916, en 0.941; precision 0.946, 0.956; unit 0.957, 0.946; when 0.951, 0.953
# dev5 (2026-12-07): 20 keys rs-de61..70, rs-en61..70 written the same way; first score, before anyone read
# their misses (extractor 2026.12.23): source recall de 0.552, en 0.588; precision 0.713, 0.792; unit 0.942,
# 0.958; when 0.622, 0.717. Floors lowered to all 58 + 58 keys: source recall de 0.839, en 0.862; precision
# 0.902, 0.928; unit 0.954, 0.948; when 0.877, 0.899
# issue 14i (attribution: lists after a colon, closing attributions over a paragraph, side clauses,
# "hieß es", commissioning outlets, pronoun spans): all 58 + 58 keys source recall de 0.892, en 0.919;
# precision 0.927, 0.950 (dev5 alone, first score after merge 0.552/0.676 recall: de 0.808, en 0.831)
# dev6 (2026-12-07): 16 keys rs-de71..78, rs-en71..78; first score after issues 14i and 15h: source recall
# de 0.582, en 0.637; precision 0.920, 0.910. Floors lowered to all 66 + 66 keys: source recall de 0.863,
# en 0.883; precision 0.937, 0.946; unit 0.964, 0.962; when 0.952, 0.947
# issues 14jde, 14jen (German and English accounts: a described company presenting results, "X zufolge"
# reaching back, a source explaining the change just reported, crossheads, Konjunktiv paragraphs; a club
# or company as subject of its results, shares of what an account counted over a paragraph break, a body
# named again) and 15i (units and periods of dev6): all 66 + 66 keys source recall de 0.891, en 0.925;
# precision 0.934, 0.952; unit 0.977, 0.964; when 0.970, 0.955
# dev7 (rs-de81..88, rs-en81..88; 2026-12-07, extractor 2026.12.24, scored before anyone read its misses):
# source recall de 0.789, en 0.776; precision 0.903, 0.776; unit 0.933, 0.951; when 0.925, 0.811. English
# floors lowered to all 74 + 74 keys: source recall de 0.881, en 0.911; precision 0.931, 0.935; unit 0.973,
# 0.963; when 0.965, 0.936
# German keys re-checked for the paragraph-break rule (13 links of rs-de18, 41, 52 set to []): the engine
# carries those three over the break, so German precision 0.931 -> 0.919, recall 0.881 -> 0.885
# issue 14k-de (pronouns agreeing in gender, the nearest pronoun or description as the mention, more
# Konjunktiv forms, "wie X weiter mitteilte" reaching back): all 74 keys source recall de 0.895,
# precision 0.923
# issue 15j (units of a bare figure standing for one named before, arrests, injuries; periods of the forms
# matrix): unit de 0.973 -> 0.983, en 0.963 -> 0.972
# issue 14m (source precision: places, events, actors, outer clauses, relative clauses, a speaker's
# description): source precision de 0.926 -> 0.930, en 0.935 -> 0.951
# issue 14l (English: places a release counted, "Elsewhere", one release under two names, closing
# attributions over carried ones, forecasters in relative clauses, the analysts' consensus, the share
# price, "where" clauses, "polled by"): en source recall 0.911 -> 0.948, precision 0.935 -> 0.956 (dev7
# alone 0.776/0.776 -> 1.000/1.000)
# issue 14l-de ("so X weiter", results and documents of their own, share moves, descriptions and
# "demnach" after a paragraph break, "wie es mitteilte", quotations after a colon; merged with 14l-en/14m;
# a German poll's account ends with its paragraph as the re-checked keys have it): all 74 keys source
# recall de 0.926, precision 0.945; nor a release between two mentions of its office: precision 0.949
# issue 15k (reference periods, listed periods, a year's base, bare figures that stand for the noun
# before): unit en 0.972 -> 0.981, when de 0.965 -> 0.978, en 0.936 -> 0.946
# issue 14o-de (a clause's subject that can speak is the source of its figures, the verb found by place and
# form, not by a list): de source recall 0.933 -> 0.946, precision 0.950 -> 0.960; issue 14o-en (English
# clause subjects, hearers, relays, the nearest description): en recall 0.948 -> 0.973,
# precision 0.961 -> 0.973
# dev8 (rs-*91..98) added: all 82 + 82 keys source recall de 0.934, en 0.974, precision 0.949, 0.962,
# unit 0.968, 0.952, when 0.963, 0.925
# issues 15m, 14p, 14q (extractor 2026.12.27): source recall de 0.939, en 0.980, precision 0.960, 0.972,
# unit 0.976, 0.965, when 0.980, 0.962
# H7 (rs-*101..110, the unseen set of 2026-12-07, scored once before it came in) added: all 92 + 92 keys
# source recall de 0.911, en 0.962, precision 0.939, 0.940, unit 0.956, 0.952, when 0.974, 0.943
# issue 14r-en (English: phrases that cannot speak, "from" beside information only, no release over a
# paragraph where another voice speaks, targets, actors named by name, a list's possessive owner and
# its end, closing attributions over "which" clauses): en source recall 0.962 -> 0.976, precision
# 0.940 -> 0.966
# issue 14r (German: poll institutes, mid-clause "zufolge", Konjunktiv resuming, "demnach" on the
# nearest naming, colon speakers, "Das teilte X mit" one sentence back): de source recall 0.942,
# precision 0.957
# issue 15n (units of unknown English plural nouns, a change ahead's day, days of events and
# reported clauses, forecasts, offence spans, respondents' shares): unit de 0.956 -> 0.960, en
# 0.952 -> 0.968; when de 0.974 -> 0.980, en 0.943 -> 0.963
# issue 14t (German: a pronoun before its auxiliary and closing participle, a role's article before
# capitalised adjectives, an inserted "zufolge" nearer than an account carried, digits glued to a name,
# phrase sources inside their clause, first and last names, dpa-AFX, relays relying on cited data):
# de source recall 0.942 -> 0.949, precision 0.957 -> 0.960 (893/930); six "hieß es weiter" claims keyed
# to that mention as DESIGN says: recall 0.954, precision 0.966
# issue 15o (units of things counted in local news, ages in lists and after "oldest"; a German year
# ended in a month named, annual accounts, the start of a change ahead): unit de 0.960 -> 0.970, en
# 0.968 -> 0.971; when en 0.963 -> 0.964
# issue 14u-de (German: a quotation's speaker next sentence nearer, sellers asking a price, a body's own
# size and a passive's subject, a poll's fieldwork sentence, descriptions of their kind, a body's plan
# with "soll", a speaker after a possessive, prison terms held out, a demand's addressee, "nach dem
# Vorschlag des X"; rs-de97 and rs-de109 keys naming the mention they mean): de source recall
# 0.954 -> 0.967, precision 0.966 -> 0.978
# issue 14u-en (English: described names after an opening phrase, asides after a subject or a
# document, a town after "where", owned estimates and press releases, "new figures show", actors after
# a relative clause, pronoun speakers under their own words): en source recall 0.978 -> 0.990,
# precision 0.968 -> 0.974 (rs-en47's two quoted figures keyed to "he said" as DESIGN says)
# dev9 (rs-*111..118, 8 + 8 written this session by helpers who never saw the engine, checked by two
# more) added: all 100 + 100 keys source recall de 0.967, en 0.987, precision 0.975, 0.975, unit 0.970,
# 0.973, when 0.973, 0.964
# H8 (rs-*121..132, the unseen set of 2026-12-08, scored once at the start with 2026.12.27 and once at
# the end with 2026.12.28 before it came in) added: all 112 + 112 keys source recall de 0.947, en 0.945,
# precision 0.955, 0.965, unit 0.968, 0.967, when 0.957, 0.949
# 2026-12-08 (tenth session): issues 14v-14z, 14x2, 14y2 (German accounts and mentions, English accounts
# and mentions), 15p, 15q (periods, units) and a key audit of repeated source words (6 links pinned to the
# mention they mean); dev10 (rs-*133..140, 8 + 8 written and checked by helpers who never saw the engine)
# and H9 (rs-*141..156, the unseen set of this session, scored at the start with 2026.12.28 and at the end
# with 2026.12.29 before it came in) added: all 136 + 136 keys source recall de 0.931, en 0.939,
# precision 0.949, 0.966, unit 0.961, 0.956, when 0.954, 0.937
# 2026-12-08 (eleventh session): issues 14de, 14de2, 14en, 14en2 (German and English mentions and
# accounts, on H9's misses), 15 (periods, units) and a key audit (36 keys: "demnach", "hieß es weiter",
# "nach eigenen Angaben", verdicts, poll samples neutral, commissioning outlets, fractions, kinds);
# H10 (rs-*157..172, the unseen set of this session, scored at the start with 2026.12.29 and at the end
# with 2026.12.30 before it came in) added: all 152 + 152 keys source recall de 0.937, en 0.941,
# precision 0.952, 0.968, unit 0.962, 0.960, when 0.948, 0.937
FLOORS = {
    "de": {"claim_f1": 0.98, "source_recall": 0.93, "source_precision": 0.95, "unit": 0.96, "when": 0.94},
    "en": {"claim_f1": 0.98, "source_recall": 0.94, "source_precision": 0.96, "unit": 0.95, "when": 0.93},
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_key_is_sound(language):
    pairs = list(find_pairs(REALSHAPE / language))
    assert len(pairs) >= 16
    for text_path, key_path in pairs:
        text = text_path.read_text(encoding="utf-8")
        key = json.loads(key_path.read_text(encoding="utf-8"))
        assert key["language"] == language and key["published"] and key["shaped_by_real_news"]
        for claim in key["claims"]:
            where = occurrences(text, claim["quote"])
            if claim.get("kind") == "date_only":  # neutral words: found at least once is enough
                assert where, f"{key_path.name}: {claim['quote']!r} not in the text"
                continue
            assert len(where) == 1, f"{key_path.name}: {claim['quote']!r} found {len(where)} times"
            for source in claim.get("sources", []):
                near = [o for o in occurrences(text, source) if abs(o[0] - where[0][0]) <= WINDOW]
                assert near, f"{key_path.name}: source {source!r} not near {claim['quote']!r}"
        for quote in key.get("quotes", []):
            assert occurrences(text, quote["quote_start"]), f"{key_path.name}: {quote['quote_start']!r}"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_engine_holds_its_floor(language):
    tally, misses, count = score_folder(REALSHAPE / language)
    got = tally.figures()
    report = f"{language}: {count} keys\n{tally.table()}\n" + "\n".join(misses)
    for figure, floor in FLOORS[language].items():
        assert (got.get(figure) or 0) >= floor, f"{figure} below {floor}\n{report}"
