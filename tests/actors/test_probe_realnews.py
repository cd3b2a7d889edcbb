"""Probe set, fifth session follow-up (issue #7): the actor classes the READ half of the real-news
CAMEO dev set showed wrong or missing.

Each probe is a sentence of our own wording (never a dev-set sentence), the phrase the events stage
would ask about, an optional dateline and publication date, and the code CAMEO/PETRARCH conventions
give it (docs/actors.md). They failed before the fixes of this follow-up.
"""

from __future__ import annotations

from typing import Any

import pytest

from actors.actor_helpers import Probe, check_probe, code_probes, probe_id

pytestmark = pytest.mark.model


PROBES: list[Probe] = [
    # -- "the press" of a country is its news media (MED), not the country -----------------------------
    Probe("The Egyptian press accused the cabinet of hiding the figures.", "The Egyptian press", "EGYMED"),
    Probe("The Greek press said the talks had failed.", "The Greek press", "GRCMED"),
    Probe("Israel's press called the deal a surrender.", "Israel's press", "ISRMED"),
    # -- a monarch reigns: government, as king and emir ------------------------------------------------
    Probe("The Moroccan monarch received the envoy on Tuesday.", "The Moroccan monarch", "MARGOV"),
    Probe("The Saudi monarch ordered an inquiry into the crash.", "The Saudi monarch", "SAUGOV"),
    # -- an armed group that runs a state: "<group> government" is that state's government -------------
    Probe("The Taliban government refused to hand over the suspects.", "The Taliban government", "AFGGOV",
          published="1999-03-10"),
    Probe("The Hamas government in Gaza rejected the offer.", "The Hamas government", "PSEGOV",
          published="2007-09-01"),
    Probe("The extradition request was turned down by the Taliban government.", "Taliban", "AFGGOV",
          published="1999-03-10"),
    Probe("The Houthi administration in Sanaa freed two sailors.", "The Houthi administration", "YEMGOV",
          published="2020-05-01"),
    # -- a country's forces are its military (the PLOVER and real-news golds: "Serbian forces" MIL) ----
    Probe("Turkish forces shelled positions near the border.", "Turkish forces", "TURMIL"),
    Probe("Ethiopian forces entered the town on Sunday.", "Ethiopian forces", "ETHMIL"),
    Probe("Russia's forces pulled back from the river.", "Russia's forces", "RUSMIL"),
    Probe("A French force ambushed the convoy near the border.", "A French force", "FRAMIL"),
    Probe("Rebel forces seized the airport.", "Rebel forces", None),
    Probe("A Kenyan task force said the funds were missing.", "A Kenyan task force", "KEN"),
    Probe("Opposition forces in Syria took the hill.", "Opposition forces in Syria", "SYROPP"),
    # -- office holders of the 1980s-2000s that wire copy names by surname ------------------------------
    Probe("The envoy met Koirala in Kathmandu on Monday.", "Koirala", "NPLGOV", published="2006-11-20"),
    Probe("Funaro said the debt talks would resume in April.", "Funaro", "BRAGOV", published="1987-02-20"),
    Probe("Volcker told the hearing the dollar had fallen far enough.", "Volcker", "USAGOV",
          published="1987-03-02"),
    Probe("Miyazawa said Tokyo would act to steady the yen.", "Miyazawa", "JPNGOV", published="1987-04-10"),
    Probe("Genscher flew to Moscow for two days of talks.", "Genscher", "DEUGOV", published="1990-08-20"),
    Probe("Ozal offered to shut the pipeline across his country.", "Ozal", "TURGOV", published="1990-08-08"),
    Probe("Yeutter warned that the tariffs would stay until the pact was kept.", "Yeutter", "USAGOV",
          published="1987-04-20"),
    # -- bodies of 1980s-2000s agency copy (Burma's juntas by name are MIL, as "Myanmar's military junta")
    Probe("The SLORC freed three detained students.", "SLORC", "MMRMIL", published="1996-12-01"),
    Probe("MITI officials said car exports would be curbed.", "MITI officials", "JPNGOV",
          published="1987-03-01"),
    Probe("The EC Commission proposed a levy on vegetable oils.", "The EC Commission", "IGOEUREEC",
          published="1987-03-01"),
    Probe("GATT ruled that the quotas broke its rules.", "GATT", "IGOBUSGAT", published="1988-03-01"),
    Probe("Tupac Amaru guerrillas freed four of the hostages.", "Tupac Amaru guerrillas", "PERREB",
          published="1997-01-05"),
    Probe("The Nepali Congress walked out of the assembly.", "The Nepali Congress", "NPLPTY",
          published="2006-11-01"),
    # -- news media named by medium and country ---------------------------------------------------------
    Probe("Iranian television said the envoy had left.", "Iranian television", "IRNMED"),
    Probe("Radio Baghdad said the troops would stay.", "Radio Baghdad", "IRQMED", published="1990-08-15"),
    # -- leaders of the 1990s-2000s by surname, with the side of the day ---------------------------------
    Probe("Ranariddh accused his co-premier of hoarding arms.", "Ranariddh", "KHMGOV",
          published="1997-06-01"),
    Probe("Kabila's fighters took the diamond town.", "Kabila", "CODREB", published="1997-03-20"),
    Probe("Kabila named a new cabinet in Kinshasa.", "Kabila", "CODGOV", published="1997-06-01"),
    Probe("Prachanda said his fighters would stay in their camps.", "Prachanda", "NPLREB",
          published="2006-11-10"),
    # -- a wanted person's nationality is their code; the list they are on is not their sector ---------
    Probe("Mexican police detained Carl Henning, a U.S. fugitive on the FBI's most wanted list.",
          "Carl Henning", "USA"),
    Probe("Spain arrested Marco Delli, an Italian fugitive wanted by Interpol.", "Marco Delli", "ITA"),
]


@pytest.fixture(scope="module")
def probe_codes(nlp: Any) -> list[tuple[str | None, list[str]]]:
    return code_probes(nlp, PROBES)


@pytest.mark.parametrize("n", range(len(PROBES)), ids=[probe_id(p) for p in PROBES])
def test_probe_code(n: int, probe_codes: list[tuple[str | None, list[str]]]) -> None:
    check_probe(PROBES[n], probe_codes[n])
