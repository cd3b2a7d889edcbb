"""Whole wire stories of our own read as an analyst would, twenty-first set (fortieth session,
wip/stories42): ERA copy of 1985-2003 on the subjects the earlier sets used least (the IAEA's special
inspections in North Korea, the Soviet bomber over Okinawa, the Yellow Sea clash of 1999, the Estai, the
Iraq-Kuwait demarcation, Taipei's break with Seoul, Kaunda's break with the IMF, the Massawa relief, the
Cambodian deminers, Blaskic's surrender, the 1985 expulsions from Moscow, the Libya raid veto, the Sri Lanka
truce monitors, the Euphrates stopped, the Rumaila row, Albania's emergency, the Lusaka Protocol's first
breach, the OAS observers' exit from Peru, Fang Lizhi's refuge, the PLA's 1996 exercises, Sea Breeze-97, the
Kathmandu SAARC summit, the Chaplin expulsion and the Gali fighting). Every expectation of
tests/events/stories42.py is asserted, and what the coder still gets wrong is a strict xfail with its
reason. Below them, the general classes the stories showed and the branch fixed, each with sentences of
our own the stories do not hold, and controls that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from support import aimed, load_probe_module, story_tests, story_triples

_stories = load_probe_module("stories42")

pytestmark = [pytest.mark.model]

_ERA = "an era actor, title or name the actor tables lack (an actors helper's subject)"
_BODY = "a body's name read as another party by the actors stage (an actors helper's subject)"
_LONG = "a long lead's second verb or set-off clause (a parse helper's subject)"
_TARGET = "who the act is done to (a targets helper's subject)"
_NOROW = "a verb or noun no lexicon row codes"
_NOPARTY = "a noun that names no party of the story's own words (docs/events.md, stories41's decision)"
_FAR = "the act named again was told too far back, or never coded, for the act memory"

# what each remaining failure is, by its test id (story:kind:index)
KNOWN_GAPS: dict[str, str] = {
    'reuters_vienna_iaea_inspections:event:0': (
        "'The board of governors of the International Atomic Energy Agency ... "
        "demanded': 'governors' read as North Korea's (PRKGOV -> PRK 104)" + "; " + _BODY
    ),
    'reuters_vienna_iaea_inspections:event:1': (
        "'North Korea's delegation rejected the demand': the demand was read as North "
        "Korea's own, so no demand of another is remembered" + "; " + _FAR
    ),
    'reuters_vienna_iaea_inspections:event:4': (
        "'The United States welcomed the resolution': the resolution (the board's "
        "demand) was never coded as the agency's" + "; " + _FAR
    ),
    'reuters_vienna_iaea_inspections:clean:0': (
        "the board's demand read as North Korea's (PRKGOV -> PRK 104)"
    ),
    'kyodo_tokyo_soviet_bomber:event:0': (
        "'Air Self-Defense Force fighters fired warning shots': Japan's air force "
        'unresolved (---UAF)' + "; " + _BODY
    ),
    'kyodo_tokyo_soviet_bomber:event:1': (
        "'a Soviet military plane that violated Japanese airspace': an airspace "
        'violation has no row (tried and dropped by stories37)' + "; " + _NOROW
    ),
    'kyodo_tokyo_soviet_bomber:event:2': (
        "'summoned a minister at the Soviet Embassy': an embassy's minister is no "
        'summons object of the lexicon (counsellors and attaches now are)' + "; " + _NOROW
    ),
    'kyodo_tokyo_soviet_bomber:event:3': (
        "'calling the intrusion a grave violation': the intrusion (event 1) was never "
        'coded, so no act is remembered' + "; " + _FAR
    ),
    'kyodo_tokyo_soviet_bomber:event:5': (
        "'denied that it had meant to violate Japanese airspace': a denial of intent "
        'aimed at no party named' + "; " + _TARGET
    ),
    'kyodo_tokyo_soviet_bomber:clean:0': (
        'the fighters unresolved (---UAF) and the verdict on the intrusion aimed at '
        '---MIL'
    ),
    'yonhap_seoul_yellow_sea_clash:event:1': (
        "'North Korean patrol boats crossed the Northern Limit Line': crossing a sea "
        "line has no row (read as KOR's fire, 190)" + "; " + _NOROW
    ),
    'yonhap_seoul_yellow_sea_clash:event:3': (
        "'the military would respond firmly to any further intrusion': a firm "
        "response foretold has no row; the story's 138 is aimed at KORMIL itself" + "; " + _NOROW
    ),
    'yonhap_seoul_yellow_sea_clash:event:7': (
        "'and North Korea accepted, a UNC spokesman said': an acceptance of a "
        'proposal told just before, aimed at no party named' + "; " + _TARGET
    ),
    'yonhap_seoul_yellow_sea_clash:clean:0': (
        'KORMIL -> KORMIL 138 (the alert ordered read as a threat to its own troops)'
    ),
    'efe_madrid_estai_trawler:event:0': (
        "'sent a navy patrol boat to the fishing grounds': a show of force aimed at a "
        'place' + "; " + _TARGET
    ),
    'efe_madrid_estai_trawler:event:3': (
        "'where its captain was arrested': a passive arrest in a where-clause" + "; " + _LONG
    ),
    'efe_madrid_estai_trawler:event:4': (
        "'Solana called the seizure an act of piracy': Solana read as NATO's "
        'secretary general nine months before his term (IGOWSTNAT)' + "; " + _ERA
    ),
    'efe_madrid_estai_trawler:event:5': (
        "'and summoned the Canadian ambassador': the same" + "; " + _ERA
    ),
    'efe_madrid_estai_trawler:event:6': (
        "'said the trawler had been fishing Greenland halibut in breach of a "
        "moratorium': a breach charged by a said clause with no wrongdoing verb" + "; " + _NOROW
    ),
    'efe_madrid_estai_trawler:event:7': (
        "'condemned the boarding': the boarding (a conjunct of the seizure) is not "
        'remembered as an act' + "; " + _FAR
    ),
    'efe_madrid_estai_trawler:event:9': (
        "'Spanish fishermen's associations ... would block Canadian goods': the "
        'fishermen read as ESPAGR, a sector the row does not list' + "; " + _ERA
    ),
    'efe_madrid_estai_trawler:party:0': (
        "'Javier Solana' read as IGOWSTNAT in March 1995 (the tables lack his Spanish "
        'foreign ministry)' + "; " + _ERA
    ),
    'efe_madrid_estai_trawler:clean:0': (
        "Solana read as NATO's (events 4-5) and the fishermen as ESPAGR (event 9)"
    ),
    'kuna_kuwait_demarcation:event:4': (
        "'Baghdad has rejected the commission's findings, saying ...': a rejection "
        'whose object is owned by a body named two paragraphs back' + "; " + _TARGET
    ),
    'kuna_kuwait_demarcation:event:5': (
        "'called the demarcation an act of aggression imposed by the United States': "
        "a verdict on a deed whose doer is a participle's by-phrase" + "; " + _TARGET
    ),
    'ap_taipei_seoul_recognition:event:1': (
        "'hours before Seoul was to establish formal ties with China': a planned "
        'establishment of ties in a before-clause' + "; " + _NOROW
    ),
    'ap_taipei_seoul_recognition:event:2': (
        "'accused its old anti-communist ally of betrayal': an epithet for South "
        'Korea' + "; " + _NOPARTY
    ),
    'ap_taipei_seoul_recognition:event:3': (
        '\'said Seoul had "abandoned a friend of 43 years"\': a verdict by a verb the '
        'wrongdoing rows lack' + "; " + _NOROW
    ),
    'ap_taipei_seoul_recognition:event:7': (
        "'and hoped to keep unofficial trade and cultural links': the second verb "
        "after 'regretted Taiwan's decision'" + "; " + _LONG
    ),
    'ap_taipei_seoul_recognition:event:8': (
        "'China's Foreign Ministry welcomed the move': the move (Seoul's ties, event "
        '1) was never coded' + "; " + _FAR
    ),
    'ap_taipei_seoul_recognition:none:0': (
        "'South Korea was the last Asian country to recognize Taipei as the "
        "government of China': background read as KOR -> CHNGOV 054"
    ),
    'ap_taipei_seoul_recognition:clean:0': (
        'the protesters read as TWNOPP aimed at Taiwan itself, and the background '
        'paragraph (none 0)'
    ),
    'reuters_lusaka_imf_break:event:0': (
        "'scrapped Zambia's economic recovery programme with the International "
        "Monetary Fund': a programme scrapped has no row" + "; " + _NOROW
    ),
    'reuters_lusaka_imf_break:event:1': (
        "'would limit payments on its foreign debt': a debt payment limited has no "
        'row' + "; " + _NOROW
    ),
    'reuters_lusaka_imf_break:event:2': (
        "'said the Fund's prescriptions ... had brought misery to ordinary Zambians': "
        'a harm verdict on an owned thing by a verb' + "; " + _NOROW
    ),
    'reuters_lusaka_imf_break:event:5': (
        "'and that Zambia remained ready to talk to its creditors': a readiness in a "
        'second that-clause, aimed at creditors of no country' + "; " + _NOPARTY
    ),
    'ap_addis_massawa_relief:event:1': (
        "'said its first ship ... would dock within a week': relief foretold by a "
        'docking has no row' + "; " + _NOROW
    ),
    'ap_addis_massawa_relief:event:2': (
        "'Government warplanes have bombed the port repeatedly': the warplanes name "
        'no country' + "; " + _NOPARTY
    ),
    'ap_addis_massawa_relief:event:3': (
        "'and the rebels refused to let government-hired ships use the harbor': 'the "
        "rebels' unresolved (---REB)" + "; " + _NOPARTY
    ),
    'ap_addis_massawa_relief:event:4': (
        "'would halt air raids on the port while the food was unloaded': a halt read "
        'as a threat (ETHGOV -> ETHREB 130)' + "; " + _NOROW
    ),
    'ap_addis_massawa_relief:event:6': (
        "'the front welcomed the accord but accused the government': the accord (the "
        "lead's agreement) is too far back for the pact memory" + "; " + _FAR
    ),
    'ap_addis_massawa_relief:clean:0': (
        "the capture of Massawa aimed at ETHCVL and 'the rebels' unresolved (events "
        '2-3)'
    ),
    'dpa_phnom_penh_deminers:event:1': (
        "'said the guerrillas had mined a stretch of road': 'the guerrillas' name no "
        'party here' + "; " + _NOPARTY
    ),
    'dpa_phnom_penh_deminers:event:2': (
        "'said the mines had been laid by troops of the Phnom Penh government': a "
        "passive charge in the denial's conjunct" + "; " + _LONG
    ),
    'dpa_phnom_penh_deminers:event:4': (
        "'Hun Sen said his government had given its maps to the U.N.': maps handed "
        'over have no row' + "; " + _NOROW
    ),
    'dpa_phnom_penh_deminers:event:5': (
        "'and urged UNTAC to punish the Khmer Rouge': UNTAC read as Cambodia's (its "
        "spelt-out name holds 'in Cambodia'; KHMGOV -> KHM 020)" + "; " + _BODY
    ),
    'dpa_phnom_penh_deminers:event:6': (
        "'for violating the Paris peace accords': a charge in a for-phrase of an "
        'appeal' + "; " + _LONG
    ),
    'dpa_phnom_penh_deminers:clean:0': (
        'UNTAC read as Cambodia (KHMGOV -> KHM 020)'
    ),
    'reuters_hague_blaskic_surrender:event:1': (
        "'Blaskic, indicted in February for the massacre': an indictment in a "
        'participle set off from its subject' + "; " + _LONG
    ),
    'reuters_hague_blaskic_surrender:event:6': (
        "'Karadzic's Bosnian Serb leadership said it would never extradite Serbs to a "
        "tribunal': a refusal aimed at the tribunal of a relative clause (read as "
        'BIHREB -> SRB 121)' + "; " + _TARGET
    ),
    'reuters_hague_blaskic_surrender:event:7': (
        "'a tribunal it called an instrument of anti-Serb policy': a verdict in a "
        'relative clause' + "; " + _LONG
    ),
    'reuters_hague_blaskic_surrender:clean:0': (
        "Goldstone's appeal aimed at BIH and the Serb refusal aimed at Serbia (event "
        '6)'
    ),
    'tass_moscow_25_britons:event:3': (
        "'The statement warned that the Soviet Union would respond firmly to any "
        "further unfriendly actions': a firm response foretold has no row" + "; " + _NOROW
    ),
    'tass_moscow_25_britons:event:4': (
        "'said the full responsibility for the consequences rested with the British "
        "government': a blame told by 'rest with' has no row" + "; " + _NOROW
    ),
    'upi_un_libya_raid_veto:event:1': (
        "'Australia and Denmark voted against it': a vote against a draft has no row" + "; " + _NOROW
    ),
    'upi_un_libya_raid_veto:event:2': (
        "'told the council the raids ... were an act of self-defense against Libyan "
        "terrorism': a charge in an against-phrase of one's own act's verdict (read "
        'as USAGOV -> IGOUNO 010)' + "; " + _TARGET
    ),
    'upi_un_libya_raid_veto:event:3': (
        "'and said the resolution ignored Col. Moammar Gadhafi's campaign of "
        "attacks': a charge by an owned noun in a second clause" + "; " + _LONG
    ),
    'upi_un_libya_raid_veto:event:6': (
        "'said the United States had trampled on the U.N. Charter': trampling a "
        "charter has no wrongdoing row (the conjunct demand is now Dubinin's)" + "; " + _NOROW
    ),
    'upi_un_libya_raid_veto:clean:0': (
        "Walters's statement aimed at the U.N. (USAGOV -> IGOUNO 010)"
    ),
    'afp_colombo_truce_monitors:event:1': (
        "'a sea battle ... in which the navy sank a rebel vessel': the sinking in a "
        "relative clause after the monitors' verdict" + "; " + _LONG
    ),
    'afp_colombo_truce_monitors:event:2': (
        "'said a Tiger ship had fired on a navy patrol': 'a Tiger ship' names no "
        'party of the tables' + "; " + _ERA
    ),
    'afp_colombo_truce_monitors:event:3': (
        "'said the rebels had refused to let monitors board the ship': 'the rebels' "
        'unresolved and the monitors read as the navy (---REB -> LKAMIL 1245)' + "; " + _NOPARTY
    ),
    'afp_colombo_truce_monitors:event:4': (
        "'and urged both sides to respect the year-old truce': 'both sides' after an "
        'unresolved sentence' + "; " + _NOPARTY
    ),
    'afp_colombo_truce_monitors:event:5': (
        "'The Liberation Tigers of Tamil Eelam rejected the finding': the monitors' "
        'finding was told three sentences back, past the claim memory' + "; " + _FAR
    ),
    'afp_colombo_truce_monitors:event:7': (
        "'said the government remained committed to the ceasefire': a commitment kept "
        'has no row' + "; " + _NOROW
    ),
    'afp_colombo_truce_monitors:party:0': (
        "'Trond Furuhovde' read as NORMIL (a retired general heading the Nordic "
        'mission)' + "; " + _ERA
    ),
    'afp_colombo_truce_monitors:clean:0': (
        "the rebels' refusal aimed at the navy (---REB -> LKAMIL 1245)"
    ),
    'afp_damascus_euphrates:event:6': (
        '\'"Turkey has no intention of harming anybody," Sungar told reporters\': a '
        'reassurance aimed at nobody named' + "; " + _TARGET
    ),
    'mena_cairo_rumaila_oil:event:3': (
        "'He said both leaders had agreed to settle the dispute through dialogue': "
        "'both leaders' read as Egypt and Kuwait (037)" + "; " + _NOPARTY
    ),
    'mena_cairo_rumaila_oil:event:6': (
        "'and said it would not give up any part of its territory': a refusal aimed "
        'at no party named' + "; " + _TARGET
    ),
    'mena_cairo_rumaila_oil:event:10': (
        "'Klibi said the League was ready to mediate': a readiness to mediate aimed "
        'at no party named' + "; " + _TARGET
    ),
    'mena_cairo_rumaila_oil:clean:0': (
        "'both leaders had agreed' read as EGYGOV <-> KWTGOV 037"
    ),
    'ansa_tirana_state_of_emergency:event:1': (
        "'after armed rebels seized the southern port of Vlore': the seizure in an "
        'after-clause' + "; " + _LONG
    ),
    'ansa_tirana_state_of_emergency:event:4': (
        "'and called on the international community to intervene': the conjunct after "
        'an accusation, aimed at a community of no code' + "; " + _NOPARTY
    ),
    'ansa_tirana_state_of_emergency:event:5': (
        "'said the emergency was no answer to the crisis': a negated fitness verdict "
        'the verdict rows lack' + "; " + _NOROW
    ),
    'ansa_tirana_state_of_emergency:event:7': (
        '\'would not negotiate with "red terrorists"\': an epithet for the opposition '
        '(read as ALBUAF)' + "; " + _NOPARTY
    ),
    'ansa_tirana_state_of_emergency:event:8': (
        "'ordered the army to crush the revolt in the south': the revolt names no party (the army ordered "
        "is Berisha's hands, no longer the target: stories43)" + "; " + _NOPARTY
    ),
    'ansa_tirana_state_of_emergency:clean:0': (
        "Italy's naval alert aimed at ALBMIL and Berisha's refusal at ALBUAF"
    ),
    'afp_luanda_lusaka_protocol:event:1': (
        "'a day after the two sides signed a peace accord in Lusaka': the signing in "
        'an after-clause' + "; " + _LONG
    ),
    'afp_luanda_lusaka_protocol:event:2': (
        "'and called on both parties to respect the ceasefire': 'both parties' after "
        "the envoy's report" + "; " + _NOPARTY
    ),
    'afp_luanda_lusaka_protocol:event:5': (
        "'Defence Minister Pedro Sebastiao denied that government forces had "
        "attacked': the minister read as AGOGOVMIL and the denial aimed at AGOMIL" + "; " + _TARGET
    ),
    'afp_luanda_lusaka_protocol:clean:0': (
        "the headline's fighting aimed at AGOCVL and the denial at AGOMIL"
    ),
    'efe_lima_oas_observers:event:0': (
        "'Election observers of the OAS withdrew from Peru': a mission withdrawn read "
        'as a yielding (083)' + "; " + _NOROW
    ),
    'efe_lima_oas_observers:event:1': (
        "'saying the electoral authority had refused to postpone the vote': a refusal "
        'in a saying participle, aimed at no party named' + "; " + _LONG
    ),
    'efe_lima_oas_observers:event:2': (
        "'said the conditions for a free and fair election did not exist': a verdict "
        'on conditions, no owned act' + "; " + _NOROW
    ),
    'efe_lima_oas_observers:event:4': (
        "'and announced a march on the capital': a march announced read as an appeal "
        '(020)' + "; " + _NOROW
    ),
    'efe_lima_oas_observers:event:5': (
        "'Fujimori said the observers had overstepped their mandate': a wrong by a "
        'verb the wrongdoing rows lack' + "; " + _NOROW
    ),
    'efe_lima_oas_observers:event:6': (
        "'and accused Toledo of trying to provoke a foreign intervention': the "
        'conjunct after the said clause; Toledo two paragraphs back' + "; " + _LONG
    ),
    'efe_lima_oas_observers:event:7': (
        "'said it was deeply concerned': concern with no object" + "; " + _TARGET
    ),
    'efe_lima_oas_observers:event:8': (
        "'warned that a flawed vote would affect Washington's relations with Lima': "
        'aimed at the United States itself' + "; " + _TARGET
    ),
    'efe_lima_oas_observers:party:0': (
        "'Eduardo Stein' read as GTMGOV (a former minister heading the OAS mission)" + "; " + _ERA
    ),
    'efe_lima_oas_observers:clean:0': (
        'the withdrawal read as 083 and the warning aimed at USAGOV'
    ),
    'ap_beijing_fang_lizhi_asylum:event:0': (
        "'ordered the arrest of astrophysicist Fang Lizhi and his wife, who have "
        "taken refuge in the U.S. Embassy': Fang unresolved, the arrest aimed at "
        'USACVL' + "; " + _ERA
    ),
    'ap_beijing_fang_lizhi_asylum:event:3': (
        "'It said Fang had committed crimes of counterrevolutionary propaganda': Fang "
        'unresolved (read as aimed at USAGOV)' + "; " + _ERA
    ),
    'ap_beijing_fang_lizhi_asylum:event:4': (
        "'said the United States would not surrender Fang and his wife': a refusal "
        'aimed at no party named' + "; " + _TARGET
    ),
    'ap_beijing_fang_lizhi_asylum:event:5': (
        "'and that they would stay as long as their lives were in danger': shelter "
        'kept has no row' + "; " + _NOROW
    ),
    'ap_beijing_fang_lizhi_asylum:event:6': (
        "'Ambassador James Lilley met Deputy Foreign Minister Zhu Qizhen': Lilley "
        'read as CHNGOV' + "; " + _ERA
    ),
    'ap_beijing_fang_lizhi_asylum:event:7': (
        "'... and stopped and searched cars leaving it': the cars name no party" + "; " + _NOPARTY
    ),
    'ap_beijing_fang_lizhi_asylum:party:0': (
        "'Fang Lizhi' unresolved (a dissident of 1989 the tables lack)" + "; " + _ERA
    ),
    'ap_beijing_fang_lizhi_asylum:party:1': (
        "'James Lilley' read as CHNGOV under the Beijing dateline" + "; " + _ERA
    ),
    'ap_beijing_fang_lizhi_asylum:clean:0': (
        'the arrest aimed at USACVL'
    ),
    'xinhua_beijing_missile_exercises:event:0': (
        "'will hold naval and air exercises with live ammunition in the southern part "
        "of the Taiwan Strait': exercises aimed at a place" + "; " + _TARGET
    ),
    'xinhua_beijing_missile_exercises:event:1': (
        "'Ships and aircraft of other countries are advised not to enter': a passive "
        'advice aimed at no party' + "; " + _NOPARTY
    ),
    'xinhua_beijing_missile_exercises:event:2': (
        "'and that no foreign country had the right to interfere': a rejection aimed "
        "at 'no foreign country'" + "; " + _NOPARTY
    ),
    'xinhua_beijing_missile_exercises:event:5': (
        "'remarks by U.S. officials who had called the missile tests reckless': a "
        "verdict in a relative clause of a noun's by-phrase" + "; " + _LONG
    ),
    'xinhua_beijing_missile_exercises:event:7': (
        "'Taiwan's defense ministry put its forces on alert': an alert aimed at "
        'Taiwan itself (TWNGOVMIL -> TWN 152)' + "; " + _TARGET
    ),
    'xinhua_beijing_missile_exercises:event:8': (
        "'and protested that the exercises were an attempt to intimidate voters': the "
        "conjunct's verdict on the exercises told three paragraphs back" + "; " + _FAR
    ),
    'xinhua_beijing_missile_exercises:clean:0': (
        'the U.S. remarks read as 1622 aimed at Taiwan and the alert aimed at Taiwan '
        'itself'
    ),
    'itartass_moscow_sea_breeze:event:3': (
        '\'The original scenario ... was "frankly provocative", he said\': a verdict in '
        'a quote on a scenario (read as RUSGOV -> UKRGOV 130)' + "; " + _TARGET
    ),
    'itartass_moscow_sea_breeze:event:5': (
        "'Communist deputies staged a picket outside the Ukrainian embassy': a picket "
        "aimed at a place's owner" + "; " + _TARGET
    ),
    'itartass_moscow_sea_breeze:event:6': (
        "'In Kiev, the Ukrainian Foreign Ministry rejected the criticism': aimed at "
        'Ukraine itself by the fronted place' + "; " + _TARGET
    ),
    'itartass_moscow_sea_breeze:event:7': (
        "'Ships of the Russian Black Sea Fleet declined an invitation to take part': "
        'an invitation declined, its maker not named' + "; " + _TARGET
    ),
    'itartass_moscow_sea_breeze:clean:0': (
        "Ukraine's rejection aimed at UKR itself"
    ),
    'pti_kathmandu_saarc_summit:event:0': (
        "'Leaders of the seven South Asian countries on Wednesday signed a regional "
        "convention': the leaders name no party" + "; " + _NOPARTY
    ),
    'pti_kathmandu_saarc_summit:event:1': (
        "'The Kathmandu Declaration ... called on the nuclear powers to halt "
        "testing': a declaration of no named body, aimed at 'the nuclear powers'" + "; " + _NOPARTY
    ),
    'pti_kathmandu_saarc_summit:event:2': (
        "'and urged the developed countries': the same" + "; " + _NOPARTY
    ),
    'pti_kathmandu_saarc_summit:event:4': (
        "'said that India wanted good-neighbourly relations with Pakistan': a wish "
        'for relations has no row' + "; " + _NOROW
    ),
    'pti_kathmandu_saarc_summit:event:5': (
        "'but would not tolerate support from across the border to terrorists in "
        "Punjab': a warning by 'not tolerate' has no row" + "; " + _NOROW
    ),
    'pti_kathmandu_saarc_summit:event:6': (
        "'denied that Islamabad was helping Sikh militants': the denial aimed at the "
        'militants (PAKGOV -> INDUAF 016)' + "; " + _TARGET
    ),
    'pti_kathmandu_saarc_summit:event:7': (
        "'and said Pakistan was ready to hold talks on all outstanding issues': "
        'readiness aimed at no party named' + "; " + _TARGET
    ),
    'pti_kathmandu_saarc_summit:clean:0': (
        'the denial aimed at the Sikh militants (INDUAF)'
    ),
    'irna_tehran_chaplin_expulsion:event:1': (
        '\'said the British government had mounted a "hostile campaign" against Iran\': '
        'a campaign mounted has no wrongdoing row' + "; " + _NOROW
    ),
    'irna_tehran_chaplin_expulsion:event:3': (
        "'It said Britain bore full responsibility for the deterioration of "
        "relations': a blame told by 'bear responsibility' has no row" + "; " + _NOROW
    ),
    'irna_tehran_chaplin_expulsion:event:4': (
        "'and demanded the release of Ghassemi': the conjunct of a reported clause in "
        "the same simple past, read as Britain's (GBR -> IRN 1053)" + "; " + _LONG
    ),
    'irna_tehran_chaplin_expulsion:event:5': (
        "'who it said had been beaten by British police': a charge in a relative "
        'clause' + "; " + _LONG
    ),
    'irna_tehran_chaplin_expulsion:event:6': (
        "'would not accept humiliation of its diplomats': aimed at Iran itself" + "; " + _TARGET
    ),
    'irna_tehran_chaplin_expulsion:party:0': (
        "'Edward Chaplin' unresolved (a charge d'affaires of 1987 the tables lack)" + "; " + _ERA
    ),
    'irna_tehran_chaplin_expulsion:party:2': (
        "'Ahmad Ghassemi' read as IRN (a consular official, no title before the name)" + "; " + _ERA
    ),
    'irna_tehran_chaplin_expulsion:clean:0': (
        "the demand read as Britain's (event 4) and the refusal aimed at Iran itself"
    ),
    'bbcm_tbilisi_gali_fighting:event:2': (
        "'Shevardnadze said Abkhaz units backed by armour had driven thousands of "
        "Georgian refugees out': a reported expulsion read as nothing (a third "
        "party's report is 112)" + "; " + _NOROW
    ),
    'bbcm_tbilisi_gali_fighting:event:3': (
        "'He called the operation ethnic cleansing': 'the operation' names no act of "
        "force for the memory (stories22's decision)" + "; " + _FAR
    ),
    'bbcm_tbilisi_gali_fighting:event:6': (
        "'He said Georgia would not use force': force renounced has no row" + "; " + _NOROW
    ),
    'bbcm_tbilisi_gali_fighting:clean:0': (
        'the telephone call read both ways (RUSGOV -> GEOGOV 041)'
    ),
}

globals().update(story_tests(_stories, KNOWN_GAPS))  # the six whole-story tests (support.py)


# --- the classes fixed on the branch, with sentences of our own and controls ---------------------------

@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # a verb of address coordinated after a reported clause told in another tense (a past perfect) is the
    # speaker's, not the reported clause's subject's
    ("ATHENS, June 10 (Reuters) - Greek Foreign Minister Karolos Papoulias said Turkish warplanes had "
     "violated Greek airspace 30 times this month and urged Ankara to respect international law.",
     "1987-06-10", "GRC", "TUR", "02"),
    ("LUSAKA, May 20 (Reuters) - President Kenneth Kaunda said South African commandos had raided a refugee "
     "camp near the capital and called on Britain to impose sanctions on Pretoria.", "1986-05-20", "ZMB",
     "GBR", "02"),
    # and after a reported clause whose subject is a deed a party owns (in the same simple past)
    ("CAIRO, Oct 2 (Reuters) - Egyptian Foreign Minister Amr Moussa said Israel's decision to open the "
     "tunnel violated the Oslo accords and urged the United States to intervene.", "1996-10-02", "EGY",
     "USA", "02"),
])
def test_address_after_a_reported_clause_is_the_speakers(code: Any, text: str, date: str, source: str,
                                                          target: str, root: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, root), got


def test_a_person_reported_keeps_his_demand(code: Any) -> None:
    # control: a person's acts told by a news agency go on with the person ("had summoned ... and
    # demanded"): the demand stays al-Shara's, not the agency's
    got = story_triples(code("DAMASCUS, Jan 20 (AFP) - Syria's news agency said Foreign Minister Farouq "
                             "al-Shara had summoned the Turkish ambassador and demanded that Ankara release "
                             "more water.", date="1990-01-20"))
    assert aimed(got, "SYRGOV", "TUR", "10"), got
    assert not any(s.endswith("MED") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a verdict linked by "amount to", "constitute" (as by "be") is the lexicon's verdict on the deed's doer
    ("DAMASCUS, Jan 20 (AFP) - Syria said the Turkish decision to cut the river's flow constituted an act "
     "of aggression against the Syrian people.", "1990-01-20", "SYR", "TUR"),
    ("MANILA, Feb 15 (Reuters) - The Philippine government said the Chinese occupation of Mischief Reef "
     "amounted to a violation of Philippine sovereignty.", "1995-02-15", "PHL", "CHN"),
])
def test_verdicts_linked_by_amount_to_and_constitute(code: Any, text: str, date: str, source: str,
                                                     target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "112"), got


@pytest.mark.parametrize(("text", "date"), [
    # controls: a sum amounted to, or a verdict only foreseen, judges nobody
    ("DAMASCUS, Jan 20 (AFP) - The minister said the losses amounted to 3 million dollars a day.",
     "1990-01-20"),
    ("DAMASCUS, Jan 20 (AFP) - The minister said a Turkish refusal would constitute a violation of the "
     "protocol.", "1990-01-20"),
])
def test_no_verdict_in_a_sum_or_a_foreseen_case(code: Any, text: str, date: str) -> None:
    got = story_triples(code(text, date=date))
    assert not any(c[:2] == "11" for _, _, c in got), got


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # "the findings" name the accusation told just before, whose makers a rejection answers
    ("BAGHDAD (Reuters) - A U.N. commission accused Iraq of hiding missiles at two sites. Baghdad rejected "
     "the findings.", "1993-06-01", "IRQ", "IGO"),
    ("ANKARA (Reuters) - Amnesty International accused the Turkish police of torturing detainees in "
     "Istanbul. The Turkish government rejected the finding.", "1996-06-01", "TUR", "NGO"),
])
def test_findings_rejected_answer_their_makers(code: Any, text: str, date: str, source: str,
                                               target: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, "12"), got


def test_findings_of_no_one_code_nothing(code: Any) -> None:
    # control: findings published with no accusation told
    got = story_triples(code("ANKARA (Reuters) - The court's findings were published on Monday.",
                             date="1996-06-01"))
    assert not got, got


@pytest.mark.parametrize(("text", "date", "source", "target", "root"), [
    # a diplomat "at" an embassy is the embassy's state's, and an embassy's counsellor or attache summoned
    # is a protest to that state
    ("MOSCOW (Reuters) - The Soviet Union expelled a first secretary at the British Embassy on Tuesday.",
     "1986-09-20", "USR", "GBR", "1"),
    ("TOKYO, Dec. 9 Kyodo - Japan summoned a counsellor at the Soviet Embassy on Wednesday to protest the "
     "intrusion.", "1987-12-09", "JPN", "USR", "114"),
])
def test_a_diplomat_at_an_embassy_is_its_states(code: Any, text: str, date: str, source: str, target: str,
                                                root: str) -> None:
    got = story_triples(code(text, date=date))
    assert aimed(got, source, target, root), got


def test_a_role_at_another_place_keeps_its_reading(code: Any) -> None:
    # control: an at-phrase that is no embassy places nobody
    art = code("TOKYO, Dec. 9 Kyodo - The minister met reporters at the airport on Wednesday.",
               date="1987-12-09")
    assert all(not (e.actor and e.actor.code.startswith("USR")) for e in art.entities)
