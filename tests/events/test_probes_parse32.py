"""The parse32 probes (tests/events/probes_parse32.py): long era leads (1985-2005 agency copy), written
blind, weighted to acts in a conjunct after a long first clause, participle acts, parties in a between- or
of-phrase, subjects far from their verbs and fronted phrases. Each row must be coded (actor + root), except
the known gaps."""

from __future__ import annotations

import pytest

from support import load_probe_module

_probes = load_probe_module("probes_parse32")
_match = load_probe_module("probe_match")

pytestmark = [pytest.mark.model]

KNOWN_GAPS: dict[str, str] = {
    'Iraqi troops backed by tanks poured across the border into Kuwait before dawn on Thursday '
    "after weeks of bitter wrangling over oil prices and debts and seized the emirate's capital, "
    'forcing the ruling emir to flee to Saudi Arabia, residents said.':
        "the troops are read through 'backed by tanks' with no country (---MIL): the nationality "
        'of a subject with a reduced relative is lost, an actors-stage gap',
    'U.S. troops launched a massive assault on Panama City early on Wednesday in an attempt to '
    'topple military strongman General Manuel Antonio Noriega and installed Guillermo Endara as '
    'president at a U.S. military base, Pentagon officials said.':
        "Panama City's people (PANCVL) are the assault's target; the strongman named only in the "
        'purpose clause and the government installed have no row',
    'Yugoslav authorities on Wednesday accused Western journalists of spreading lies about the '
    'situation in Kosovo and ordered them to leave the country within 48 hours, the independent '
    'Beta news agency said.':
        "'Western journalists' are coded WSTMED, which has no country to match",
    'North Korea on Friday removed the seals and surveillance cameras that U.N. inspectors had '
    'placed on its nuclear reactor at Yongbyon and ordered the inspectors to leave the country, '
    'the International Atomic Energy Agency said in Vienna.':
        "the conjunct is hung back on 'removed' (PRK now orders), but 'the inspectors' named "
        'again with the article take no code of their own (coreference inside the lead)',
    'Indonesian troops on Friday rounded up dozens of pro-independence activists in Dili after a '
    'night of street protests in the East Timorese capital and detained a Portuguese journalist '
    'who had filmed the arrests, witnesses told Reuters.':
        "East Timorese activists are coded by the state of 2000 (TLS), not the era's province; "
        'the Portuguese journalist is PRTMED, as accepted by country only',
    'Azerbaijani forces on Sunday launched an offensive against ethnic Armenian positions north '
    'of Nagorno-Karabakh, shelling the town of Martakert with heavy artillery and multiple rocket'
    ' launchers, the Armenian defence ministry said.':
        "'ethnic Armenian positions north of Nagorno-Karabakh' are placed as Azerbaijan's own "
        'forces (the place), an actors-stage reading',
    'Israeli troops pulled out of the West Bank city of Jenin on Monday after 28 years of '
    'occupation, handing the city over to Palestinian police in a ceremony watched by thousands '
    'of cheering residents, Israel Radio said.':
        "the pullout is coded 0874 to PSE; the army is ISRMIL, which the row's ISRGOV does not "
        'accept by actor (country + root passes)',
    'Peruvian police on Saturday captured Abimael Guzman, the leader of the Maoist Shining Path '
    'guerrilla group, in a raid on a house in a Lima suburb, dealing the biggest blow in 12 years'
    ' to an insurgency that has cost 25,000 lives, officials said.':
        "the arrest is coded since targets35 (PERCOP -> PERREB 173, country + root passes), but the "
        "row's sources accept PERGOV and PERMIL only, not the police (COP)",
    'Albanian President Sali Berisha on Sunday offered an amnesty to armed rebels who have seized'
    ' control of much of southern Albania, calling on them to hand in their weapons within a '
    'week, state television reported.':
        'an amnesty offered has no code of its own here (the rebels in the relative clause are '
        'its recipients)',
    'The pullout of Russian troops and munitions from the breakaway Trans-Dniester region of '
    'Moldova resumed on Friday after a four-month halt, with a first train of ammunition leaving '
    'for Russia, an OSCE spokesman in Chisinau said.':
        "'the breakaway' is read as a noun, so Moldova hangs on a second subject; the pullout "
        'names no place',
    'Foreign ministers of the four guarantor countries announced in Brasilia on Friday that a '
    'ceasefire between Peru and Ecuador would take effect at noon on Saturday, after two weeks of'
    ' fighting over a disputed stretch of jungle border, EFE reported.':
        "'announced' is read as a participle on 'countries' and 'two weeks of fighting' in the "
        'after-phrase becomes the act (EFE, the reporter, as its source)',
    'The release of hundreds of Kuwaiti prisoners held in Iraq since the 1991 Gulf War was '
    'demanded on Sunday by the Gulf Cooperation Council, whose foreign ministers met in Riyadh to'
    ' review relations with Baghdad, the Saudi Press Agency said.':
        "a demand told in the passive with its agent after the verb ('was demanded ... by the "
        "GCC') has no frame",
    'The African National Congress, which has waged a guerrilla war against white minority rule '
    'for almost 30 years, announced on Tuesday that it was suspending its armed struggle, '
    'clearing the way for talks with the government of President F.W. de Klerk.':
        "the ANC is coded as South Africa's government (ZAFGOV) and de Klerk's government as "
        'elites; the suspension is read',
    'In a move aimed at forcing Baghdad to readmit U.N. weapons inspectors, British and American '
    'warplanes on Thursday launched a fourth night of air and missile strikes on military targets'
    ' in Iraq, Pentagon officials said.':
        "'military targets in Iraq' are placed as Iraq's civilians (IRQCVL): the place of the "
        "strikes, not the state's forces",
    'Despite protests from Australia, New Zealand and Japan and riots in the Tahitian capital '
    'Papeete, France on Thursday carried out a second underground nuclear test at Fangataufa '
    'atoll in the South Pacific, the French defence ministry said.':
        'an underground nuclear test has no row against those who protest it',
    'Under threat of NATO air strikes, the Bosnian Serbs on Thursday began pulling their heavy '
    'weapons back from the 20-km exclusion zone around Sarajevo, U.N. officials said, but refused'
    ' to hand over all their guns to U.N. control.':
        "the threat is now NATO's, made on the Serbs; the heavy weapons pulled back name no "
        'target (the zone around Sarajevo is a place)',
    'Foreign Ministry spokesman Mahmoud Mohammadi, speaking at his weekly news conference in '
    'Tehran on Monday, condemned the deployment of additional U.S. warships to the Persian Gulf '
    'as a threat to the security of the region, IRNA reported.':
        'the spokesman is known only by his ministry and an unknown name; Tehran in the '
        'participle does not give him a country',
    "Congo's President Laurent Kabila, whose forces are battling rebels backed by Rwanda and "
    'Uganda in the east of the country, on Thursday accused his former allies of invading Congo '
    'to grab its mineral wealth, state radio said.':
        "'his former allies' is coreference to Rwanda and Uganda in the relative clause, which "
        'the coder does not resolve',
}

# a sentence probed twice, for two triples, where only one of them is a gap: keyed by (text, a source)
ROW_GAPS: dict[tuple[str, str], str] = {
    ('Iraq on Sunday rejected a U.N. report on its weapons programmes as a pack of lies, saying '
     'the chief inspector Richard Butler was a spy working for Washington and should be removed '
     'from his post, the official Iraqi News Agency said.',
     'IRQGOV'):
        "the rejection is coded (120); the accusation in the 'saying' clause that the inspector "
        'was a spy names a person with no code',
    ('U.N. Secretary-General Javier Perez de Cuellar announced on Monday that a ceasefire between'
     ' Iran and Iraq would take effect on August 20, ending nearly eight years of war, and that '
     'direct peace talks would open in Geneva five days later.',
     'IGO'):
        "the announcer is no party (the brief's convention): the U.N.'s row was written before "
        'the rule and stays as a gap',
    ('Hamas, the Islamic militant group which has carried out a string of suicide bombings inside'
     ' Israel since the signing of the Oslo accords, on Thursday rejected a call by Palestinian '
     'leader Yasser Arafat to halt attacks on Israelis, a spokesman said in Gaza.',
     'PSE'):
        'the refusal is coded to Arafat (PSEGOV), whose call it rejects; Israel, only in the '
        "call's object, is no target",
    ('Israel on Sunday rejected an American plan for a further withdrawal from 13 percent of the '
     'West Bank, with Prime Minister Benjamin Netanyahu telling his cabinet that the Palestinians'
     ' had not done enough to fight terrorism.',
     'ISRGOV'):
        "Netanyahu's complaint that the Palestinians had not done enough, told in a with-clause, "
        'has no row',
}


test_every_gap_names_a_probe, test_probe_is_coded = _match.gap_tests(_probes.ALL32, KNOWN_GAPS, ROW_GAPS)
