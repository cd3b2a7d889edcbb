"""The cue lexicon for attributions: which words introduce what someone said, thought or showed.

News attribution (PolNeAR's sense) is wider than verbs of saying: "X said that ...", "X wants to ...",
"polls show ...", "according to X, ...", "Chung's remarks that ...", "X stressed the need to ...",
"X called for ...", "X is critical of ...". Each table says which dependent of the cue carries the
content, because that is what differs between cue classes: a clausal complement (ccomp) for verbs of
saying and thinking, the direct object for verbs of stance ("criticized the plan"), a to-infinitive
(xcomp) for volition ("wants to run"), a prepositional object for phrasal cues ("called for ...").

How the tables were built: a hand-written core (verbs of saying, cognition, stance, volition) was
checked against the PolNeAR training split (never the dev set) by counting, for every lemma and
dependency pattern, how often the pattern's span is an annotated attribution. Entries were added
when that share is at least 33 % over three or more hits (about F1/2, where a pattern starts to
pay off), and hand entries were dropped when it is under 30 % over five or more occurrences
("make", "try", "begin" take clauses and objects that are rarely reported content). Lemmas are
spaCy lemmas, lower case (its lemmatiser's forms are kept: "hop" is how it lemmatises "hoping").
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _preps(table: dict[str, str]) -> dict[str, frozenset[str]]:
    return {lemma: frozenset(preps.split()) for lemma, preps in table.items()}


# Verbs of saying: a direct quotation next to them is theirs, and so is the clause they sit in
# parenthetically ("..., he said, ...").
SPEECH_VERBS: frozenset[str] = _words("""
add admit affirm agree allege announce answer argue ask assert assure boast brag caution charge
chant claim clarify comment complain concede conclude confirm continue contend counter cry declare
deny disclose echo elaborate email emphasize emphasise estimate exclaim explain forecast guess hint
imply indicate inform insist joke lament maintain mention message mutter note notify observe point
post posit predict proclaim promise propose protest question quip read reaffirm recall recommend
reiterate remark remind repeat reply report respond retort reveal say scream shout sing specify
speculate state stress suggest tell testify text theorize tout tweet underscore urge vow warn
whisper wonder write yell
""")

# Verbs whose clausal complement (ccomp) is the content: "said (that) ...", "polls show ...".
CLAUSE_VERBS: frozenset[str] = _words("""
accept acknowledge add admit affirm agree allege allow announce answer anticipate appear argue
ask assert assume assure become believe bet boast brag calculate call caution chant charge cite
claim clarify comment complain concede conclude confirm consider contend continue convince
counter cry decide declare demand demonstrate denounce deny describe determine disagree disclose
discover discuss doubt echo elaborate email emphasise emphasize estimate exclaim expect explain
express fear feel figure find forecast forget guess hear highlight hint hop hope imagine imply
indicate inform insist joke judge know lament learn maintain mention message mutter note notice
notify observe order pledge point posit post predict presume proclaim project promise propose
protest prove question quip read reaffirm realise realize reassure recall reckon recognise
recognize recommend reiterate remark remember remind repeat reply report require respond retort
reveal rule say scream see seem sense shout show signal sing specify speculate start state
stress suggest suspect tell testify text theorize think tout trust tweet underscore understand
urge use vow want warn whisper wonder worry write yell
""")

# Verbs of thinking and evidence: their clause needs a source in the sentence to count.
COGNITION_VERBS: frozenset[str] = _words("""
anticipate assume bet believe calculate consider demonstrate determine discover doubt expect fear
feel figure find guess hear hope imagine judge know learn notice presume project prove realize
realise reckon recognize recognise see sense show suspect think trust understand wish worry
""")

# Stance verbs whose direct object is the content ("criticized the plan", "endorsed Cruz").
OBJECT_VERBS: frozenset[str] = _words("""
acknowledge admire admit advocate affirm alienate allege announce answer applaud appoint approve
articulate assail attack authorize back bash bemoan blame blast broadcast champion chant cite
claim concede condemn confirm contemplate contradict counter credit criticise criticize declare
decline decry deem defend demand denounce deny deride detail disavow disclose discuss dismiss
display dispute document downplay ease echo emphasise emphasize endorse explain exploit explore
expose express favour fear feel hail hammer hate herald highlight ignore insult introduce issue
justify label lambaste lament lay learn list love mention mock name note offer oppose outline
overturn post praise preach predict prefer project promise propose question reaffirm rebuke
rebut recall recite recognize recommend recount reference reform refuse reiterate reject
remember renew repeat report repudiate resist restore restrict retweete reveal review ridicule
rip roll rule share shout show shrug signal slam sponsor state stress suggest support talk thank
threaten tout tweet underscore unveil veto voice want welcome withdraw withhold witness
""")

# Volition and plan verbs whose to-infinitive (xcomp) is the content ("wants to run").
XCOMP_VERBS: frozenset[str] = _words("""
advise agree aim appear argue ask believe call chant claim compel consider convince
decide decline demand encourage expect hate hire hop hope instruct intend invite know like
look love mean offer oppose order permit persuade plan pledge prefer press pressure promise
propose prove push refuse report require say see seek seem show suggest support tell threaten
urge vote vow want warn wish
""")

# Passives whose subject is the content ("the move was first reported by X").
PASSIVE_VERBS: frozenset[str] = _words("""
announce approve boo claim confirm consider deem disclose echo meet mention name post reject
report revere share support
""")

# Raising verbs: "X seemed to Y" attributes the appearance (subject and infinitive), with no source.
RAISING_VERBS: frozenset[str] = _words("seem appear")

# Verbs of naming: "called X Y" attributes the whole predication X Y.
NAMING_VERBS: frozenset[str] = _words("call label brand dub deem term pronounce")

# Phrasal cues: verb lemma -> prepositions whose object is the content ("called for an inquiry").
PREP_VERBS: dict[str, frozenset[str]] = _preps({
    "accuse": "of",
    "advise": "on",
    "advocate": "for",
    "agree": "on to with",
    "apologize": "for",
    "argue": "against for",
    "ask": "about for",
    "assure": "of",
    "attack": "for",
    "balk": "at",
    "begin": "by with",
    "believe": "in",
    "blame": "for",
    "blast": "for",
    "boast": "about of",
    "brace": "for",
    "brag": "about",
    "call": "for with",
    "campaign": "against for",
    "care": "about",
    "cast": "as on",
    "center": "on",
    "characterize": "as",
    "charge": "after with",
    "chide": "for",
    "cite": "as",
    "come": "against",
    "comment": "on",
    "complain": "about of",
    "conclude": "by",
    "congratulate": "for",
    "couple": "with",
    "criticize": "as for",
    "defend": "against as",
    "describe": "as",
    "devote": "to",
    "disagree": "with",
    "dismiss": "as",
    "distance": "from",
    "double": "on",
    "endorse": "before",
    "expand": "on",
    "find": "with",
    "focus": "on",
    "frame": "as",
    "get": "with",
    "give": "for",
    "gloss": "over",
    "grapple": "with",
    "hint": "at",
    "hit": "for",
    "hop": "for",
    "identify": "as with",
    "inform": "of",
    "joke": "about",
    "know": "for",
    "lambast": "as",
    "lash": "at",
    "launch": "by",
    "liken": "to",
    "line": "behind",
    "list": "as",
    "look": "to",
    "mention": "as",
    "name": "as",
    "open": "about",
    "paint": "as",
    "pivot": "to",
    "plead": "to",
    "point": "to",
    "portray": "as",
    "position": "as",
    "praise": "as for",
    "press": "about for",
    "prohibit": "from",
    "push": "against for on",
    "quote": "as",
    "rail": "against",
    "refer": "to",
    "refrain": "from",
    "regard": "as",
    "remark": "upon",
    "report": "about",
    "resign": "for",
    "respond": "by to with",
    "see": "as with",
    "seem": "like",
    "show": "with",
    "side": "with",
    "slam": "for",
    "speak": "about against of",
    "split": "on",
    "stand": "by",
    "talk": "about of",
    "testify": "about to",
    "thank": "for",
    "think": "about of",
    "throw": "behind",
    "touch": "on",
    "view": "as",
    "vote": "against for",
    "vouch": "for",
    "warn": "about against of",
    "weigh": "on",
    "worry": "about",
    "write": "about",
})

# Nouns that report an utterance or a stance and take a content clause ("remarks that ...").
NOMINAL_CUES: frozenset[str] = _words("""
accusation acknowledgement acknowledgment admission advice agreement announcement argument
assertion assessment assurance belief bid call challenge charge claim comment complaint concern
conclusion confidence contention conversation criticism decision declaration demand denial
desire determination doubt editorial evidence expectation explanation failure fear finding
hope idea inability inclination insinuation insistence intention issue law legislation memo need
news notion plan pledge policy prediction promise proposal question refusal reluctance remark
reminder report reports request rumor rumour sense speculation speech statement suggestion
suspicion testimony threat unwillingness view vow warning willingness
""")

# Nouns whose prepositional object is the content ("criticism of the plan", "support for Cruz").
NOUN_PREP_CUES: dict[str, frozenset[str]] = _preps({
    "accusation": "of",
    "advocate": "for",
    "announcement": "of",
    "answer": "to",
    "anxiety": "about",
    "argument": "between",
    "assessment": "of",
    "attack": "against as",
    "call": "for",
    "campaign": "against",
    "chant": "of",
    "claim": "of",
    "comment": "about on",
    "concern": "about",
    "consensus": "on",
    "controversy": "over",
    "conversation": "about",
    "critic": "of",
    "criticism": "for of on over",
    "critique": "of",
    "danger": "of",
    "decision": "on",
    "defense": "of",
    "demand": "for",
    "denunciation": "of",
    "detail": "about",
    "discussion": "of",
    "doubt": "about",
    "email": "from",
    "emphasis": "on",
    "endorsement": "of",
    "enthusiasm": "for",
    "faith": "in",
    "favor": "of",
    "hope": "for of",
    "idea": "for of",
    "interest": "in",
    "joke": "about",
    "mention": "of",
    "message": "about of",
    "need": "for",
    "opinion": "of on",
    "opposition": "to",
    "overhaul": "of",
    "plan": "for",
    "praise": "for",
    "promise": "of",
    "proponent": "of",
    "proposal": "for on",
    "protest": "of",
    "question": "about of",
    "reference": "to",
    "rejection": "of",
    "remark": "about",
    "report": "about on",
    "respect": "for",
    "statement": "about including",
    "strategy": "for",
    "talk": "about of",
    "thought": "on",
    "understanding": "of",
    "voter": "of",
    "word": "about for",
})

# Adjectives of stance with a clause or infinitive ("confident that ...", "willing to ...").
ADJECTIVE_CUES: frozenset[str] = _words("""
about aware busy concerned confident determined eager free glad happy hopeful prepared
ready reluctant sure willing worried
""")

# Adjectives of stance with a prepositional object ("critical of the deal").
ADJECTIVE_PREP_CUES: dict[str, frozenset[str]] = _preps({
    "aggressive": "in",
    "angry": "about",
    "aware": "of",
    "committed": "to",
    "concerned": "about with",
    "confident": "in",
    "critical": "of",
    "devoted": "to",
    "enamored": "of",
    "interested": "in",
    "nervous": "about",
    "open": "to",
    "proud": "of",
    "responsible": "for",
    "satisfied": "with",
    "skeptical": "of",
    "supportive": "of",
    "unaware": "of",
    "wary": "of",
    "worried": "about",
})

# Cues that are verbs of saying for the purpose of direct quotes: a quote next to them is theirs.
DIRECT_QUOTE_VERBS: frozenset[str] = SPEECH_VERBS | frozenset({"think", "believe", "feel", "say"})
