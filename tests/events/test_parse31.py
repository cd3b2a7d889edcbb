"""The twenty-ninth session's long-lead classes (wip/parse31), on fresh sentences and controls (none of them
is a row of probes_parse31.py): two titled names joined by "and" before the verb, each parsed whole and laid
back as one subject and its conjunct; "opened border talks" opens talks; a subject before a set-off time
aside ("Japan, a day after ..., on Tuesday lodged ...") hung back on the main verb; a present participle
the model coordinates with a reduced relative hung back on the participle above; a war fought, told in a
relative clause on the lead's subject, is background."""

from __future__ import annotations

import pytest

from support import load_probe_module

_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

Triple = tuple[str, str, str]

# (sentence, wanted (source country, target country, code root) or None, unwanted triples as in
# probe_match.forbidden_hits: country or '*', root of two digits or '*')
CASES: list[tuple[str, Triple | None, tuple[Triple, ...]]] = [
    # two titled names joined by "and" as the subject
    ("Sri Lanka's Prime Minister Ranil Wickremesinghe and Tamil Tiger leader Velupillai Prabhakaran on "
     "Friday signed a ceasefire agreement.", ("LKA", "LKA", "05"), ()),
    ("Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh met in Abidjan on Monday.",
     ("SLE", "SLE", "04"), (("SLE", "TGO", "*"), ("SLE", "CIV", "*"))),
    # controls: a pair the first parse holds stays as it was
    ("Mozambique's President Joaquim Chissano and rebel leader Afonso Dhlakama on Sunday signed a peace "
     "accord in Rome.", ("MOZ", "MOZ", "05"), ()),
    ("Congolese President Laurent Kabila and Ugandan President Yoweri Museveni on Saturday met in Lusaka.",
     ("COD", "UGA", "04"), ()),
    # talks about a border are talks; a border crossing opened stays a border opened
    ("China and India opened border talks in New Delhi on Monday.", ("CHN", "IND", "04"),
     (("*", "*", "08"),)),
    ("Vietnam and Cambodia reopened border negotiations in Phnom Penh on Tuesday.", ("VNM", "KHM", "04"),
     (("*", "*", "08"),)),
    ("Egypt on Sunday opened the Rafah border crossing to Palestinians.", ("EGY", "PSE", "08"), ()),
    # a subject before a set-off time aside
    ("South Korea, a day after North Korean boats crossed the sea border, on Friday protested to Pyongyang.",
     ("KOR", "PRK", "11"), ()),
    ("Greece, hours before Turkish jets flew over an Aegean island, on Monday summoned the Turkish "
     "ambassador.", ("GRC", "TUR", "11"), ()),
    ("Israel, a week after Hezbollah guerrillas killed five soldiers, on Sunday bombed targets in southern "
     "Lebanon.", ("ISR", "LBN", "18"), (("LBN", "LBN", "*"),)),
    # a war fought, told in a relative clause on the subject, is background
    ("India and China, which fought a war in 1962, on Monday signed a trade agreement in Beijing.",
     ("IND", "CHN", "05"), (("*", "*", "19"),)),
    ("Bosnia's Serbs and Croats, who fought a war that killed thousands, voted on Saturday in a general "
     "election.", None, (("*", "*", "19"),)),
    # controls: a war in the main clause, and a clash in a relative clause, stay acts
    ("Eritrean troops fought Ethiopian forces near Badme on Monday, killing dozens.", ("ERI", "ETH", "19"),
     ()),
    ("Government troops fought rebels who attacked a village on Monday.", ("*", "*", "19"), ()),
]


test_parse31_case = _match.case_test(CASES)  # the wanted triple coded, no forbidden one


_parsed = _match.reparsed  # the sentence after the re-parse repairs


def test_participle_hung_back_from_a_reduced_relative() -> None:
    part = _parsed("Government troops stormed a rebel camp, freeing 30 children held by the rebels and "
                   "killing 12 guerrillas.")
    killing = next(t for t in part if t.text == "killing")
    assert killing.head.text == "freeing" and killing.dep_ == "conj"


def test_joint_names_laid_as_subject_and_conjunct() -> None:
    part = _parsed("Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh on Wednesday "
                   "signed a peace accord.")
    kabbah = next(t for t in part if t.text == "Kabbah")
    assert kabbah.dep_ == "nsubj" and kabbah.head.text == "signed"
    assert any(c.dep_ == "conj" and c.i > kabbah.i for c in kabbah.children)
    assert part.text.startswith("Sierra Leone's") and part[0].idx == 0


def test_time_aside_subject_on_main_verb() -> None:
    part = _parsed("Japan, a day after North Korea fired a rocket, on Tuesday lodged a strong protest.")
    japan = part[0]
    assert japan.dep_ == "nsubj" and japan.head.text == "lodged"
