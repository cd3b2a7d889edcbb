"""Probes of the twenty-first session (wip/lead23): agreements as wire leads tell them, most of them
reached at a meeting, in talks or on a visit, and sanctions announced together with a warning.

A lead like "India and Pakistan agreed during talks in Islamabad to reopen the border" reports one act,
an agreement (03); the talks it was reached in are its circumstance, not a second event between the
same parties. Likewise "the EU froze the assets of ..., warning of further steps" is a sanction (16),
and the warning restates it. `FORBIDDEN` lists, per sentence, the roots an analyst would strike as a
second count of the same act; the rows hold the accepted sources, targets (country + first sector, or
the country alone; IGO and NGO codes compare on those three letters) and CAMEO roots.

Written in one batch and committed before the coder was run on it. First run, blind (main at 9e965a2):
29 country + root, 27 actor + root of 30; no forbidden root coded. Two rows were corrected after it,
where the writing broke the conventions: army commanders are the army's (INDMIL, CHNMIL), and "West
African leaders" is CAMEO's region code WAFGOV (probes_intl22). The miss was a parse: "After talks in
Algiers, Ethiopia and Eritrea agreed" hangs the two states on Algiers as a list
(parse._fronted_list_subject).
Batch 4, blind after the first three's fixes: 9 country + root, 8 actor + root of 12; no forbidden root.
One row was corrected (a state oil company is a business, VENBUS); the misses were lexicon gaps:
export controls tightened on a state (163, not curfew-like 172), trade privileges withdrawn (163, not a
retreat), a state removed from a programme (160).
Batch 5, blind: 4 country + root of 12, 2 sentences with a second count (talks coded beside an accord).
Commanders are the army's (one row corrected). Fixed as classes: accords worked out, understandings
reached and terms come to (030, 057), and a city beside a group ("Manila and Muslim rebels") no longer
lends it the group's noun. Left: "negotiated a deal" stays a negotiation (046: "are negotiating a
deal" is the same verb before any accord), "settled on" is no lexicon row, and on the probes' date
(2000) Kosovo and South Sudan were not yet states.
`tests/events/test_probes_agree23.py` runs them (actor + root, and no forbidden root);
`python tests/events/probes_agree23.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

AGREE23: list[Row] = [
    # batch 1: agreements reached in talks, at meetings, on visits
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('03',),
     'India and Pakistan agreed during talks in Islamabad on Tuesday to reopen the Wagah border crossing.'),
    (('PAK', 'PAKGOV'), ('IND', 'INDGOV'), ('03',),
     'India and Pakistan agreed during talks in Islamabad on Tuesday to reopen the Wagah border crossing.'),
    (('IRN', 'IRNGOV'), ('IGO',), ('03',),
     'Iran and the European Union agreed at a meeting in Geneva to resume negotiations on the nuclear '
     'programme next month.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('03',),
     'After two days of talks in Algiers, Ethiopia and Eritrea agreed to exchange prisoners of war.'),
    (('RUS', 'RUSGOV'), ('TUR', 'TURGOV'), ('03',),
     'Meeting in Sochi on Friday, the Russian and Turkish presidents agreed to set up a joint patrol '
     'zone in northern Syria.'),
    (('CHN', 'CHNGOV'), ('VNM', 'VNMGOV'), ('03',),
     'China and Vietnam agreed on Monday to speed up talks on their maritime border, the Chinese foreign '
     'ministry said after a visit by the Vietnamese prime minister.'),
    (('ISR', 'ISRGOV'), ('PSE', 'PSEGOV'), ('03',),
     'Israeli and Palestinian negotiators agreed at a meeting in Cairo to hold a new round of security '
     'talks next week.'),
    (('SDN', 'SDNGOV'), ('SDN', 'SDNREB'), ('03', '08'),
     'The Sudanese government and the rebels agreed in Abuja talks to a 60-day ceasefire in Darfur.'),
    (('COL', 'COLGOV'), ('COL', 'COLREB'), ('03',),
     'Colombian government envoys and FARC rebels agreed at talks in Havana on a plan to clear '
     'landmines.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('03',),
     'Japanese Foreign Minister Taro Kono and his South Korean counterpart agreed in a telephone call to '
     'keep up pressure on North Korea.'),
    (('DEU', 'DEUGOV'), ('FRA', 'FRAGOV'), ('03',),
     'The German chancellor and the French president agreed at their summit in Berlin to draft a joint '
     'plan for the eurozone.'),
    (('ARM', 'ARMGOV'), ('AZE', 'AZEGOV'), ('03',),
     'The foreign ministers of Armenia and Azerbaijan agreed during a meeting in Moscow to let observers '
     'visit the front line.'),
    (('GRC', 'GRCGOV'), ('MKD', 'MKDGOV'), ('03', '05'),
     'Greece and Macedonia reached agreement in United Nations-mediated talks on a new name for the '
     'former Yugoslav republic.'),
    (('USA', 'USAGOV'), ('CUB', 'CUBGOV'), ('03',),
     'U.S. and Cuban officials agreed in talks in Havana to restore direct mail service between the two '
     'countries.'),
    (('UGA', 'UGAGOV'), ('COD', 'CODGOV'), ('03',),
     'Uganda and Congo agreed at a summit in Dar es Salaam to pull their troops back from the border.'),
    (('VEN', 'VENGOV'), ('COL', 'COLGOV'), ('03',),
     'Venezuela and Colombia agreed on Saturday to restore diplomatic relations after President Santos '
     'and President Maduro met in Santa Marta.'),
    # batch 2: meetings that are the act (controls: the 04 must stay)
    (('FRA', 'FRAGOV'), ('DEU', 'DEUGOV'), ('04',),
     'The French president held talks with the German chancellor in Berlin on Monday.'),
    (('IND', 'INDGOV', 'INDMIL'), ('CHN', 'CHNGOV', 'CHNMIL'), ('04',),
     'Indian and Chinese army commanders met at the border post of Chushul on Sunday for a fifth round '
     'of talks.'),
    (('USA', 'USAGOV'), ('PRK', 'PRKGOV'), ('04',),
     'U.S. and North Korean envoys held a second day of talks in Stockholm without an agreement.'),
    (('IRN', 'IRNGOV'), ('IGO',), ('04',),
     'Iranian negotiators met officials of the International Atomic Energy Agency in Vienna to discuss '
     'an agreement on inspections.'),
    (('KEN', 'KENGOV'), ('SOM', 'SOMGOV'), ('04',),
     'The Kenyan and Somali foreign ministers discussed the maritime dispute in a telephone call on '
     'Wednesday.'),
    # batch 3: sanctions told with a warning, and warnings that stay threats (controls)
    (('IGO',), ('BLR', 'BLRGOV'), ('16',),
     'The European Union froze the assets of 40 Belarusian officials on Monday, warning that more '
     'sanctions would follow if the crackdown continued.'),
    (('USA', 'USAGOV'), ('RUS', 'RUSGOV'), ('16',),
     'The United States expelled two Russian diplomats on Friday and warned Moscow of further measures.'),
    (('GBR', 'GBRGOV'), ('IRN', 'IRNGOV'), ('16',),
     'Britain suspended trade talks with Iran, warning Tehran that relations could not improve while the '
     'detained sailors were held.'),
    (('CHN', 'CHNGOV'), ('LTU', 'LTUGOV'), ('16',),
     'China downgraded diplomatic relations with Lithuania on Sunday and warned Vilnius against further '
     'moves toward Taiwan.'),
    (('SAU', 'SAUGOV'), ('CAN', 'CANGOV'), ('16',),
     'Saudi Arabia expelled the Canadian ambassador and froze new trade with Canada in a dispute over '
     'human rights.'),
    (('IGO', 'WAFGOV'), ('MLI', 'MLIGOV'), ('16',),
     'West African leaders closed borders with Mali and cut off financial aid to the junta, warning that '
     'tougher steps could follow.'),
    (('USA', 'USAGOV'), ('CHN', 'CHNGOV'), ('13',),
     'The United States warned China it would impose sanctions if Beijing supplied weapons to Russia.'),
    (('IGO',), ('IRN', 'IRNGOV'), ('13',),
     'The European Union threatened Iran with new sanctions unless it returned to the nuclear talks.'),
    (('TUR', 'TURGOV'), ('SWE', 'SWEGOV'), ('13', '12'),
     'Turkey warned Sweden it would block its NATO membership unless Stockholm extradited the suspects.'),
    # batch 4 (written after batch 1-3's run, committed before its own): sanctions in their many words,
    # some told with a warning, and warnings of sanctions that stay threats
    (('IGO',), ('RUS', 'RUSGOV'), ('16',),
     'EU foreign ministers slapped travel bans on 12 Russian officials in a warning to the Kremlin over '
     'its treatment of opposition leaders.'),
    (('USA', 'USAGOV'), ('VEN', 'VENGOV', 'VENBUS'), ('16',),
     'Washington blacklisted Venezuela\'s state oil company on Monday and said more punitive measures '
     'were on the table.'),
    (('JPN', 'JPNGOV'), ('KOR', 'KORGOV'), ('16',),
     'Japan tightened controls on exports of chip materials to South Korea, a move Seoul called '
     'economic retaliation.'),
    (('AUS', 'AUSGOV'), ('MMR', 'MMRGOV', 'MMRMIL'), ('16',),
     'Australia suspended its defence cooperation with Myanmar after the coup, the foreign minister said.'),
    (('IGO',), ('NER', 'NERGOV', 'NERMIL'), ('16',),
     'The African Union suspended Niger from all its activities until constitutional order is restored.'),
    (('CHN', 'CHNGOV'), ('AUS', 'AUSGOV'), ('16',),
     'China slapped tariffs of up to 218 percent on Australian wine, deepening a trade row with Canberra.'),
    (('RUS', 'RUSGOV'), ('GEO', 'GEOGOV'), ('16',),
     'Russia cut air links with Georgia and warned it would halt imports of Georgian wine as well.'),
    (('USA', 'USAGOV'), ('TUR', 'TURGOV'), ('16',),
     'The United States removed Turkey from the F-35 fighter jet programme over its purchase of a Russian '
     'missile system.'),
    (('IND', 'INDGOV'), ('PAK', 'PAKGOV'), ('16',),
     'India withdrew trade privileges for Pakistan and raised customs duties on its goods after the '
     'suicide bombing in Kashmir.'),
    (('IGO',), ('IRN', 'IRNGOV'), ('13',),
     'The European Union warned Tehran on Monday that it could reimpose sanctions if Iran kept enriching '
     'uranium.'),
    (('USA', 'USAGOV'), ('NIC', 'NICGOV'), ('13',),
     'The State Department threatened to cut off aid to Nicaragua unless the government released the '
     'jailed opposition candidates.'),
    (('GBR', 'GBRGOV'), ('RUS', 'RUSGOV'), ('13',),
     'Britain warned Russia of "severe costs" if its troops crossed into Ukraine.'),
    # batch 5 (written after batch 4's run, committed before its own): an agreement in other verbs
    (('ISR', 'ISRGOV'), ('LBN', 'LBNGOV'), ('03', '05'),
     'Israel and Lebanon negotiated a maritime border deal that allows both to drill for gas.'),
    (('GRC', 'GRCGOV'), ('TUR', 'TURGOV'), ('03', '05'),
     'Greek and Turkish diplomats hammered out a deal on Thursday to resume exploratory contacts.'),
    (('ETH', 'ETHGOV'), ('EGY', 'EGYGOV'), ('03',),
     'Ethiopia and Egypt worked out an understanding on filling the dam during the rainy season.'),
    (('UKR', 'UKRGOV'), ('RUS', 'RUSGOV'), ('03', '05'),
     'Ukraine and Russia struck a deal in Istanbul to let grain ships leave Black Sea ports.'),
    (('KOS', 'KOSGOV', 'XKX', 'XKXGOV'), ('SRB', 'SRBGOV'), ('03', '05'),
     'Kosovo and Serbia concluded an agreement on car number plates after a week of EU-brokered talks.'),
    (('SDN', 'SDNGOV'), ('SSD', 'SSDGOV'), ('03', '05'),
     'Sudan and South Sudan finalised a deal on oil transit fees, their negotiators said.'),
    (('AZE', 'AZEGOV'), ('ARM', 'ARMGOV'), ('03', '05', '08'),
     'Azerbaijan and Armenia settled on a ceasefire line after Moscow talks, the Kremlin said.'),
    (('QAT', 'QATGOV'), ('USA', 'USAGOV', 'AFG', 'AFGREB', 'AFGINS'), ('04',),
     'Qatar brokered the agreement between the United States and the Taliban.'),
    (('THA', 'THAGOV', 'THAMIL'), ('KHM', 'KHMGOV', 'KHMMIL'), ('03',),
     'Thai and Cambodian commanders reached an understanding to pull back troops from the disputed temple.'),
    (('DEU', 'DEUGOV'), ('POL', 'POLGOV'), ('03',),
     'Germany and Poland came to terms on compensation for wartime forced labourers.'),
    (('PHL', 'PHLGOV'), ('PHL', 'PHLREB'), ('03', '05'),
     'Manila and Muslim rebels initialled a peace pact on Sunday after 17 years of negotiations.'),
    (('USA', 'USAGOV'), ('MEX', 'MEXGOV'), ('03',),
     'The United States and Mexico agreed on a new framework for security cooperation as '
     'talks ended in Mexico City.'),
]

FORBIDDEN: dict[str, tuple[str, ...]] = {
    'India and Pakistan agreed during talks in Islamabad on Tuesday to reopen the Wagah border crossing.':
        ('04',),
    'Iran and the European Union agreed at a meeting in Geneva to resume negotiations on the nuclear '
    'programme next month.': ('04',),
    'After two days of talks in Algiers, Ethiopia and Eritrea agreed to exchange prisoners of war.': ('04',),
    'Meeting in Sochi on Friday, the Russian and Turkish presidents agreed to set up a joint patrol '
    'zone in northern Syria.': ('04',),
    'Israeli and Palestinian negotiators agreed at a meeting in Cairo to hold a new round of security '
    'talks next week.': ('04',),
    'The Sudanese government and the rebels agreed in Abuja talks to a 60-day ceasefire in Darfur.': ('04',),
    'Colombian government envoys and FARC rebels agreed at talks in Havana on a plan to clear '
    'landmines.': ('04',),
    'Japanese Foreign Minister Taro Kono and his South Korean counterpart agreed in a telephone call to '
    'keep up pressure on North Korea.': ('04',),
    'The German chancellor and the French president agreed at their summit in Berlin to draft a joint '
    'plan for the eurozone.': ('04',),
    'The foreign ministers of Armenia and Azerbaijan agreed during a meeting in Moscow to let observers '
    'visit the front line.': ('04',),
    'Greece and Macedonia reached agreement in United Nations-mediated talks on a new name for the '
    'former Yugoslav republic.': ('04',),
    'U.S. and Cuban officials agreed in talks in Havana to restore direct mail service between the two '
    'countries.': ('04',),
    'Uganda and Congo agreed at a summit in Dar es Salaam to pull their troops back from the border.':
        ('04',),
    'The European Union froze the assets of 40 Belarusian officials on Monday, warning that more '
    'sanctions would follow if the crackdown continued.': ('13',),
    'Britain suspended trade talks with Iran, warning Tehran that relations could not improve while the '
    'detained sailors were held.': ('13',),
    'West African leaders closed borders with Mali and cut off financial aid to the junta, warning that '
    'tougher steps could follow.': ('13',),
    'U.S. and North Korean envoys held a second day of talks in Stockholm without an agreement.': ('03',),
    'Iranian negotiators met officials of the International Atomic Energy Agency in Vienna to discuss '
    'an agreement on inspections.': ('03',),
    'The United States warned China it would impose sanctions if Beijing supplied weapons to Russia.':
        ('16',),
    'The European Union threatened Iran with new sanctions unless it returned to the nuclear talks.':
        ('16',),
    'EU foreign ministers slapped travel bans on 12 Russian officials in a warning to the Kremlin over '
    'its treatment of opposition leaders.': ('13',),
    'Washington blacklisted Venezuela\'s state oil company on Monday and said more punitive measures '
    'were on the table.': ('13',),
    'Japan tightened controls on exports of chip materials to South Korea, a move Seoul called '
    'economic retaliation.': ('13', '11'),
    'China slapped tariffs of up to 218 percent on Australian wine, deepening a trade row with Canberra.':
        ('13',),
    'The United States removed Turkey from the F-35 fighter jet programme over its purchase of a Russian '
    'missile system.': ('13',),
    'The European Union warned Tehran on Monday that it could reimpose sanctions if Iran kept enriching '
    'uranium.': ('16',),
    'The State Department threatened to cut off aid to Nicaragua unless the government released the '
    'jailed opposition candidates.': ('16',),
    'Britain warned Russia of "severe costs" if its troops crossed into Ukraine.': ('16', '19'),
    'Israel and Lebanon negotiated a maritime border deal that allows both to drill for gas.': ('04',),
    'Greek and Turkish diplomats hammered out a deal on Thursday to resume exploratory contacts.': ('04',),
    'Ethiopia and Egypt worked out an understanding on filling the dam during the rainy season.': ('04',),
    'Ukraine and Russia struck a deal in Istanbul to let grain ships leave Black Sea ports.': ('04',),
    'Sudan and South Sudan finalised a deal on oil transit fees, their negotiators said.': ('04',),
    'Azerbaijan and Armenia settled on a ceasefire line after Moscow talks, the Kremlin said.': ('04',),
    'Thai and Cambodian commanders reached an understanding to pull back troops from the '
    'disputed temple.': ('04',),
    'Germany and Poland came to terms on compensation for wartime forced labourers.': ('04',),
    'Manila and Muslim rebels initialled a peace pact on Sunday after 17 years of negotiations.': ('04',),
    'The United States and Mexico agreed on a new framework for security cooperation as '
    'talks ended in Mexico City.': ('04',),
}


def forbidden_found(text: str, got: set[tuple[str, str, str]]) -> set[str]:
    """The forbidden roots the coder gave this sentence."""
    return {c[:2] for _, _, c in got} & set(FORBIDDEN.get(text, ()))


if __name__ == "__main__":
    from probe_match import coded

    report("agree23", AGREE23, full=False)
    bad = 0
    for text in FORBIDDEN:
        extra = forbidden_found(text, coded(text))
        if extra:
            bad += 1
            print("FORBIDDEN", sorted(extra), text)
    print(f"agree23: {len(FORBIDDEN)} sentences with forbidden roots, {bad} with one coded")
