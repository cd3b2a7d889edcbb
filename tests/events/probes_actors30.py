"""Probes of the twenty-eighth session (wip/actors30): events whose party is an actor of the fifteenth
actors probe set (tests/actors/test_probe_fifteenth.py), told as the 1985-2005 agency leads of the
real-news GSR records are, dated 2000-01-01 as those records are (`DATE`): a group named with its
people's word and its own name, a people in a place the gazetteer does not know, a state of the era or its
capital, an NGO, church, state medium or dated party, and joint subjects ("Vajpayee and Sharif signed",
"Israel and Jordan signed"), where each party should have its own triple with its partner as target (a
joint subject is two rows on one sentence, one per direction). Written in one batch and committed before
the coder ran on them. Each row has the actor codes (country + first sector, matched as probe_match does)
and the CAMEO roots an analyst would accept; a row with no accepted target passes when no triple has one
of its roots.

First run, blind (28 rows, main f8efc43 + this file, committed 5f99163 before any run): country + root
24, actor + root 22. Three rows were then corrected by settled conventions: Sharif and Yeltsin were out of
office on 2000-01-01 (PAKELI, RUSELI accepted, the guide's dating) and a faith word on villages is coded
(LBNCHR accepted); on the corrected rows the first run is 24 / 24. After the session's fixes: 26 / 26 (the
KLA's men and the Racak victims); the two Vajpayee-Sharif rows are strict gaps (a bare "Sharif" is no one).
`python tests/events/probes_actors30.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS30: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # a group named with its people's word and its own name
    (('TURREB', 'TUR'), ('TURMIL', 'TUR'), ('19', '18'),
     'Kurdish guerrillas of the PKK killed nine Turkish soldiers in an ambush near the Iraqi border.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'Tamil Tiger rebels attacked a navy base on the northeastern coast, killing 14 sailors.'),
    (('PHLREB', 'PHL'), ('PHLGOV', 'PHL'), ('05', '03'),
     'The Moslem separatist Moro National Liberation Front signed a peace agreement with the Philippine '
     'government in Jakarta.'),
    (('LBNREB', 'LBN'), ('ISRMIL', 'ISR'), ('19', '18'),
     'Shiite Moslem Hezbollah guerrillas attacked an Israeli army outpost in south Lebanon.'),
    (('SRBREB', 'SRB'), ('SRBCOP', 'SRB'), ('19', '18'),
     'Ethnic Albanian guerrillas of the Kosovo Liberation Army ambushed a Serbian police patrol.'),
    # a people in a place the gazetteer does not know
    (('SRBCOP', 'SRB'), ('SRB', 'SRBCVL'), ('18', '19', '20'),
     'Serbian police killed 45 ethnic Albanians in the village of Racak.'),
    (('RWAUAF', 'RWA'), ('RWACVL', 'RWA'), ('18', '19', '20'),
     'Hutu militiamen massacred Tutsi civilians in a church in Kigali.'),
    (('LBNUAF', 'LBN'), ('LBNCVL', 'LBN', 'LBNCHR'), ('19', '18'),
     'Druze gunmen shelled Christian villages in the hills east of Beirut.'),
    (('INDREB', 'IND'), ('INDMIL', 'IND'), ('19', '18'),
     'Kashmiri separatists attacked an Indian army convoy near Srinagar.'),
    # states of the era and their capitals
    (('YUGGOV', 'YUG', 'SRBGOV', 'SRB'), ('IGOWST', 'IGO'), ('12', '11'),
     'Belgrade rejected the NATO demand to withdraw its forces from Kosovo.'),
    (('PRKGOV', 'PRK'), ('KORGOV', 'KOR'), ('11', '12'),
     'Pyongyang accused Seoul of staging provocative military drills near the border.'),
    (('COD', 'CODGOV'), ('UGA', 'UGAGOV'), ('11', '12'),
     'Congo accused Uganda of sending troops to help the rebels in its eastern provinces.'),
    (('RUSGOV', 'RUS'), ('USAGOV', 'USA'), ('12', '11', '13'),
     'Moscow rejected a U.S. proposal to amend the Anti-Ballistic Missile treaty.'),
    # NGOs, churches, state media, parties
    (('NGO',), ('IDN', 'IDNMIL', 'IDNGOV'), ('11', '10'),
     'Amnesty International accused Indonesian troops of torturing prisoners in Aceh.'),
    (('CHNREL', 'CHN'), ('CHNGOV', 'CHN'), ('02', '04', '03'),
     'The Dalai Lama urged China to open talks on the future of Tibet.'),
    (('VATREL', 'VAT', 'VATGOV'), ('CUBGOV', 'CUB'), ('02', '10'),
     'Pope John Paul urged Cuba to free its political prisoners.'),
    (('PRKMED', 'PRK', 'PRKGOV'), ('KORGOV', 'KOR', 'USAGOV', 'USA'), ('11', '12', '13'),
     'Radio Pyongyang accused the South Korean government of plotting a war with U.S. help.'),
    (('BGDOPP', 'BGD'), ('BGDGOV', 'BGD'), ('11', '12', '10', '14'),
     'The opposition Bangladesh Nationalist Party accused the Awami League government of rigging the vote.'),
    # joint subjects: one row per party
    (('INDGOV', 'IND'), ('PAKGOV', 'PAK', 'PAKELI'), ('05', '03'),
     'Vajpayee and Sharif signed a declaration in Lahore pledging to resolve their disputes peacefully.'),
    (('PAKGOV', 'PAK', 'PAKELI'), ('INDGOV', 'IND'), ('05', '03'),
     'Vajpayee and Sharif signed a declaration in Lahore pledging to resolve their disputes peacefully.'),
    (('ISR', 'ISRGOV'), ('JOR', 'JORGOV'), ('05', '03'),
     'Israel and Jordan signed a peace treaty ending 46 years of war.'),
    (('JOR', 'JORGOV'), ('ISR', 'ISRGOV'), ('05', '03'),
     'Israel and Jordan signed a peace treaty ending 46 years of war.'),
    (('ETH', 'ETHGOV'), ('ERI', 'ERIGOV'), ('05', '03', '08'),
     'Ethiopia and Eritrea signed a ceasefire agreement in Algiers to end their border war.'),
    (('ERI', 'ERIGOV'), ('ETH', 'ETHGOV'), ('05', '03', '08'),
     'Ethiopia and Eritrea signed a ceasefire agreement in Algiers to end their border war.'),
    (('GRCGOV', 'GRC'), ('TURGOV', 'TUR'), ('04',),
     'The Greek and Turkish foreign ministers met in New York to discuss Cyprus.'),
    (('TURGOV', 'TUR'), ('GRCGOV', 'GRC'), ('04',),
     'The Greek and Turkish foreign ministers met in New York to discuss Cyprus.'),
    (('USAGOV', 'USA'), ('RUSGOV', 'RUS', 'RUSELI'), ('05', '03', '04'),
     'Presidents Clinton and Yeltsin agreed in Helsinki to seek deeper cuts in nuclear arsenals.'),
    # negatives
    ((), (), ('19', '18', '17'),
     'The Kurdish Workers Party marked the anniversary of its founding with a congress in the mountains.'),
]


if __name__ == "__main__":
    report("actors30", ACTORS30, full=False, date=DATE)
