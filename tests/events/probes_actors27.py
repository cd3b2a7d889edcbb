"""Probes of the twenty-fifth session (wip/actors27): events whose party is an actor of the twelfth
actors probe set (tests/actors/test_probe_twelfth.py): a body named later as "the mission", "the council",
"the agency" or "it"; a name behind an Indian honorific; a list of states' ministers or coordinated
nationalities on one head; an acronym the story spelled out; a broadcaster's officer; a domestic actor of
a story filed from another country's capital. Written in one batch and committed before the coder ran
on them. Each row has the actor codes (country + first sector) and the CAMEO roots an analyst would
accept. The coder runs them as of 2024-06-01 (`DATE`). A negative row (no accepted target) passes when
no triple has one of its roots.

First run, blind (12 rows, on the branch with the session's actors fixes already in): country + root 10,
actor + root 10; the same rows on main (3c45073): 6 and 5. The two misses are listed in
tests/events/test_probes_actors27.py with why.
`python tests/events/probes_actors27.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import report

DATE = "2024-06-01"

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS27: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # bodies named later
    (('IGOUNO', 'IGO'), ('ISRMIL', 'ISR'), ('11', '12'),
     'UNIFIL said a tank shell had hit one of its watchtowers. The mission accused the Israeli army of '
     'firing deliberately at its positions.'),
    (('IGOAFRAFU', 'IGO'), ('GABMIL', 'GABGOV', 'GAB'), ('16', '11', '12'),
     'The African Union Peace and Security Council met on Thursday after the coup in Gabon. The council '
     'suspended Gabon from all of the bloc\'s activities.'),
    (('IGOUNOWFP', 'IGOUNO', 'IGO'), ('SDNREB', 'SDN'), ('11', '12'),
     'The World Food Programme said its trucks had been stopped near El Fasher. The agency accused the '
     'Rapid Support Forces of blocking aid.'),
    # honorifics
    (('INDGOV',), ('CHNGOV',), ('04', '03'),
     'Shri S. Jaishankar held talks with his Chinese counterpart on the border dispute.'),
    (('INDGOV',), ('LKAGOV', 'LKAMIL', 'LKA'), ('11', '10', '02'),
     'Chief Minister Thiru M.K. Stalin urged Sri Lanka to release the Tamil Nadu fishermen.'),
    # lists of states and coordinated nationalities
    (('POLGOV', 'CZEGOV', 'HUNGOV'), ('RUSGOV', 'RUS'), ('11', '12'),
     'The foreign ministers of Poland, the Czech Republic and Hungary condemned Russia\'s attack.'),
    (('PAKMIL', 'AFGMIL', 'AFGGOV'), ('AFGMIL', 'PAKMIL', 'AFGGOV', 'AFG', 'PAK'), ('19',),
     'Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Sunday.'),
    # an acronym the story spelled out
    (('PAKOPP',), ('PAKGOV', 'PAK'), ('14', '11'),
     'ISLAMABAD, Feb 10 - Pakistan Tehreek-e-Insaf (PTI) rejected the election results. PTI workers '
     'protested against the government in Lahore.'),
    (('NGOHRI', 'NGO'), ('RUSGOV', 'RUS'), ('11', '12'),
     'Reporters Without Borders (RSF) condemned the arrest of the reporter. RSF accused Russia of '
     'jailing journalists.'),
    # a broadcaster's officer
    (('USAMED',), ('BLRGOV', 'BLR'), ('10', '11'),
     'RFE/RL President Stephen Capus urged Belarus to free the journalist.'),
    # dateline elsewhere
    (('SDNREB',), ('SDNMIL',), ('19', '18'),
     'CAIRO (AP) - Fighting raged in Sudan\'s capital on Monday. The paramilitary Rapid Support Forces '
     'said the army had shelled its positions, and the paramilitary group attacked an army base in '
     'Omdurman.'),
    # negatives: no triple with these roots
    ((), (), ('11', '12', '16'),
     'The mission to Mars was delayed by a year, the space agency said.'),
]


if __name__ == "__main__":
    report("actors27", ACTORS27, full=False, date=DATE)
