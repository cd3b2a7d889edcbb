"""Probes of the thirty-eighth session (wip/actors40): events whose parties are actors of 1985-2005 agency
copy, told as the era's agency leads are and dated 2000-01-01 as the GSR records are (`DATE`): era
opposition leaders (Zambia, the Dominican Republic, Ivory Coast, Senegal, Zaire, Serbia, Malaysia),
international prosecutors and envoys (the Hague and Arusha tribunals, U.N. and U.S. special envoys),
parties named "opposition" or "ruling" by the lead whatever a date table says, "the foreign ministers of A
and B", "A and B's defence chiefs", "the two countries' presidents", bodies and officers of international
tribunals, commissions and rights groups by their era names, and rebel movements of every region.
Written in one batch and committed before the coder ran on them. Each row has the actor codes (country +
first sector, matched as probe_match does) and the CAMEO roots an analyst would accept.

First run, blind (41 rows, main f7d217fc + this file, committed 40f04a42 before any run): country + root 32,
actor + root 27. Two rows were corrected after the run as writing errors by the codebook and the conventions:
"charged X with genocide" is CAMEO 173 (arrest, detain or charge with legal action) as well as an accusation
(the Goldstone row accepted 11 only), and "Sudan and Uganda agreed" names the states bare (SDN, UGA; the row
accepted GOV only); with them the first run reads 33 / 28. After the session's fixes (era leaders' rows, an
international officer out of term, the lead's "opposition" / "ruling" word, the tribunals' era names, a
"London-based" seat before a body, an untagged body's name, "A and B's" role noun): 41 / 40 (Ouattara's row is
a strict gap: an opposition row for him lost a GSR proxy record and was removed).

Batch 2 (`ACTORS40B`, 18 rows, committed 03e72fe8 after the first fixes and before any run on it): first run
15 / 13 (the misses: era officers and opposition leaders the table lacked, Kouchner, Vieira de Mello, Raila
Odinga, Kizza Besigye, and "the opposition Social Democrats" tagged NORP); after the later fixes 18 / 17
(one strict gap: "independence leader Xanana Gusmao" read as TLSGOV).

`python tests/events/probes_actors40.py` prints the pass counts and each miss.
"""

from __future__ import annotations

from probe_match import GSR_DATE, report

DATE = GSR_DATE

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]

_YUG = ('YUGGOV', 'SRBGOV', 'YUG', 'SRB')

# (accepted sources, accepted targets, accepted CAMEO roots, sentence)
ACTORS40: list[Row] = [
    # era opposition leaders
    (('ZMBOPP', 'ZMB'), ('ZMBGOV', 'ZMB'), ('11', '12'),
     'LUSAKA (Reuters) - Opposition leader Anderson Mazoka on Tuesday accused President Frederick '
     'Chiluba\'s government of rigging the registration of voters.'),
    (('DOMOPP', 'DOM'), ('DOMGOV', 'DOM'), ('11', '12'),
     'SANTO DOMINGO (AP) - Opposition leader Jose Francisco Pena Gomez on Wednesday accused President '
     'Joaquin Balaguer of stealing the May election.'),
    (('CIVOPP', 'CIV'), ('CIVGOV', 'CIV'), ('11', '12'),
     'ABIDJAN (AFP) - Alassane Ouattara on Sunday accused President Henri Konan Bedie of trying to bar him '
     'from the presidential race.'),
    (('SENOPP', 'SEN'), ('SENGOV', 'SEN'), ('11', '12'),
     'DAKAR (Reuters) - Abdoulaye Wade on Friday accused President Abdou Diouf of preparing to rig the '
     'February vote.'),
    (('CODOPP', 'COD', 'ZAROPP', 'ZAR'), ('CODGOV', 'COD', 'ZARGOV', 'ZAR'), ('12',),
     'KINSHASA (Reuters) - Etienne Tshisekedi on Monday rejected President Laurent Kabila\'s offer of a '
     'seat in the new cabinet.'),
    (('SRBOPP', 'YUGOPP', 'SRB', 'YUG'), ('SRBGOV', 'YUGGOV', 'SRB', 'YUG'), ('11', '12'),
     'BELGRADE (AFP) - Zoran Djindjic on Sunday accused Slobodan Milosevic of leading Serbia into '
     'isolation and ruin.'),
    (('MYSOPP', 'MYSELI', 'MYS'), ('MYSGOV', 'MYS'), ('11', '12'),
     'KUALA LUMPUR (Reuters) - Jailed former deputy prime minister Anwar Ibrahim on Monday accused Prime '
     'Minister Mahathir Mohamad of plotting his downfall.'),
    (('BGDOPP', 'BGD'), ('BGDGOV', 'BGD'), ('11', '12'),
     'DHAKA (Reuters) - Khaleda Zia on Thursday accused Prime Minister Sheikh Hasina of using the police '
     'to crush the opposition.'),
    # international prosecutors and envoys
    (('IGOUNOJUDWCT', 'IGO'), _YUG, ('10', '11'),
     'THE HAGUE (Reuters) - Chief prosecutor Carla Del Ponte on Thursday demanded that Belgrade hand over '
     'three army officers indicted for war crimes in Kosovo.'),
    (('IGOUNOJUDWCT', 'IGO'), _YUG, ('11',),
     'THE HAGUE (AFP) - Louise Arbour on Monday indicted President Slobodan Milosevic for crimes against '
     'humanity in Kosovo.'),
    (('IGOUNOJUDWCT', 'IGO'), ('BIHREB', 'BIHGOV', 'BIH'), ('11', '17'),
     'SARAJEVO (Reuters) - Richard Goldstone on Tuesday charged Bosnian Serb leader Radovan Karadzic with '
     'genocide.'),
    (('IGOUNO', 'IGO'), ('AFGREB', 'AFGGOV', 'AFG'), ('04', '03'),
     'ISLAMABAD (AFP) - U.N. special envoy Lakhdar Brahimi on Sunday met Taliban leader Mullah Mohammad '
     'Omar in Kandahar.'),
    (('USAGOV', 'USA'), ('ISRGOV', 'ISR'), ('02', '10', '04'),
     'JERUSALEM (Reuters) - U.S. envoy Dennis Ross on Monday urged Israel to resume talks on the final '
     'status of the West Bank.'),
    (('USAGOV', 'USA'), _YUG, ('13',),
     'BELGRADE (Reuters) - Richard Holbrooke on Tuesday warned Slobodan Milosevic that NATO would bomb '
     'unless he pulled his forces out of Kosovo.'),
    (('IGOUNO', 'IGO'), ('CYPGOV', 'CYP'), ('04', '03'),
     'NICOSIA (Reuters) - U.N. envoy Alvaro de Soto on Thursday met President Glafcos Clerides to prepare '
     'new talks on the island.'),
    (('IGOUNO', 'IGO'), ('KHMREB', 'KHM'), ('11', '12'),
     'PHNOM PENH (AP) - Yasushi Akashi on Friday accused the Khmer Rouge of blocking the disarmament of '
     'its fighters.'),
    (('IGOUNO', 'IGO'), ('MMRGOV', 'MMRMIL', 'MMR'), ('11', '12'),
     'GENEVA (Reuters) - The U.N. special rapporteur on Myanmar on Friday accused the military government '
     'of using forced labour.'),
    (('IGOCWN', 'IGO'), ('NGAGOV', 'NGAMIL', 'NGA'), ('02', '10'),
     'LONDON (Reuters) - Commonwealth Secretary-General Emeka Anyaoku on Tuesday urged Nigeria\'s military '
     'rulers to free political prisoners.'),
    # the lead's "opposition" or "ruling" against a date table
    (('BGDOPP', 'BGD'), ('BGDGOV', 'BGD'), ('14', '10', '11', '12'),
     'DHAKA (Reuters) - The opposition Awami League on Sunday called a 72-hour general strike to force '
     'Prime Minister Khaleda Zia to resign.'),
    (('INDOPP', 'IND'), ('INDGOV', 'IND'), ('11', '12'),
     'NEW DELHI (PTI) - The opposition Bharatiya Janata Party on Tuesday accused Prime Minister P.V. '
     'Narasimha Rao of shielding corrupt ministers.'),
    (('JPNOPP', 'JPN'), ('JPNGOV', 'JPN'), ('11', '12'),
     'TOKYO (Kyodo) - The opposition Liberal Democratic Party on Friday accused Prime Minister Morihiro '
     'Hosokawa of hiding a loan from a trucking company.'),
    (('ESPOPP', 'ESP'), ('ESPGOV', 'ESP'), ('10', '11'),
     'MADRID (Reuters) - The opposition Popular Party on Thursday demanded that Prime Minister Felipe '
     'Gonzalez resign over the death squad scandal.'),
    (('PAKGOV', 'PAK'), ('PAKOPP', 'PAK'), ('11', '12'),
     'ISLAMABAD (Reuters) - The ruling Pakistan Muslim League on Monday accused Benazir Bhutto\'s party of '
     'plotting to topple the government.'),
    (('LKAOPP', 'LKA'), ('LKAGOV', 'LKA'), ('11', '12'),
     'COLOMBO (Reuters) - The opposition United National Party on Wednesday accused the government of '
     'rigging the provincial council elections.'),
    # one noun, two states
    (('PERGOV', 'ECUGOV'), ('ECUGOV', 'PERGOV'), ('05', '03', '06', '04'),
     'LIMA (Reuters) - The foreign ministers of Peru and Ecuador on Monday signed a treaty ending their '
     'border dispute.'),
    (('GRCMIL', 'GRCGOV', 'TURMIL', 'TURGOV'), ('TURMIL', 'TURGOV', 'GRCMIL', 'GRCGOV'),
     ('03', '05', '04', '06'),
     'ATHENS (Reuters) - Greece and Turkey\'s defence chiefs on Friday agreed to set up a hotline to avoid '
     'clashes over the Aegean.'),
    (('INDGOV', 'PAKGOV'), ('PAKGOV', 'INDGOV'), ('05', '03', '06'),
     'LAHORE, Pakistan (Reuters) - The prime ministers of India and Pakistan on Sunday signed a declaration '
     'pledging to settle the Kashmir dispute peacefully.'),
    (('SDNGOV', 'UGAGOV', 'SDN', 'UGA'), ('UGAGOV', 'SDNGOV', 'UGA', 'SDN'), ('05', '03', '06', '04'),
     'KHARTOUM (AFP) - Sudan and Uganda on Wednesday agreed to restore diplomatic relations after the two '
     'countries\' presidents met in Nairobi.'),
    # bodies of tribunals, commissions and rights groups
    (('IGOUNOJUDWCT', 'IGO'), ('RWAELI', 'RWAGOV', 'RWA'), ('11', '17'),
     'ARUSHA, Tanzania (Reuters) - The U.N. tribunal for Rwanda on Wednesday sentenced former Prime '
     'Minister Jean Kambanda to life in prison.'),
    (('IGOUNOIAE', 'IGO'), ('PRKGOV', 'PRK'), ('11', '12'),
     'VIENNA (Reuters) - IAEA inspectors on Tuesday accused North Korea of hiding nuclear waste from '
     'them.'),
    (('IGOEURSCE', 'IGO'), ('SRBCOP', 'YUGCOP', 'SRB', 'YUG'), ('11',),
     'PRISTINA (AFP) - The OSCE mission on Monday accused Serbian police of killing 45 ethnic Albanian '
     'villagers in Racak.'),
    (('NGOHRIAMN', 'NGO'), ('TURMIL', 'TURCOP', 'TURGOV', 'TUR'), ('11',),
     'LONDON (Reuters) - Amnesty International on Wednesday accused Turkish security forces of torturing '
     'Kurdish detainees.'),
    (('NGOHRIHRW', 'NGO'), ('IDNMIL', 'IDN'), ('11',),
     'NEW YORK (AP) - Human Rights Watch on Thursday accused Indonesian troops of killing civilians in '
     'Aceh.'),
    (('NGOHRIHRW', 'NGO'), ('KENGOV', 'KEN'), ('11',),
     'NEW YORK (Reuters) - Africa Watch on Monday accused the Kenyan government of fomenting tribal '
     'clashes in the Rift Valley.'),
    (('NGOHLHIRC', 'NGO'), ('LKAGOV', 'LKA', 'LKAREB'), ('02', '10'),
     'GENEVA (Reuters) - The International Committee of the Red Cross on Tuesday appealed to Sri Lanka\'s '
     'government to spare civilians in the north.'),
    # rebel movements of every region
    (('MEXREB', 'MEX'), ('MEXMIL', 'MEX'), ('11', '12'),
     'MEXICO CITY (Reuters) - Zapatista rebels on Saturday accused the army of encircling their villages '
     'in Chiapas.'),
    (('UGAREB', 'UGA'), ('UGACVL', 'UGAEDU', 'UGA'), ('18', '17'),
     'KAMPALA (Reuters) - Lord\'s Resistance Army rebels on Wednesday abducted 40 children from a school '
     'near Gulu.'),
    (('ETHREB', 'ETH'), ('ETHMIL', 'ETH'), ('19', '18'),
     'ADDIS ABABA (Reuters) - Oromo Liberation Front rebels on Thursday killed 12 Ethiopian soldiers in an '
     'ambush in the south.'),
    (('PHLREB', 'PHL'), ('PHLMIL', 'PHL'), ('19', '18'),
     'MANILA (AP) - New People\'s Army guerrillas on Sunday ambushed an army patrol on Samar island, '
     'killing seven soldiers.'),
    (('IDNREB', 'IDN'), ('IDNMIL', 'IDNCOP', 'IDN'), ('19', '18'),
     'JAKARTA (Reuters) - Free Aceh Movement rebels on Friday attacked a police post in North Aceh, killing '
     'two officers.'),
    (('RWAMIL', 'RWA'), ('RWAUAF', 'RWAREB', 'RWA'), ('19', '18'),
     'KIGALI (Reuters) - The Rwandan Patriotic Army on Thursday killed 30 Hutu militiamen in fighting in the '
     'northwest.'),
]


# batch 2: written after the first fixes and committed before any run on it
ACTORS40B: list[Row] = [
    (('TWNOPP', 'TWN'), ('TWNGOV', 'TWN'), ('11', '12'),
     'TAIPEI (Reuters) - The opposition Kuomintang on Tuesday accused President Chen Shui-bian of '
     'provoking Beijing with talk of independence.'),
    (('DEUOPP', 'DEU'), ('DEUGOV', 'DEU'), ('11', '12'),
     'BONN (Reuters) - The opposition Social Democrats on Wednesday accused Chancellor Helmut Kohl of '
     'breaking his promise not to raise taxes.'),
    (('ZWEOPP', 'ZWE'), ('ZWEGOV', 'ZWE'), ('11', '12'),
     'HARARE (Reuters) - Opposition leader Morgan Tsvangirai on Monday accused the ruling ZANU-PF of '
     'sending militias to beat his supporters.'),
    (('KOROPP', 'KOR'), ('KORGOV', 'KOR'), ('11', '12'),
     'SEOUL (Yonhap) - The opposition Grand National Party on Tuesday accused President Kim Dae-jung of '
     'bribing North Korea to hold a summit.'),
    (('NGOHRIHRW', 'NGO'), ('GTMMIL', 'GTM'), ('11',),
     'NEW YORK (Reuters) - Americas Watch on Tuesday accused the Guatemalan army of massacring Indian '
     'villagers in the highlands.'),
    (('NGOHRIAMN', 'NGO'), ('MMRMIL', 'MMR'), ('11',),
     'LONDON (Reuters) - The London-based Amnesty International on Wednesday accused Burmese troops of '
     'forcing prisoners to carry their supplies.'),
    (('IGOUNOIAE', 'IGO'), ('IRQGOV', 'IRQ'), ('11', '12'),
     'VIENNA (Reuters) - The Vienna-based International Atomic Energy Agency on Monday accused Iraq of '
     'hiding parts of its nuclear programme.'),
    (('IGOUNOJUDWCT', 'IGO'), ('HRVMIL', 'HRV'), ('11', '17'),
     'THE HAGUE (Reuters) - The Hague-based war crimes tribunal on Friday indicted three Croatian generals '
     'for the killing of Serb civilians.'),
    (('GBRGOV', 'GBRMIL', 'FRAGOV', 'FRAMIL'), ('FRAGOV', 'FRAMIL', 'GBRGOV', 'GBRMIL'),
     ('03', '05', '04', '06'),
     'BRUSSELS (Reuters) - Britain and France\'s defence ministers on Monday agreed to set up a joint air '
     'command.'),
    (('ARGGOV', 'CHLGOV'), ('CHLGOV', 'ARGGOV'), ('05', '03', '06'),
     'BUENOS AIRES (Reuters) - Argentina and Chile\'s foreign ministers on Thursday signed an accord '
     'settling their last border dispute.'),
    (('IGOUNO', 'IGO'), ('SRB', 'SRBOPP', 'SRBELI', 'SRBREB', 'SRBGOV'), ('02', '10'),
     'PRISTINA (AFP) - Bernard Kouchner on Sunday urged Kosovo Albanian leaders to condemn attacks on '
     'Serbs.'),
    (('IGOUNO', 'IGO'), ('TLSREB', 'TLSOPP', 'TLSELI', 'TLS', 'TMP'), ('04', '03'),
     'DILI (Reuters) - Sergio Vieira de Mello on Monday met independence leader Xanana Gusmao to discuss '
     'the handover of power.'),
    (('IGOUNO', 'IGO'), ('ISRGOV', 'ISR'), ('02', '10'),
     'JERUSALEM (Reuters) - U.N. envoy Terje Roed-Larsen on Tuesday urged Israel to ease the closure of '
     'the Gaza Strip.'),
    (('KENOPP', 'KEN'), ('KENGOV', 'KEN'), ('11', '12'),
     'NAIROBI (Reuters) - Raila Odinga on Monday accused President Daniel arap Moi of planning to rule for '
     'life.'),
    (('UGAOPP', 'UGA'), ('UGAGOV', 'UGA'), ('11', '12'),
     'KAMPALA (Reuters) - Kizza Besigye on Sunday accused President Yoweri Museveni of using the army to '
     'frighten voters.'),
    (('MMROPP', 'MMR'), ('MMRGOV', 'MMRMIL', 'MMR'), ('11', '12'),
     'RANGOON (Reuters) - Aung San Suu Kyi on Wednesday accused the military government of holding '
     'hundreds of her supporters without trial.'),
    (('PHLOPP', 'PHL'), ('PHLGOV', 'PHL'), ('11', '12'),
     'MANILA (AP) - Opposition leader Corazon Aquino on Saturday accused President Ferdinand Marcos of '
     'stealing the election.'),
    (('NGOHLHIRC', 'NGO'), ('ISRGOV', 'ISR'), ('02', '10'),
     'GENEVA (Reuters) - The Geneva-based International Committee of the Red Cross on Thursday urged '
     'Israel to let its delegates visit Lebanese prisoners.'),
]


if __name__ == "__main__":
    report("actors40", ACTORS40, full=False, date=DATE)
    report("actors40b", ACTORS40B, full=False, date=DATE)
