"""Probes of the twenty-fourth session (wip/actors26): events whose party is an actor of the eleventh
actors probe set (tests/actors/test_probe_eleventh.py): an armed group or opposition movement of the
2010s-2020s, a listed office holder behind an honorific, a body named later by its kind, a list of
states. Written in one batch and committed before the coder ran on them. Each row has the actor codes
(country + first sector) and the CAMEO roots an analyst would accept.

The coder runs them as of 2024-06-01 (`DATE`), not the GSR date the other probe files use: these are
parties of the 2020s (the RSF is a rebel force from 2023-04-15, Anwar Ibrahim prime minister from
2022-11-24). A negative row (no accepted target) passes when no triple has one of its roots.

First run, blind (21 rows): country + root 14, actor + root 13; after the actors fixes of the session
18 and 18 (tests/events/test_probes_actors26.py lists the three misses and why).
`python tests/events/probes_actors26.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import report

DATE = "2024-06-01"

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS26: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
    # armed groups and movements
    (('SDNREB',), ('SDN', 'SDNCVL'), ('19', '18', '20'),
     'RSF fighters shelled El Fasher on Sunday, killing at least 12 civilians.'),
    (('SDNMIL', 'SDNGOV'), ('SDNREB',), ('19',),
     'The Sudanese army launched air strikes on Rapid Support Forces positions in Khartoum North.'),
    (('NGAREB',), ('NGA', 'NGABUS'), ('18', '19', '15'),
     'The Niger Delta Avengers blew up a Chevron pipeline in Delta state, the group said.'),
    (('MMRMIL',), ('MMROPP', 'MMRREB'), ('19', '17'),
     'Myanmar\'s military bombed a village held by fighters loyal to the National Unity Government.'),
    (('MMRREB',), ('MMRMIL',), ('19',),
     'The Three Brotherhood Alliance attacked military outposts in northern Shan state.'),
    (('CODREB',), ('CODMIL',), ('19',),
     'M23 rebels clashed with Congolese troops near Sake on Wednesday.'),
    (('COLREB',), ('COLCOP',), ('19', '18'),
     'FARC dissidents attacked a police station in Cauca, killing two officers.'),
    (('COLGOV',), ('COLREB',), ('03', '04', '08'),
     'The Colombian government resumed peace talks with the ELN in Caracas.'),
    (('ETHREB',), ('ETH', 'ETHCVL'), ('18', '19', '20'),
     'The Oromo Liberation Army killed dozens of villagers in western Oromia, residents said.'),
    (('PAKMIL', 'PAKGOV'), ('PAKREB',), ('19',),
     'Pakistani troops killed eight militants of the Balochistan Liberation Army in a raid.'),
    (('ZWEOPP',), ('ZWEGOV', 'ZWE'), ('11', '12'),
     'The Citizens Coalition for Change rejected the results of the presidential election.'),
    # honorifics
    (('MYSGOV',), ('SGPGOV',), ('04', '03'),
     'Datuk Seri Anwar Ibrahim met Singapore\'s prime minister in Putrajaya on Monday.'),
    (('AREGOV',), ('FRAGOV',), ('04', '03', '05'),
     'His Highness Sheikh Mohamed bin Zayed Al Nahyan received the French president in Abu Dhabi.'),
    (('INDGOV',), ('JPNGOV',), ('04', '03'),
     'Prime Minister Shri Narendra Modi held talks with his Japanese counterpart.'),
    # bodies named later
    (('IGOUNOIAE', 'IGOUNO', 'IGO'), ('IRN', 'IRNGOV'), ('11', '12', '13'),
     'The International Atomic Energy Agency said Iran had expanded enrichment. The agency '
     'criticised Tehran for barring its inspectors.'),
    (('IGOWAFWAS', 'IGO'), ('NERMIL', 'NERGOV', 'NER'), ('16', '17', '12'),
     'West African leaders met in Abuja on Sunday. The Economic Community of West African States '
     'imposed sanctions on Niger\'s junta. The bloc also threatened to use force.'),
    (('IGOJUDICC', 'IGO'), ('RUSGOV',), ('17', '11'),
     'The International Criminal Court issued an arrest warrant for the Russian president. '
     'The court accused him of deporting children.'),
    # lists of states
    (('EGYGOV', 'JORGOV', 'SAUGOV'), ('ISRGOV', 'ISR'), ('11', '12'),
     'The foreign ministers of Egypt, Jordan and Saudi Arabia condemned Israel\'s raid.'),
    (('FRAGOV', 'DEUGOV', 'GBRGOV'), ('IRNGOV', 'IRN'), ('13', '11'),
     'The governments of France, Germany and Britain warned Iran against further enrichment.'),
    # negatives: no triple with these parties
    ((), (), ('03', '04', '05'),
     '"In 1967 the ministers of Egypt and Syria met in this room," the guide said.'),
    ((), (), ('17', '18', '19', '20'),
     'Traffic on the M23 motorway was halted after a lorry overturned near Crawley.'),
]


if __name__ == "__main__":
    report("actors26", ACTORS26, full=False, date=DATE)
