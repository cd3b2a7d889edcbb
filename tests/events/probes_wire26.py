"""Probes of the twenty-fourth session (wip/wire26): criticism, accusation, blame and condemnation as
real wire copy words them ("slammed", "took aim at", "lashed out at", "came under fire from", "drew
criticism from", "called the plan a mistake", "said X was lying", "dismissed X's claims", "launched an
attack on X, calling him ...", "spent the day attacking"), active and passive, with speakers and "X
said" frames, plus controls that must code no disapproval (criticism of a law with no party,
self-blame, blame put on a thing, sports, history, a negated act, the literal "came under fire") and
two acts of force that must stay force. Written in one batch from the classes batches 9 and 10 showed,
and committed before the coder ran on them. Each row has the actor codes (country + first sector) and
the CAMEO roots an analyst would accept; a row with no target accepts no triple of its roots.

First run, blind (main 841eb7c): country + root 33, actor + root 33 of 39 (misses: a light verb's attack
made in words read as force; "called the American plan a mistake" misparsed; "spent ... attacking";
a retort in a quote; an act in a relative clause; "was not telling the truth"). After wip/wire26: 36 and 36.
`tests/events/test_probes_wire26.py` runs them; `python tests/events/probes_wire26.py` prints the
pass counts and each miss.
"""

from __future__ import annotations

from probe_match import report

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
WIRE26: list[Row] = [
    # batch 1: criticism and accusation, one act each
    (('FRAGOV',), ('USAGOV', 'USA'), ('11',),
     "French Foreign Minister Hubert Vedrine slammed Washington's decision to impose tariffs on European "
     "cheese."),
    (('RUSGOV',), ('GBRGOV', 'GBR'), ('11',),
     "Russia's foreign ministry took aim at Britain on Tuesday, saying London had no right to lecture "
     "Moscow on human rights."),
    (('VENGOV',), ('USAGOV', 'USA'), ('11',),
     "Venezuelan President Hugo Chavez lashed out at the United States in a speech on Sunday."),
    (('CHNGOV', 'CHN'), ('JPNGOV', 'JPN'), ('11',),
     "China accused Japan of distorting history in its new school textbooks."),
    (('PAKGOV',), ('INDGOV', 'IND'), ('11',),
     "Pakistan's interior minister blamed India for the bombing of a train near Lahore."),
    (('IGOUNO',), ('ISRGOV', 'ISR'), ('11',),
     "Israel came under fire from the United Nations on Monday over its demolition of Palestinian homes "
     "in East Jerusalem."),
    (('DEUGOV',), ('USAGOV', 'USA'), ('11',),
     "German Chancellor Gerhard Schroeder called the American plan a serious mistake."),
    (('IRNGOV',), ('USAGOV', 'USA'), ('11',),
     "Iran's foreign ministry spokesman said American officials were lying about the country's nuclear "
     "programme."),
    (('CUBGOV',), ('USAGOV', 'USA'), ('11', '12'),
     "Cuban Foreign Minister Felipe Perez Roque dismissed Washington's claims that Havana was developing "
     "biological weapons."),
    (('GBRGOV',), ('ZWEGOV', 'ZWE'), ('11',),
     "British Prime Minister Tony Blair launched a fierce attack on Zimbabwe's President Robert Mugabe, "
     "calling him a disgrace to Africa."),
    (('USAGOV',), ('IRQGOV', 'IRQ'), ('11',),
     "Secretary of State Madeleine Albright spent much of the news conference attacking Iraq's "
     "leadership."),
    (('EGYGOV',), ('ISRGOV', 'ISR'), ('11',),
     "Egypt's President Hosni Mubarak sharply criticised Israel's prime minister on Thursday."),
    (('IGOEUR',), ('TURGOV', 'TUR'), ('11',),
     "Turkey's treatment of Kurdish prisoners was condemned by the European Union."),
    (('KORGOV',), ('PRKGOV', 'PRK'), ('11',),
     "South Korea's unification minister rebuked North Korea on Friday, accusing Pyongyang of breaking "
     "its promises."),
    (('SYRGOV', 'SYR'), ('ISRGOV', 'ISR', 'ISRMIL'), ('11',),
     "Syria denounced Israel's raid on a Lebanese village as an act of terrorism."),
    (('NGAGOV',), ('GBRGOV', 'GBR'), ('11',),
     '"Britain has no moral authority to lecture us," Nigeria\'s information minister said.'),
    (('INDGOV', 'IND'), ('PAKGOV', 'PAK'), ('11',),
     "India on Wednesday decried Pakistan's decision to test another ballistic missile."),
    (('JPNGOV',), ('PRKGOV', 'PRK'), ('11',),
     "Japan's chief cabinet secretary blasted North Korea's missile launch as reckless."),
    (('USAGOV',), ('CHNGOV', 'CHN'), ('11',),
     "The State Department faulted China for failing to curb its exports of missile technology."),
    (('RUSGOV',), ('IGOWST',), ('11',),
     "Russian President Vladimir Putin rounded on NATO, saying the alliance had broken its word."),
    # batch 2: passives, nouns, relative clauses, quotes and "said" frames
    (('FRAGOV', 'FRA'), ('USAGOV', 'USA'), ('11',),
     "The American decision drew sharp criticism from France."),
    (('IGOUNO',), ('SDNGOV', 'SDN'), ('11',),
     "Sudan's government faced renewed criticism from United Nations officials over the violence in "
     "Darfur."),
    (('FRAGOV',), ('ITAGOV', 'ITA'), ('11',),
     "The Italian minister, whom the French president had accused of racism, refused to apologise."),
    (('USAGOV',), ('RUSGOV', 'RUS'), ('11',),
     "President Clinton said Russia's conduct in Chechnya was wrong and unacceptable."),
    (('ISRGOV',), ('PSEGOV', 'PSE', 'PSEREB'), ('11',),
     "Israeli Prime Minister Ehud Barak said Yasser Arafat was not telling the truth about the arrests."),
    (('VENGOV',), ('COLGOV', 'COL'), ('11',),
     "Venezuela's foreign minister mocked Colombia's president as a puppet of Washington."),
    (('PRKMED', 'PRKGOV', 'PRK'), ('KORGOV', 'KOR'), ('11',),
     "North Korea's state media ridiculed the South Korean defence minister on Saturday."),
    (('ZWEGOV',), ('GBRGOV', 'GBR'), ('11',),
     "Zimbabwe's President Robert Mugabe hit out at the British government over land reform."),
    (('USALEG',), ('USAGOV',), ('11',),
     "Republican Senator John McCain slammed President Clinton's handling of the Kosovo crisis."),
    (('USAGOV',), ('IRNGOV', 'IRN'), ('11',),
     "Iran's foreign minister was lying, a State Department spokesman said on Monday."),
    # batch 3: controls, no disapproval to code, and force that stays force
    (('-',), (), ('11',),
     "Germany's finance minister criticised the new tax law as unfair to small farmers."),
    (('-',), (), ('11',),
     "Japan's prime minister blamed himself for the party's defeat in the upper house election."),
    (('-',), (), ('11',),
     "Indonesia's president blamed the forest fires on the long drought."),
    (('-',), (), ('11',),
     "Brazil's coach slammed his players after the 3-0 defeat by France in the World Cup final."),
    (('-',), (), ('11',),
     "In 1956 Soviet leader Nikita Khrushchev denounced Stalin's crimes in a secret speech."),
    (('-',), (), ('11',),
     "Egypt's foreign minister declined to criticise Israel's decision."),
    (('-',), (), ('11',),
     "A Russian army convoy came under fire near Grozny on Tuesday."),
    (('ISRMIL', 'ISR'), ('LBN', 'LBNREB', 'LBNUAF', 'LBNPTY', 'LBNCVL'), ('19',),
     "Israeli warplanes attacked Hezbollah positions in southern Lebanon on Monday."),
    (('RUSREB',), ('RUSMIL', 'RUS'), ('19', '18'),
     "Chechen rebels launched an attack on a Russian army convoy near Grozny."),
]


if __name__ == "__main__":
    report("wire26", WIRE26, full=False)
