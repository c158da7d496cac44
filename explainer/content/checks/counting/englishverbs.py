"""The irregular verbs of English newsrooms, each in its every form, so that a timeline's
title in the present ("CrowdStrike sends a faulty update") meets the prose that tells it in
the past ("CrowdStrike sent the update"): the bare verb, the third person of the present, the
past, the participle and the form in "-ing" are read as one word, the stem of the bare verb
(see englishwords.stem()): "strike", "strikes", "struck" and "striking" as "strik". But a form
that is another word as often as the verb's is read as a word of its own ("saw", "left",
"found"). Only the pasts and participles say an act done (pasts()): "will send" is an act
perhaps to come, though it is read as the word "sent" is."""

from __future__ import annotations

from .englishstems import regular_stem

# A verb a line: the bare verb, its third person, its past, its participle, its "-ing".
VERBS = """
arise arises arose arisen arising
awake awakes awoke awoken awaking
bear bears bore borne bearing
beat beats beat beaten beating
become becomes became become becoming
begin begins began begun beginning
bend bends bent bent bending
bet bets bet bet betting
bid bids bid bid bidding
bind binds bound bound binding
bite bites bit bitten biting
bleed bleeds bled bled bleeding
blow blows blew blown blowing
break breaks broke broken breaking
breed breeds bred bred breeding
bring brings brought brought bringing
broadcast broadcasts broadcast broadcast broadcasting
build builds built built building
burn burns burnt burnt burning
burst bursts burst burst bursting
buy buys bought bought buying
cast casts cast cast casting
catch catches caught caught catching
choose chooses chose chosen choosing
cling clings clung clung clinging
come comes came come coming
cost costs cost cost costing
creep creeps crept crept creeping
cut cuts cut cut cutting
deal deals dealt dealt dealing
dig digs dug dug digging
dive dives dove dived diving
do does did done doing
draw draws drew drawn drawing
dream dreams dreamt dreamt dreaming
drink drinks drank drunk drinking
drive drives drove driven driving
dwell dwells dwelt dwelt dwelling
eat eats ate eaten eating
fall falls fell fallen falling
feed feeds fed fed feeding
feel feels felt felt feeling
fight fights fought fought fighting
find finds found found finding
flee flees fled fled fleeing
fling flings flung flung flinging
fly flies flew flown flying
forbid forbids forbade forbidden forbidding
forecast forecasts forecast forecast forecasting
foresee foresees foresaw foreseen foreseeing
forget forgets forgot forgotten forgetting
forgive forgives forgave forgiven forgiving
freeze freezes froze frozen freezing
get gets got gotten getting
give gives gave given giving
go goes went gone going
grind grinds ground ground grinding
grow grows grew grown growing
hang hangs hung hung hanging
hear hears heard heard hearing
hide hides hid hidden hiding
hit hits hit hit hitting
hold holds held held holding
hurt hurts hurt hurt hurting
keep keeps kept kept keeping
kneel kneels knelt knelt kneeling
know knows knew known knowing
lay lays laid laid laying
lead leads led led leading
lean leans leant leant leaning
leap leaps leapt leapt leaping
learn learns learnt learnt learning
leave leaves left left leaving
lend lends lent lent lending
let lets let let letting
lie lies lay lain lying
light lights lit lit lighting
lose loses lost lost losing
make makes made made making
mean means meant meant meaning
meet meets met met meeting
mislead misleads misled misled misleading
mistake mistakes mistook mistaken mistaking
overcome overcomes overcame overcome overcoming
overrun overruns overran overrun overrunning
oversee oversees oversaw overseen overseeing
overtake overtakes overtook overtaken overtaking
overthrow overthrows overthrew overthrown overthrowing
pay pays paid paid paying
plead pleads pled pled pleading
prove proves proved proven proving
put puts put put putting
quit quits quit quit quitting
read reads read read reading
rebuild rebuilds rebuilt rebuilt rebuilding
rid rids rid rid ridding
ride rides rode ridden riding
ring rings rang rung ringing
rise rises rose risen rising
run runs ran run running
say says said said saying
see sees saw seen seeing
seek seeks sought sought seeking
sell sells sold sold selling
send sends sent sent sending
set sets set set setting
shake shakes shook shaken shaking
shed sheds shed shed shedding
shine shines shone shone shining
shoot shoots shot shot shooting
show shows showed shown showing
shrink shrinks shrank shrunk shrinking
shut shuts shut shut shutting
sing sings sang sung singing
sink sinks sank sunk sinking
sit sits sat sat sitting
slay slays slew slain slaying
sleep sleeps slept slept sleeping
slide slides slid slid sliding
smell smells smelt smelt smelling
sneak sneaks snuck snuck sneaking
speak speaks spoke spoken speaking
speed speeds sped sped speeding
spell spells spelt spelt spelling
spend spends spent spent spending
spill spills spilt spilt spilling
spin spins spun spun spinning
spit spits spat spat spitting
split splits split split splitting
spoil spoils spoilt spoilt spoiling
spread spreads spread spread spreading
spring springs sprang sprung springing
stand stands stood stood standing
steal steals stole stolen stealing
stick sticks stuck stuck sticking
sting stings stung stung stinging
strike strikes struck struck striking
strive strives strove striven striving
swear swears swore sworn swearing
sweep sweeps swept swept sweeping
swell swells swelled swollen swelling
swim swims swam swum swimming
swing swings swung swung swinging
take takes took taken taking
teach teaches taught taught teaching
tear tears tore torn tearing
tell tells told told telling
think thinks thought thought thinking
throw throws threw thrown throwing
thrust thrusts thrust thrust thrusting
undergo undergoes underwent undergone undergoing
understand understands understood understood understanding
undertake undertakes undertook undertaken undertaking
undo undoes undid undone undoing
uphold upholds upheld upheld upholding
upset upsets upset upset upsetting
wake wakes woke woken waking
wear wears wore worn wearing
weave weaves wove woven weaving
weep weeps wept wept weeping
win wins won won winning
wind winds wound wound winding
withdraw withdraws withdrew withdrawn withdrawing
withhold withholds withheld withheld withholding
withstand withstands withstood withstood withstanding
write writes wrote written writing
"""

# Forms that are nouns, adjectives or other words as often as the verb's, read as words of
# their own: "the falls", "a saw", "the left", "a meeting", "a building", "a court hearing",
# "tears", "lead" (the metal), "a bear", "the wind", "a wound", "the ground", "rose", "lay",
# "lies", "means", "the leading party", "thought" (a noun), "paid" (an adjective: "paid
# leave", "paid subscribers"), "did" and "got" (mere auxiliaries).
NOT_VERBS = frozenset("""
    said says falls breaks draws saw left found finding leaves leaving meeting building hearing
    saying setting sets spending feeling tears bears bore bearing dove dives lies lay lying
    means meaning meant leading winds wound winding ground grinds rose rises rising thought
    did does doing done got gets getting proved bid bids lights lighting springs sticks
    reading costs cost costing deals cast casts casting bound binds binding bit sheds shed
    shedding shining dreams hits shows showing speeds sped speeding sweeping understanding
    pays paid paying
""".split())
# A verb whose forms are mostly other words keeps none of them ("lie", "find", "leave").


def rows() -> list[list[str]]:
    """Return the rows of VERBS: the bare verb, its third person, its past, its participle
    and its form in "-ing"."""
    return [line.split() for line in VERBS.split("\n") if line]


def forms() -> dict[str, str]:
    """Return each form of VERBS that is read as the verb's, but NOT_VERBS, with the word
    all its forms are read as: the stem of its bare verb, as a regular word ("struck",
    "strikes" and "striking" as "strik", the stem of "strike"; "sent" as "send")."""
    table: dict[str, str] = {}
    for bare, *others in rows():
        head = regular_stem(bare)
        table.update(dict.fromkeys((form for form in others if form not in NOT_VERBS
                                    and form != bare), head))
    return table


# Third persons that are the plurals of nouns as often ("budget cuts", "air strikes", "three
# wins"): they join a title to the prose's past, but say no act done, as "arrives" does not.
PLURALS = frozenset("""
    beats bets bids blows cuts drives fights flies holds leads meets rides runs splits
    spreads stands strikes swings throws upsets wakes wins spills spells smells spoils swells
""".split())


def presents() -> frozenset[str]:
    """Return the third persons of VERBS that are read (see forms()) and are no plurals of
    nouns: a timeline's title tells in them the act its event did ("Ghani flees Kabul")."""
    table = forms()
    return frozenset(row[1] for row in rows() if row[1] in table and row[1] not in PLURALS)


def pasts() -> frozenset[str]:
    """Return the pasts and participles of VERBS that are read (see forms()), each a verb's
    act done, but those that are its bare form too ("come", "run", "shut": "will come")."""
    table = forms()
    return frozenset(form for bare, _, *done, _ in rows() for form in done
                     if form in table and form != bare)


def bare_forms() -> dict[str, str]:
    """Return every form of VERBS, the bare verb's too, with the bare verb: what a label's
    noun or verb ("the booster's catch") is told by in a sentence ("was caught")."""
    table: dict[str, str] = {}
    for bare, *others in rows():
        table.update(dict.fromkeys([bare, *others], bare))
    return table
