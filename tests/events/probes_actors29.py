"""Probes of the twenty-seventh session (wip/actors29): events whose party is an actor of the fourteenth
actors probe set (tests/actors/test_probe_fourteenth.py), told as the 1985-2005 agency leads of the
real-news GSR records are, dated 2000-01-01 as those records are (`DATE`): a sub-national group named by
its people, faith or region; a military government or ruler; a party, movement or resistance of the era
and its leader; a descriptive head before a named body; a state or place of the era. Written in one batch
and committed before the coder ran on them (the session's actors fixes were already on the branch, so the
first run is given on the branch and on main). Each row has the actor codes (country + first sector,
matched as probe_match does) and the CAMEO roots an analyst would accept; a row with no accepted target
passes when no triple has one of its roots.

First run, blind (23 rows, on the branch with the session's first actors fixes in, 5f306fa): country +
root 19, actor + root 17; the same rows on main (cf0a96e): 17 and 14. After the entity-path fixes (Bosnian
Serb forces REB and the named body after a kind noun in the mention NER tagged, "the West African
peacekeeping force ECOMOG"): 20 and 19. The four misses are listed in
tests/events/test_probes_actors29.py with why (three are the events stage's: no row, a venue read as
the government's).
`python tests/events/probes_actors29.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS29: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # sub-national groups
    (('BIHREB', 'BIH'), ('IGO', 'IGOUNO'), ('19', '18'),
     'Bosnian Serb forces shelled a United Nations observation post near Tuzla on Sunday.'),
    (('SRBREB', 'SRB'), ('SRBCOP', 'SRB'), ('19', '18'),
     'Ethnic Albanian rebels attacked a Serbian police station in the Drenica region of Kosovo.'),
    (('LKAREB', 'LKA'), ('LKAMIL', 'LKA'), ('19', '18'),
     'Tamil rebels overran a Sri Lankan army camp in the northern Vanni region.'),
    (('TURMIL', 'TUR'), ('TURREB', 'TUR'), ('19',),
     'Turkish troops killed 20 Kurdish rebels in clashes near the Iraqi border.'),
    (('ISRCVL', 'ISR'), ('PSECVL', 'PSE'), ('18', '19', '14'),
     'Jewish settlers attacked Palestinian farmers picking olives near Nablus.'),
    (('RUSREB', 'RUS', 'RUSUAF'), ('RUSMIL', 'RUS'), ('19', '18'),
     'Chechen rebels ambushed a Russian army convoy in the mountains south of Grozny.'),
    (('PSEUAF', 'PSE', 'PSEREB'), ('ISRMIL', 'ISR'), ('19', '18'),
     'Palestinian gunmen fired on an Israeli army post in the Gaza Strip.'),
    (('GEOREB', 'GEO'), ('GEOGOV', 'GEO'), ('12', '11'),
     'Abkhaz separatists rejected a Georgian offer of broad autonomy.'),
    # military governments and rulers
    (('NGAGOV', 'NGA'), ('NGAOPP', 'NGA', 'NGACVL'), ('17',),
     'Nigeria\'s military government arrested the leader of a pro-democracy group in Lagos.'),
    (('MMRGOV', 'MMR', 'MMRMIL'), ('MMROPP', 'MMR'), ('17', '12'),
     'Burma\'s military rulers closed the offices of the National League for Democracy.'),
    (('PAKGOV', 'PAK'), ('INDGOV', 'IND'), ('03', '04', '02'),
     'Pakistan\'s military ruler General Pervez Musharraf offered to hold talks with India on Kashmir.'),
    (('NGAJUD', 'NGA', 'NGAMIL'), ('NGAOPP', 'NGA', 'NGACVL', 'NGAMIL'), ('17',),
     'A military tribunal in Lagos sentenced 40 people to death for plotting a coup.'),
    # parties, movements and their leaders
    (('ZAFGOV', 'ZAF'), ('ZAFOPP', 'ZAF'), ('11', '12'),
     'The ruling African National Congress accused the Inkatha Freedom Party of stirring violence in '
     'KwaZulu-Natal.'),
    (('KHMREB', 'KHM'), ('KHMGOV', 'KHM'), ('12', '11'),
     'The Khmer Rouge rejected the government\'s offer of an amnesty.'),
    (('SDNREB', 'SDN'), ('SDNGOV', 'SDN'), ('03', '08', '04'),
     'Sudanese rebel leader John Garang agreed to attend peace talks with the government in Nairobi.'),
    (('PSEGOV', 'PSE', 'PSECOP'), ('PSEREB', 'PSE'), ('17',),
     'The Palestinian Authority arrested 30 members of the Islamic militant group Hamas.'),
    # a descriptive head before a named body
    (('IGOWAF', 'IGO'), ('SLEREB', 'SLE'), ('19', '18'),
     'The West African peacekeeping force ECOMOG bombed rebel positions east of Freetown.'),
    (('ESPREB', 'ESP'), ('ESPGOV', 'ESP'), ('12', '11', '13'),
     'The Basque separatist group ETA rejected the Spanish government\'s peace offer.'),
    (('AGOREB', 'AGO'), ('AGOMIL', 'AGO'), ('19', '18'),
     'The rebel movement UNITA attacked government troops near the central city of Huambo.'),
    # states and places of the era
    (('COD', 'CODGOV'), ('RWA', 'RWAGOV'), ('11', '12'),
     'Zaire accused Rwanda of arming the rebels in its eastern provinces.'),
    (('YUG', 'YUGGOV', 'SRB', 'SRBGOV'), ('IGO', 'IGOWST'), ('11', '12'),
     'Yugoslavia condemned the NATO air strikes as an act of aggression.'),
    (('RUSMIL', 'RUS'), ('RUS', 'RUSREB', 'RUSCVL'), ('19', '18'),
     'Russian warplanes bombed rebel positions in Chechnya for a fourth day.'),
    # negatives
    ((), (), ('19', '18', '17'),
     'The Bosnian Serb leadership met in Pale to discuss the peace plan.'),
]


if __name__ == "__main__":
    report("actors29", ACTORS29, full=False, date=DATE)
