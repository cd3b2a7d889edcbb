"""Twenty-four more whole wire stories of our own, with the analyst's reading of each (twenty-eighth
session, wip/stories30): ERA copy again, the agency leads of 1989-2003 the hidden real-news CAMEO set is
drawn from, on subjects the earlier sets left aside: the Abuja accord among Liberia's factions, the Rome
treaty with Renamo, the Western Sahara truce, Algeria's state of emergency, the Central Bank bomb in
Colombo, the fall of Kelbajar, the fighting for Bendery, the Vilnius television centre, the last Soviet
soldier out of Afghanistan, Tiananmen, the Hong Kong handover, Mischief Reef, Yeltsin in Tokyo, the 1996
missile tests off Taiwan, OPEC's 1998 cut, the Lockerbie sanctions, the Brothers to the Rescue planes,
the Zapatista rising, the 1989 coup attempt against Aquino, the Sipadan hostages, martial law in Aceh,
the Seattle WTO meeting, the strike on the Khartoum factory and the Paris treaty on Cambodia.

Written in our own words before the coder ran on any of them, each with a dateline and a date of its
time so that office holders are those of the day, in the house styles of the era's wires: AFP, Reuters,
AP ("RABAT, Morocco (AP) -"), UPI ("MANILA, Philippines, Dec. 1 (UPI) --"), TASS and Itar-Tass, Interfax,
Xinhua, Kyodo ("==Kyodo"), IRNA, dpa (with its tail code), MENA, Antara and a BBC Monitoring summary of
Moldovan radio. Many leads are long (35-60 words, with appositions, a fronted "In a move ..." clause,
two acts joined by "and", a participle). Actors are named by ethnic or regional group as the wires
named them ("Indian rebels", "ethnic Armenians", "Lithuanian residents", "Tamil minority", "Muslim
extremist gunmen"). They include non-events: history, plans, conditions, market lines, analysts and
agency furniture.

Each story lists, as in stories22 (whose `review` reads these too), `events` (required), `also`
(accepted, not required), `none` (paragraphs that must code nothing) and `parties`. Conventions are
docs/events.md's "Annotation guide" and the earlier sets': a named office holder is his country's GOV, an
international body's officer IGO, "A said B attacked C" is A -> B 112 alone, a conditional or a denial is
no act, a phone call is 040 both ways, signing an agreement 057 both ways, a state of emergency or
martial law 172, sanctions 16x. Armed groups of the day are their country's REB (the NPFL LBRREB, Renamo
MOZREB, the Polisario MARREB or ESHREB, the LTTE LKAREB, the Dniester guards MDAREB, the Mujahideen
AFGREB, the Zapatistas MEXREB, Abu Sayyaf PHLREB, GAM IDNREB, the Khmer Rouge KHMREB), the Soviet Union
USR.

Run `python tests/events/stories30.py` to print each story's coded triples, its misses and its counts.

First run (wip/stories30 at e5fd550, main's code f8efc43, before any change): of the 109 required events
69 were coded at country + root and 60 at actor + root; of the coded triples 64 were right, 13 accepted,
1 duplicated and 28 wrong; 2 of the 31 non-event paragraphs were coded; of 61 parties 56 were right, 1
wrong and 4 unresolved. No list was corrected after the first run.

After the branch's fixes (wip/stories30: words for force at large naming the last act of force, a clause
or span of time dating an act as history, a verdict in a relative clause on the sentence's own act,
pressing a party's offensive, a place taken as its country's ground): 74 / 65; right 69, accepted 13,
duplicated 1, wrong 25; non-events coded 0 of 31; parties right 56, wrong 1, unresolved 4. What still fails
is a strict xfail in tests/events/test_stories30.py with its reason.
"""

from __future__ import annotations

from stories22 import Story, main, review

__all__ = ["STORIES", "Story", "review"]

_LBR = ("LBRREB", "LBR", "LBRGOV")
_WAF = ("IGO", "NGAGOV", "NGA")

AFP_ABUJA = Story(
    "afp_abuja_liberia", "1996-08-17",
    """Liberian factions sign new peace deal in Abuja

ABUJA, Aug 17 (AFP) - The leaders of Liberia's warring factions, among them Charles Taylor of the \
National Patriotic Front of Liberia (NPFL), signed a revised peace accord here on Saturday, agreeing to \
disarm their fighters by January and to hold elections in May next year.

Nigeria's military ruler, General Sani Abacha, the current chairman of the Economic Community of West \
African States (ECOWAS), hosted the ceremony and warned that any faction leader who broke the accord \
would face sanctions.

The deal replaces an accord that collapsed in April when fighting between Taylor's forces and the \
ULIMO-J faction of Roosevelt Johnson left hundreds dead in Monrovia.

The United States welcomed the agreement and pledged 30 million dollars to help the West African \
peacekeeping force ECOMOG disarm the fighters.

Ruth Perry, a former senator, will head the transitional council until the vote.

More than 150,000 people have died in Liberia's civil war since Taylor launched his rebellion in \
December 1989.
""",
    events=[
        (_LBR, _LBR, ("057", "080", "087", "030"), "signed a revised peace accord"),
        (("NGAGOV", "IGO"), _LBR, ("130", "131", "132", "111"), "warned that any faction leader"),
        (("USA", "USAGOV"), _LBR + ("IGO",), ("051", "050"), "welcomed the agreement"),
        (("USA", "USAGOV"), _WAF + _LBR, ("030", "031", "033", "070", "071"), "pledged 30 million dollars"),
    ],
    also=[
        (_LBR, _LBR, ("057", "080", "087"), "Liberian factions sign"),
        (_LBR, _LBR, ("083", "087", "080", "030", "057"), "agreeing to disarm"),
        (_WAF, _LBR, ("040", "043", "042", "046", "057"), "hosted the ceremony"),
        (_LBR, _LBR, ("190", "180", "193"), "fighting between Taylor's forces"),
    ],
    none=["More than 150,000 people have died", "Ruth Perry, a former senator, will head"],
    parties=[
        ("among them Charles Taylor", "Charles Taylor", ("LBRREB",)),
        ("General Sani Abacha", "Sani Abacha", ("NGAGOV", "NGAMIL")),
    ],
)

_MOZREB = ("MOZREB", "MOZOPP", "MOZINS")

REUTERS_ROME = Story(
    "reuters_rome_renamo", "1992-10-04",
    """Mozambique, Renamo sign treaty to end 16-year war

ROME, Oct 4 (Reuters) - Mozambique's President Joaquim Chissano and Renamo rebel leader Afonso Dhlakama \
signed a peace treaty in Rome on Sunday to end 16 years of civil war, after two years of talks mediated \
by the Roman Catholic community of Sant'Egidio and the Italian government.

Under the accord, a ceasefire will take effect within 12 days and both armies will be demobilised under \
United Nations supervision before elections next year.

Dhlakama told reporters that Renamo would respect the agreement but accused the government of hiding \
troops from the future UN monitors.

Italian Prime Minister Giuliano Amato, who attended the ceremony, promised Italian aid for the \
reconstruction of the war-shattered country.

South African Foreign Minister Pik Botha welcomed the treaty as a victory for the whole region.

The war has killed an estimated one million people and driven 1.5 million into exile.
""",
    events=[
        (("MOZGOV", "MOZ"), _MOZREB, ("057", "080", "087"), "signed a peace treaty in Rome"),
        (_MOZREB, ("MOZGOV", "MOZ"), ("057", "080", "087"), "signed a peace treaty in Rome"),
        (_MOZREB, ("MOZGOV", "MOZ", "MOZMIL"), ("112", "111"), "accused the government of hiding"),
        (("ITAGOV", "ITA"), ("MOZ", "MOZGOV"), ("030", "031", "033", "070", "071"), "promised Italian aid"),
        (("ZAFGOV", "ZAF"), ("MOZ", "MOZGOV") + _MOZREB, ("051", "050"), "welcomed the treaty"),
    ],
    also=[
        (("MOZGOV", "MOZ"), _MOZREB, ("057", "080", "087"), "Mozambique, Renamo sign"),
        (_MOZREB, ("MOZGOV", "MOZ"), ("057", "080", "087"), "Mozambique, Renamo sign"),
        (("NGO", "ITAREL", "ITA", "ITAGOV", "REL"), ("MOZGOV", "MOZ") + _MOZREB, ("045", "046", "040"),
         "mediated by the Roman Catholic"),
        (("MOZGOV", "MOZ") + _MOZREB, ("MOZGOV", "MOZ", "IGO") + _MOZREB, ("087", "080", "083", "030", "057"),
         "a ceasefire will take effect"),
        (_MOZREB, ("MOZGOV", "MOZ"), ("030", "031", "032", "057", "080"), "would respect the agreement"),
        (("ITAGOV",), ("MOZ", "MOZGOV") + _MOZREB, ("040", "043", "046"), "attended the ceremony"),
    ],
    none=["The war has killed an estimated one million"],
    parties=[
        ("President Joaquim Chissano", "Joaquim Chissano", ("MOZGOV",)),
        ("leader Afonso Dhlakama", "Afonso Dhlakama", _MOZREB),
        ("Minister Giuliano Amato", "Giuliano Amato", ("ITAGOV",)),
        ("Minister Pik Botha", "Pik Botha", ("ZAFGOV",)),
    ],
)

_POLISARIO = ("MARREB", "ESHREB", "ESH", "DZAREB", "MARINS", "ESHINS")

AP_SAHARA = Story(
    "ap_rabat_polisario", "1991-09-06",
    """Cease-fire takes hold in Western Sahara

RABAT, Morocco (AP) - A U.N.-brokered cease-fire took effect Friday in the Western Sahara, halting 16 \
years of fighting between Moroccan troops and Polisario Front guerrillas who want independence for the \
former Spanish colony.

King Hassan II, in a speech broadcast on state television Thursday night, pledged to respect the truce \
and said Morocco would take part in a referendum on the territory's future under U.N. supervision.

The Polisario, which is based in the Algerian desert town of Tindouf, accused Morocco of launching air \
raids on its positions in the days before the truce.

U.N. Secretary-General Javier Perez de Cuellar appealed to both sides to cooperate with the 2,700 \
peacekeepers due to arrive in the territory.

Algeria, the Polisario's main backer, welcomed the cease-fire.

Morocco annexed the territory after Spain withdrew in 1975.
""",
    events=[
        (("MARGOV", "MAR"), _POLISARIO + ("IGO", "ESH"), ("030", "031", "032", "036", "080", "087", "057"),
         "pledged to respect the truce"),
        (_POLISARIO, ("MAR", "MARGOV", "MARMIL"), ("112", "111"), "accused Morocco of launching"),
        (("IGO",), ("MAR", "MARGOV", "MARMIL") + _POLISARIO, ("020", "025", "026", "028", "100", "102"),
         "appealed to both sides"),
        (("DZA", "DZAGOV"), ("MAR", "MARGOV", "IGO") + _POLISARIO, ("051", "050"), "welcomed the cease-fire"),
    ],
    also=[
        (("MAR", "MARMIL", "MARGOV", "IGO") + _POLISARIO, ("MAR", "MARMIL", "MARGOV") + _POLISARIO,
         ("087", "080", "083", "045", "046"), "cease-fire took effect"),
        (("MARMIL", "MAR") + _POLISARIO, ("MARMIL", "MAR") + _POLISARIO, ("190",), "halting 16"),
        (("MARGOV", "MAR"), ("IGO", "ESH") + _POLISARIO, ("030", "031", "036", "057", "080", "083"),
         "would take part in a referendum"),
    ],
    none=["Morocco annexed the territory"],
    parties=[
        ("King Hassan II", "Hassan II", ("MARGOV",)),
        ("Javier Perez de Cuellar", "Javier Perez de Cuellar", ("IGO",)),
    ],
)

_FIS = ("DZAOPP", "DZAPTY", "DZAREL", "DZAREB")

REUTERS_ALGIERS = Story(
    "reuters_algiers_emergency", "1992-02-09",
    """Algeria declares state of emergency after clashes

ALGIERS, Feb 9 (Reuters) - Algeria's ruling High State Council declared a 12-month state of emergency on \
Sunday and gave the security forces sweeping powers of arrest, after a week of clashes between police and \
Islamic fundamentalists in which at least 40 people were killed.

The council, headed by Mohamed Boudiaf, said the measure was needed to restore public order and to \
protect the state from subversion.

Leaders of the Islamic Salvation Front (FIS), whose chiefs Abassi Madani and Ali Belhadj are in jail, \
condemned the decree and called on Algerians to resist the military-backed regime peacefully.

Police arrested hundreds of FIS militants in Algiers and the eastern city of Constantine and sent them \
to detention camps in the Sahara, residents said.

France, the former colonial power, said it was following events with concern.

The army cancelled the second round of a general election in January that the FIS had been poised to \
win.
""",
    events=[
        (("DZAGOV",), ("DZA", "DZACVL") + _FIS, ("172", "170"), "declared a 12-month state"),
        (_FIS, ("DZAGOV", "DZAMIL"), ("111", "110"), "condemned the decree"),
        (_FIS, ("DZA", "DZACVL"), ("020", "025", "028", "140", "141"), "called on Algerians"),
        (("DZACOP", "DZAGOV", "DZA"), _FIS, ("173", "170"), "Police arrested hundreds"),
    ],
    also=[
        (("DZAGOV",), ("DZA", "DZACVL") + _FIS, ("172", "170"), "Algeria declares state"),
        (("DZACOP", "DZA", "DZAGOV"), _FIS + ("DZACVL",), ("190", "180", "145", "175"),
         "clashes between police"),
        (_FIS + ("DZACVL",), ("DZACOP", "DZA", "DZAGOV"), ("190", "180", "145", "175"),
         "clashes between police"),
        (("DZAGOV",), _FIS + ("DZA",), ("010", "012", "111", "112"), "to restore public order"),
        (("FRA", "FRAGOV"), ("DZA", "DZAGOV"), ("010", "012"), "following events with concern"),
        (("DZAMIL", "DZAGOV"), _FIS + ("DZA",), ("172", "170", "120", "129"), "The army cancelled"),
    ],
    none=[],
    parties=[
        ("headed by Mohamed Boudiaf", "Mohamed Boudiaf", ("DZAGOV",)),
        ("chiefs Abassi Madani", "Abassi Madani", _FIS),
    ],
)

_LTTE = ("LKAREB", "LKAINS")

REUTERS_COLOMBO = Story(
    "reuters_colombo_bank", "1996-01-31",
    """Suicide truck bomb kills 53 in Colombo

COLOMBO, Jan 31 (Reuters) - A suicide bomber drove a truck packed with explosives into Sri Lanka's \
Central Bank in the heart of Colombo on Wednesday, killing at least 53 people and wounding more than \
1,400, police said.

Police blamed the Liberation Tigers of Tamil Eelam (LTTE), which is fighting for an independent homeland \
for the island's Tamil minority in the north and east.

President Chandrika Kumaratunga, in a televised address to the nation, vowed to press the army's \
offensive against the rebels in the northern Jaffna peninsula and appealed to the public to remain calm.

The rebels, who were driven out of Jaffna town by government troops in December, have denied carrying \
out such attacks in the capital in the past.

India and the United States condemned the bombing.

The Colombo Stock Exchange was closed for the day.
""",
    events=[
        (_LTTE + ("---", "LKA", "LKAUAF"), ("LKA", "LKACVL", "LKABUS", "LKAGOV"),
         ("180", "183", "190", "195", "182"), "A suicide bomber drove"),
        (("LKACOP", "LKAGOV", "LKA"), _LTTE, ("112",), "Police blamed the Liberation"),
        (("LKAGOV",), _LTTE, ("138", "130", "190", "150"), "vowed to press the army's offensive"),
        (("LKAGOV",), ("LKA", "LKACVL"), ("020", "023", "025", "028"), "appealed to the public"),
        (("IND", "INDGOV"), _LTTE + ("LKA", "LKAUAF", "---"), ("111", "110"), "condemned the bombing"),
        (("USA", "USAGOV"), _LTTE + ("LKA", "LKAUAF", "---"), ("111", "110"), "condemned the bombing"),
    ],
    also=[
        (_LTTE + ("---", "LKA", "LKAUAF"), ("LKA", "LKACVL", "LKABUS", "LKAGOV"), ("180", "183", "190"),
         "Suicide truck bomb kills"),
        (("LKAMIL", "LKAGOV"), _LTTE, ("190", "192"), "were driven out of Jaffna"),
        (_LTTE, ("LKAGOV", "LKA", "LKACOP"), ("016", "010"), "have denied carrying"),
    ],
    none=["The Colombo Stock Exchange was closed"],
    parties=[
        ("President Chandrika Kumaratunga", "Chandrika Kumaratunga", ("LKAGOV",)),
    ],
)

_ARM = ("ARM", "ARMMIL", "ARMREB", "AZEREB", "ARMGOV", "ARMCVL")

INTERFAX_KELBAJAR = Story(
    "interfax_baku_kelbajar", "1993-04-05",
    """Armenians capture Kelbajar, Azerbaijan declares emergency

BAKU, April 5 (Interfax) - Armenian forces have captured the Azerbaijani district centre of Kelbajar, \
between Armenia and Nagorno-Karabakh, forcing tens of thousands of Azeri civilians to flee across the \
mountains, the Azerbaijani Defence Ministry said on Monday.

Azerbaijani President Abulfaz Elchibey declared a state of emergency throughout the country and accused \
Armenia of open aggression against his republic.

Yerevan denied that its regular troops were involved, saying the fighting was being conducted by the \
self-defence forces of Nagorno-Karabakh's ethnic Armenians.

Turkey, Azerbaijan's closest ally, condemned the offensive and closed its air space to flights carrying \
aid to Armenia.

The United States called for an immediate withdrawal of Armenian forces from Kelbajar.

The conflict over the mainly Armenian enclave began in 1988.
""",
    events=[
        (_ARM, ("AZE", "AZEMIL", "AZEGOV"), ("192", "190", "193", "180"), "have captured the Azerbaijani"),
        (("AZEGOV",), ("AZE", "AZECVL"), ("172", "170"), "declared a state of emergency"),
        (("AZEGOV",), ("ARM", "ARMGOV", "ARMMIL"), ("112", "111"), "accused Armenia of open aggression"),
        (("TUR", "TURGOV"), _ARM, ("111", "110"), "condemned the offensive"),
        (("TUR", "TURGOV"), ("ARM", "ARMGOV"), ("160", "161", "163", "166", "172"), "closed its air space"),
        (("USA", "USAGOV"), _ARM, ("100", "101", "102", "105", "020", "025", "026"),
         "called for an immediate withdrawal"),
    ],
    also=[
        (_ARM, ("AZE", "AZEMIL", "AZEGOV"), ("192", "190", "193"), "Armenians capture Kelbajar"),
        (("AZEGOV",), ("AZE", "AZECVL"), ("172", "170"), "Azerbaijan declares emergency"),
        (_ARM, ("AZECVL", "AZE"), ("180", "182", "200", "203"), "forcing tens of thousands"),
        (("ARMGOV", "ARM"), ("AZE", "AZEGOV"), ("016", "010"), "Yerevan denied"),
    ],
    none=["The conflict over the mainly Armenian enclave"],
    parties=[
        ("President Abulfaz Elchibey", "Abulfaz Elchibey", ("AZEGOV",)),
    ],
)

_DNIESTER = ("MDAREB", "MDAINS", "MDAOPP")

BBC_BENDERY = Story(
    "bbcm_chisinau_bendery", "1992-06-21",
    """Moldova: police and Dniester guards fight for Bendery

Text of report by Moldovan radio on 21 June

Moldovan police and Dniester region guards fought for control of the city of Bendery on Sunday [21 June], \
in the worst fighting since the self-proclaimed Dniester republic broke away from Moldova, the Moldovan \
Interior Ministry said.

President Mircea Snegur, in an address to parliament, accused Russia's 14th Army of supplying tanks to \
the separatists and demanded that the army withdraw from Moldovan territory.

The 14th Army commander, Maj-Gen Yuriy Netkachev, denied the charge and said his troops had remained \
neutral.

Russian Vice-President Aleksandr Rutskoy warned Chisinau that Moscow would defend the Russian-speaking \
population of the region.

Romanian Foreign Minister Adrian Nastase telephoned his Moldovan counterpart Nicolae Tiu and urged a \
political settlement.

[Passage omitted: casualty figures]

Source: Radio Moldova, Chisinau, in Romanian 1600 gmt 21 Jun 92
""",
    events=[
        (("MDACOP", "MDA", "MDAGOV"), _DNIESTER, ("190", "193", "180"), "fought for control of the city"),
        (_DNIESTER, ("MDACOP", "MDA", "MDAGOV"), ("190", "193", "180"), "fought for control of the city"),
        (("MDAGOV",), ("RUSMIL", "RUS", "RUSGOV"), ("112", "111"), "accused Russia's 14th Army"),
        (("MDAGOV",), ("RUSMIL", "RUS", "RUSGOV"), ("100", "101", "102", "105", "020", "026"),
         "demanded that the army withdraw"),
        (("RUSGOV",), ("MDAGOV", "MDA"), ("130", "131", "138", "139"), "warned Chisinau"),
        (("ROUGOV",), ("MDAGOV",), ("040", "042"), "telephoned his Moldovan counterpart"),
        (("MDAGOV",), ("ROUGOV",), ("040", "042"), "telephoned his Moldovan counterpart"),
    ],
    also=[
        (("MDACOP", "MDA", "MDAGOV") + _DNIESTER, ("MDACOP", "MDA", "MDAGOV") + _DNIESTER, ("190", "193"),
         "police and Dniester guards fight"),
        (_DNIESTER, ("MDA", "MDAGOV"), ("011", "014", "120", "087"), "broke away from Moldova"),
        (("RUSMIL",), ("MDAGOV", "MDA"), ("016", "010"), "denied the charge"),
        (("ROUGOV",), ("MDAGOV", "MDA") + _DNIESTER, ("020", "025", "028", "100", "104"),
         "urged a political settlement"),
    ],
    none=["Source: Radio Moldova", "[Passage omitted"],
    parties=[
        ("President Mircea Snegur", "Mircea Snegur", ("MDAGOV",)),
        ("Vice-President Aleksandr Rutskoy", "Aleksandr Rutskoy", ("RUSGOV",)),
        ("Minister Adrian Nastase", "Adrian Nastase", ("ROUGOV",)),
        ("counterpart Nicolae Tiu", "Nicolae Tiu", ("MDAGOV",)),
    ],
)

_LTU = ("LTU", "LTUCVL", "LTUGOV", "LTUOPP")

TASS_VILNIUS = Story(
    "tass_vilnius_tvcentre", "1991-01-13",
    """Army units take Vilnius television centre

VILNIUS, January 13 (TASS) -- Soviet army units took control of the television centre in Vilnius early \
on Sunday after clashes with crowds of Lithuanian residents in which 13 people were killed, the command of \
the Vilnius garrison said.

The self-styled National Salvation Committee of Lithuania, which says it has taken power in the \
republic, appealed to Soviet President Mikhail Gorbachev to introduce direct presidential rule.

Lithuanian leader Vytautas Landsbergis, speaking from the parliament building where thousands of \
supporters had gathered, called on the West to condemn the use of force.

Russian Federation leader Boris Yeltsin flew to Tallinn and signed a joint statement with the leaders of \
the three Baltic republics condemning the military action.

Soviet Defence Minister Dmitry Yazov said the troops had acted to protect servicemen and their families.

TASS correspondents reported that the city was calm by evening.
""",
    events=[
        (("USRMIL", "USR", "USRGOV"), _LTU + ("LTUMED",), ("192", "193", "190", "180", "186", "175"),
         "took control of the television"),
        (("LTU", "LTUOPP", "LTUPTY", "LTUCVL"), ("USRGOV", "USR"), ("020", "021", "025", "100", "101"),
         "appealed to Soviet President"),
        (("LTUGOV", "LTULEG"), ("WST", "USA", "EUR"), ("020", "021", "025", "100", "106"),
         "called on the West"),
        (("RUSGOV", "RUS"), ("USRMIL", "USR", "USRGOV"), ("111", "110"), "condemning the military action"),
    ],
    also=[
        (("USRMIL", "USR", "USRGOV"), _LTU + ("LTUMED",), ("192", "193", "190"), "Army units take"),
        (("USRMIL", "USR"), _LTU, ("180", "190", "193", "145"), "after clashes with crowds"),
        (("RUSGOV", "RUS"), ("EST", "LVA", "LTU", "ESTGOV", "LVAGOV", "LTUGOV"), ("057", "040", "042"),
         "signed a joint statement"),
        (("RUSGOV", "RUS"), ("EST", "ESTGOV"), ("042", "040"), "flew to Tallinn"),
        (("USRGOV", "USRMIL"), _LTU, ("010", "012", "112"), "acted to protect servicemen"),
    ],
    none=["TASS correspondents reported"],
    parties=[
        ("President Mikhail Gorbachev", "Mikhail Gorbachev", ("USRGOV",)),
        ("leader Vytautas Landsbergis", "Vytautas Landsbergis", ("LTUGOV", "LTULEG")),
        ("leader Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Minister Dmitry Yazov", "Dmitry Yazov", ("USRGOV", "USRMIL")),
    ],
)

_MUJ = ("AFGREB", "AFGINS", "AFGOPP")

TASS_TERMEZ = Story(
    "tass_termez_withdrawal", "1989-02-15",
    """Last Soviet soldier leaves Afghanistan

TERMEZ, February 15 (TASS) -- The last Soviet soldier left Afghanistan on Wednesday when \
Lieutenant-General Boris Gromov, commander of the limited contingent of Soviet troops, walked across \
the bridge over the Amu Darya river, completing a withdrawal agreed in Geneva last April.

In a statement, the Soviet government called on the United States and Pakistan to stop supplying arms \
to the Afghan opposition and warned that continued interference would violate the Geneva accords.

Afghan President Najibullah, speaking in Kabul, said his forces were ready to defend the capital and \
offered a ceasefire to the Mujahideen guerrillas.

Guerrilla commanders in Peshawar rejected the offer and vowed to take Kabul within weeks.

About 15,000 Soviet soldiers were killed in the nine-year war.
""",
    events=[
        (("USRMIL", "USR", "USRGOV"), ("AFG", "AFGGOV"), ("087", "080"), "The last Soviet soldier left"),
        (("USRGOV",), ("USA", "USAGOV"), ("100", "101", "102", "106", "020", "026"), "called on the United"),
        (("USRGOV",), ("PAK", "PAKGOV"), ("100", "101", "102", "106", "020", "026"), "called on the United"),
        (("AFGGOV",), _MUJ, ("030", "036", "037", "035", "082", "087", "080"), "offered a ceasefire"),
        (_MUJ, ("AFGGOV",), ("120", "125", "128"), "rejected the offer"),
        (_MUJ, ("AFGGOV", "AFG"), ("138", "130"), "vowed to take Kabul"),
    ],
    also=[
        (("USRMIL", "USR", "USRGOV"), ("AFG", "AFGGOV"), ("087", "080"), "Last Soviet soldier leaves"),
        (("USRMIL", "USR", "USRGOV"), ("AFG", "AFGGOV"), ("087", "080", "057"), "completing a withdrawal"),
        (("USRGOV",), ("USA", "USAGOV", "PAK", "PAKGOV"), ("130", "131", "111", "112"),
         "warned that continued interference"),
        (("AFGGOV",), _MUJ + ("AFG",), ("150", "130", "138", "010"), "ready to defend the capital"),
    ],
    none=["About 15,000 Soviet soldiers were killed"],
    parties=[
        ("Lieutenant-General Boris Gromov", "Boris Gromov", ("USRMIL",)),
        ("President Najibullah", "Najibullah", ("AFGGOV",)),
    ],
)

_CROWD = ("CHNEDU", "CHNOPP", "CHNCVL", "CHNLAB", "CHN")

AP_TIANANMEN = Story(
    "ap_beijing_tiananmen", "1989-06-04",
    """Troops fire on protesters, retake Tiananmen Square

BEIJING (AP) - Army troops opened fire on crowds of students and workers as they forced their way into \
Tiananmen Square early Sunday, killing at least 300 people and ending a seven-week occupation of the \
square by pro-democracy protesters.

Premier Li Peng, who declared martial law in the capital on May 20, praised the troops for crushing \
what the government called a counterrevolutionary rebellion.

Witnesses said soldiers fired at crowds on Changan Avenue near the Beijing Hotel and that tanks crushed \
tents set up by students.

President Bush deplored the use of force and called on the Chinese leadership to show restraint.

Telephone lines to the city's main hospitals were busy all morning.
""",
    events=[
        (("CHNMIL", "CHN", "CHNGOV"), _CROWD, ("180", "190", "193", "195", "200", "202", "175", "182"),
         "opened fire on crowds"),
        (("CHNGOV",), ("CHNMIL",), ("051", "050"), "praised the troops"),
        (("CHNMIL", "CHN"), _CROWD, ("180", "190", "193", "195", "200", "175", "182"),
         "soldiers fired at crowds"),
        (("USAGOV",), ("CHN", "CHNGOV", "CHNMIL"), ("111", "110"), "deplored the use of force"),
        (("USAGOV",), ("CHNGOV", "CHN"), ("020", "025", "028", "100", "105"),
         "called on the Chinese leadership"),
    ],
    also=[
        (("CHNMIL", "CHN", "CHNGOV"), _CROWD, ("180", "190", "193", "195", "175"),
         "Troops fire on protesters"),
        (("CHNMIL", "CHN", "CHNGOV"), _CROWD, ("192", "190", "175", "180"), "ending a seven-week occupation"),
        (_CROWD, ("CHNGOV", "CHN"), ("140", "141", "143", "144"), "ending a seven-week occupation"),
        (("CHNGOV",), _CROWD, ("172", "170", "111", "112"), "declared martial law in the capital"),
        (("CHNGOV",), _CROWD, ("111", "112", "110"), "counterrevolutionary rebellion"),
    ],
    none=["Telephone lines to the city's main hospitals"],
    parties=[
        ("Premier Li Peng", "Li Peng", ("CHNGOV",)),
        ("President Bush", "Bush", ("USAGOV",)),
    ],
)

_HK = ("HKG", "HKGGOV", "HKGCVL", "CHN")

XINHUA_HANDOVER = Story(
    "xinhua_hongkong_handover", "1997-07-01",
    """China resumes sovereignty over Hong Kong

HONG KONG, July 1 (Xinhua) -- Chinese President Jiang Zemin declared at a solemn ceremony here that \
China had resumed the exercise of sovereignty over Hong Kong at midnight, ending 156 years of British \
colonial rule, and pledged that the central government would keep its promise of "one country, two \
systems".

Britain's Prince Charles, who represented Queen Elizabeth II, read a farewell message from the Queen \
before the British flag was lowered over the harbour.

The last British governor, Chris Patten, sailed out of the harbour on the royal yacht Britannia shortly \
after the ceremony.

About 4,000 troops of the People's Liberation Army crossed the border into Hong Kong at dawn, a move \
British Foreign Secretary Robin Cook had criticised as unnecessary.

U.S. Secretary of State Madeleine Albright, who attended the ceremony, said Washington would watch \
closely whether China respected the freedoms of the Hong Kong people.

The Hang Seng index was closed for the holiday.
""",
    events=[
        (("CHNGOV",), _HK, ("030", "031", "032", "010"), "pledged that the central government"),
        (("CHNMIL", "CHN"), ("HKG", "HKGGOV", "GBR"), ("150", "152", "074", "042", "192", "190"),
         "crossed the border into Hong Kong"),
        (("USAGOV",), ("CHN", "CHNGOV"), ("010", "012", "090", "110", "013"), "would watch closely"),
    ],
    also=[
        (("CHNGOV", "CHN"), ("GBR", "GBRGOV", "HKG"), ("010", "080", "086", "192", "057"),
         "China resumes sovereignty"),
        (("CHNGOV", "CHN"), ("GBR", "GBRGOV", "HKG"), ("010", "080", "086", "192", "057"),
         "resumed the exercise of sovereignty"),
        (("GBRGOV", "GBR"), _HK, ("010", "017", "018"), "read a farewell message"),
        (("GBRGOV", "GBR"), ("CHN", "CHNMIL", "CHNGOV"), ("111", "110"), "had criticised as unnecessary"),
        (("USAGOV",), ("CHN", "CHNGOV", "HKG", "GBR", "GBRGOV"), ("040", "043", "046"),
         "attended the ceremony"),
    ],
    none=["The Hang Seng index was closed", "sailed out of the harbour"],
    parties=[
        ("President Jiang Zemin", "Jiang Zemin", ("CHNGOV",)),
        ("governor, Chris Patten", "Chris Patten", ("GBRGOV", "HKGGOV")),
        ("Secretary Robin Cook", "Robin Cook", ("GBRGOV",)),
        ("Secretary of State Madeleine Albright", "Madeleine Albright", ("USAGOV",)),
    ],
)

AFP_MISCHIEF = Story(
    "afp_manila_mischief", "1995-02-15",
    """Manila protests Chinese structures on Spratly reef

MANILA, Feb 15 (AFP) - The Philippines on Wednesday lodged a formal protest with China over what it said \
were Chinese structures built on Mischief Reef in the disputed Spratly islands, a shoal some 240 \
kilometres (150 miles) from the western island of Palawan, and placed its forces in the area on alert.

President Fidel Ramos told reporters that Manila would seek a peaceful solution but would not allow \
foreign forces to occupy territory it claims.

Chinese foreign ministry spokesman Chen Jian said the structures were shelters for fishermen built by \
local fishing authorities and that China had indisputable sovereignty over the islands.

Foreign Secretary Roberto Romulo summoned the Chinese ambassador to explain the presence of the \
structures.

Vietnam, Taiwan, Malaysia and Brunei also claim all or part of the Spratlys, believed to sit on large oil \
and gas deposits.
""",
    events=[
        (("PHLGOV", "PHL"), ("CHN", "CHNGOV"), ("110", "111", "112", "114"), "lodged a formal protest"),
        (("PHLGOV", "PHL", "PHLMIL"), ("CHN", "CHNGOV", "CHNMIL"), ("150", "151", "154"),
         "placed its forces"),
        (("PHLGOV",), ("CHN", "CHNGOV"), ("110", "111", "112", "114", "040", "043", "100", "102"),
         "summoned the Chinese ambassador"),
    ],
    also=[
        (("PHLGOV", "PHL"), ("CHN", "CHNGOV"), ("110", "111", "114", "140"), "Manila protests Chinese"),
        (("PHLGOV",), ("CHN", "CHNGOV", "CHNMIL"), ("030", "036", "120", "125", "128", "130", "131", "010"),
         "would not allow"),
        (("CHNGOV",), ("PHL", "PHLGOV"), ("010", "012", "120", "125", "016"), "said the structures were"),
        (("CHN", "CHNGOV", "CHNMIL"), ("PHL",), ("192", "190"), "Chinese structures built"),
    ],
    none=["Vietnam, Taiwan, Malaysia and Brunei also claim"],
    parties=[
        ("President Fidel Ramos", "Fidel Ramos", ("PHLGOV",)),
        ("spokesman Chen Jian", "Chen Jian", ("CHNGOV",)),
        ("Secretary Roberto Romulo", "Roberto Romulo", ("PHLGOV",)),
    ],
)

KYODO_YELTSIN = Story(
    "kyodo_tokyo_yeltsin", "1993-10-13",
    """Yeltsin, Hosokawa sign declaration on islands

TOKYO, Oct. 13 Kyodo - Russian President Boris Yeltsin and Prime Minister Morihiro Hosokawa signed a \
declaration Wednesday pledging to resolve the territorial dispute over four islands off Hokkaido on the \
basis of law and justice, in the first visit to Japan by a Russian leader since the Soviet collapse.

Yeltsin apologized for the treatment of Japanese prisoners of war held in Siberian labor camps after \
World War II.

Hosokawa urged Moscow to stop dumping nuclear waste in the Sea of Japan, a day after a Russian navy \
ship was reported to have discharged low-level radioactive waste off Vladivostok.

Japan also pledged 1.8 billion dollars in aid and export credits to support Russia's economic reforms, \
officials said.

The Soviet Union seized the islands, known in Japan as the Northern Territories and in Russia as the \
southern Kurils, in the closing days of the war in 1945.

==Kyodo
""",
    events=[
        (("RUSGOV",), ("JPNGOV", "JPN"), ("057", "030", "036"), "signed a declaration Wednesday"),
        (("JPNGOV",), ("RUSGOV", "RUS"), ("057", "030", "036"), "signed a declaration Wednesday"),
        (("RUSGOV",), ("JPN", "JPNGOV", "JPNMIL", "JPNCVL"), ("055",), "Yeltsin apologized"),
        (("JPNGOV",), ("RUS", "RUSGOV", "RUSMIL"), ("100", "101", "102", "105", "020", "026"),
         "urged Moscow to stop"),
        (("JPN", "JPNGOV"), ("RUS", "RUSGOV"), ("030", "031", "033", "070", "071"), "pledged 1.8 billion"),
    ],
    also=[
        (("RUSGOV",), ("JPNGOV", "JPN"), ("057", "030", "036"), "Yeltsin, Hosokawa sign"),
        (("JPNGOV",), ("RUSGOV", "RUS"), ("057", "030", "036"), "Yeltsin, Hosokawa sign"),
        (("RUSGOV",), ("JPN", "JPNGOV"), ("042", "040", "043"), "first visit to Japan"),
        (("JPNGOV", "JPN"), ("RUSGOV", "RUS"), ("043", "040", "042"), "first visit to Japan"),
    ],
    none=["The Soviet Union seized the islands", "==Kyodo"],
    parties=[
        ("President Boris Yeltsin", "Boris Yeltsin", ("RUSGOV",)),
        ("Minister Morihiro Hosokawa", "Morihiro Hosokawa", ("JPNGOV",)),
    ],
)

REUTERS_STRAIT = Story(
    "reuters_taipei_missiles", "1996-03-08",
    """China fires missiles off Taiwan ports

TAIPEI, March 8 (Reuters) - China fired three unarmed missiles into waters off Taiwan's two main ports on \
Friday, in a show of force that Taipei condemned as an act of terror aimed at intimidating voters two \
weeks before the island's first direct presidential election.

President Lee Teng-hui appealed for calm and said the armed forces were ready to repel any attack.

In Washington, Defense Secretary William Perry called the tests reckless and announced that the \
aircraft carrier Independence would move closer to Taiwan.

A Chinese foreign ministry spokesman, Shen Guofang, said the exercises were a normal military activity \
and warned foreign countries not to interfere in China's internal affairs.

Taiwan's stock market fell 2.5 percent in heavy selling.
""",
    events=[
        (("CHN", "CHNMIL", "CHNGOV"), ("TWN", "TWNGOV"), ("150", "151", "152", "138", "130", "190", "195"),
         "China fired three unarmed missiles"),
        (("TWNGOV", "TWN"), ("CHN", "CHNGOV", "CHNMIL"), ("111", "112", "110"), "Taipei condemned"),
        (("TWNGOV",), ("TWN", "TWNCVL"), ("020", "023", "025", "028"), "appealed for calm"),
        (("USAGOV",), ("CHN", "CHNGOV", "CHNMIL"), ("111", "110"), "called the tests reckless"),
    ],
    also=[
        (("CHN", "CHNMIL", "CHNGOV"), ("TWN", "TWNGOV"), ("150", "151", "152", "138", "190", "195"),
         "China fires missiles"),
        (("TWNGOV", "TWNMIL"), ("CHN", "CHNGOV", "CHNMIL"), ("150", "130", "138", "010"),
         "ready to repel any attack"),
        (("USAGOV", "USAMIL"), ("CHN", "CHNGOV", "CHNMIL", "TWN"), ("150", "151", "152", "074", "042"),
         "aircraft carrier Independence"),
        (("CHNGOV",), ("TWN", "TWNGOV", "USA", "USAGOV"), ("010", "130", "111", "016"),
         "said the exercises were"),
    ],
    none=["Taiwan's stock market fell"],
    parties=[
        ("President Lee Teng-hui", "Lee Teng-hui", ("TWNGOV",)),
        ("Secretary William Perry", "William Perry", ("USAGOV",)),
        ("spokesman, Shen Guofang", "Shen Guofang", ("CHNGOV",)),
    ],
)

IRNA_OPEC = Story(
    "irna_vienna_opec", "1998-03-30",
    """OPEC agrees output cut, Iran criticises Riyadh

VIENNA, March 30, IRNA -- OPEC oil ministers on Monday agreed to cut the cartel's output by 1.245 million \
barrels per day from April 1, endorsing a pact struck by Saudi Arabia, Venezuela and non-OPEC Mexico in \
Riyadh last week to shore up prices that have fallen to nine-year lows.

Iran's Oil Minister Bijan Namdar Zanganeh, speaking to IRNA after the meeting, criticised Saudi Arabia \
for flooding the market in recent months and called on all producers to respect their quotas.

Venezuelan Energy Minister Erwin Arrieta met Saudi Oil Minister Ali al-Naimi on the sidelines of the \
meeting to discuss compliance with the cuts.

Brent crude rose 35 cents to 13.50 dollars a barrel in London.

Analysts said the cuts might not be enough to absorb a glut of some two million barrels a day.
""",
    events=[
        (("IRNGOV",), ("SAU", "SAUGOV"), ("111", "112", "110"), "criticised Saudi Arabia"),
        (("VENGOV",), ("SAUGOV",), ("040", "043", "042", "046"), "met Saudi Oil Minister"),
        (("SAUGOV",), ("VENGOV",), ("040", "043", "042", "046"), "met Saudi Oil Minister"),
    ],
    also=[
        (("IGO",), ("IGO", "SAU", "VEN", "MEX"), ("030", "057", "050", "051", "080"), "agreed to cut"),
        (("SAU", "VEN", "MEX", "SAUGOV", "VENGOV", "MEXGOV"), ("SAU", "VEN", "MEX", "SAUGOV", "VENGOV",
                                                            "MEXGOV"), ("057", "030"), "a pact struck"),
        (("IGO",), ("IGO", "SAU", "VEN", "MEX"), ("030", "057", "050", "051"), "OPEC agrees output"),
        (("IRNGOV",), ("SAU", "SAUGOV"), ("111", "112"), "Iran criticises Riyadh"),
    ],
    none=["Brent crude rose 35 cents", "Analysts said the cuts"],
    parties=[
        ("Minister Bijan Namdar Zanganeh", "Bijan Namdar Zanganeh", ("IRNGOV",)),
        ("Minister Erwin Arrieta", "Erwin Arrieta", ("VENGOV",)),
        ("Minister Ali al-Naimi", "Ali al-Naimi", ("SAUGOV",)),
    ],
)

_WEST = ("IGO", "USA", "USAGOV", "GBR", "GBRGOV")

DPA_LOCKERBIE = Story(
    "dpa_tripoli_sanctions", "1992-04-15",
    """UN sanctions against Libya take effect

TRIPOLI, April 15 (dpa) - United Nations sanctions banning air links and arms sales to Libya took effect \
on Wednesday after Tripoli refused to hand over two men accused of blowing up a Pan Am airliner over \
Lockerbie, Scotland, in 1988.

Crowds of demonstrators attacked the Venezuelan embassy in Tripoli and set it on fire, a day after \
Venezuela, a Security Council member, voted for the sanctions, diplomats said.

Libyan leader Muammar Gaddafi, in a speech broadcast by state television, called the sanctions an act of \
aggression and said Libya would not bow to pressure from Washington and London.

Egypt, Libya's neighbour, said it would keep its land border open but would respect the air embargo.

The Security Council voted in March to impose the measures unless Libya surrendered the suspects.

dpa mb sr
""",
    events=[
        (("IGO",), ("LBY", "LBYGOV"), ("160", "161", "162", "163"), "sanctions banning air links"),
        (("LBY", "LBYCVL", "LBYOPP", "LBYGOV"), ("VEN", "VENGOV"), ("145", "140", "170", "180", "181", "175"),
         "attacked the Venezuelan embassy"),
        (("LBYGOV",), _WEST, ("111", "110", "112"), "an act of aggression"),
        (("LBYGOV",), ("USA", "USAGOV", "GBR", "GBRGOV", "IGO"), ("120", "125", "128"), "would not bow"),
    ],
    also=[
        (("IGO",), ("LBY", "LBYGOV"), ("160", "161", "163"), "UN sanctions against Libya"),
        (("LBYGOV", "LBY"), _WEST, ("120", "124", "125", "128"), "refused to hand over"),
        (("VEN", "VENGOV"), ("LBY", "LBYGOV"), ("160", "163", "050", "130"), "voted for the sanctions"),
        (("EGY", "EGYGOV"), ("LBY", "LBYGOV", "IGO"), ("030", "031", "010", "080"), "would keep its land"),
        (("IGO",), ("LBY", "LBYGOV"), ("130", "131", "160", "163", "100"), "voted in March"),
    ],
    none=["dpa mb sr"],
    parties=[
        ("leader Muammar Gaddafi", "Muammar Gaddafi", ("LBYGOV",)),
    ],
)

_EXILES = ("USA", "USACVL", "CUBOPP", "CUBELI", "CUBCVL", "NGO", "CUB", "USAOPP")

AP_BROTHERS = Story(
    "ap_havana_shootdown", "1996-02-25",
    """Cuba shoots down exile planes; Clinton orders sanctions

HAVANA (AP) - Cuban MiG fighters shot down two small planes flown by a Miami-based exile group over the \
Florida Straits on Saturday, and President Clinton, calling the attack a flagrant violation of \
international law, ordered new sanctions against Fidel Castro's government.

The Cuban government said in a statement that the planes had violated Cuban air space and had been \
warned before they were fired on.

Four men aboard the Cessnas were missing and presumed dead, the U.S. Coast Guard said.

Clinton suspended charter flights to Cuba and said he would work with Congress on the Helms-Burton bill \
tightening the embargo.

Cuban Foreign Minister Roberto Robaina rejected U.S. demands for an apology.

Cuban state television showed no pictures of the wreckage.
""",
    events=[
        (("CUBMIL", "CUB", "CUBGOV"), _EXILES, ("190", "195", "180", "183"), "shot down two small planes"),
        (("USAGOV",), ("CUB", "CUBGOV", "CUBMIL"), ("111", "110", "112"), "flagrant violation"),
        (("USAGOV",), ("CUB", "CUBGOV"), ("160", "161", "163", "172"), "ordered new sanctions"),
        (("USAGOV",), ("CUB", "CUBGOV"), ("160", "161", "163", "166", "172"), "suspended charter flights"),
        (("CUBGOV",), ("USA", "USAGOV"), ("120", "125", "128"), "rejected U.S. demands"),
    ],
    also=[
        (("CUBMIL", "CUB", "CUBGOV"), _EXILES, ("190", "195", "180"), "Cuba shoots down exile"),
        (("USAGOV",), ("CUB", "CUBGOV"), ("160", "163", "172"), "Clinton orders sanctions"),
        (("CUBGOV",), _EXILES, ("112", "111", "010"), "had violated Cuban air space"),
        (("USAGOV",), ("USALEG", "CUB", "CUBGOV"), ("030", "031", "036", "163", "130"),
         "would work with Congress"),
        (("USAGOV", "USA"), ("CUBGOV", "CUB"), ("100", "101", "102"), "demands for an apology"),
    ],
    none=["Four men aboard the Cessnas", "Cuban state television showed"],
    parties=[
        ("President Clinton", "Clinton", ("USAGOV",)),
        ("Fidel Castro's", "Fidel Castro", ("CUBGOV",)),
        ("Minister Roberto Robaina", "Roberto Robaina", ("CUBGOV",)),
    ],
)

_EZLN = ("MEXREB", "MEXINS", "MEXOPP")

REUTERS_CHIAPAS = Story(
    "reuters_sancristobal_ezln", "1994-01-02",
    """Indian rebels seize towns in Mexico's Chiapas

SAN CRISTOBAL DE LAS CASAS, Mexico, Jan 2 (Reuters) - Hundreds of masked Indian rebels of the Zapatista \
National Liberation Army (EZLN), armed with rifles and machetes, seized four towns in the southern state \
of Chiapas on New Year's Day, demanding land and an end to what they called government oppression of the \
region's Mayan peasants.

The army flew reinforcements into the state on Sunday and said troops had retaken the town of Ocosingo \
after heavy fighting in which dozens of people were killed.

Interior Minister Patrocinio Gonzalez said the rebels were led by foreigners and called on them to lay \
down their arms.

The Roman Catholic bishop of San Cristobal, Samuel Ruiz, offered to mediate between the rebels and the \
government.

The uprising coincided with the start of the North American Free Trade Agreement.
""",
    events=[
        (_EZLN, ("MEX", "MEXGOV", "MEXMIL", "MEXCOP"), ("192", "190", "193", "180"), "seized four towns"),
        (_EZLN, ("MEXGOV", "MEX"), ("100", "101", "102", "104", "140", "141"), "demanding land"),
        (("MEXMIL", "MEXGOV", "MEX"), _EZLN, ("190", "192", "193"), "had retaken the town"),
        (("MEXGOV",), _EZLN, ("020", "025", "026", "100", "105", "106"), "called on them to lay down"),
        (("MEXREL", "MEX", "REL"), _EZLN + ("MEXGOV",), ("030", "036", "039", "045", "046"),
         "offered to mediate"),
    ],
    also=[
        (_EZLN, ("MEX", "MEXGOV", "MEXMIL"), ("192", "190", "193"), "Indian rebels seize towns"),
        (("MEXMIL", "MEXGOV", "MEX"), _EZLN + ("MEX",), ("150", "152", "190"), "flew reinforcements"),
        (_EZLN, ("MEXGOV", "MEX"), ("111", "112"), "government oppression"),
        (("MEXGOV",), _EZLN, ("112", "111"), "were led by foreigners"),
    ],
    none=["The uprising coincided with the start"],
    parties=[
        ("Minister Patrocinio Gonzalez", "Patrocinio Gonzalez", ("MEXGOV",)),
        ("San Cristobal, Samuel Ruiz", "Samuel Ruiz", ("MEXREL", "REL")),
    ],
)

_MUTINY = ("PHLMIL", "PHLREB", "PHLINS")

UPI_COUP = Story(
    "upi_manila_coup", "1989-12-01",
    """U.S. jets help Aquino beat back coup attempt

MANILA, Philippines, Dec. 1 (UPI) -- U.S. Air Force F-4 Phantom jets flew over Manila on Friday at the \
request of President Corazon Aquino, helping loyalist troops beat back rebel soldiers who had seized two \
air bases and bombed the presidential palace in the sixth coup attempt against her government.

Aquino, in a radio address, vowed to crush the rebellion and said there would be no negotiations with \
the mutineers.

Rebel officers loyal to cashiered Col. Gregorio Honasan demanded Aquino's resignation.

Defense Secretary Fidel Ramos said government forces had regained control of Villamor air base.

The White House said the flights were a show of support for a democratically elected government.

The peso fell sharply against the dollar.
""",
    events=[
        (("USAMIL", "USA", "USAGOV"), ("PHLGOV", "PHL", "PHLMIL"), ("050", "060", "061", "062", "070", "074",
                                                                  "150"), "F-4 Phantom jets flew over"),
        (_MUTINY, ("PHLGOV", "PHL"), ("190", "195", "192", "193", "180"), "bombed the presidential palace"),
        (("PHLGOV",), _MUTINY, ("138", "130", "120", "125", "128"), "vowed to crush the rebellion"),
        (_MUTINY, ("PHLGOV",), ("100", "101", "102", "104", "1041", "140"), "demanded Aquino's resignation"),
    ],
    also=[
        (("USAMIL", "USA", "USAGOV"), ("PHLGOV", "PHL", "PHLMIL") + _MUTINY, ("050", "060", "061", "062",
                                                                           "074", "150", "190"),
         "U.S. jets help Aquino"),
        (("PHLGOV",), ("USA", "USAGOV", "USAMIL"), ("020", "021", "022", "025"), "at the request of"),
        (("PHLMIL", "PHLGOV", "PHL"), _MUTINY, ("190", "192", "193"), "beat back rebel soldiers"),
        (_MUTINY, ("PHL", "PHLGOV", "PHLMIL"), ("192", "190", "193"), "had seized two air bases"),
        (("PHLGOV", "PHLMIL"), _MUTINY, ("190", "192", "193"), "had regained control"),
        (("USAGOV",), ("PHLGOV", "PHL"), ("050", "051", "010", "060"), "a show of support"),
        (("PHLGOV",), _MUTINY, ("120", "125", "128"), "no negotiations with"),
    ],
    none=["The peso fell sharply"],
    parties=[
        ("President Corazon Aquino", "Corazon Aquino", ("PHLGOV",)),
        ("Col. Gregorio Honasan", "Gregorio Honasan", _MUTINY),
        ("Secretary Fidel Ramos", "Fidel Ramos", ("PHLGOV", "PHLMIL")),
    ],
)

_ABU = ("PHLREB", "PHLUAF", "---UAF", "---", "PHLINS", "MYSUAF", "UAF")

AFP_SIPADAN = Story(
    "afp_kualalumpur_sipadan", "2000-04-24",
    """Sipadan hostages taken to Jolo, Malaysia says

KUALA LUMPUR, April 24 (AFP) - Muslim extremist gunmen who kidnapped 21 people, including ten foreign \
tourists, from a Malaysian diving resort on Sipadan island have taken them to the southern Philippine \
island of Jolo, Malaysian police said Monday.

The Abu Sayyaf group, which is fighting for an Islamic state in the southern Philippines, claimed \
responsibility and demanded a ransom.

Prime Minister Mahathir Mohamad said his government would not pay ransom and asked Manila to secure the \
release of the hostages.

Philippine President Joseph Estrada ordered troops to surround the rebels' camp but said no military \
operation would be launched while the hostages were in danger.

Sipadan is one of the world's top diving sites.
""",
    events=[
        (_ABU, ("MYS", "MYSCVL", "---CVL", "CVL", "MYSBUS"), ("181", "180"), "who kidnapped 21 people"),
        (("MYSGOV",), ("PHLGOV", "PHL"), ("020", "021", "025", "100", "101", "102"), "asked Manila"),
        (("PHLGOV", "PHLMIL"), _ABU, ("150", "152", "154", "190", "171", "193"),
         "ordered troops to surround"),
    ],
    also=[
        (_ABU, ("MYS", "MYSCVL", "---CVL", "CVL", "PHL", "MYSGOV"), ("181",), "have taken them to"),
        (_ABU, ("MYS", "MYSCVL", "---CVL", "CVL", "PHL", "MYSGOV"), ("015", "100", "101", "181"),
         "claimed responsibility"),
        (("MYSGOV",), _ABU, ("120", "125", "128"), "would not pay ransom"),
        (("PHLGOV",), _ABU, ("120", "125", "010"), "no military operation"),
    ],
    none=["Sipadan is one of the world's top diving"],
    parties=[
        ("Minister Mahathir Mohamad", "Mahathir Mohamad", ("MYSGOV",)),
        ("President Joseph Estrada", "Joseph Estrada", ("PHLGOV",)),
    ],
)

_GAM = ("IDNREB", "IDNINS", "IDNSEP")

ANTARA_ACEH = Story(
    "antara_jakarta_aceh", "2003-05-19",
    """Megawati declares martial law in Aceh

Jakarta, May 19 (ANTARA) - President Megawati Soekarnoputri on Monday declared martial law in the \
province of Nanggroe Aceh Darussalam after peace talks in Tokyo with the Free Aceh Movement (GAM) \
collapsed, and ordered the military to crush the separatist rebels.

Hundreds of troops were dropped by parachute near the provincial capital Banda Aceh within hours, and \
the military said soldiers had killed five GAM fighters in clashes.

GAM spokesman Sofyan Dawood said the rebels were ready to fight and accused Jakarta of wrecking the \
peace process.

The United States, Japan and the European Union, which sponsored the Tokyo talks, expressed regret at \
their failure and urged both sides to return to negotiations.

The conflict has killed more than 10,000 people since 1976.
""",
    events=[
        (("IDNGOV",), ("IDN", "IDNCVL") + _GAM, ("172", "170"), "declared martial law"),
        (("IDNGOV",), _GAM, ("138", "130", "190", "195", "170", "150"), "ordered the military to crush"),
        (("IDNMIL", "IDN"), _GAM, ("190", "180", "183", "193", "186"), "had killed five GAM fighters"),
        (_GAM, ("IDNGOV", "IDN"), ("112", "111"), "accused Jakarta of wrecking"),
        (("USA", "USAGOV"), ("IDNGOV", "IDN") + _GAM, ("020", "025", "026", "028", "100", "104"),
         "urged both sides"),
        (("JPN", "JPNGOV"), ("IDNGOV", "IDN") + _GAM, ("020", "025", "026", "028", "100", "104"),
         "urged both sides"),
    ],
    also=[
        (("IDNGOV",), ("IDN", "IDNCVL") + _GAM, ("172", "170"), "Megawati declares martial law"),
        (("IDNMIL", "IDN"), _GAM + ("IDN",), ("150", "152", "190"), "dropped by parachute"),
        (_GAM, ("IDNGOV", "IDN", "IDNMIL"), ("138", "130", "150"), "ready to fight"),
        (("IGO",), ("IDNGOV", "IDN") + _GAM, ("020", "025", "026", "028", "012"), "urged both sides"),
        (("USA", "USAGOV", "JPN", "JPNGOV", "IGO"), ("IDNGOV", "IDN") + _GAM, ("012", "010", "018"),
         "expressed regret"),
    ],
    none=["The conflict has killed more than 10,000"],
    parties=[
        ("President Megawati Soekarnoputri", "Megawati Soekarnoputri", ("IDNGOV",)),
        ("spokesman Sofyan Dawood", "Sofyan Dawood", _GAM),
    ],
)

_PROTEST = ("USAOPP", "USACVL", "USALAB", "USAENV", "USA")

AP_SEATTLE = Story(
    "ap_seattle_wto", "1999-11-30",
    """Police tear-gas protesters, WTO delays opening

SEATTLE (AP) - Police fired tear gas and rubber bullets at thousands of protesters who blocked downtown \
streets Tuesday, forcing the World Trade Organization to postpone the opening of its ministerial meeting, \
and Mayor Paul Schell declared a civil emergency and imposed a curfew.

Secretary of State Madeleine Albright and U.S. Trade Representative Charlene Barshefsky were unable to \
leave their hotel for several hours.

President Clinton, who is due to arrive Wednesday, said he sympathized with the demonstrators' concerns \
about labor and the environment but condemned the violence.

European Union trade commissioner Pascal Lamy accused Washington of trying to impose its labor \
standards on developing countries.

Indian Commerce Minister Murasoli Maran said his country would walk out of the talks if labor standards \
were put on the agenda.

The last WTO ministerial meeting was held in Geneva in 1998.
""",
    events=[
        (("USACOP", "USAGOV", "USA"), _PROTEST, ("175", "170", "180"), "Police fired tear gas"),
        (("USAGOV", "USACOP"), _PROTEST + ("USACVL",), ("172", "170"), "imposed a curfew"),
        (("IGO",), ("USA", "USAGOV"), ("112", "111"), "accused Washington"),
    ],
    also=[
        (("USACOP", "USAGOV", "USA"), _PROTEST, ("175", "170", "180"), "Police tear-gas protesters"),
        (_PROTEST, ("IGO", "USAGOV", "USA"), ("140", "141", "143", "144", "145"), "who blocked downtown"),
        (("USAGOV",), _PROTEST, ("018", "010", "111", "110", "051"), "sympathized with the demonstrators"),
    ],
    none=["Indian Commerce Minister Murasoli Maran", "The last WTO ministerial", "were unable to leave"],
    parties=[
        ("Mayor Paul Schell", "Paul Schell", ("USAGOV",)),
        ("commissioner Pascal Lamy", "Pascal Lamy", ("IGO",)),
        ("Minister Murasoli Maran", "Murasoli Maran", ("INDGOV",)),
    ],
)

MENA_SHIFA = Story(
    "mena_cairo_shifa", "1998-08-21",
    """Bashir denounces US strike on Khartoum factory

CAIRO, Aug 21 (MENA) - Sudanese President Omar Hassan al-Bashir on Friday denounced the US missile \
attack on a pharmaceutical factory in Khartoum as an act of terrorism and asked the UN Security Council \
to send a fact-finding mission, the Middle East News Agency reported.

Thousands of Sudanese demonstrators marched on the deserted US embassy in Khartoum, chanting \
anti-American slogans.

The United States said the plant was producing ingredients for chemical weapons and was linked to the \
Saudi-born dissident Osama bin Laden.

Egyptian Foreign Minister Amr Moussa expressed Egypt's concern and called for an inquiry into the raid.

The Arab League will hold an emergency meeting on the strikes on Sunday, diplomats said.
""",
    events=[
        (("SDNGOV",), ("USA", "USAGOV", "USAMIL"), ("111", "110", "112"), "denounced the US missile"),
        (("SDNGOV",), ("IGO",), ("020", "021", "025", "100"), "asked the UN Security Council"),
        (("SDNCVL", "SDNOPP", "SDN"), ("USA", "USAGOV"), ("140", "141", "143", "145"),
         "marched on the deserted US embassy"),
        (("USA", "USAGOV"), ("SDN", "SDNGOV", "SDNBUS"), ("112", "111"), "was producing ingredients"),
        (("EGYGOV",), ("USA", "USAGOV", "USAMIL"), ("010", "012", "111", "110", "020", "100"),
         "called for an inquiry"),
    ],
    also=[
        (("SDNGOV",), ("USA", "USAGOV", "USAMIL"), ("111", "110"), "Bashir denounces US strike"),
        (("USAMIL", "USA", "USAGOV"), ("SDN", "SDNBUS", "SDNGOV"), ("190", "195", "180", "183"),
         "the US missile attack"),
        (("USAMIL", "USA", "USAGOV"), ("SDN", "SDNBUS", "SDNGOV"), ("190", "195", "180", "183"),
         "US strike on Khartoum"),
        (("EGYGOV",), ("USA", "USAGOV", "SDN", "SDNGOV"), ("010", "012", "018"), "expressed Egypt's concern"),
    ],
    none=["The Arab League will hold"],
    parties=[
        ("President Omar Hassan al-Bashir", "Omar Hassan al-Bashir", ("SDNGOV",)),
        ("Minister Amr Moussa", "Amr Moussa", ("EGYGOV",)),
    ],
)

_KR = ("KHMREB", "KHMINS", "KHMOPP")
_SIH = ("KHMGOV", "KHMELI", "KHM", "KHMOPP")

REUTERS_PARIS = Story(
    "reuters_paris_cambodia", "1991-10-23",
    """Cambodian factions sign peace treaty in Paris

PARIS, Oct 23 (Reuters) - Cambodia's four warring factions, including the Khmer Rouge, signed a peace \
treaty in Paris on Wednesday with 18 other nations, ending 13 years of war and placing the country under \
a United Nations transitional authority until elections in 1993.

In a move seen as the first step toward his return home after 13 years in exile, Prince Norodom \
Sihanouk, the president of the Supreme National Council, embraced Prime Minister Hun Sen at the ceremony \
and thanked China and France for their efforts.

U.S. Secretary of State James Baker said Washington would open talks with Phnom Penh on normalizing \
relations and pledged humanitarian aid.

Khmer Rouge nominal leader Khieu Samphan said his group would honour the accord.

More than one million Cambodians died under Khmer Rouge rule in 1975-79.
""",
    events=[
        (_KR, ("KHMGOV", "KHM"), ("057", "080", "087"), "signed a peace"),
        (("KHMGOV", "KHM"), _KR, ("057", "080", "087"), "signed a peace"),
        (_SIH, ("CHN", "CHNGOV"), ("051", "050"), "thanked China and France"),
        (_SIH, ("FRA", "FRAGOV"), ("051", "050"), "thanked China and France"),
        (("USAGOV",), ("KHM", "KHMGOV"), ("030", "031", "033", "036", "070", "073"),
         "pledged humanitarian aid"),
    ],
    also=[
        (_KR + ("KHMGOV", "KHM"), _KR + ("KHMGOV", "KHM", "IGO"), ("057", "080"), "Cambodian factions sign"),
        (_SIH, ("KHMGOV",), ("017", "040", "043", "050", "051"), "embraced Prime Minister"),
        (("USAGOV",), ("KHM", "KHMGOV"), ("030", "031", "036", "040", "046"), "would open talks"),
        (_KR, ("KHMGOV", "KHM", "IGO"), ("030", "031", "032", "057"), "would honour the accord"),
        (("KHMGOV", "KHM") + _KR, ("IGO",), ("030", "057", "080", "083"), "placing the country under"),
    ],
    none=["More than one million Cambodians died"],
    parties=[
        ("Prince Norodom Sihanouk", "Norodom Sihanouk", _SIH),
        ("Minister Hun Sen", "Hun Sen", ("KHMGOV",)),
        ("Secretary of State James Baker", "James Baker", ("USAGOV",)),
        ("leader Khieu Samphan", "Khieu Samphan", _KR),
    ],
)


STORIES: list[Story] = [AFP_ABUJA, REUTERS_ROME, AP_SAHARA, REUTERS_ALGIERS, REUTERS_COLOMBO,
                        INTERFAX_KELBAJAR, BBC_BENDERY, TASS_VILNIUS, TASS_TERMEZ, AP_TIANANMEN,
                        XINHUA_HANDOVER, AFP_MISCHIEF, KYODO_YELTSIN, REUTERS_STRAIT, IRNA_OPEC,
                        DPA_LOCKERBIE, AP_BROTHERS, REUTERS_CHIAPAS, UPI_COUP, AFP_SIPADAN, ANTARA_ACEH,
                        AP_SEATTLE, MENA_SHIFA, REUTERS_PARIS]


if __name__ == "__main__":
    main(STORIES, "stories30")
