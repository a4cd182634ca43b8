"""Negation, time and framing around a match: is it happening now, asked about, or ruled out?

Each match gets one of three modes:
- DROP:     negated ("no fever", "hasn't had a temperature"), resolved some time ago ("the fever
            went away last week"), or long past ("when he was diagnosed last year");
- GUIDANCE: hypothetical ("what should I do if ...") or a general question with no person in it
            ("why is fever dangerous during chemo?");
- LIVE:     anything else. When unsure, a match stays LIVE: a missed red flag is the worst bug.

Erring on the side of safety is built in: negation only reaches over a short run of light words
("no real sign of a fever"), so "not sure if she has a fever" and "isn't well, high temp" stay
live; a resolved fever stays live if it was recent or brought down by medicine; "if" after
"not sure"/"don't know" is a real question about now; a temperature reading is never "general".

The word lists below are the defaults; `context:` in intents/safety.yaml may add to any of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from itertools import pairwise
from typing import Any

from bot.text.phrases import PhraseCompiler, PhrasePattern
from bot.text.tokens import Tokens


class Mode(Enum):
    DROP = "drop"
    GUIDANCE = "guidance"
    LIVE = "live"


# Single words: negation and its scope.
WORD_LISTS: dict[str, tuple[str, ...]] = {
    "negators": (
        "no", "not", "never", "without", "zero", "nor", "neither", "none", "nobody", "noone", "nothing",
        "hasnt", "hadnt", "havent",
        "doesnt", "dont", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "denies", "denied",
        # Scots: "nae shivers", "she disnae have a temp"
        "nae", "dinnae", "disnae", "didnae", "isnae", "wisnae", "hasnae", "havnae", "havenae", "cannae",
        # Geordie: "nee temp, nee shivers"
        "nee",
    ),
    # Light words a negation may reach over ("hasn't really had any sign of a fever").
    "fillers": (
        "a", "an", "any", "the", "some", "single", "new", "much", "real", "actual", "obvious", "high", "raised",
        "sign", "signs", "symptom", "symptoms", "of", "had", "have", "has", "got", "get", "getting", "gotten", "been",
        "having", "shown", "show", "showing", "seen", "see", "noticed", "notice", "feel", "feels",
        "experienced", "experience", "experiencing", "developed", "develop", "observed",
        "felt", "feeling", "seem", "seems", "seemed", "appear", "appears", "to", "think", "it",
        # No subject pronouns: one starts a new clause, so in "didn't notice he had a fever" the
        # "didn't" is about the noticing.
        "her", "his", "my",
        "their", "our", "really", "actually", "yet", "more", "further", "is", "are", "was", "be",
        "do", "does", "did", "complained", "complaining", "about", "reported", "mentioned",
        "currently", "at", "all", "ever", "further", "episodes", "episode", "bouts", "bout",
        "thoughts", "thought", "thinking", "urge", "urges", "plans", "plan", "intention", "wish",
        "drop", "trace", "bit", "hint", "speck",
        # second-language English: "not with fever and not with pain today"
        "with",
        # one more denied: "she's never had another seizure" (see `_negated` for "not another")
        "another", "second",
        # how a denied thought is described: "not having any dark thoughts about hurting myself"
        "dark", "bad", "suicidal", "negative", "intrusive", "scary", "horrible", "awful",
    ),
    # Tokens that end a clause: the scope of a negation, a time phrase or an "if".
    "clause_breaks": (
        ",", ".", "?", "but", "and", "or", "so", "because", "cos", "though", "although",
        "however", "then", "whereas", "while", "anyway", "also",
    ),
    # A person in the sentence makes a question personal ("is it normal that my son has ...").
    "personal": (
        "i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "we", "weve", "were", "our",
        "ours", "us", "he", "hes", "him", "his", "himself", "she", "shes", "her", "hers",
        "herself",
    ),
    # Subject pronouns, and the verbs a negation reaches through them by ("don't think she has").
    "subjects": ("i", "he", "she", "they", "we", "hes", "shes", "im", "theyre", "were", "it", "its"),
    "opinion_verbs": ("think", "believe", "reckon", "suppose", "guess", "feel", "expect"),
    # People: a person named between a thing and a match makes the match about the person.
    "people": (
        "son", "daughter", "child", "kid", "baby", "boy", "girl", "husband", "wife", "partner", "mum",
        "mom", "dad", "brother", "sister", "patient", "toddler", "teen", "teenager", "forehead", "skin",
        "body", "head", "hands", "feet", "tummy", "back", "chest", "neck",
    ),
    # Words before "if"/"whether" that make it a real question about now ("not sure if ...").
    "embedded": (
        "sure", "know", "unsure", "wonder", "wondering", "wondered", "check", "checking", "see",
        "tell", "idea", "certain", "clue", "idk", "dunno",
        # politeness, not a condition: "sorry if this is TMI but his poo is black"
        "sorry", "apologies", "apologise", "apologize", "forgive", "excuse", "pardon",
    ),
    # Real words the speller must leave alone (tokens.Speller); rules add their own.
    "known_words": (),
}

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS_SHORT = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
# Months that date a story after "that was": not "may" or "march", which are other words too.
_DATING_MONTHS = "|".join(m for m in f"{_MONTHS}|{_MONTHS_SHORT}".split("|") if m not in ("may", "march", "mar"))
# Colours of what comes out of a body, and foods that give them (`colour_explained`).
# Ways of telling someone something, spoken or written: "if someone in my group ever posts that ...".
_TELLS = ("=says|=said|=say|=saying|=tells|=told|=tell|=telling|=mentions|=mentioned|=talks|=talked|=admits"
          "|=admitted|=confides|=confided|=texts|=texted|=messages|=messaged|=posts|=posted|=writes|=wrote|=emails"
          "|=emailed|=discloses|=disclosed")
_OUTPUT_COLOURS = "=red|=pink|=purple|=black|=green|=orange|=dark"
# A fear felt of something to come ("scared he'll ...", "worried my son will ...").
_FEARING = ("=scared|=worried|=afraid|=terrified|=frightened|=petrified|=anxious|=nervous|=worry|=worrying|=worries"
            "|=dread|=dreading|=dreads|=fear|=fears|=nightmares|=nightmare|=bad =dreams")  # "nightmares he'll collapse"
_FEAR_HOW = "=sick|=stiff|=to =death|=silly|=constantly|=always|=so =much|=a =lot"  # "worry constantly that ..."
_RED_FOODS = ("=beetroot|=beets|=beet|=food =colouring|=food =coloring|=red =jelly|=ketchup|=red =sweets"
              "|=dragon =fruit|=rhubarb")
_PAST_YEAR = r"(?:19[5-9]\d|20[0-2]\d)"  # a year (a story dated by its year is told from later), as a regex

# Phrases (in the rules' phrase language).
# After "40 degrees in": words that name no place with a weather of its own ("in his ear", "in A&E").
_BODY_OR_WARD = frozenset({"his", "her", "my", "their", "your", "our", "the", "a", "an", "bed", "hospital", "hosp",
                           "clinic", "ward", "ae", "casualty", "resus", "ear", "ears", "mouth", "armpit", "bum",
                           "him", "me", "them"})

PHRASE_LISTS: dict[str, tuple[str, ...]] = {
    # Said after a story told in the past, in a later clause or sentence, these close it: "... his
    # temp's been normal ever since", "..., all good since", "... and nothing since" (see `_in_past`).
    "over_since": ("(=been|=stayed|=kept|=all|=everything) (=totally |=completely |=absolutely |=perfectly |=really "
                   "|)(=normal|=fine|=ok|=okay|=good|=well|=stable|=settled|=great|=grand|=brilliant|=perfect"
                   "|=quiet|=clear|=down|=back =to =normal|=under =control|=controlled|=himself|=herself|=themselves"
                   "|=myself|=themself|=comfortable|=settled|=dry)"
                   " (=every =day |=each =day |=all =week |)(=ever =since|=since =then|=since)",
                   # "all fine for months now"
                   "(=been|=stayed|=all|=everything) (=totally |=completely |=absolutely |=perfectly |)"
                   "(=normal|=fine|=ok|=okay|=good|=well|=stable|=settled|=clear)"
                   " =for (=weeks|=months|=years|=ages|=a =year|=a =while|=a =long =time|=a =fortnight|=a =week"
                   "|=over =a =week|# =weeks|=two =weeks|=three =weeks|(=the =last |=last |)(# |=two |=three |=a =few"
                   " |=several |)(=cycles|=periods))",
                   # come round at once: "came round in seconds"
                   "(=came =round|=came =to|=came =back =round) (=in =seconds|=straight =away|=right =away|=quickly"
                   "|=within =seconds|=after =a =few =seconds)",
                   # well again, said in a saying: "home and right as rain now"
                   "(=right =as =rain|=good =as =new|=fit =as =a =fiddle) (=now|=again|=since)",
                   # better soon after it was seen to: "they gave him piriton and he was right as rain within the hour"
                   "(=right =as =rain|=back =to =normal|=back =to =himself|=back =to =herself|=fine =again|=ok =again"
                   "|=okay =again) (=within|=after|=in) (=the =hour|=an =hour|=minutes|=a =few =minutes|=a =few =hours"
                   "|=the =day|=a =day|=the =evening|=half =an =hour)",
                   "(=nothing|=none|=no =more|=not =one|=not =a =single =one) (=ever =since|=since =then|=since)",
                   # "since then normal", "not again since", "no more problem" (second-language tellings)
                   "=since =then (=normal|=fine|=ok|=okay|=good|=well|=no =problem|=no =problems)",
                   "=not =again (=since|=after =that|=after)",
                   "=no =more (=problem|=problems|=issue|=issues|=trouble) (=since|.|,|=after|=now|)",
                   # "after that never happen again" (the bare verb of a second-language telling)
                   "=never (=happen|=happened|=came =back|=come =back) (=again|=since)",
                   # well by a later day: "by sunday he was eating toast again"
                   "=by (=the =next =day|=the =morning|=the =evening|=next =day|=bedtime|=teatime|=lunchtime|=monday"
                   "|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday|=the =weekend) (=he|=she|=they|=i|=we)"
                   " (=was|=were) (=eating|=drinking|=fine|=better|=ok|=okay|=back =to =normal|=right =as =rain"
                   "|=himself|=herself|=themselves|=myself|=well|=running =around)",
                   # "not a hint of a temp since", "no sign of it since"
                   "(=not =a =hint|=no =hint|=not =a =sign|=no =sign|=not =a =trace|=no =trace) =of .. (=ever =since"
                   "|=since =then|=since)",
                   # a day or more without it, after it was seen to: "the temperature is normal for 24 hours"
                   "(=normal|=fine|=ok|=okay|=down|=settled|=gone) =for (=over |=more =than |)(=24 =hours|=48 =hours"
                   "|=72 =hours|=a =day|=a =whole =day|=a =full =day|# =days|=two =days|=three =days)",
                   # "normal 3 days now", "been fine for two days now"
                   "(=normal|=fine|=ok|=okay|=good|=back =to =normal) (=for |)(# |=a =few |=couple =of "
                   "|=a =couple =of |=two |=three |=four |=five |)(=days|=weeks) =now",
                   "(=not =had|=never =had|=hasnt =had|=havent =had|=not =happened|=hasnt =happened)"
                   " (=one|=another|=any|=it|=them|) (=ever =since|=since =then|=since|=again)"),
    # Seen to by the hospital and sent home, after a story told in the past: "her temp spiked on
    # sunday, she got admitted, treated and came home yesterday" (see `_in_past`).
    "handled": ("(=came|=come|=got|=sent|=went|=brought =her|=brought =him|=allowed) =home", "=discharged",
                # "is out of hospital now"; "dem admit mi fi three days" (admitted, said with the bare verb)
                "(=out =of|=left) (=the |)(=hospital|=ward)",
                "=admit (=him|=her|=me|=my|=them|=us) (=for|=to|=overnight|=in)",
                "(=was|=were|=got) =admitted (=for|=overnight|=and|,|.|=one|=two|=three|=four|=five|=a|#)",
                # a course of antibiotics taken to its end: "all clear and finished the antibiotics"
                "(=finished|=completed|=done) (=the |=his |=her |=my |=their |=a |)(=course =of |)"
                "(=antibiotics|=antibiotic)",
                # treated: "they gave antibiotics", "IV antibiotics for 48 hours"
                "(=gave|=given|=give|=got|=had|=on) (=him |=her |=them |=me |=us |=his |=their |=my |)(=iv "
                "|=some |=a =course =of |=an |)(=antibiotics|=antibiotic)",
                "=iv =antibiotics",
                # given as a step of the story, bare: "we went to A&E, antibiotics, and ..."
                "(,|=then) (=iv |)=antibiotics (,|=and|.)",
                # treated, or given blood: "they gave blood and treated it"
                "=treated (=it|=her|=him|=them|=me|=us)",
                # tests done, or sorted and checked over: "they did an ECG", "sorted her with fluids"
                "(=did|=done|=ran|=run) (=an |=a |=some |=all =the |)(=ecg|=ekg|=scan|=ct|=x =ray|=xray|=bloods"
                "|=blood =tests|=tests|=obs)",
                "(=sorted|=treated) (=her|=him|=them|=me|=us) (=with|=out|=up)",
                # treated with something, said bare: "turned out to be reflux, sorted with tablets"
                "(=sorted|=treated|=settled|=fixed) (=with|=by) (=tablets|=meds|=medicine|=medication|=antibiotics"
                "|=fluids|=a =drip|=oxygen|=an =inhaler|=painkillers|=a =course =of)",
                "=checked (=me|=him|=her|=them|=us) =over",
                # treated, said of it: "It is treated and the line is removed"
                "(=it|=that|=this|=which) (=is|=was|=s|=got|=has =been|=had =been) (=treated|=sorted|=dealt =with)",
                # checked by the staff: "nurses checked him and said it was fear of the needle", "doctor checked"
                "(=nurses|=nurse|=doctor|=doctors|=gp|=team|=staff) =checked (=him|=her|=them|=me|=us|,|=and|.)",
                # it happened with the staff at hand: "fainted at clinic, the nurses were right there"
                "(=the |=her |=his |)(=nurses|=nurse|=doctors|=doctor|=staff|=team) (=were|=was) (=right |=already "
                "|)(=there|=on =hand|=with (=her|=him|=them|=us))",
                # taken in and given medicine, told with bare verbs: "we go emergency, ..., give medicine"
                "(=we|=i|=they) (=went|=rushed) (=to =the |=to |)(=emergency|=hospital|=ae|=er|=ed)",
                # the bare "go" only with no "to": "we go emergency" is told, "do we go to the ER?" is asked
                "(=we|=i|=they) =go (=emergency|=hospital|=ae|=er|=ed)",
                # (antibiotics and a bare drip are read by the patterns for them)
                "(=give|=gave) (=him |=her |=them |)(=medicine|=medicines|=a =drip)",
                # looked at inside: "they scanned him at the hospital that night, all clear"
                "(=scanned|=xrayed|=x =rayed) (=me|=him|=her|=them|=us)",
                # a note, one word to a sentence: "had temp 38 tues. admitted. antibiotics. home now fine."
                "re: (?:^|(?<=/[.?])) (?:iv/[^ ]+ )?(?:admitted|antibiotics)/[^ ]+ [.,]/[^ ]+",
                # taken in and treated: "parents took him straight to the ward, he was treated"
                "(=took|=taken|=rushed|=brought) (=me|=him|=her|=them|=us) (=straight |=right |)(=to|=into) (=the |)"
                "(=ward|=hospital|=ae|=ed|=er|=day =unit|=emergency)",
                "(=he|=she|=they|=i) (=was|=were|=got) =treated",
                # the team's doing, told with the bare verb: "they fix", "they stop it", "doctors treat her"
                "(=they|=doctor|=doctors|=the =doctor|=the =doctors|=hospital|=the =hospital|=nurse|=nurses|=the =nurse"
                "|=the =nurses) (=fix|=stop|=treat|=sort|=fixed|=stopped|=treated|=sorted)"
                " (=it|=him|=her|=them|=me|,|.|=and)",
                # fluids given: "we go hospital, they give drip"; a line seen to: "changed the dressing and flushed it"
                "(=gave|=give|=given) (=him |=her |=them |=me |=a |=some |)(=drip|=fluids|=iv =fluids)",
                "(=changed|=redressed|=redid) (=the |=her |=his |)=dressing", "=flushed (=it|=the =line)",
                # "got checked at casualty", "was checked over by the team"
                "(=got|=was|=were|=been|=get) =checked (=at|=in|=over|=out|=by)",
                # seen by a clinician: "the team saw her, it went by Wednesday" (not "saw him fall")
                "(=the =team|=the =doctor|=the =doctors|=a =doctor|=the =gp|=the =registrar|=the =consultant|=doctor"
                "|=they) (=saw|=checked|=check|=examined|=looked =at|=treat) (=her|=him|=them|=me|=us)"
                " (,|=and|=same|=that|=straight|=on|=at|=in|.)",
                # medicine given for it by the team: "they gave her medicine to stop them"
                "(=they|=the =team|=the =doctor|=the =doctors|=the =hospital|=the =gp|=the =nurse|=the =nurses)"
                " (=gave|=prescribed|=put) (=her|=him|=them|=me|=us) (=on |)(=some |=a |)(=medicine|=medication"
                "|=meds|=tablets|=pills|=something) (=to =stop|=for|=and|,)",
                "(=good|=ok|=okay|=fine|=allowed|=cleared) =to =go =home",
                # looked into by the team: "It was looked into, they changed one of his meds"
                "(=was|=were|=got|=been|=has =been) (=looked =into|=investigated|=checked =out|=seen =to|=dealt =with)",
                "(=gave|=given) (=her |=him |=them |=me |)(=blood|=a =transfusion|=platelets|=fluids|=a =drip|=drip"
                "|=drips)",
                # kept in: "they kept him 2 nights", "kept her in overnight"
                "=kept (=him|=her|=them|=me|=us) (=in|=overnight|=for|#|=one|=two|=three|=four|=five|=a =night"
                "|=a =few)",
                "=sent (=us|=him|=her|=them|=me) =home",
                "(=hes|=shes|=theyre|=were|=im) (=been |)(=back =home|=home) (=and|=now|,)",
                "=back =home", "=let (=him|=her|=us|=me|=them) (=go |)=home",
                # medicines changed by a nurse or the team: "the hospice nurse came out and sorted his meds"
                "(=sorted|=changed|=adjusted|=upped|=increased|=reviewed) (=his|=her|=my|=their|=a|=one =of =her"
                "|=one =of =his) (=meds|=medication"
                "|=medicines|=pain =relief|=painkillers|=dose|=doses|=syringe =driver)",
                # taken to hospital and given medicine, in the present tense of second-language English:
                # "we go hospital, they give medicine"
                "(=they|=doctor|=doctors|=hospital|=nurse) (=give|=gave|=given) (=him |=her |=them |=me |=us |)"
                "(=medicine|=medicines|=tablets|=antibiotics|=injection|=drip|=fluids|=platelet|=platelets|=blood)",
                "=admitted (=her|=him|=them|=me|=us) (,|=and|.|=to|=for|=in)",
                # a stay in hospital, as a second language may tell it: "he stay in hospital 3 days"
                "(=stay|=stayed|=stays) (=in |)(=hospital|=the =hospital|=the =ward) (# |=one |=two |=three |=four "
                "|=five |=a =few |=for |)(=days|=day|=nights|=night|=week|=weeks)",
                # a drip or a transfusion had: "she could not drink, she got a drip"
                "(=got|=had|=needed|=was =on|=were =on|=went =on) (=a =drip|=drips|=iv =fluids|=a =transfusion"
                "|=transfusions|=a =blood =transfusion)",
                # in hospital for a time: "he was in for 5 days"
                "(=was|=were|=been) =in (=hospital |)=for (# |=a |=one |=two |=three |=four |=five |=a =few |=few |)"
                "(=days|=day|=nights|=night|=week|=weeks)",
                "=antibiotics =for (# |=a |=one |=two |=three |=four |=five |=a =few |=few |)(=days|=day|=nights|=night"
                "|=week|=weeks)",
                # checked at the hospital and given medicine: "hospital check and give medicine"
                "(=hospital|=doctor|=doctors|=they|=the =team) (=check|=checked|=checks) (=and =give|=and =gave"
                "|=and =treat|=and =treated|=him|=her|=them|=it)",
                "=admitted (=for |)(# |=one |=two |=three |=four |=five |=a =few |=few |)(=days|=nights|=day|=night)",
                "=now =discharge",
                # a harmless cause named by a clinician: "doctor say it is gas only"
                "(=doctor|=doctors|=dr|=the =doctor|=the =team|=the =nurse|=they) (=say|=said|=says|=told =us)"
                " (=it =is|=its|=it =was|=it s) (=just |=only |)(=gas|=wind|=reflux|=heartburn|=a =virus|=viral"
                "|=a =cold|=muscular|=a =pulled =muscle|=anxiety|=nothing =serious|=nothing)",
                # went in to be treated: "went in for antibiotics"
                "(=went|=go|=came|=come|=got) =in =for (=antibiotics|=iv =antibiotics|=fluids|=a =transfusion|=blood"
                "|=platelets|=checks|=bloods|=a =check)",
                # taken in to be seen: "mum took her to hospital", "taken to his hospital" (what is told after
                # it still counts)
                "(=took|=taken|=rushed|=brought|=drove|=bring|=take) (=him |=her |=them |=me |=us |)(=in |)(=to|=into)"
                " (=the |=his |=her |=their |=a |)(=hospital|=ae|=ed|=er|=the =ward|=ward|=day =unit|=clinic|=gp"
                "|=doctor|=doctors)",
                "=let (=him|=her|=us|=me|=them) =out (=on|=the|=after|=with|=yesterday|=today|,|.)",
                # seen to by a nurse or the team at the time: "the nurse redressed it", "slowed it down"
                "(=the =nurse|=the =nurses|=the =team|=the =doctor|=the =doctors|=they) (=redressed|=dressed|=cleaned"
                "|=flushed|=changed|=fixed|=unblocked|=slowed|=stopped|=paused) (=it|=the =line|=the =port|=the =picc"
                "|=the =transfusion|=the =drip|=the =infusion|=the =dressing)",
                # seen to where a sign is checked, and found clear: "checked at A&E, scan clear"
                "(=checked|=checked =over|=seen|=looked =at|=examined|=assessed) (=at|=in|=by) (=the |=a |)(=ae|=er"
                "|=hospital|=gp|=doctor|=doctors|=urgent =care|=walk =in|=day =unit|=ward)",
                "(=scan|=scans|=ct|=x =ray|=xray|=bloods|=tests|=cultures|=culture|=swabs|=swab|=platelets|=counts"
                "|=platelet =count|=blood =count|=liver =numbers|=liver =tests|=lfts) (=was |=were |=are |=came"
                " =back |=s |)(=clear|=normal|=fine|=ok|=okay|=negative)",
                # home again by a later day: "she was home by Thursday"
                "(=was|=were|=got) =home (=by|=on|=the =next|=after|=within)",
                "(=doctor|=doctors|=dr|=they|=hospital) (=discharge|=discharged) (=already|=him|=her|=them|=us|=me)",
                # scanned or checked, said of the person: "the hospital scanned her and it was all clear"
                "(=scanned|=checked|=examined|=xrayed|=x =rayed) (=her|=him|=them|=me|=us|=it) (=at =the =time |=there"
                " =and =then |=straight =away |=that =day |=then |)(=and|,) (=it"
                "|=everything|=that) (=was|=came =back) (=all |=completely |)(=clear|=fine|=normal|=ok|=okay)",
                "=the =all =clear",
                # a count checked and found fine: "they checked her platelets and all fine"
                "(=checked|=did|=ran|=tested|=took) (=her|=his|=their|=my) (=platelets|=bloods|=blood|=counts|=levels)"
                " (,|=and) (=all |=it =was =all |=they =were =all |=were =all |=was =all |(=she|=he|=they|=it|=i) (=was"
                "|=were|=is|=s) (=all |)|)(=fine|=ok|=okay|=normal|=clear|=good)",
                # the result told of the person: "they checked him and he was fine"
                "(=checked|=examined|=scanned|=seen) (=him|=her|=them|=me|=us) (=and|,) (=he|=she|=they|=i|=it) (=was"
                "|=were|=is|=s|=seemed|=looked) (=all |=completely |=totally |)(=fine|=ok|=okay|=clear|=normal|=well)",
                # checked or scanned, then found clear with no verb: "... and scanned him, all clear"
                "(=scanned|=checked|=examined|=xrayed) (=him|=her|=them|=me|=us) (=and (=his|=her|=their|=my) (=bloods"
                "|=blood|=counts|=platelets|=head|=line) |)(,|=and) (=all =clear|=clear|=fine"
                "|=normal|=all =fine|=all =ok|=all =normal)"),
    # Help had for it, and life well now, told after a crisis long past: "had loads of therapy since
    # and im doing really well now" (see `Context.recovered`).
    "got_help": ("(=got|=had|=getting|=found|=went =to|=been =to|=received|=receiving) (=proper |=loads =of |=lots =of "
                 "|=a =lot =of |=some |=good |=the =right |=real |=excellent |=ongoing |=great |)(=help|=therapy"
                 "|=counselling|=counseling|=support|=care|=treatment =for =it)",),
    "doing_well": ("(=im|=i =am|=i =m) (=doing |=feeling |)(=really |=so |=very |=much |=pretty |)(=well|=good|=great"
                   "|=fine|=ok|=okay|=better|=alright|=happy) (=now|=these =days)",
                   "(=im|=i =am|=i =m|=ive =been|=i =have =been) =in =a (=much |=far |=way |=lot |=really |=very |)"
                   "(=better|=good|=great|=happier) =place",
                   # the thoughts gone: "no thoughts like that now"
                   "=no (=thoughts|=feelings) =like (=that|=those|=this) (=now|=since|=anymore|=any =more)",),
    # Someone well again, said at the end of a story: "came home Thursday, he's great now".
    "well_now": ("(=hes|=shes|=theyre|=im|=were|=he =is|=she =is|=they =are) (=doing |=feeling |=all |=absolutely "
                 "|=totally |=completely |=really |)(=great|=fine|=well|=good|=grand|=ok|=okay|=better|=brilliant"
                 "|=perfect|=normal|=back =to =normal|=back =to =himself|=back =to =herself) (=now|=again|=today)",
                 # now first, as a second language may put it: "now she already fine"
                 "=now (=he|=she|=they) (=is |=are |=s |)(=already |=all |)(=fine|=well|=ok|=okay|=better|=good"
                 "|=normal)",
                 # back where he belongs: "he's back at school today fit as a fiddle"
                 "(=hes|=shes|=theyre|=he =is|=she =is|=they =are) =back (=at|=in) (=school|=work|=nursery|=college)"
                 " (=now|=again|=today)",
                 # home and well: "he's home and grand now", "... had his antibiotics and is home and well now"
                 "(=hes|=shes|=theyre|=im|=were|=is|=are) (=back =home|=home) (=and|,) (=doing |=feeling |=all |)"
                 "(=great|=fine|=well|=good|=grand|=ok|=okay|=better) (=now|=again)",
                 # herself again: "she's back to her cheeky self now"
                 "=back =to (=her|=his|=their|=my) (=old |=usual |=normal |=cheeky |=happy |=bouncy |)=self"
                 " (=now|=again|.|,|=and)",
                 # well again, told by what they do: "she's home and bouncing again", "eating again now"
                 "(=bouncing|=bouncy|=running =around|=playing|=eating|=chatty|=cheeky|=giggling|=laughing|=smiling"
                 "|=herself|=himself) (=again|=now)",
                 # back where they were, and well: "she's back today and well", "back at school and fine"
                 "(=hes|=shes|=theyre|=im) =back (=today|=at =school|=in =class|=at =nursery|=at =work|=now) (=and|,)"
                 " (=well|=fine|=ok|=okay|=good|=great|=grand|=happy|=herself|=himself)",
                 # well, told after "now": "now he is fine", "now discharge and playing"
                 "=now (=he =is|=she =is|=they =are|=hes|=shes|=theyre) (=fine|=ok|=okay|=good|=well|=better"
                 "|=normal|=playing|=eating|=home|=back =home|=healthy|=thriving)",
                 "=now (=discharge|=discharged|=home|=back =home) (=and|,) (=playing|=fine|=well|=good|=ok|=okay"
                 "|=eating|=happy)",
                 # back at school or work: "he's back at school now"
                 "(=hes|=shes|=theyre|=im) =back (=at =school|=at =nursery|=at =work|=in =class|=at =college) (=now"
                 "|=again|.)",
                 # well again, told by what they do: "home and bossin everyone about again"
                 "(=bossing|=bossin|=ordering|=running|=playing|=chatting|=laughing|=giggling|=moaning|=dancing"
                 "|=singing) (=everyone |=everybody |=us |=the =nurses |)(=about |=around |)(=again|=now)",
                 # over, told after "now": "now it is cured", "now normal already"
                 "=now (=it =is|=its|=it s|=it =was|) (=cured|=healed|=better|=fine|=normal|=gone|=over|=all =gone)",
                 "=now (=normal|=fine|=ok|=okay|=good|=better|=cured) (=already|=again|.|,|=and)",
                 # well, said without "is": "now she ok already and back home"
                 "(=now |)(=she|=he|=they) (=ok|=okay|=fine|=well|=better|=good) (=already|=now|=again)",
                 # test results back to normal: "his liver numbers are normal again now"
                 "(=numbers|=levels|=bloods|=counts|=results|=tests|=lfts) (=are|=is|=s|=have =been|=ve =been)"
                 " (=back =to |=all |)=normal (=again|=now) (=now |)",
                 # a temperature or a part of the body well again: "temp normal since monday", "the arm is normal"
                 "(=temp|=temps|=temperature|=arm|=leg|=skin|=site|=line =site) (=is |=s |=has =been |=been |=was |)"
                 "(=back =to |=all |)(=normal|=fine) (=since|=now|=again|=today|.|,|=and)",
                 # no problem now: "Now no problem."
                 "=now (=no =problem|=no =problems|=no =issues|=all =good|=all =fine|=all =ok)",
                 # a body output clear again: "now urine is clear and she is ok"
                 "=now (=his |=her |=the |=their |)(=urine|=wee|=pee|=poo|=stool|=stools|=skin|=rash|=temp"
                 "|=temperature) (=is|=s|=are) (=clear|=normal|=fine|=ok|=okay|=better|=gone)",
                 # a time gone by free of it: "Now it is two weeks without fever"
                 "(=now |)(=it =is|=its|=it =s|=its =been|=it =has =been) (# |=a |=one |=two |=three |=four |=five "
                 "|=six |=a =few |=several |)(=days|=weeks|=months|=week|=month) (=without|=with =no|=free =of"
                 "|=free =from)"
                 " (=a |=any |)(=fever|=fevers|=temperature|=temperatures|=problems|=symptoms|=sores|=pain)",
                 # treatment finished, told after "now": "now she finished treatment"
                 "=now (=he|=she|=they|=i) (=finished|=has =finished|=have =finished|=is =finished|=completed"
                 "|=has =completed) (=treatment|=chemo|=her =treatment|=his =treatment|=their =treatment)"),
    # Where a story seen to ended: "... bloods were fine. Home now and eating" (`_handled_after`).
    "home_now": ("(=back |=safely |=all |)=home =now", "(=out =of|=left) (=the |)(=hospital|=ward) =now",
                 # "now he home", with no verb
                 "=now (=he|=she|=they) (=is |=s |=are |)(=home|=back =home)",
                 # "now mi home" (Jamaican "mi", read as "my"): now I am home
                 "=now (=she|=he|=they|=we|=i|=my) (=is |=s |=are |=am |=m |=has =been |=have =been |)(=back |)(=home"
                 "|=discharged)",
                 "=now (=she|=he|=they|=we|=i) (=is|=s|=are|=am|=m) (=stable|=fine|=well|=ok|=okay|=better|=good)",
                 # said bare: "now ok already, can eat porridge"
                 "=now (=all |)(=stable|=fine|=well|=ok|=okay|=better|=good)",
                 "(=feeling|=feel|=doing) (=loads |=much |=a =lot |=heaps |=way |=so =much |)(=better|=fine|=great"
                 "|=good|=ok|=okay) =now",
                 "(=i|=she|=he|=they|=we) (=feel|=feels|=felt) (=normal|=fine|=great|=better|=ok|=okay|=good) =now"),
    # A sign said to be back now: a time in its clause dates the first time it was had, not this
    # one ("the bone pain she had when she was first diagnosed has come back"; see `_in_past`).
    "back_now": ("(=is|=are|=s|=has|=have|=its|=theyre) (=come |=all |=just |=now |)=back",
                 "(=has|=have|=is|=are|=s) (=returned|=returning|=coming =back|=creeping =back)"),
    "resolved": (
        # Past forms only ("=word"): "it stops after a minute" tells a pattern, not that it is over.
        "free", "=went away", "=gone away", "has =gone", "have =gone", "is =gone", "s =gone", "=gone now",
        "=gone down", "=went down", "=come down", "=came down", "=coming down", "=settled", "=resolved",
        "=cleared", "=cleared up", "(=was|=were|=had) (=all |=completely |=totally |)=gone",
        # gone, said last: "scan in october showed it's gone." (pointing back, see `_points_back`)
        "=gone (.|,|=completely|=for =good)",
        # gone within a time: "it was the lumbar puncture, gone after 2 days"
        "=gone (=after|=within|=in) (# |=a |=one |=two |=three |=a =few |=a =couple =of |)(=days|=day|=hours|=hour"
        "|=weeks|=week)",
        "(is|s|was|back to|went back to|returned to|now) normal",
        "=broke", "=broken", "=stopped", "better now", "fine now", "(=ok|=okay|=alright) =now", "no longer",
        "=sorted (=with|=by|=out|=quickly|)", "=treated (=with|=by)", "=healed", "=fixed",
        # treated, said of it with no "by": "had shingles on maintenance, got treated, long gone now"
        "(=got|=was|=were|=been) =treated",
        # explained, or over and done: "turned out to be reflux", "completely gone on the scan"
        "=turned =out (=to =be|=it =was|=to =have =been)", "(=long|=completely|=totally|=all) =gone",
        "=never =happened =again", "=all (=fine|=good|=ok|=okay|=clear|=well) (=now|=since|=after =that|=in =the =end)",
        # over, pointing back: "it was painful but it's all over now"; gone once seen to: "it went after lying flat"
        "(=all |=completely |=long |)=over (=now|=and =done|=with)",
        "=went (=after|=with|=once|=by =itself|=on =its =own|=overnight|=within)",
        # gone by a later time: "it went by Wednesday", "had gone by the morning"
        "(=went|=gone|=cleared|=settled) =by (=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday"
        "|=the =next (=day|=morning)|=the =following (=day|=morning)|=the =morning|=the =evening|=the =weekend|=morning"
        "|=teatime|=bedtime|=lunchtime)",
    ),
    "recent": (
        # "earlier", but not "earlier this year" (a time long enough ago: see "distant")
        "yesterday", "last night", "overnight", "today", "tonight",
        "re: earlier/[^ ]+(?! (?:this|in)/[^ ]+(?: the/[^ ]+)? (?:year|month)/)", "this (morning|afternoon|evening)",
        "(an|one|two|few|couple of|#) (hour|hours|hr|hrs) ago", "just now", "this week",
        "(a|one|two|five|ten|twenty|thirty|few|a few|couple of|a couple of|#) (minute|minutes|min|mins|second|seconds"
        "|secs) ago",
    ),
    # A day of the last week or so: neither recent nor long past, but a time a note is dated by
    # ("last week my mum's ulcers so bad until cannot drink, hospital gave drip", see `_handled_after`).
    "past_days": (
        "last (week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        "the other (day|week)", "(a|one|two|#) (week|weeks) ago",
    ),
    # A fever brought down by medicine still counts: it can hide an infection.
    "masking": (
        "paracetamol", "calpol", "tylenol", "acetaminophen", "ibuprofen", "nurofen", "advil",
        "motrin", "medicine", "meds", "medication",
    ),
    "distant": (
        "last (year|month|summer|winter|spring|autumn|fall|christmas|season|term|semester)",
        "earlier (this|in the) (year|month)",
        # Irish English "the year past" (last year); a second-language "before have": "my son before have the fever"
        "the year past", "before (have|has|got|get|had)",
        # "Before, my son vomit many time ..." (a sentence opening "before" and a comma: in the past)
        "re: (?:^|(?<=/[.?])) before/[^ ]+ ,/[^ ]+",
        "(the |)last (bank holiday|half term|easter|new year|summer holidays|school holidays|holidays)",
        "(at|in) the (start|beginning) of the year",
        # a stage of life told as past: "when she was on treatment she had one really heavy period"
        "when (i|he|she|they|we|my husband|my wife|my partner|my son|my daughter|my mum|my mom|my dad|my child)"
        " (was|were) (on|in|having|doing|going through) (the |hospital for |)(treatment|chemo|induction"
        "|maintenance|consolidation)",
        # a month told in the past ("had 39 in feb, got admitted"; not "may" or "march", which are words too)
        f"in ({_DATING_MONTHS})",
        # the first of a treatment told in the past: "had shivering fits with my first infusion"
        "(with|after|during|at) (my|his|her|their|the) (very |)first (infusion|dose|cycle|round|block|session|course)",
        "(years|year|months|month|yrs|yr|mths|mnths) ago",
        # a phase of treatment looked back on: "back in induction she had blood in her wee"
        "back (in|during|at) (induction|consolidation|interim maintenance|delayed intensification|the start"
        "|the beginning|the early days|the first block|the first month|the first few weeks)",
        "(the|a|) (year|summer|winter|spring|autumn|fall|christmas|easter) before last",
        "(# |two |three |four |five |six |seven |eight |nine |ten |several |a few |few |a couple of |couple of )"
        "weeks (ago|back)",
        # said in Indian and West African English: "before two week" (two weeks ago), "one week back"
        "=before (# |=one |=two |=three |=four |=a |=few |=a =few )(=week|=weeks|=month|=months|=year|=years)",
        "(=one|=a|=1) (=week|=month|=year) =back",
        "(# |a |two |three |four |five |few |a few |couple of |a couple of |)"
        "(summers|winters|springs|autumns|christmases|seasons|terms|semesters) (ago|back)",
        "(# |a few |few |couple of |a couple of |some |many |)(years|months) back",
        # a decade, or "back then" in a story: "my dad had chest pains on treatment back in the 80s"
        "in the # s", "in the (sixties|seventies|eighties|nineties)", "back then", "(long|ages) ago",
        # "before 6 months" for "6 months ago", as people writing English as a second language say it
        "before (# |two |three |four |five |six |seven |eight |nine |ten |)(months|years)",
        # an episode called old: "is that old fainting relevant?" (not "my old man")
        "(that|this|those|these) old (fainting|faint|faints|fit|fits|seizure|seizures|episode|episodes|collapse"
        "|blackout|blackouts|injury|problem)",
        "(in |during |)(the|his|her|my|their|our) first (year|month|months|weeks|week|part|winter|summer|spring|autumn"
        "|christmas"
        "|block) of (treatment|chemo|it|his treatment|her treatment|my treatment|their treatment)",
        # a year of treatment by its number: "in year 1 of treatment she had a chickenpox contact"
        "in (the |his |her |my |their |our |)(year|yr|first year|second year|third year) (#|one|two|three|four) of"
        " (treatment|chemo|it|maintenance|his treatment|her treatment|my treatment)",
        f"(in|during|over|around|by) ({_MONTHS})",
        "(when|before) (he|she|i|they|we) (was|were|got) diagnosed", "at diagnosis",
        "before (diagnosis|treatment|chemo|chemotherapy)", "before (he|she|i|they|we) started",
        "before (his|her|my|their|the) (all |leukaemia |leukemia |cancer |)(diagnosis|treatment|chemo|chemotherapy)",
        # what led to the diagnosis: "diagnosed with ALL after weeks of ..."
        "(diagnosed|found out) (with (all|leukaemia|leukemia|it|cancer) |)after (weeks|months|days|years|ages) of",
        "(way |long |years |well |)before (his|her|my|their|the) (all|leukaemia|leukemia|cancer|illness)",
        # an age as a time: "had a febrile seizure at 18 months"; a memory: "I remember my lips going blue"
        "(at|aged) # (months|month|mths|years|year|yrs|weeks) (old |)",
        "(i|we|he|she|they) (still |)(remember|remembers|recall|recalls)",
        "(years|months) before (any|all|the|his|her|my|diagnosis|treatment|chemo|leukaemia|leukemia|cancer)",
        # dated by an age: "when she was first diagnosed at 3", "when I had ALL at 14"
        "(diagnosed|treated|had (all|leukaemia|leukemia|it|cancer)|got (all|leukaemia|leukemia|it|cancer)) (at|aged)"
        " (age |)#",
        "as a baby", "when (he|she|i) was (little|younger|small|a baby|a toddler|#)",
        # history told with a perfect participle: "does having had a stroke change her treatment?"
        "=having =had",
        # the time of the diagnosis: "when he was first diagnosed he had terrible bone pain"
        "when (he|she|i|we|they|my (son|daughter|child|husband|wife|partner|mum|dad)) (was|were|first got|got)"
        " (first |)diagnosed",
        # opening a sentence after a dated one: "I'm 30 now. Back then I had ..." (not "a fit back
        # then and now another")
        "re: (?:^|(?<=/[.?])) (?:back/[^ ]+ then|in/[^ ]+ those/[^ ]+ days|at/[^ ]+ the/[^ ]+ time)/[^ ]+",
        # a memory called up to open a sentence: "remember the 39 fever at christmas?"
        "re: (?:^|(?<=/[.?])) (?:do/[^ ]+ you/[^ ]+ |you/[^ ]+ |u/[^ ]+ )?remember/[^ ]+ (?:the|when|that|how)/[^ ]+",
        # A year: "in 2018", "back in 2019".
        "re: (?:in|since|from|during|back)/[^ ]+ (?:19[5-9]\\d|20[0-2]\\d)/[^ ]+",
        "back in (year|reception|primary|nursery|infants|juniors) #",
        # a week or cycle of treatment told as back then: "back in week 2 she couldn't keep fluids down"
        "back in (week|cycle|block|month|round) #",
        # a school year told with the school: "I collapsed at school in year 8" (not "a child in year 2 has measles")
        "at (school|primary|secondary|high school|college) in (year|yr|grade) #",
        # "back in 09", "in '15": a year told in two digits (not "back in 10 minutes")
        "re: (?:back/[^ ]+ )?in/[^ ]+ (?:0\\d|1\\d|[5-9]\\d)/[^ ]+(?! (?:min|mins|minute|minutes|hour|hours|hr"
        "|hrs|day|days|week|weeks|month|months|sec|secs|seconds|year|years|percent|degrees|c|f)/)",
        "back (in|at) (the |)(january|february|march|april|may|june|july|august|september|october|november"
        "|december|spring|summer|autumn|fall|winter|start|beginning)",
        # Stories told from long ago, however they are dated.
        "last (january|february|march|april|may|june|july|august|september|october|november|december|easter"
        "|halloween|term|half term|school year)",
        "(a while|ages|long|a long time|long time|some time|many moons|donkeys years|a lifetime) ago", "a while back",
        "(a|one|two|three|#|a few|several|couple of|a couple of) (decade|decades) ago", "way back (when|in|then)",
        "(years|months) (earlier|before|later|on)",
        "as a (child|kid|teen|teenager|toddler|baby|youngster|student|little (girl|boy)|young (girl|boy|man|woman)"
        "|schoolgirl|schoolboy)",
        "when .. (was|were) (about |around |only |just |like |maybe |roughly |)(#|little|younger|small|a baby|a toddler"
        "|a kid|a child"
        "|a teen|a teenager|in (primary|school|nursery|reception|year #))",
        "in (his|her|my|their|your) (teens|twenties|thirties|forties|fifties|teenage years|youth|childhood|#s)",
        "back in (the day|uni|college|school|my (teens|twenties|twenties|youth))",
        "(at|in) the (very |)(beginning|start) of (his |her |my |their |)(it all|treatment|chemo|induction|everything)",
        "in the (early|first) (days|weeks|months)",
        # A month with a year ("Jan 2022"; not "Nov 28", a day), and a year alone.
        f"re: (?<= )(?:{_MONTHS}|{_MONTHS_SHORT})/[^ ]+ {_PAST_YEAR}/[^ ]+",
        f"re: (?<!since/since) {_PAST_YEAR}/{_PAST_YEAR}",
        # A story's opening age: "Aged 15 I was in hospital with pneumonia", "At 6 she had a fit" (only
        # opening a sentence).
        "re: (?:^|(?<=/[.?])) (?:aged|at)/[^ ]+ \\d+/[^ ]+",
    ),
    # Said after a sign told in the past, these date it before the diagnosis: "my periods were
    # heavy for months before I found out I had ALL", "muddled in the weeks before his diagnosis".
    "before_diagnosis": ("before (i|he|she|we|they) (found out|knew|were told|was told|got the diagnosis|got diagnosed"
                         "|was diagnosed|were diagnosed)",
                         "before (his|her|my|their|the) (all |leukaemia |leukemia |cancer |)(diagnosis|was diagnosed)",
                         # bare, after how long: "the 'tired all the time' kid for months before diagnosis"
                         # (not "the bone pain back, same as before diagnosis")
                         "(days|weeks|months|ages|a while|years) before (diagnosis|being diagnosed|getting diagnosed)"),
    # Said after the event, these date it ("he couldn't breathe one night, which was four years ago").
    # "... and fever then." points back to a time already given
    "retrospective": ("(which|that|this) (was|were) ... (ago|back)", "re: then/[^ ]+ [.]/[^ ]+",
                      # "was" run in: "thats five years ago, she's in year 5"
                      "(=thats|=that =s) .. =ago",
                      # a month named as the time it was: "that was March", "that was in May"
                      f"(that|this) (was|were) (in|back in) ({_MONTHS})",
                      f"(that|this) (was|were) ({_MONTHS.replace('may|', '')})",
                      # a season or a holiday named as the time it was: "that was the summer"
                      "(that|this) (was|were) (in |back in |during |over |at |)(the |last |)(=summer|=winter|=spring"
                      "|=autumn|=fall|=christmas|=easter|=half =term|=summer =holidays)",
                      # dated by an age: "That was when he was 4, he's 11 now"
                      "(which|that|this) (was|were) (when|while) (he|she|i|we|they) (was|were) (# |little|small|tiny"
                      "|a baby|a toddler|younger|in (nursery|reception|primary|year #))",
                      # dated by a stage of life: "..., that was my late teens", "which was during her school days"
                      "(which|that|this) (was|were) (in |during |back in |back in the |)(my|his|her|their|our) (early "
                      "|late |mid |)(teens|teenage years|twenties|thirties|childhood|school days|uni days|student days"
                      "|youth)",
                      # what led to the diagnosis: "..., that's how they found my leukaemia"
                      "(thats|that is|which is|this is|that was|which was) how (they|we|the doctors|doctors"
                      "|the hospital|the gp|i|he|she) (found|discovered|diagnosed|picked up|spotted|caught|found out)",
                      "(=thats|that is) ... (ago|back)",
                      "(which|that|this|it) (was|were) (in |back in |around |about |all |over |like |)(last "
                      f"(year|month|summer|winter|spring|autumn|fall|christmas|easter|{_DATING_MONTHS})"
                      f"|{_DATING_MONTHS}|the (first|early) (days|weeks|months)"
                      # a stage of treatment: "..., that was in his first year of treatment, ages ago"
                      "|(the|his|her|my|their|our) (first|second|third|early) (year|years|month|months|weeks|week"
                      "|days|block|part) of (treatment|chemo|it|induction|maintenance|his treatment|her treatment"
                      "|my treatment|their treatment))",
                      # May and March too once a year follows: "that was March last year"
                      "(which|that|this|it) (was|were) (in |back in |)(may|march|mar) (last year|the year before|#)",
                      "re: (?:which|that|this|it)/[^ ]+ (?:was|were)/[^ ]+ (?:in/[^ ]+ |back/[^ ]+ in/[^ ]+ )?"
                      f"{_PAST_YEAR}/[^ ]+"),
    # How long since, opening the sentence after a story told in the past: "I'm 6 years out now".
    "years_since": (# said in a second language: "Now 2 years everything ok."
                    "(=now |)(# |=two |=three |=four |=five |)(=years|=yrs|=year) (=everything|=all) (=is |=are |)(=ok"
                    "|=okay|=fine|=good|=well|=normal)",
                    "(now |and now |)(im|i am|hes|he is|shes|she is|were|we are) (# |many |several |a few |two "
                    "|three |four |five |six |seven |eight |nine |ten |)(years|yrs|year) (out|off treatment"
                    "|in remission|clear)",
                    # "She's 12 now and 6 years off treatment"
                    "(now |)(im|i am|hes|he is|shes|she is|were|we are) # now and (# |many |several |a few |two "
                    "|three |four |five |six |seven |eight |nine |ten |)(years|yrs|year) (out|off treatment"
                    "|in remission|clear)"),
    # A fear of an act, named by its -ing form straight after: "she still worries about fainting",
    # "scared of him fitting again" (not "worried about his breathing", a report; see `mode`).
    "feared": ("re:  (?:worry|worries|worried|worrying|scared|afraid|terrified|frightened|petrified|anxious|nervous"
               "|paranoid)/[^ ]+ (?:about|of)/[^ ]+(?: (?:him|her|them|me|us)/[^ ]+)?(?= [a-z]+ing/)",),
    # A distant time after one of these is still going on ("since last month"; see also `_up_to_now`).
    "ongoing": ("since", "for", "over the", "throughout", "this"),
    "hypothetical": (
        "if", "in case", "unless", "suppose", "supposing", "imagine", "hypothetically", "what would",
        "in the event", "god forbid", "heaven forbid", "planning ahead", "for future reference",
        # what a medicine can do, told in general: "the red chemo can turn wee pinky-orange"
        "(can|could|may|might|will|does|do) (turn|make|colour|color|change|stain) (the |your |his |her |their |)"
        "(wee|pee|urine|poo|stool|stools|sick|tears)",
        # a fear of it, each time it might come: "I still panic every time he feels a bit warm"
        "(panic|panics|panicking|worry|worries|worrying|freak out|freaks out|stress|stresses|get anxious|gets anxious"
        "|get scared|gets scared|get nervous|gets nervous|jump|jumps) (every time|whenever|each time|any time)",
        # what a sign looks like, asked: "what do rigors actually look like?"
        "(what|how) (do|does|would|will|might) ... (look|looks|feel|feels|sound|sounds) like",
        # whether it would be noticed, asked: "would I even know if I was having a stroke?"
        "(=would|=will|=could|=how =would|=how =will|=how =do|=how =does|=how =can|=how =could) (=i|=we|=you|=he|=she"
        "|=they|=anyone|=someone) (=even |)(=know|=tell|=recognise|=recognize|=spot|=notice|=realise|=realize) (=if"
        "|=when|=whether)",
        "(what|which) (are|r|would be) (the |)(signs|symptoms)", "look out for",
        # "what signs of a clot in the leg should we look out for?"
        "(what|which) (signs|symptoms|warning signs) (of|for)",
        # what to watch for, asked: "i just wanted to know what to look for with clots"
        "(what|which|signs|things|symptoms) to (look|watch|check) (out |)for",
        # what someone watches for has not been seen: "been watching for blood in her wee ... nothing"
        "(watching|watch|watch out|watching out|looking out|checking|keeping an eye out|keep an eye out|on the lookout"
        "|keeping watch) for",
        # Risk in general, not a report: "is he more likely to have fits later in life?"
        "(more|less|most|least|) likely to (have|get|develop|be)",
        "(risk|chance|chances|odds) of (having|getting|developing|another)",
        # a day that may come: "I'm terrified that one day he'll have a fit" (not "one day he had a fit");
        # or a night: "scared that one night ill sleep through a fever"
        "(=one =day|=someday|=some =day|=one =of =these =days|=one =night|=some =night|=one =of =these =nights"
        "|=at =some =point) (=hell|=shell|=theyll|=ill|=youll|=itll|(=he|=she|=they"
        "|=i|=you|=it|=we) (=will|=might|=may|=could|=wont))",
        "(=one =day|=someday|=some =day|=one =of =these =days|=one =night|=some =night|=one =of =these =nights"
        "|=at =some =point) (=my|=our|=his|=her|=the) .. (=will|=might|=may|=could"
        "|=would)",
        # A fear told, not a report: "my biggest fear is her stopping breathing in her sleep"
        "(fear|fears|worry|nightmare|dread) (is|was|would be|are) (that |)",
        "(scared|afraid|terrified|frightened|petrified) of (him|her|them|me|my|his|their)",
        # someone who may have it, somewhere to be: "a party where someone might have chickenpox"
        "(=someone|=anyone|=somebody|=other =kids|=a =kid|=another =child|=people) (=might|=may|=could) (=have|=be)",
        # a fear of what may come: "I'm scared he'll pick up chickenpox at nursery"
        f"({_FEARING}) ({_FEAR_HOW} |)(=that |)(=hell|=shell|=theyll|=ill|=youll|=itll|=hed|=shed"
        "|=theyd|(=he|=she|=they|=i|=you|=it|=we) (=will|=might|=may|=could|=would|=ll|=d))",
        # what someone will do: "I am afraid my son will stop breathing at night"
        f"({_FEARING}) ({_FEAR_HOW} |)(=that |)(=my|=our|=his|=her|=the|=your) .. (=will|=might"
        "|=may|=could|=would|=ll)",
        # and with "maybe", as a second language may say it: "I am afraid maybe my daughter catch chicken pox"
        f"({_FEARING}) (=that |)(=maybe|=perhaps)",
        # "Say she gets a nosebleed ...": "say" opening a sentence sets up a what-if.
        "re: (?:^|(?<=/[.?])) (?:say|lets/[^ ]+ say)/[^ ]+",
        # A mention, not a report: what a leaflet or form says or lists, a side effect named
        "(leaflet|leaflets|sheet|form|forms|website|site|booklet|book|page|list|letter|pack|pamphlet|handout|label"
        "|app|guide|card|paperwork) (, |)(it |which |that |and it |)(says|said|say|mentions|mentioned|lists|listed|list"
        "|talks about|warns about"
        "|warned about|describes|includes|included|calls it|called it|asks about|asked about|asks|asked)",
        "(as a|as a possible|as one|is a|are a) (side effect|risk)",
        # "reading the leaflet and it lists seizures": what a document names
        "(lists|listed)", "(it|they|which|that) (mentions|mentioned|warns about|warned about|names)",
        "side effects (include|included|like|such as|are)",
        # what was read, told: "i read that heavy periods can happen on chemo"
        "(=i|=ive|=i =have|=weve|=we) (=read|=been =reading) (=that|=somewhere|=online|=on =the|=in =the)",
        # Asking what a word means: "can you explain what petechiae are"
        "(explain|define|describe) (to me |to us |)(what|whats)",
        # what someone's words mean: "trying to understand what they mean by 'bleeding that won't stop'"
        "what (they|you|she|he|the nurse|the doctor|the team|the leaflet|it|people|doctors|nurses) (mean|means|meant)"
        " by",
        "what happens (when|once)", "what to do (when|once)", "what do (i|we|you) do (when|once)",
        "how (do|does|can|would|will|should|could) .. (even |ever |)(know|tell|spot|recognise|recognize"
        "|check|look for|test for|distinguish)",
        "tell .. apart", "(tell|know) the difference", "difference between",
        # Said to make a question general: "..., in general I mean"
        "(in general|generally) (i mean|i meant|speaking)", "in theory", "theoretically",
        "in general (how|what|when|should|is|are|do|does|can|would|why|who)",
        "(i mean|i meant|just|asking|wondering|question) (in general|generally|for future reference)",
        # Asking for someone or something else: "asking for the leaflet I'm writing", "asking for a friend"
        "asking for (a |the |my |our |)(leaflet|friend|talk|support group|project|essay|school|class|course"
        "|presentation|article|blog|newsletter)",
        "should (i|we|you) (call|ring|phone|go|worry|contact) when",
        # a change asked about ahead: "could my periods get really heavy during chemo?"
        "(could|can|might|may|will|would) (my|his|her|their|your|our) (period|periods|temperature|temp|gums|counts"
        "|platelets|blood|skin|wee|pee|poo|nose|mouth|bruising|bleeding) (get|become|go|turn|start|end up)",
        # a condition said by inversion: "were I to get chest pain on treatment, ..."
        "re: (?:^|(?<=/[.?,])) (?i:were)/[^ ]+ (?i:i|he|she|we|they|you|my/[^ ]+ [a-z]+)/[^ ]+ to/[^ ]+",
        # what to expect next time: "should we expect a fever every time after vincristine?"
        "(should|do|would|will|can|could|must) (i|we|you|they|he|she) (expect|anticipate|be prepared for|prepare for"
        "|plan for|brace for|brace ourselves for)",
        "(would|could|should|is|are|can) .. (be |)(something|anything|a thing) to worry about",
        # "should he get a fever during exams": "should" opening a condition
        "should (he|she|i|they|we|you|my|our|your|his|her) .. (get|gets|develop|have|run|catch|start|spike|need)",
        # General claims about what the illness or treatment can do ("ALL can cause bleeding").
        "(can|could|may|might|will|would|does|do) (cause|causes|lead to|give you|make you|result in|bring on|trigger"
        "|mean|be a sign of|signal|point to)",
    ),
    # Things whose heat or temperature is not a person's ("the bath water is 38 degrees").
    "thing": (
        # toys and play: "her teddy's pretend thermometer says fever"
        "teddy", "teddy bear", "toy", "toys", "doll", "dolls", "pretend", "play doctor", "doctors kit", "doctor kit",
        "tamagotchi", "furby", "virtual pet", "robot",
        # made for play: "the playdough we made is still warm, about 40C"
        "playdough", "play dough", "playdoh", "play doh", "slime", "plasticine", "modelling clay", "clay",
        "heat pack", "heatpack", "hot pack", "heat patch",
        # laundry: "wash his bedding at 40 degrees"
        "=bedding", "laundry",
        "bath", "bathwater", "water", "shower", "pool", "room", "bedroom", "house", "flat", "home", "ward",
        # a car, not CAR-T (a treatment: "CAR-T two weeks ago, fever spiking tonight, 39")
        "re: cars?/[^ ]+(?! t/)", "oven", "fridge", "greenhouse", "conservatory", "garage", "shed", "tent",
        "hot tub", "jacuzzi", "spa", "sauna", "paddling pool", "hot water",
        "freezer", "kettle", "weather", "outside", "sun", "heating", "radiator",
        "thermostat", "wall", "aircon", "air con", "air conditioning", "duck",
        "warmer", "heater", "cooker", "hairdryer", "hair dryer", "mug", "tub", "baby bath",
        "milk", "bottle", "formula", "food", "drink", "tea", "coffee", "soup", "dinner",
        "in here", "out there", "hot water bottle", "heatwave", "heat wave", "climate", "summer", "forecast",
        # kitchen, garden and gadgets
        "jam", "sugar", "syrup", "yoghurt", "yogurt", "incubator", "brooder", "hob", "pan", "grill", "bbq",
        "barbecue", "toaster", "microwave", "boiler", "engine", "laptop", "phone", "battery", "generator", "inverter",
        "charger", "power bank", "console", "xbox", "playstation", "ps5", "tablet screen", "motor", "compressor",
        "meat", "chicken",
        "turkey", "roast", "cake", "bread", "dough", "oil", "candle", "wax", "compost", "tank", "aquarium",
        # baking, brewing and slow cooking: "sourdough proving at 38 degrees in the airing cupboard"
        "sourdough", "proofer", "=proving", "=proofing", "airing cupboard", "yeast", "slow cooker", "sous vide",
        "dehydrator", "kombucha", "ferment", "brew", "custard", "chocolate", "stew", "casserole", "porridge",
        "gravy", "sauce", "broth", "bottle warmer", "kiln", "vivarium",
        "vet", "vets", "ferret", "pet", "pets", "horse", "pony", "guinea pig", "bird", "tortoise", "lizard", "snake",
        "dummy", "dummies", "steriliser", "sterilizer", "heat pad", "heating pad", "wheat bag", "electric blanket",
        "springs", "hot springs", "airport", "windowsill", "window sill", "dashboard",
        # outdoor places and halls: "pitch was boiling today, 31 degrees"
        "pitch", "field", "playing field", "track", "court", "stadium", "playground", "park", "classroom", "gym",
        "sports hall", "hall", "stands", "glovebox", "glove box",
        # a forecast is the air's: "it's meant to hit 100 F this weekend"
        "(meant|supposed|forecast|forecasted|expected|predicted|due) to (hit|reach|top|get up to|climb to)",
        "washing machine", "dishwasher", "tumble dryer", "eco setting", "hot tap", "hot taps",
        "iron", "straighteners", "buckle", "car seat", "steering wheel", "slide", "sand", "pavement", "sea",
        "lake", "beach", "wine", "beer", "fish", "eggs", "dog", "cat", "puppy", "kitten", "hamster", "rabbit",
    ),
    # Words that make a sentence about the weather: a reading in a sentence with no person and no
    # word for a body's heat is the air's ("Cairo will be 38 when we land, so humid").
    "weather": ("weather", "forecast", "humid", "humidity", "heatwave", "heat wave", "sweltering", "scorching",
                # rain: "it's 38 degrees and pouring in Portland"
                "=pouring (=in|=down|=outside|=with =rain|=all =day|=again)", "=raining", "=rainy", "=drizzly",
                "sunny", "sunshine", "climate", "tropical", "the heat", "=degrees =out",
                "(meant|supposed|forecast|expected|predicted|set|due) to (hit|reach|top|get to|be)"),
    # Animals: a sentence that opens with one is about the animal, and so are its "he" and "she"
    # ("the dog has a fever, vet says 39.8 and he's shivering"), until a person is named.
    "animal": ("dog", "dogs", "cat", "cats", "puppy", "pup", "kitten", "hamster", "rabbit", "bunny", "pony",
               "horse", "guinea pig", "ferret", "budgie", "parrot", "bird", "tortoise", "lizard", "snake",
               "goldfish", "fish", "pet", "pets", "gerbil", "rat", "mouse", "chickens", "hens", "lamb",
               # dogs by breed: "our collie's got a temperature of 40"
               "collie", "labrador", "lab", "spaniel", "terrier", "retriever", "poodle", "dachshund", "pug", "beagle",
               "jack russell", "staffie", "greyhound", "whippet", "husky", "cockapoo", "labradoodle", "alsatian",
               "sheepdog", "german shepherd", "springer", "cocker", "bulldog", "westie", "schnauzer", "lurcher"),
    # Things that break, fall, die or leak: one straight before the sign is what the sign is about
    # ("the cake collapsed", "my phone battery died", "the tap is leaking").
    "thing_subject": ("cake", "sponge", "souffle", "bread", "tent", "bridge", "roof", "ceiling", "shelf", "team",
                      # machines and structures: "the printer at work just collapsed mid-job"
                      "printer", "photocopier", "copier", "laptop", "router", "telly", "tv", "fridge", "freezer",
                      "dishwasher", "washing machine", "computer", "server", "system", "website", "app", "wifi",
                      "network", "scaffolding", "gazebo", "table", "bookcase", "shelves", "stall",
                      "side", "squad", "club", "business", "company", "deal", "plan", "marriage",
                      "building", "wall", "tower", "fence", "battery", "car", "engine", "boiler", "plant", "plants",
                      "flowers", "tree", "pen", "tap", "pipe", "pipes", "kettle", "bouncy castle", "sofa", "chair",
                      "deckchair", "sandcastle", "snowman", "balloon", "market", "shares", "economy", "government",
                      # food, ink and dye, the garden, and football clubs by name
                      "loaf", "loaves", "bread maker", "breadmaker", "muffins", "cakes", "meringue", "pie",
                      "steak", "meat", "beef", "fish fingers", "chips", "fries", "nuggets", "pastry", "toast",
                      "potatoes", "pizza", "biscuits", "cookies", "pancakes", "crust",
                      "burger", "pork", "joint", "roast", "sausage", "sausages",
                      "ink", "biro", "marker", "felt tip", "felt tips", "dye", "hair dye", "paint", "mascara",
                      "tomatoes", "seedlings", "roses", "lettuce", "lawn", "grass", "hedge",
                      "arsenal", "chelsea", "spurs", "liverpool", "everton", "celtic", "rangers", "united",
                      "rovers", "wanderers", "albion", "athletic",
                      # the parts of a side: "our openers collapsed to 39 for 5", "the back four"
                      "openers", "top order", "middle order", "batting", "batting order", "innings", "back four",
                      "back line", "=defence", "=defense", "midfield", "strikers", "=forwards",
                      # more machines (the first line of machines has "system": "the whole system had a seizure")
                      "tablet", "ipad", "screen", "console", "xbox", "playstation",
                      # water and drinks in the house: "bath water came up 38 on the duck thermometer"
                      "bath", "bathwater", "pool", "paddling pool", "hot tub", "jacuzzi", "coffee", "dough",
                      "sourdough", "machine", "phone", "fan"),
    # Fiction: a sign in a film, a book or a show is the story's ("watched a film where the girl collapses").
    "fiction": ("(=film|=films|=movie|=movies|=tv =show|=series|=book|=books|=novel|=drama|=soap|=documentary"
                "|=cartoon|=musical) (=where|=in =which|=about|=that|=when|=were|=with)",
                "(=in|=on) (=the|=a|=that|=this) (=film|=movie|=tv =show|=series|=book|=novel|=drama|=soap"
                "|=documentary)"),
    # A thermometer tried on a thing: its readings in the sentence are the thing's ("37.8 but I was
    # testing it on the hot water bottle").
    # A link denied, said of what a pointer stands for: "a fit once in 2019 but that's not related"
    "unrelated": ("(=is |=was |=s |)(=not|=nt) (=related|=connected|=linked|=relevant)",
                  "(=isnt|=wasnt) (=related|=connected|=linked|=relevant)", "=unrelated", "=nothing =to =do =with"),
    "tested_on": ("(testing|tested|test|trying|tried|checking|checked|dipped|dip|put|held|stuck|left|leave|leaving"
                  "|pointing|pointed|point|aiming|aimed|aim)"
                  " (it|it out|(=the |=a |=our |=my |=his |=her |=their |)(=digital |=ear |=new |=old |=spare |=cheap"
                  " |=forehead |)=thermometer) (on|in|into|under"
                  "|against|by|at) (the |a |my |some |our |)",
                  # where the thermometer was left: "said 39 but it had been sitting on the radiator"
                  "(it|the thermometer|thermometer) (had been |has been |was |s been |been |)(sitting|sat|lying|left"
                  "|resting|kept|stored) (on|in|by|near|against|next to) (the|a|my|some|our)"),
    # A school year, a time only when the clause is told in the past ("in year 1 he had a fever
    # every month"; not "a child in year 2 has measles").
    "school_year": ("in (year|yr|grade) #",
                    # a stage of school or study: "in sixth form I had the worst headaches" (told in the past)
                    "in (sixth form|the sixth form|year (seven|eight|nine|ten|eleven|twelve|thirteen)|primary school"
                    "|secondary school|high school|middle school|junior high|grade school"
                    "|(my|his|her|their) (first|second|final|last|gcse|a level) year|(freshman|sophomore|junior|senior)"
                    " year)"),
    # A season, which dates a story told in the past: "he had a chickenpox contact in the summer"
    # (not "she'll be in maintenance by the summer").
    "season": ("(in|during|over) the (summer|winter|spring|autumn|fall|holidays|summer holidays|christmas holidays"
               "|easter holidays|half term|school holidays)",
               # a holiday told in the past: "we had a scare at christmas with 38.2"
               "(at|over) (christmas|easter|new year|halloween|thanksgiving|bonfire night)"),
    # Said after a sign, where it is written: "the fever number 37.5 on one leaflet".
    "mentioned": ("(on|in) (the|one|a|each|that|this|their|our|another|the other) (leaflet|leaflets|sheet|website|form"
                  "|booklet|card|letter|chart|app|handout|pamphlet|poster|guide)",
                  # named as an item of a list: "why are seizures listed as a possible side effect"
                  "(=listed|=mentioned|=named|=described|=included) (=as|=among|=under)"),
    # A what-if said after the sign, anywhere later in its sentence: "would a fever of 38 mean he's
    # admitted, if it ever happened?" (ConText's backward trigger).
    # Only forms that say it has not happened, and only in a question (`_hypothetical_after`).
    "hypothetical_after": ("if (it|that|this) (=ever|=does =ever|=did =ever|=should =ever|=were =ever =to|=were =to)"
                           " (=happens|=happen|=happened|=occurs|=occur|=occurred)",
                           "(=should (it|that|this) =ever|=were (it|that|this) (=ever |)=to) (=happen|=occur)"),
    # A question said, after it, to be asked ahead of time: "would a fever of 38 be an emergency
    # if she's 3 years off treatment? Asking for the future" (`_hypothetical_after`).
    "asked_ahead": ("(=asking|=asked|=wondering|=question|=thinking|=planning|=just) (=for =the =future|=ahead"
                    "|=for =later|=in =advance|=for =future =reference|=for =next =time)",),
    # A treatment still to come, after the sign in a question that opens "could I ...", "will he ...":
    # "could i have a seizure with the next intrathecal?" (see `_asked_of_what_is_to_come`).
    "next_treatment": ("(=with|=from|=after|=during|=at|=on) (=the|=my|=his|=her|=their|=our) (=next|=upcoming"
                       "|=coming)",),
    # Someone imagined telling of it: "if someone in my group ever said they wanted to end it all,
    # what should I do?" (how to answer a what-if, not anyone's thoughts; see `someone_what_if`).
    "someone_what_if": ("(=if|=suppose|=supposing|=imagine|=what =if) (=someone|=somebody|=anyone|=anybody|=a =friend"
                        "|=a =patient|=a =person|=a =child|=a =teen|=a =teenager|=one =of|=my (=teen|=teenager|=son"
                        "|=daughter|=child|=kid|=friend|=partner)) ... (=ever|=were =to|=was =to) ("
                        f"{_TELLS})",
                        # a worry about anyone, asked: "how do you talk to a teen if you're worried they might be ..."
                        "(=if|=when) (=you =are|=youre|=you =re|=you) (=worried|=concerned|=scared|=afraid|=think"
                        "|=suspect|=wonder) (=that |)(=they|=someone|=somebody|=a =teen|=a =teenager|=your =child"
                        "|=a =child) (=might|=may|=could|=are|=is)",
                        # someone imagined in a state, asked: "if someone with ALL is feeling suicidal, where can ..."
                        "(=if|=when) (=someone|=somebody|=a =person|=a =teen|=a =teenager|=anyone|=a =patient"
                        "|=a =young =person) ... (=is|=feels|=seems|=starts|=gets|=has =been|=are)",
                        # imagined and told: "imagine someone in our youth group ... told a leader they wanted to die"
                        "(=imagine|=suppose|=supposing|=picture) (=someone|=somebody|=a =child|=a =teen|=a =student"
                        "|=a =pupil|=a =member|=one =of) ... ... ("
                        f"{_TELLS})",
                        # someone met in a role, "ever" or not: "if a caller said they wanted to end their life"
                        "(=if|=suppose|=supposing|=imagine|=what =if) (=a|=an|=one =of =my|=one =of =our)"
                        " (=caller|=callers|=client|=clients|=patient|=patients|=student|=students|=customer"
                        "|=customers|=pupil|=pupils|=colleague|=colleagues|=member|=members|=friend|=friends|=person|=teen|=teenager|=child)"
                        " (=of (=my|=our|=the) .. =ever |=ever |)"
                        f"({_TELLS})",
                        # anyone but the speaker, imagined one day: "if she ever said she didn't want to live,
                        # what would I say?", "if our eldest ever started talking like that, who do we call?"
                        "(=if|=suppose|=supposing|=imagine|=what =if|=should|=in =case) (=he|=she|=they|=someone"
                        "|=somebody|=anyone|=anybody) =ever",
                        "(=if|=suppose|=supposing|=imagine|=what =if|=should|=in =case) (=my|=our|=your|=a|=one =of) .."
                        " =ever",
                        # with nothing between: "if my son ever said ...", "if my teenager ever told me ..."
                        "(=if|=suppose|=supposing|=imagine|=what =if) (=someone|=somebody|=anyone|=anybody|=my (=teen"
                        "|=teenager|=son|=daughter|=child|=kid|=friend|=partner|=husband|=wife|=dad|=mum|=mom)) (=ever"
                        f"|=were =to|=was =to) ({_TELLS})",
                        "(=if|=suppose|=supposing|=imagine|=what =if) (=someone|=somebody|=anyone|=anybody|=a =friend"
                        "|=my (=teen|=son|=daughter|=child|=kid|=friend|=partner)) (=said|=told|=says|=tells) (=me |=us"
                        " |=you |)(=one =day|=someday|=some =day)",
                        # what one's child might one day feel: "what would the plan be if my son ever felt ..."
                        "(=if|=suppose|=supposing|=imagine|=what =if) =my (=teen|=teenager|=son|=daughter|=child|=kid"
                        "|=boy|=girl) =ever (=felt|=feels|=feel|=became|=becomes|=got|=gets|=started|=starts|=thought"
                        "|=thinks|=wanted|=wants|=tried|=had|=has)",
                        # anyone at all, imagined: "if someone ever had thoughts of hurting themselves, who ...?",
                        # "if someone with ALL told their friend they were ..."
"(=if|=suppose|=supposing|=imagine|=what =if) (=someone|=somebody|=anyone|=anybody|=a =person"
                        "|=a =friend|=a =patient|=a =child|=a =teen|=a =teenager|=a =young =person) (=ever|(=were"
                        "|=was) =to (=feel|=become|=get|=have|=start|=think|=want))",
                        # what anyone might tell: "if someone with ALL told their friend they were ..."
                        "(=if|=suppose|=supposing|=imagine|=what =if) (=someone|=somebody|=anyone|=anybody|=a =person"
                        "|=a =patient|=a =teen|=a =teenager|=a =young =person) .. "
                        f"({_TELLS})",
                        "(=if|=suppose|=supposing|=imagine|=what =if) (=someone|=somebody|=anyone|=anybody|=a =person"
                        "|=a =patient|=a =teen|=a =teenager|=a =young =person) "
                        f"({_TELLS})"),
    # Whether a thing can cause the sign, asked: "can chemo or steroids cause suicidal thoughts?"
    "cause_asked": ("(=can|=could|=does|=do|=may|=might|=will|=would|=is|=are) .. (=cause|=trigger|=lead =to"
                    "|=bring =on|=give =you|=make =you|=linked =to|=a =side =effect =of)",),
    # The signs of it in anyone, asked about: "what are the signs that someone might be thinking
    # about suicide?" (see `asked_of_anyone`).
    # How common it is in anyone, asked: "is it common for patients or parents to have suicidal
    # thoughts?" (see `asked_of_anyone`; only with no one named in the sentence).
    "how_common_asked": ("(=how =common|=is =it =common|=is =it =normal|=is =it =usual|=how =often|=how =many"
                         "|=how =likely|=do =many|=do =lots =of|=do =a =lot =of|=do =most) ... (=people|=patients"
                         "|=parents|=carers|=caregivers|=teens|=teenagers|=kids|=children|=families|=survivors"
                         "|=adults|=mums|=moms|=dads)",),
    # How to help anyone, asked: "how do you support someone who feels suicidal?" (see `asked_of_anyone`).
    "helping_asked": ("(=how =do =you|=how =can =you|=how =should =you|=how =to|=how =do =i|=how =can =i"
                      "|=how =should =i|=how =would =i|=what =do =you =say =to|=what =to =say =to"
                      "|=what =should =i =say =to|=best =way =to)"
                      " (=support|=help|=talk =to|=respond =to|=comfort|=reach|=approach|=speak =to|=be =there =for)"
                      " (=someone|=somebody|=a =friend|=a =person|=people|=anyone|=a =teen|=a =teenager|=a =child)",),
    # Said not to have happened, after a what-if: "He hasn't, I just want to be ready" (see
    # `SafetyScanner.imagined_not_happened`).
    "not_happened": ("(=he|=she|=they|=it) (=hasnt|=havent|=has =not|=have =not|=hadnt)",
                     "=nothing (=like =that |=like =this |)(=has |=s |)(=happened|=been =said)",
                     "=just (=want|=wanted|=wanting) =to (=be =ready|=be =prepared|=know|=understand|=plan =ahead)",
                     "=just (=asking|=in =case|=curious|=wondering)",
                     "=not =that (=he|=she|=they) (=has|=have|=is|=are)",
                     "(=nothing|=nothings) (=is |=s |=has =been |)=going =on",
                     "=just (=want|=wanted|=wanting) =the (=number|=numbers|=info|=details) (=on|=for|=in|=to)",
                     "=not =now (,|.|=though|=just|=it =s|=its)"),
    # Anyone close imagined telling of it with no "ever" ("if my son said he wanted to hurt himself,
    # what should I say back?"): a what-if only when the message says it has not happened.
    "someone_said_if": ("(=if|=suppose|=supposing|=imagine|=what =if) =my (=teen|=teenager|=son|=daughter|=child"
                        f"|=kid|=boy|=girl|=partner|=husband|=wife|=friend) ({_TELLS})",
                        # or the speaker, a feeling imagined to come: "what if i start feeling like ..., who do i
                        # talk to? not now, the counsellor asked us to think about it"
                        "(=if|=what =if) =i (=start|=ever =start|=begin|=ever|=ever =begin) (=feeling|=to =feel"
                        "|=thinking|=to =think)",),
    # Made for others: "making a resource sheet for our carers' group" (see `names_a_service`).
    "for_a_resource": ("(=making|=make|=printing|=print|=writing|=write|=putting =together|=put =together|=updating"
                       "|=update|=compiling|=creating|=create|=building|=build) (=a|=an|=our|=the|=some) .."
                       " (=resource|=resources|=card|=sheet|=page|=list|=leaflet|=poster|=handout|=newsletter"
                       "|=website|=noticeboard)",
                       "(=get|=getting) =it (=right|=correct)", "=to =be (=correct|=right|=accurate|=up =to =date)",
                       "=for (=our|=the|=a|=my) .. (=leaflet|=resource|=resources|=newsletter|=noticeboard|=website"
                       "|=handout|=poster|=assignment|=essay|=project|=coursework|=dissertation|=homework)",
                       "(=uni|=university|=college|=school|=nursing) (=assignment|=essay|=project|=coursework"
                       "|=dissertation|=homework)"),
    # The signs of it asked about, with no one named: "what warning signs of suicide should family
    # carers know about?" (see `asked_of_anyone`).
    "signs_of_asked": ("(=warning =signs|=signs|=symptoms|=red =flags|=clues) =of",),
    "signs_asked": ("(=signs|=sign|=symptoms|=red =flags|=warning =signs|=clues) (=that |=of |=when |)"
                    "(=someone|=somebody|=a =person|=a =child|=a =teen|=a =teenager|=a =young =person|=people|=kids"
                    "|=children|=teens|=teenagers|=young =people)",),
    # A service named before the sign: "are there helplines for teenagers who feel suicidal?"
    "service_before": (# a risk asked about: "are teenagers on treatment more likely to have suicidal thoughts?"
                       "(=more|=less|=most|=least) =likely =to (=get|=have|=feel|=experience|=develop|=be)",
                       "=helpline", "=helplines", "=hotline", "=hotlines", "=support =line", "=support =lines",
                       "=mental =health (=services|=service|=support|=team|=teams)",
                       "=crisis =line", "=crisis =lines", "=charities", "=charity", "=resource =list", "=resources",
                       # "where can carers get support for depression or suicidal thoughts?"
                       "=support =for", "=help =for", "=services =for", "=counselling =for", "=groups =for",
                       # "where can teenagers with cancer get support if they're having suicidal thoughts?"
                       "(=get|=find|=access|=look =for|=reach) (=support|=help|=counselling|=someone =to =talk =to)",
                       # "what support is out there for teenagers who are having suicidal thoughts?"
                       "(=support|=help|=services|=counselling|=groups) (=is |=are |)(=out =there|=available"
                       "|=on =offer) =for",
                       # a check a team runs: "does the team screen for depression or suicidal thoughts?"
                       "(=screen|=screens|=screening|=screened|=check|=checks|=checking|=assess|=assesses|=assessing"
                       "|=test|=tests|=testing) (=patients |=people |=teenagers |=parents |=everyone |=kids |)=for"),
    # A sign named as the subject of a session or a piece of writing: "we want a session on suicide and
    # self-harm in teenagers" (see `names_a_service`).
    "topic_before": ("(=session|=sessions|=talk|=talks|=workshop|=workshops|=presentation|=presentations|=webinar"
                     "|=lesson|=lessons|=module|=seminar|=course|=article|=articles|=chapter|=assembly|=training"
                     "|=evening) (=on|=about|=covering|=around)",),
    # A sign word naming a service or a subject, not a person's state: "suicide prevention
    # helplines", "seizure awareness training" (see `names_a_service`).
    "service_after": ("=prevention", "=helpline", "=helplines", "=hotline", "=hotlines", "=awareness", "=charity",
                      # "the suicide crisis line number" (not "line" alone: "redness around her picc line")
                      "=crisis =line", "=crisis =lines", "=crisis =number", "=line =number", "=support =line",
                      "=support =lines",
                      "=charities", "=training", "=campaign", "=campaigns", "=research", "=statistics", "=stats",
                      "=rate", "=rates", "=risk", "=risks", "=leaflet", "=leaflets", "=poster", "=posters",
                      "=first =aid",
                      # a sign word naming a hospital's routine: "a bag packed for fever admissions"
                      "=admission", "=admissions", "=protocol", "=protocols", "=pathway", "=pathways", "=policy"),
    # "what counts as heavy bleeding": the words after these name a term to be defined, not a sign.
    # A sign named as a warning sign straight after it: "I read black tarry poo is a warning sign" (`mode`).
    "named_as_sign": ("(=is|=are|=s) (=a |=an |=one =of =the |)(=warning =sign|=warning =signs|=red =flag|=red =flags"
                      "|=danger =sign|=danger =signs|=sign =to =watch =for)",),
    # What a sign can do or how common it is, said of the sign in general straight after it: "a fever
    # can be dangerous", "heavy periods can happen on chemo", "blood in the urine is common with ..."
    "said_in_general": ("(=can|=could|=may|=might) (=be =dangerous|=be =serious|=be =a =sign|=be =an =emergency"
                        # what a medicine can do: "chest pain can be a side effect of steroids"
                        "|=be =a =side =effect|=be =a =common =side =effect|=be =a =possible =side =effect"
                        "|=be =life =threatening|=be =deadly|=be =fatal|=kill|=happen|=occur|=be =caused|=mean|=signal"
                        "|=indicate|=come =with)",
                        "(=is|=are|=s) (=it |=quite |=very |=really |=fairly |)(=common|=normal|=usual|=expected"
                        "|=typical|=rare) (=with|=on|=during|=after|=in|=for|=when)"),
    # Why a sign is serious, asked: "she wants to know why chest pain is an emergency" (with "why" before it)
    "called_serious": ("(=is|=are|=s) (=an =emergency|=a =medical =emergency|=such =an =emergency|=dangerous"
                       "|=so =dangerous|=serious|=so =serious|=a =big =deal|=such =a =big =deal|=urgent)",
                       # "why is a fever on chemo taken so serious?"
                       "(=on =chemo |=during =treatment |=in =treatment |)(=taken|=treated) (=so |=that |=very |)"
                       "(=serious|=seriously)",),
    "defined": ("(=counts|=count|=classed|=classified|=defined|=considered|=qualifies|=qualify) =as (=a |=an |)",
                # "at what temperature do we count it as a fever"
                "(=count|=counts|=class|=call|=consider) (=it|=that|=this|=something) =as (=a |=an |)",
                "(=definition|=meaning) =of (=a |=an |)",
                # the sign asked what it is, straight after: "What is coffee ground vomit and why ...?"
                # (not "what is the blood in his wee from?", which names one seen)
                "re: (?:^|(?<=/[.?])) (?i:what)/[^ ]+ (?i:is|are|s)/[^ ]+(?: (?i:a|an)/[^ ]+)?"),
    # A term someone used, named as a term: "when the nurse talks about 'neutropenic fever'"; guidance
    # when its sentence asks what it means (see `_term_asked`).
    "term_named": ("(=talks|=talked|=talking|=talk|=speaks|=spoke|=spoken) =about", "=the (=word|=words|=term|=phrase)",
                   "=called", "=known =as"),
    # What will come, asked: "once she starts maintenance, will she still get fevers from the chemo?"
    # (a what-if only when nothing in the message tells of now: see `_hypothetical`)
    "will_asked": ("=will (=she|=he|=i|=they|=we|=you) (=still |=ever |=also |=always |=keep |)(=get|=have|=need =to"
                   "|=be =likely)",),
    # What a sign means, said straight after it: "tell me what black poo means for someone on chemo"
    "means_after": ("(=means|=mean|=might =mean|=could =mean|=would =mean|=usually =means)",),
    "meaning_asked": ("=what (=does|=do|=did|=is|=was) ... (=mean|=means|=meaning)", "=what =is =meant =by"),
    # A reading said to be a limit not reached: "nothing near 37.5", "never over 38", "still under 37.5".
    "limit_not_reached": ("(=nothing|=not|=nowhere|=never|=none|=isnt|=wasnt) (=near|=close =to|=anywhere =near|=as"
                          " =high =as|=over|=above|=up =to|=reached|=hit)", "(=under|=below|=less =than|=lower =than)"),
    # Places: a reading after one, with no person and no word for a body's heat between, is the
    # place's ("in my village now is 42 degree"; not "in town now, temp 38.5").
    "place": ("village", "town", "city", "country", "area", "region",
              # where the family is: "we're on holiday in Seville and it's 104F today"
              "(=live|=lives|=living|=holiday|=holidaying|=staying|=based|=visiting) =in"),
    # "it" in the future or may-be, straight before a reading with its unit: the air's ("we're off to
    # Seville, it'll be like 39 degrees"; not "it's 39 degrees", said of a child as often as a day).
    "weather_it": ("(=itll|=it =will|=it =ll|=its =going =to|=it =is =going =to|=its =gonna|=it =could|=it =might"
                   "|=it =should|=it =can) (=be|=get =to|=get =up =to|=hit|=reach) (=like |=about |=around |=maybe "
                   "|=up =to |=over |)",
                   # said of a place that follows: "it hit 41 in Adelaide today"
                   "=it (=hit|=reached|=got =to|=got =up =to|=topped) (=like |=about |=around |=over |)"),
    # Said straight after a reading in a clause with no person: the place's ("it'll be 40C there").
    "place_after": ("=there", "=over =there", "=here",
                    # an outdoor place: "39 degrees in the car park today"
                    "=in =the (=car =park|=carpark|=garden|=park|=playground|=street|=shade|=sun|=queue|=office"
                    "|=kitchen|=shop|=city|=town|=stadium)"),
    # A room or a vehicle, said straight after a reading with its unit in a sentence that names nobody
    # before it: "it's 40 degrees in the car" (not "she's on chemo and 38.9 degrees in the car").
    "inside_after": ("=in =the (=car|=van|=bus|=train|=house|=flat|=room|=bedroom|=lounge|=living =room|=conservatory"
                    "|=greenhouse|=tent|=caravan|=classroom|=hall|=gym|=waiting =room)",),
    # A setting a thing is put at: "the hot tub is set to 40C", "preheated to 100" (a body is not set).
    "set_to": ("(=set|=sets|=heated|=heats|=preheated|=preheat|=turned =up|=turned =down|=turn =up|=turn =down) (=to"
               "|=at)",
               # kept at a heat by someone: "Bath water I keep at 37.5 for my son"
               "(=i|=we) (=keep|=keeps|=kept|=run|=have) (=it |=them |)(=at|=to)",
               # warmed or let cool to a heat: "I warmed it to 38 degrees", "let it cool to 40 degrees"
               "(=warmed|=warm|=heated|=heat|=cooled|=cool|=cooled =down|=cool =down|=brought) (=it |=them "
               "|=the =water |=the =milk |=the =bath |)(=down |=up |)=to",
               # a bath or a room kept at a heat: "I run it about 37-38", "we keep it at 20"
               "(=run|=runs|=ran|=keep|=keeps|=kept|=fill|=fills|=filled) (=it|=the =bath|=the =water|=the =room) (=at"
               " |=to |)(=about|=around|=roughly|=at|=to)"),
    # A thermometer left in a place: its readings are the place's ("thermometer in the ute read 38.5"),
    # unless the place is a body's or a ward (see `_about_a_thing`).
    "left_in": ("=thermometer (=in|=inside|=on) (=the|=our|=a)",),
    # A thing's heat asked about: "how hot should the bath be?", "what temperature should the water be?"
    "heat_asked": ("(=how (=hot|=warm|=cold)|=what (=temp|=temperature)) (=should|=can|=does|=do|=is|=must|=would"
                   "|=shall)",),
    # What was just told, asked about: "PICC site is sore and red, is this ok??" (a report, not a
    # general question, though no person is named).
    "this_asked": ("(=is =this|=is =that|=are =these|=this) (=ok|=okay|=normal|=alright|=all =right|=bad|=serious"
                   "|=worrying|=an =emergency|=urgent) (?|.)",
                   # the one in front of them, asked what it is: "what is this black poo?"
                   "(=what|=whats) (=is |=s |=are |)(=this|=these) (=black|=red|=pink|=dark|=blood|=bloody|=rash|=lump"
                   "|=bruise|=bruising|=spot|=spots|=stuff|=swelling)",),
    # Said straight after a reading, these make it the air's ("100 F out today", "30 in here").
    "thing_after": ("=outside", "=inside", "=out =there", "=out (=today|=now|=here|=at =the =moment)", "=in =here",
                    "=here =in",
                    # the weather of a place: "39 degrees in Melbourne today" (not "in his ear", "in A&E")
                    "re: (?:degrees?/[^ ]+ (?:(?:c|f|celsius|fahrenheit|centigrade)/[^ ]+ )?"
                    "|(?:c|f|celsius|fahrenheit|centigrade)/[^ ]+ )in/[^ ]+ "
                    f"(?!(?:{'|'.join(sorted(_BODY_OR_WARD))})/)[a-z]+/[^ ]+",
                    "in the (shade|sun)", "=too (=hot|=cold|=warm) =for",
                    # read on a thing's own thermometer: "ours reads 37.8 on the duck thermometer"
                    "(=on|=by|=from) (=the|=our|=my|=a) (=duck|=bath|=room|=fridge|=freezer|=meat|=oven|=cooking"
                    "|=jam|=sugar|=pool|=fish =tank|=tank|=garden|=greenhouse|=car|=outdoor|=indoor|=wall|=kitchen)"
                    " =thermometer",
                    # an outdoor event or place: "101 degrees at the soccer game today"
                    "=at =the (=soccer |=football |=baseball |=rugby |=cricket |=hockey |=tennis |=softball "
                    "|=basketball |=school |=county |=state |=village |=summer |=local |=kids |)(=game|=match|=park"
                    "|=fair|=festival|=zoo|=stadium|=pitch|=field|=parade|=concert|=show|=races|=market|=campsite"
                    "|=seaside|=playground|=carnival|=fete|=tournament|=airshow|=sports =day|=barbecue|=bbq)"),
    # A question asking why: about temperatures in general, even with a number in it, when it
    # names no one ("why is a temperature of 38 such a big deal on chemo?").
    "explanatory": ("=why", "=how =come", "=y (=is|=are|=do|=does|=did|=would|=has|=have|=cant|=can)",
                    "=what =makes", "=what =counts", "=what =is (=classed|=classified)",
                    "(=counts|=count|=classed|=classified|=class) =as (=a |)(=fever|=temperature|=temp|=high)",
                    # what a word means: "is a high temperature the same thing as a fever?"
                    "=the =same (=thing |)=as", "=difference =between"),
    # A colour explained by the light it was seen in or by what was eaten, said as fact: "it was the
    # bathroom lighting", "it's just the filter on my phone", "red from all the beetroot" (not asked:
    # "is it just the lighting?").
    "colour_explained": ("(=its|=it =is|=it =was|=was|=must =be|=probably) (=just |=only |=probably |=all |)=the .. "
                       "(=lighting|=light|=lights|=filter|=bulb|=bulbs|=lamp|=lamps)",
                       # or by what was eaten: "it was red from all the beetroot she ate"
                       f"({_OUTPUT_COLOURS}) (=from|=because =of|=cos =of|=after) (=all |)"
                       f"(=the |=that |=those |=her |=his |=my |)({_RED_FOODS}|=iron|=iron =tablets|=iron =medicine"
                       "|=blueberries|=spinach|=liquorice|=licorice)",
                       # a medicine that darkens a stool, given as what came before: "black poo for two days after
                       # the iron drops"
                       "(=after|=from|=because =of|=cos =of|=due =to|=since =starting|=with) (=the |=his |=her |=my"
                       " |=their |)(=iron|=iron =drops|=iron =tablets|=iron =medicine|=iron =supplements|=iron =syrup"
                       "|=pepto|=pepto =bismol|=bismuth)",
                       # said to come from a medicine: "doctor said it is from the medicine"
                       "(=it =is|=its|=it =was|=it s) (=just |=only |=probably |)(=from|=because =of|=due =to)"
                       " (=the |=her |=his |=my |=their |)(=medicine|=medication|=meds|=chemo|=tablets)",
                       # a red food eaten, told after it: "it's definitely not blood, she had beetroot at nursery"
                       "(=had|=ate|=eaten|=eating|=been =eating|=has =had) (=some |=loads =of |=lots =of |=a =lot"
                       f" =of |)({_RED_FOODS})",
                       # or said to be the food: "his wee was red on tuesday, it was beetroot"
                       "(=it =was|=its|=it =is|=it s|=was) (=just |=only |=probably |=all |)(=the |=some |)"
                       f"({_RED_FOODS})",
                       # the iron told as the cause: "the black poo was from his iron tablets", "it's the iron"
                       "(=was|=is|=were|=are|=s|=its|=it =is|=thats) (=from|=because =of|=due =to|=caused =by|=just "
                       "|=only |)(=the |=his |=her |=my |=their |)=iron (=tablets|=supplement|=supplements|=medicine"
                       "|=drops|=syrup|=he |=she |=they |=hes |=shes |=s |=it )",
                       # the colour said to be something else: "the pink was beetroot", "the red was varnish"
                       # with the output named: "the pink wee was beetroot", "black poo from the iron tablets"
                       f"({_OUTPUT_COLOURS}) (=wee|=pee|=urine|=poo|=poop|=stool|=stools|=nappy|=sick|=vomit)"
                       " (=was |=is |=were |)(=from|=because =of|=cos =of|=due =to|=caused =by|=just|=only|=all)"
                       f" (=the |=his |=her |=my |=their |=all =the |)({_RED_FOODS}|=iron|=iron =tablets"
                       "|=iron =medicine|=iron =supplements|=blueberries|=spinach|=liquorice|=licorice)",
                       f"=the ({_OUTPUT_COLOURS}) (=wee|=pee|=urine|=poo|=poop|=stool|=nappy|=sick|=vomit) (=was|=is"
                       f"|=were) (=just |=only |=probably |=actually |)({_RED_FOODS})",
                       f"=the ({_OUTPUT_COLOURS}|=colour|=color) (=was|=is|=were"
                       "|=turned =out =to =be|=must =have =been|=must =be) (=just |=only |=probably |=actually |=all |)"
                       f"(=the |=from =the |=from |=some |=her |=his |=my |)({_RED_FOODS}|=nail =varnish"
                       "|=nail =polish|=paint|=felt =tip|=lipstick|=crayon|=jam|=juice|=squash|=red =pen)",
                       # the colour in the output said to be something else: "the red in her nappy was the beetroot
                       # puree", "the red in his wee turned out to be the medicine"
                       f"=the ({_OUTPUT_COLOURS}) (=in|=on) (=the|=his|=her|=my|=their) (=wee|=pee|=urine|=poo|=poop"
                       "|=stool|=nappy|=sick|=vomit) (=was|=is|=were|=turned =out =to =be|=must =have =been) (=just "
                       "|=only |=probably |=actually |)(=the |=his |=her |=from =the |=from |)"
                       f"({_RED_FOODS}|=medicine|=medication|=meds|=chemo|=iron)"),
    "present": ("right now", "at the moment", "currently", "as we speak", "atm", "at present", "this minute"),
    # How a general question starts (it must also end with "?" or start with one of these).
    # Exact words ("="): "having diarrhoea" does not open a question the way "have" does.
    "question_starts": (
        "=what", "=whats", "=why", "=whys", "=how", "=hows", "=when", "=whens", "=which", "=who", "=whos", "=is",
        "=are",
        # "where does it go in?" asks; "where it goes in is dead red" names a line's site
        "re: where/[^ ]+(?! (?:it|the|his|her|their)/[^ ]+(?: [^ /]+/[^ ]+)?"
        " (?:goes|go|went|comes|came|enters|entered)/)",
        "=can", "=could", "=does", "=do", "=did", "=should", "=will", "=would", "=was", "=has", "=have",
        # "am I ...?" (not "am 63 on chemo ...", "am on chemo ...": "I am", with the "I" dropped)
        "re: am/[^ ]+(?= i/)", "=may", "=might", "=tell =me", "=explain", "=info", "=information", "=define",
        "=describe",
        # "why" in text-speak: "y is a fever such a big deal on chemo"
        "=y (=is|=are|=do|=does|=did|=would|=cant|=can|=has|=have|=dont|=doesnt)",
        # a question said as curiosity: "just curious how common line infections are"
        "(=just |)(=curious|=wondering|=wondered) (=how|=what|=why|=if|=whether|=when|=where|=which)",
        "(=i |=im |=i =was |)=wondering (=how|=what|=why|=if|=whether|=when|=where|=which)",
        "=i =wonder (=how|=what|=why|=if|=whether|=when|=where|=which)",
    ),
}
CONTEXT_KEYS = frozenset(WORD_LISTS) | frozenset(PHRASE_LISTS) | {"negation_window"}


SUBJECT_NEGATORS = frozenset({"nobody", "noone", "none", "neither"})
# Words that open a clause of their own inside a sentence: a subject negated before one does not reach into it.
SUBORDINATORS = frozenset({"when", "once", "if", "after", "before", "until", "till", "whenever"})
# Words between a thing and its sign: "the tent has just collapsed".
SUBJECT_LINKS = frozenset({"has", "had", "have", "having", "is", "was", "s", "are", "were", "re", "look", "looks",
                           "looked", "keeps", "keep", "kept", "that", "which", "always",
                           "just", "literally", "totally", "completely",
                           "kind", "of", "sort", "basically", "finally", "all", "still", "both", "suddenly", "a", "an",
                           "total", "complete", "massive", "full"})
# What may open a sentence before its animal subject: "so our old dog ...".
ANIMAL_OPENERS = frozenset({"the", "our", "my", "his", "her", "their", "a", "an", "old", "little", "new", "family",
                            "so", "and", "also", "btw", "ok", "oh", "um", "well", "poor", "neighbours", "nans"})
# Words that name a person after an animal: the sign may be theirs ("the dog bit him and it bled").
HUMAN_WORDS = frozenset({"i", "im", "ive", "id", "me", "my", "myself", "we", "us", "our", "you", "your", "him", "her",
                         "them", "son", "daughter", "child", "kid", "kids", "baby", "boy", "girl", "husband", "wife",
                         "partner", "mum", "mom", "dad", "brother", "sister", "patient", "toddler", "teen",
                         "teenager", "grandson", "granddaughter", "nan", "grandad", "grandma", "grandpa"})
# Said straight before a sign told in the past, these say it did not quite happen ("nearly choked").
NEAR_MISS = frozenset({"nearly", "almost"})
# Said straight before a sign, these say it is play, not real ("doing fake collapses on the sofa").
PRETEND = frozenset({"fake", "pretend", "pretends", "pretending", "mock", "imaginary", "play"})
THING_POSSESSIVES = frozenset({"ours", "yours", "theirs"})
WHAT_IF_OPENERS = frozenset({"say", "suppose", "supposing", "hypothetically", "imagine"})
# The last word of a what-if opener, before a comma that does not end it: "what if, ...", "god forbid, ..."
WHAT_IF_ENDS = (WHAT_IF_OPENERS - {"say"}) | {"if", "forbid"}
PRESENT_WORDS = frozenset({"has", "have", "is", "are", "am", "hes", "shes", "im", "its", "keeps", "keep", "cant",
                           "wont", "doesnt", "isnt", "now", "today", "tonight", "still", "again", "currently"})
PAST_WORDS = frozenset({"had", "was", "were", "got", "went", "ended", "couldnt", "wasnt", "didnt", "did", "needed",
                        "spent", "took", "came"})
# Irregular past forms a story is told in ("he bit his tongue and it bled"); regular ones end in -ed.
PAST_FORMS = frozenset({"bled", "fell", "felt", "threw", "ran", "woke", "ate", "bit", "broke", "said", "told",
                        "thought", "began", "saw", "lost", "kept", "left", "sat", "gave", "found", "knew", "caught",
                        "became", "brought", "stood", "slept", "drove", "rode", "swam", "wore", "shook", "froze", "hid",
                        "lay", "spat", "grew", "tore", "cried", "fought", "passed", "wouldnt", "hadnt", "hit"})
# Words that date a start, not the story: "diagnosed in 2022 and had a fit" may be today's fit.
# After a comma, these give examples of what came before it: ", like ...", ", such as ...".
EXAMPLE_OPENERS = frozenset({"like", "such", "eg", "including", "especially"})
# Up to six words before a start word, these make it a time: "when he was diagnosed", "the day she was diagnosed".
WHEN_WORDS = frozenset({"when", "day", "night", "week", "morning"})
# Before a start word, these make it a time that dates what follows: "after diagnosis", "during my transplant".
TIME_BEFORE_A_START = frozenset({"after", "during"})
START_WORDS = frozenset({"diagnosed", "diagnosis", "started", "start", "began", "begun", "finished", "relapsed",
                         "relapse", "told", "found", "born",
                         # a treatment that dates what may follow it: "transplant 6 weeks ago, just started shivering"
                         "transplant", "transplanted", "infusion", "infused"})

# After "is back", these make it a place or a state, not a sign's return: "she's back at school".
BACK_SOMEWHERE = frozenset({("to",), ("at",), ("in",), ("home",), ("on",), ("from",), ("into",), ("with",)})

# Someone speaking of themselves: a sign after these is theirs, not a service's subject.
SELF_WORDS = frozenset({"i", "im", "me", "myself", "ive", "id", "my"})
# Said after a what-if, these tell that it happened: "... because my brother just did".
HAPPENED = frozenset({"did", "does", "has", "have", "already", "happened", "now", "said", "told",
                      "says", "keeps", "today", "tonight"})
def _tells_it_happened(words: tuple[str, ...]) -> bool:
    """A word after a what-if that tells it happened, not one denied: "because my brother just
    did" does; "nothing's happened, I just worry" does not."""
    return any(w in HAPPENED and DENIALS.isdisjoint(words[max(0, i - 4):i]) and DOCUMENTS.isdisjoint(words[i - 1:i])
               for i, w in enumerate(words))


# Before "the last ...", these make a span that runs up to now: "in the last month", "for the last year".
SPAN_TO_NOW = frozenset({"in", "for", "during", "within", "over", "throughout"})


def _recent_sign(marks: Marks, bounds: tuple[int, int]) -> bool:
    """A recent time in the sentence ("yesterday", "today"), other than one that dates someone
    being well: "treated and he's back at school today" tells of the recovery, not the sign."""
    recent = marks.within("recent", *bounds)
    return bool(recent) and any(not any(start <= i < end for start, end in marks.starts["well_now"].items())
                                for i in recent)


def _up_to_now(words: tuple[str, ...], start: int) -> bool:
    """The distant time at `start` is "last ..." said as a span up to now: "in the last month he lost 6 kilos"."""
    return words[start] == "last" and start >= 2 and words[start - 1] == "the" and words[start - 2] in SPAN_TO_NOW


# What a leaflet "said" is what it tells of, not news that something happened.
DOCUMENTS = frozenset({"leaflet", "leaflets", "website", "site", "article", "book", "booklet", "letter", "sheet",
                       "guide", "pamphlet", "handout", "poster", "internet", "google", "study", "forum", "blog",
                       "video", "documentary", "programme", "app", "list", "form", "card", "paperwork", "label"})


# Said just before a word that tells it happened, these deny it: "nothing like that has happened",
# "she's fine now".
DENIALS = frozenset({"nothing", "not", "hasnt", "havent", "hadnt", "never", "no", "nothings", "fine", "ok", "okay",
                     "nobody", "noone", "none"})


def _names_nobody(words: tuple[str, ...]) -> bool:
    """Neither the speaker nor the person they care for is in the words."""
    return SELF_WORDS.isdisjoint(words) and PERSON_PRONOUNS.isdisjoint(words)


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hes", "shes", "we", "us", "our"})
# After a question about the signs in anyone, these point back at them: "... he's showing some of them".
POINTS_AT_SIGNS = frozenset({"them", "those", "these", "signs", "sign", "showing", "shows", "showed", "now"})
# A sentence that asks for help now: a service named in it is wanted, not asked about.
URGENT_NOW = frozenset({"now", "tonight", "urgently", "urgent", "asap"})
NEED_NOW = URGENT_NOW | {"need", "needs", "needed", "please", "pls"}
# After a service named, these say the speaker has what it is for: "... I've been having them".
HAVING_IT = frozenset((verb, it) for verb in ("having", "have", "had", "get", "getting", "got", "feel", "feeling")
                      for it in ("them", "those", "these", "it", "that", "this"))
NEED_PAIRS = frozenset({("give", "me"), ("for", "me"), ("help", "me"), ("i", "want"), ("i", "m"), ("im", "going")})

# Before a present-tense word, these make it part of a past telling: "he couldn't keep water down".
PAST_AUXILIARIES = frozenset({"couldnt", "didnt", "wouldnt", "could", "would", "did", "wasnt", "werent", "to"})


def _tells_present(words: tuple[str, ...]) -> bool:
    """A present-tense word, not one after a past auxiliary ("couldnt keep" is told in the past),
    nor "now" closing a time ago ("20 years ago now").
    Set look-ups first: most spans have no present word, or no auxiliary; a very long span (a
    hostile message) is read by the sets alone, so the cost stays linear."""
    if PRESENT_WORDS.isdisjoint(words):
        return False
    if len(words) > 4 * SCOPE or (PAST_AUXILIARIES.isdisjoint(words) and "ago" not in words):
        return True
    return any(w in PRESENT_WORDS and not _after_past_auxiliary(words, i)
               and not (w == "now" and i and words[i - 1] == "ago") for i, w in enumerate(words))


# Adverbs that may stand between an auxiliary and its verb: "couldn't even keep water down".
_AUXILIARY_ADVERBS = frozenset({"even", "really", "ever", "always", "just", "actually", "properly", "barely",
                                "hardly", "quite"})


def _after_past_auxiliary(words: tuple[str, ...], i: int) -> bool:
    j = i - 1
    if j > 0 and words[j] in _AUXILIARY_ADVERBS:
        j -= 1
    return j >= 0 and words[j] in PAST_AUXILIARIES


# Base verbs a second-language writer tells a story in: "they give fluids and it stop".
BASE_VERBS = frozenset({"give", "stop", "go", "come", "take", "fall", "hit", "say", "tell", "make", "put", "bring",
                        "send", "find", "get", "do", "see", "feel", "start", "finish", "help"})


def _tenseless_verbs(words: tuple[str, ...]) -> bool:
    """A clause told with base verbs only, no number and no -ing word: after a story's opening
    time it is the story ("they give fluids and it stop"), not a reading ("temp 38.5") or a
    sign going on ("gums bleeding")."""
    return (not BASE_VERBS.isdisjoint(words) and not any(w[:1].isdigit() or w.endswith("ing") for w in words))


AMOUNT_WORDS = frozenset({"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                          "twenty", "few", "several", "many", "couple"})


def _an_amount(word: str) -> bool:
    return word.isdigit() or word in AMOUNT_WORDS


def _told_as_past(words: tuple[str, ...]) -> bool:
    """Told in the past, with no present-tense word: "he couldn't keep water down", "she had rigors"."""
    return not _tells_present(words) and _told_in_past(set(words))

# "nosebleeds? nope. bruising? nope.": a sign asked in a few words and answered no.
ANSWER_NO = frozenset({"nope", "no", "nah", "none", "never", "negative", "nothing", "zero", "nada", "nil"})


def _answered_no(words: tuple[str, ...], s_start: int, s_end: int) -> bool:
    return (s_end - s_start <= 4 and words[s_end:s_end + 1] == ("?",)
            and s_end + 1 < len(words) and words[s_end + 1] in ANSWER_NO)


# After an animal, "her gums" and "his paw" are the animal's own body.
ANIMAL_BODY = frozenset({"gums", "nose", "mouth", "eyes", "eye", "ear", "ears", "paw", "paws", "leg", "legs",
                         "tummy", "belly", "skin", "fur", "tail", "head", "back", "face", "lips", "tongue", "teeth",
                         "wee", "poo", "temperature", "temp", "breathing"})


# What an animal does to another's body: after these, "his leg" is a person's ("the dog's claw caught his leg").
ANIMAL_STRIKES = frozenset({"caught", "catches", "bit", "bites", "bitten", "scratched", "scratches", "clawed", "claws",
                            "nipped", "nips", "scraped", "gashed", "ripped", "tore", "raked", "swiped", "snapped"})
# Parts only an animal has: "caught his paw" is the animal's own.
ANIMAL_ONLY_BODY = frozenset({"paw", "paws", "fur", "tail", "snout", "muzzle", "hoof", "hooves", "whiskers", "beak",
                              "wing", "wings"})


def _subject_end(words: tuple[str, ...], first: int, s_start: int) -> int:
    """Where the match's subject ends, back over linking words: "the tent has just | collapsed"."""
    j = first
    while j > s_start and words[j - 1] in SUBJECT_LINKS:
        j -= 1
    return j




# A sentence opening with one of these and then "not", with no "?", reports: "Have not passed urine since ..."
AUXILIARY_OPENERS = frozenset({"have", "has", "did", "is", "was", "does", "do", "am"})
NOT_NEXT = frozenset({("not",), ("never",)})
# The writer, who is never "it": "my phone is boiling and i think it's got a fever".
FIRST_PERSON = frozenset({"i", "im", "ive", "id", "ill", "my", "me", "we", "our", "us", "were", "weve"})
# Before a clause that gives a time, not an outcome: "since he got home", "when she came home".
TIME_LINKS = frozenset({"since", "when", "before", "until", "till", "after", "from"})
# A question that asks which signs: "which signs mean 999?", "what are the red flags?"
SIGNS_NAMED = frozenset({"signs", "symptoms", "flags", "sign", "symptom"})
ASKING_WHICH = frozenset({"which", "what", "whats"})
# Anyone named, or now, in a list: a report ("chest pain, sweating, he's grey now")
REPORT_WORDS = frozenset({"i", "im", "me", "my", "he", "hes", "him", "his", "she", "shes", "her", "they", "theyre",
                          "we", "our", "now", "still", "currently", "tonight", "today"})
# Between "it" and what it has: "it's got a fever", "it's running a fever", "it's too hot to touch".
IT_HAS = frozenset({"s", "got", "has", "have", "a", "an", "running", "caught", "gotten", "just", "also", "now",
                    "is", "too", "so", "really", "very", "super", "way", "getting"})


EXAMPLE_MARKERS = frozenset({"eg", "ie", "etc", "etcetera"})
# Opening a list of examples: "... ? like bleeding, fever and them?"
EXAMPLE_OPENING = frozenset({"like", "such", "say"})


def _listed_after_signs_asked(tokens: Tokens, marks: Marks, sentence: int) -> bool:
    """A bare list of signs (two commas or more, no verb, no one named) straight after a question
    that asks which signs: "Which signs mean ring the 24 hour number and which mean 999? Chest pain,
    fits, bleeding, fever..." (not "what do I do? chest pain, sweating", which asks no signs)."""
    if sentence == 0 or sentence - 1 not in marks.questions:
        return False
    words = tokens.tokens
    start, end = tokens.sentences[sentence]
    said = words[start:end]
    listed = (said.count(",") >= 2 or not EXAMPLE_MARKERS.isdisjoint(said)  # "e.g. black poo, bleeding etc"
              or (bool(said) and said[0] in EXAMPLE_OPENING and "," in said))
    if not listed or not REPORT_WORDS.isdisjoint(said) or _tells_present(said) or _told_in_past(set(said)):
        return False
    b_start, b_end = tokens.sentences[sentence - 1]
    asked = words[b_start:b_end]
    return not SIGNS_NAMED.isdisjoint(asked) and not ASKING_WHICH.isdisjoint(asked)


def _in_its_clause(words: tuple[str, ...], i: int, size: int) -> tuple[str, ...]:
    """Up to `size` words before `i`, back to a comma: "chest pain before, | doctor say ..."."""
    span = words[max(0, i - size):i]
    return span[span.index(",") + 1:] if "," in span else span


def _meaning_asked(words: tuple[str, ...], marks: Marks, first: int, last: int, s_start: int) -> bool:
    """ "what", then the sign, then what it means: "tell me what black poo means" asks the meaning."""
    return "what" in words[max(s_start, first - 5):first] and last in marks.starts["means_after"]


def _said_in_general(words: tuple[str, ...], marks: Marks, first: int, last: int, s_start: int) -> bool:
    """The sign with no one's name on it, then what such a sign can do or how common it is ("a fever
    can be dangerous"), or why it is serious, asked ("why chest pain is an emergency")."""
    if first > s_start and words[first - 1] in PERSON_POSSESSIVES:
        return False  # "his temp can be dangerous" is his
    return last in marks.starts["said_in_general"] or (
        "why" in words[max(s_start, first - 3):first] and last in marks.starts["called_serious"])


def _degrees_after(words: tuple[str, ...], last: int, s_end: int) -> bool:
    """A number of degrees said after the match in its sentence: "very hot today, 33 degrees"."""
    return any(words[i][:1].isdigit() and words[i + 1] in DEGREE_WORDS for i in range(last, s_end - 1))


def _held_by_it(words: tuple[str, ...], first: int, s_start: int) -> bool:
    """The match is what "it" has: "it's got a fever" (a person is never "it")."""
    j = first
    while j > s_start and words[j - 1] in IT_HAS:
        j -= 1
    return j < first and j > s_start and words[j - 1] in ("it", "its")


def _before_a_place(words: tuple[str, ...], j: int, s_start: int) -> int:
    """Where a subject ends before a short phrase that says where it is ("printer | at work",
    "printer | in the office"): that phrase's start, or `j` when there is none."""
    for size in (2, 3):
        k = j - size
        if (k > s_start and words[k] in PLACE_PREPOSITIONS and words[j - 1].isalpha()
                and (size == 2 or words[k + 1] in PLACE_DETERMINERS)):
            # not when what comes before is itself where someone is: "someone on my team | at work"
            before = k - 1
            while before > s_start and words[before - 1] in PLACE_DETERMINERS:
                before -= 1
            return j if before > s_start and words[before - 1] in WHERE_SOMEONE_IS else k
    return j


def _possessive_of_a_body(words: tuple[str, ...], index: int) -> bool:
    return words[index] in ("her", "his") and index + 1 < len(words) and words[index + 1] in ANIMAL_BODY


def _struck_person(words: tuple[str, ...], index: int) -> bool:
    """ "his leg" straight after what an animal did to it is a person's ("the dog's claw caught his
    leg"), unless the part is one only an animal has ("caught his paw")."""
    return (words[index] in ("her", "his") and index > 0 and words[index - 1] in ANIMAL_STRIKES
            and not (index + 1 < len(words) and words[index + 1] in ANIMAL_ONLY_BODY))


def _names_a_person(words: tuple[str, ...], index: int) -> bool:
    """A word after an animal that names a person, not the animal's own body ("her gums")."""
    return ((words[index] in HUMAN_WORDS and not _possessive_of_a_body(words, index))
            or _struck_person(words, index))


def _near_miss(words: tuple[str, ...], first: int, last: int, s_start: int) -> bool:
    """ "nearly choked", "almost fell": a sign told in the past that did not quite happen; and
    "fake collapses", "pretending to faint": play."""
    return first > s_start and ((words[first - 1] in NEAR_MISS and _told_in_past({words[first]}))
                                or words[first - 1] in PRETEND)


def _dates_a_start(words: tuple[str, ...]) -> bool:
    """Words that date a start ("diagnosed last year, and had a fit"); "at the start of treatment
    last year" and "the first week after diagnosis (feb 2022)" are times, not starts, and date
    what follows."""
    return any(w in START_WORDS and not (i and ((w == "start" and words[i - 1] == "the")
                                                or not TIME_BEFORE_A_START.isdisjoint(words[max(0, i - 2):i])))
               # "when my son was first diagnosed", "the day she was diagnosed" are times
               and WHEN_WORDS.isdisjoint(words[max(0, i - 6):i])
               for i, w in enumerate(words))


# A state said not to be there: "her eyes aren't yellow", "the line isn't red".
STATE_WORDS = frozenset({"yellow", "yellowy", "yellowish", "red", "blue", "swollen", "puffy", "sore", "hot", "pink",
                         "black", "bloody", "purple", "grey", "gray", "leaking", "oozing", "tight", "drooping",
                         "droopy", "confused", "floppy", "tarry", "painful", "clammy", "blotchy", "numb", "stiff",
                         "heavy", "heavier",
                         # pain in progress, denied: "my chest isn't hurting"
                         "hurting", "aching", "throbbing", "stinging", "burning"})
# A pain or bleeding said not to happen: "my chest doesn't hurt".
PAIN_VERBS = frozenset({"hurt", "hurts", "ache", "aches", "sting", "stings", "throb", "throbs", "burn", "burns",
                        "bleed", "bleeds"})
VERB_NEGATORS = frozenset({"doesnt", "dont", "didnt", "not", "never"})
# How a state is seen, between its negator and it: "her leg doesn't look swollen".
APPEARANCE_VERBS = frozenset({"look", "looks", "looked", "seem", "seems", "seemed", "appear", "appears", "appeared"})
# After a negator, these say a sign goes on: "slowing but not stop", "but didn't ease".
GOES_ON = frozenset({"stop", "stopped", "stopping", "stops", "ease", "eased", "easing", "settle", "settled", "settling",
                     "slow", "slowed", "slowing", "go", "gone", "improve", "improved", "improving", "help", "helped"})
# Colour signs a light can fake: "his eyes looked yellow but it was the lighting".
COLOUR_SIGNS = frozenset({"yellow", "yellowy", "yellowish", "jaundice", "jaundiced", "blue", "bluish", "blueish",
                          "grey", "gray", "pale", "purple", "ashen", "dusky",
                          # colours of what comes out, which food can explain ("red from the beetroot")
                          "red", "pink", "black", "green", "orange", "dark"})
# Things a heat is said of straight after its number ("a 40C room"); not "100F flat" (exactly 100F).
HEATED_THINGS = frozenset({"room", "rooms", "bath", "baths", "pool", "pools", "water", "shower", "showers", "sauna",
                           "oven", "day", "days", "heat", "heatwave", "studio", "class", "classes", "tub", "spa",
                           "kitchen", "house", "office", "classroom", "weather", "summer",
                           # a hot day, named: "a 41 degree stinker today"
                           "stinker", "scorcher", "afternoon", "morning", "week"})
_NOW_WORDS = frozenset({"now", "today", "tonight", "currently", "atm", "rn", "still", "again", "just"})
# Words that tell of now in any sentence, a what-if's too ("tonight", "still" and "again" can look ahead).
PLAIN_NOW = _NOW_WORDS - {"today", "tonight", "still", "again", "just"}
# The same, less "just", which also softens a question: "just want to understand the leaflet".
_TOLD_NOW = _NOW_WORDS - {"just"}
# The same, less "still" and "again", which look ahead in a question about what will come.
NOW_NOT_AHEAD = _NOW_WORDS - {"still", "again"}
# Who a letter or message says had something: news of an exposure, not a sign a leaflet lists
# ("a letter saying someone there had measles", "... saying a child in his room had chickenpox").
NEWS_SUBJECTS = frozenset({"someone", "somebody", "another", "kids", "children", "child", "pupil", "pupils",
                           "classmate", "classmates", "there", "several"})
NEWS_NOUNS = frozenset({"child", "kid", "boy", "girl", "pupil", "case", "classmate", "friend", "baby", "patient"})
SAY_WORDS = frozenset({"says", "said", "say", "saying", "mentions", "mentioned"})


def _tells_news(words: tuple[str, ...], end: int) -> bool:
    """A mention ("the letter said") whose next words name who had something: news, not a mention."""
    if end == 0 or words[end - 1] not in SAY_WORDS or end >= len(words):
        return False
    return words[end] in NEWS_SUBJECTS or (words[end] == "a" and end + 1 < len(words) and words[end + 1] in NEWS_NOUNS)
# A guess at when, before a time said as an aside: "..., must be two years back now, ..."
GUESS_WORDS = frozenset({"must", "be", "it", "was", "thats", "that", "would", "have", "been", "probably", "prob",
                         "reckon", "think", "i"})
# Words for a thing that are also a part of the body, and the possessives that make them one.
BODY_NAMED_LIKE_THINGS = frozenset({"side", "joint", "back"})
PERSON_POSSESSIVES = frozenset({"his", "her", "my", "their", "your"})
# Short words that may say where a thing is, between it and its verb: "the printer at work keeps having ...".
PLACE_PREPOSITIONS = frozenset({"at", "in", "on"})
PLACE_DETERMINERS = PERSON_POSSESSIVES | {"the", "our", "a"}
# Before a thing, these make it itself a place someone is: "someone on my team | at work".
WHERE_SOMEONE_IS = PLACE_PREPOSITIONS | {"of", "with", "from"}
# Told after a sign, these say it goes on: "they sent us home but she's still hot".
# After a crisis told as long past, these bring it to now: "... doing well now, but lately the urges are back".
STILL_NOW = frozenset({"still", "again", "lately", "recently", "tonight", "today", "back", "but", "though", "urges",
                       "urge", "want", "wanting", "thinking"})
# "have" as a second-language writer tells a dated story with it: "she have fever last week".
BARE_HAVE = frozenset({"have", "has"})
# The words that link a seeing-to to who had it, left out of what is told of the sign: "she is out of
# hospital now", "he has been discharged", "she is now out of hospital".
SEEN_TO_LINKS = frozenset({"is", "s", "are", "was", "were", "been", "has", "have", "now"})
# After a sign said to have ended, these tell it is going on again.
GOING_ON_AGAIN = frozenset({"still", "worse", "restarted"})
# and "again" after one of these, or after an -ing word ("bleeding again"), not after how someone is
# ("his cheeky self again", "normal colour again")
STARTED_AGAIN = frozenset({"started", "starts", "start", "starting", "began", "begun", "back", "up"})
NOW_AFTER = frozenset({"still", "again", "now", "worse", "tonight", "currently", "rn", "atm"})
# Before a sign word, these make it a medicine's name: "anti-seizure meds", "anti-sickness tablets".
MEDICINE_PREFIXES = frozenset({"anti", "antiseizure"})
# After these, "ill" is the adjective, not "I'll": "have a fever without feeling ill".
BEFORE_ILL = frozenset({"feel", "feels", "feeling", "felt", "is", "was", "be", "been", "being", "are", "were", "very",
                        "so", "too", "really", "seriously", "critically", "terminally", "mentally", "more", "less",
                        "look", "looks", "looking", "looked", "get", "gets", "getting", "got", "fall", "falls",
                        "falling", "fell", "seem", "seems", "seemed", "become", "becomes", "became", "quite", "bit",
                        "as", "how", "gravely", "properly"})
# After a reading, words that join it to a thing named next: "is 38 degrees ok for the bottle warmer?"
JOINS_A_THING = frozenset({"ok", "okay", "alright", "fine", "safe", "too", "hot", "warm", "cold", "right", "normal",
                           "good", "enough", "for", "the", "a", "an", "my", "our", "your", "their", "his", "her",
                           "this", "that"})
UNIT_WORDS = frozenset({"c", "f", "degrees", "degree", "celsius", "fahrenheit", "centigrade", "deg"})
DEGREE_WORDS = UNIT_WORDS - {"c", "f"}  # the unit words that are never a letter of their own
# Someone else's opinion: "she thinks it's just the lighting".
OTHERS_OPINION = frozenset({"thinks", "reckons", "says", "said", "insists", "insisted", "believes", "claims",
                            "swears", "reckoned", "thought"})
# Besides "isn't" and "no", the words that deny one of a pair of states.
PAIR_NEGATORS = frozenset({"doesnt", "dont", "didnt", "hasnt", "havent", "neither", "nor"})
# Who checked it and gave the cause: their word, unlike a relative's, settles a colour.
CLINICIANS = frozenset({"doctor", "doctors", "dr", "nurse", "nurses", "gp", "consultant", "oncologist", "team",
                        "ward", "hospital", "clinic", "paramedic", "paramedics", "pharmacist"})
# Words for a body's heat: a reading said with them is a person's, whatever the weather.
BODY_HEAT = frozenset({"temp", "temps", "temperature", "fever", "feverish", "thermometer", "forehead", "armpit",
                       "ear", "mouth", "shivering", "shivery", "hot", "burning", "clammy", "sweaty"})
# A word ending in one of these names a plant: "sunflowers", "houseplant", "apple tree".
PLANT_ENDINGS = ("flower", "flowers", "plant", "plants", "tree", "trees", "bush", "bushes")
# After "it hit 41 in": words that are not a place whose weather it could be ("in bed", "in his ear").
# With no unit said, times and treatment phases too ("it hit 39 in minutes", "in induction").
NOT_PLACES = _BODY_OR_WARD | {"induction", "maintenance", "consolidation", "treatment", "chemo", "total", "all",
                              "minutes", "mins", "seconds", "secs", "hours", "hrs", "days", "weeks", "months",
                              "years", "that", "this", "there", "here", "one", "two", "three", "celsius",
                              "fahrenheit"}
# Words that start another event: a thing before one is not what the match is about.
# Words that open a clause giving the cause of the clause before it.
CAUSE_LINKS = frozenset({"because", "cos", "coz", "cuz", "as"})
EVENT_BREAKS = frozenset({"and", "but", "then", "so", "because", "cos", "after", "when", "while", "until", "till"})
# A sentence that ends with "?" asks only with one of these in it; "poo is black n sticky like tar??"
# reports with a question mark.
# (Words like "is" and "can" ask only when they open it, which `question_starts` reads.)
QUESTION_CUES = frozenset({"what", "whats", "why", "how", "hows", "when", "where", "which", "who", "normal", "ok",
                           "okay", "worry", "worried", "worrying", "mean", "means", "serious", "bad", "dangerous",
                           "safe", "expected", "usual", "common", "right", "possible", "chance", "chances", "risk",
                           "risks", "likely", "word", "because", "cause", "causes", "sign", "signs", "symptom",
                           "symptoms", "meaning", "called", "happen", "happens", "high", "low"})
# A sentence that opens with one of these tells what happened, even if it ends with "?".
# Named straight after a reading, these say whose it is, in a hurried message: "phone dying - 38.9 son chemo".
PEOPLE_AFTER_A_READING = frozenset({"son", "daughter", "child", "kid", "baby", "boy", "girl", "husband", "wife",
                                    "partner", "mum", "mom", "dad", "brother", "sister", "toddler", "teen", "teenager"})
# Said before a question word, these leave it a question: "like why is a fever such a big deal on chemo".
QUESTION_FILLERS = frozenset({"like", "so", "and", "but", "also", "ok", "okay", "oh", "hmm", "um", "erm", "well",
                              "plus", "anyway", "lol", "sorry", "btw"})
# A greeting before a question leaves it a question: "hi, are bruising and red spots a sign of ...".
GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "heya", "hii", "morning", "afternoon", "evening", "greetings"})
REPORT_OPENERS = frozenset({"got", "been", "had", "feeling", "woke", "went", "gone"})
# "chest fine, no pain": a negator that opens a clause inside the match, right before its last word.
CLAUSE_NEGATORS = frozenset({"no", "nothing", "without", "zero"})
COPULA_NEGATORS = frozenset({"arent", "isnt", "wasnt", "werent", "not", "never"})
# Before a check or a treatment, these say it was not done: "GP hasn't done bloods".
# Words for heat that the air has as well as a body (never a reading, a shiver or a chill).
AIR_HEAT = frozenset({"hot", "boiling", "roasting", "warm", "baking", "sweltering", "scorching"})
# Before a seeing-to, these make it a thing asked about, not done: "i don't know if his platelets are ok".
ASKED_IF = frozenset({"if", "whether"})
NOT_DONE = VERB_NEGATORS | (COPULA_NEGATORS - {"arent"}) | frozenset({"hasnt", "havent", "hadnt", "no", "yet", "wont"})
# Just before a seeing-to, these make it a time the sign is counted from, a check not done or one asked about.
NOT_A_SEEING_TO = TIME_LINKS | NOT_DONE | ASKED_IF
# "way before the leukaemia", "long before diagnosis": a time well before the illness.
LONG_BEFORE = frozenset({"way", "long", "well", "years", "months"})
BACK_POINTERS = frozenset({"it", "that", "which", "this", "they", "its", "thats", "all"})
# Opening a sentence, these point back at the one before too: "Those all settled."
SENTENCE_POINTERS = BACK_POINTERS | {"those", "these"}
ASIDE_WORDS = frozenset({",", "about", "around", "roughly", "over", "nearly", "almost", "maybe", "some", "a", "few",
                         "couple", "of", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "eleven", "twelve"})


# What follows "like"/"as" when it compares a time ("like it was before", "as in the first month"),
# not when it is part of a word ("a stroke-like episode").
_COMPARED = frozenset({"it", "they", "he", "she", "i", "we", "before", "when", "at", "in", "the", "back", "last",
                       "with"})


def _compares(words: tuple[str, ...], start: int) -> bool:
    """A time that compares rather than dates: "(back) like it was before he was diagnosed", "as
    in the first month", "the same ache in my hips I had before diagnosis"."""
    return any((words[i] in ("like", "as") and words[i + 1] in _COMPARED)
               or (words[i] == "way" and words[i + 1] in ("it", "they", "he", "she", "i", "we"))
               for i in range(max(0, start - 4), start)) or "same" in words[max(0, start - 8):start]


def _asks_what_counts(marks: Marks, sentence: int) -> bool:
    """A question with a number in it is general when it, or the question just before, asks why
    or what counts ("what counts as a fever? is it 38 or 37.5?")."""
    explained = marks.in_sentence["explanatory"]
    return sentence in explained or (sentence - 1 in explained and sentence - 1 in marks.questions)


# "... that's a fever", "... counts as a fever": the words after choices that ask what counts.
COUNTS_AS = frozenset({("thats", "a"), ("thats", "the"), ("that", "counts"), ("counts", "as"), ("is", "classed"),
                       ("thats", "fever"), ("thats", "high"), ("the", "number"), ("the", "threshold"),
                       ("the", "cutoff"), ("the", "limit")})


def _offers_choices_of_what_counts(tokens: Tokens, marks: Marks, sentence: int) -> bool:
    """Numbers offered as choices of what counts, with no person named: in one question ("is it 99.5
    or 100.4 that's a fever for chemo patients?"), or straight after a general question of what
    counts ("what temperature counts as a fever on chemo? 37.5 or 38?")."""
    start, end = tokens.sentences[sentence]
    words = tokens.tokens[start:end]
    if "or" not in words or sentence in marks.personal:
        return False
    if sentence in marks.questions and any(pair in COUNTS_AS for pair in pairwise(words)):
        return True
    return (sentence > 0 and tokens.tokens[end:end + 1] == ("?",) and sentence - 1 in marks.questions
            and sentence - 1 in marks.in_sentence["explanatory"] and sentence - 1 not in marks.personal)


# "oral or armpit thermometer, which is better": a question after a comma, with no question mark.
WH_AFTER_COMMA = frozenset({("which", "is"), ("which", "one"), ("which", "are"), ("what", "is"), ("whats", "the"),
                            ("how", "do"), ("how", "does"), ("how", "accurate"), ("which", "works")})


def _asks_after_a_comma(words: tuple[str, ...]) -> bool:
    return any(words[i] == "," and (words[i + 1], words[i + 2]) in WH_AFTER_COMMA for i in range(len(words) - 2))


def asks_about_this(marks: Marks, sentence: int) -> bool:
    """What was just told, asked about at the sentence's end ("PICC site is sore and red, is this
    ok??"): a report, not a general question. Not a why-question ("why is that bad?")."""
    return sentence in marks.in_sentence["this_asked"] and sentence not in marks.in_sentence["explanatory"]


# Opening a question, these ask whether something may happen: "could i have a seizure with the next ...?"
MODAL_OPENERS = frozenset({"could", "can", "will", "would", "might", "may"})
# Said with a service, these make it the one writing: "Support line here", "helpline worker relaying".
CALLERS = frozenset({"caller", "callers", "calling", "mum", "dad", "parent", "gran", "grandad", "grandma", "grandpa"})
SERVICE_ROLES = frozenset({"here", "worker", "workers", "staff", "volunteer", "volunteers", "nurse", "advisor",
                           "adviser", "operator", "relaying", "calling", "call", "caller", "team"})


def _service_writing(words: tuple[str, ...], start: int, end: int) -> bool:
    """The service named at words[start:end] is the one writing: "Support line here, ...",
    "helpline nurse relaying", "calling from the crisis line"; or one heading the message, then a
    caller: "Support line - caller's son, 11, ..." (a dash reads as a comma)."""
    return (end < len(words) and words[end] in SERVICE_ROLES) or (
        start >= 2 and words[start - 2] in ("from", "on") and words[start - 1] in ("the", "a", "our")) or (
        start == 0 and words[end:end + 1] in ((",",), (":",)) and not CALLERS.isdisjoint(words[end + 1:end + 3]))


def _holders(span: tuple[str, ...], person: frozenset[str]) -> set[str]:
    """The people in a span who could hold a reading, leaving out the one a thing is for or whose it
    is: in "the bath for my son read 37.5" and "the laptop of my son is very hot" the thing holds it,
    in "the bath, then my son read 37.5" he may."""
    return {w for i, w in enumerate(span) if w in person and FOR_OR_OF.isdisjoint(span[max(0, i - 2):i])
            and not (i == 1 and span[2:3] and span[2] in MADE_IT)}


# Straight after a thing and one who did it, these tell who made it, not who holds a reading:
# "the playdough we made is still warm, about 40C", "the milk I warm for my son is 40 degree".
MADE_IT = frozenset({"made", "bought", "cooked", "baked", "ran", "filled", "heated", "microwaved", "warmed",
                     "boiled", "poured", "brewed", "mixed", "make", "buy", "cook", "bake", "run", "fill", "heat",
                     "microwave", "warm", "boil", "pour", "brew", "mix"})


FOR_OR_OF = frozenset({"for", "of"})


def _tells_of_now(marks: Marks, sentence: int) -> bool:
    """The sentence says "right now", "today", "this morning", "minutes ago": a time dated long
    past elsewhere in it does not make what it tells over."""
    return sentence in marks.in_sentence["present"] or sentence in marks.in_sentence["recent"]


def _recent_time(marks: Marks, start: int, end: int) -> bool:
    """A recent time between `start` and `end`, not one that only names the day of a date long past:
    "that was 20 minutes ago" (not "that was 9 years ago this week")."""
    return bool(marks.within("recent", start, end)) and not marks.within("distant", start, end)


def _told_in_past(words: set[str]) -> bool:
    return bool(words & (PAST_WORDS | PAST_FORMS)) or any(len(w) > 4 and w.endswith("ed") for w in words)


# Words that say, with no subject, that what came before is over ("..., sorted with antibiotics");
# not "stopped" (", stopped eating" is news).
OVER_WORDS = frozenset({"sorted", "treated", "cleared", "settled", "resolved", "healed", "fixed", "gone"})


def _object_points_back(words: tuple[str, ...], index: int) -> bool:
    """What was said is the object of the word that ended it: "..., antibiotics cleared it" (not
    "cleared it for discharge", an approval)."""
    return (words[index] in OVER_WORDS and words[index + 1:index + 2] in (("it",), ("that",), ("them",), ("this",))
            and words[index + 2:index + 3] not in (("for",), ("to",)))


# Signs a medicine at home can lower or hide: a fever or its reading, chills, a pain.
MASKABLE = frozenset({"fever", "fevers", "feverish", "temp", "temps", "temperature", "temperatures", "hot", "warm",
                      "burning", "boiling", "roasting", "shivering", "shivers", "shivery", "shaking", "rigors",
                      "rigours", "chills", "chilly", "pain", "pains", "ache", "aches", "aching", "hurts", "hurting",
                      "sore", "agony", "headache", "migraine"})


def _maskable(match: tuple[str, ...]) -> bool:
    return any(w in MASKABLE or w[:1].isdigit() for w in match)


def _denied_where_it_stands(words: tuple[str, ...], state: int, floor: int) -> bool:
    """The state at words[state] is denied just before it, by a negator after index `floor`:
    "aren't yellow", "doesn't look swollen"."""
    return ((state - 1 > floor and words[state - 1] in COPULA_NEGATORS)
            or (state - 2 > floor and words[state - 1] in APPEARANCE_VERBS and words[state - 2] in VERB_NEGATORS))


def _states_all_denied(words: tuple[str, ...], first: int, last: int) -> bool:
    """Every state inside the match is denied where it stands: "her arm isnt swollen, the picc
    arm ..." (not "her arm isn't red but it's swollen by the picc", where one state is live)."""
    states = [i for i in range(first, last) if words[i] in STATE_WORDS]
    return bool(states) and all(_denied_where_it_stands(words, i, -1) for i in states)


def _goes_on_after(marks: Marks, words: tuple[str, ...], start: int, end: int) -> bool:
    """A word after a sign's end that tells it goes on ("but now it's bleeding again", "still"), not
    one that tells how well someone is ("fine again")."""
    well = marks.covered(("well_now", "over_since"), start, end)
    return any((words[i] in GOING_ON_AGAIN or (words[i] == "again" and i and (words[i - 1].endswith("ing")
                                                                       or words[i - 1] in STARTED_AGAIN)))
               for i in range(start, end) if i not in well)


def _thought_then_not(words: tuple[str, ...], first: int, last: int, s_start: int, s_end: int) -> bool:
    """The sign is what the speaker thought had happened, taken back later in the sentence: "thought
    Caden whacked his head on the truck door but nope, it was the ball" (not "thought it was a cold
    but no, he's 38.5", where the sign comes after the taking back)."""
    told = words[s_start:first]
    if "thought" not in told or len(told) > 6:
        return False
    after = words[last:s_end]
    return any(word == "but" and then in TAKEN_BACK for word, then in pairwise(after))


# After "but", these take back what was thought: "thought he hit his head but nope".
TAKEN_BACK = frozenset({"nope", "no", "nah", "not", "turns", "turned", "it", "its", "he", "she", "never"})


def _points_back(words: tuple[str, ...], index: int) -> bool:
    """A resolved phrase whose subject points back at what was said: "it settled", "that has gone";
    or one that opens a clause with no subject of its own: "a line infection, sorted with antibiotics"."""
    before = words[max(0, index - 2):index]
    return bool(before) and (before[-1] in BACK_POINTERS
                             or (before[-1] == "," and not OVER_WORDS.isdisjoint(words[index:index + 2]))
                             or (len(before) == 2 and before[0] in BACK_POINTERS
                                 and before[1] in {"has", "had", "have", "was", "is", "s", "all"}))
SCOPE = 25  # the furthest (in tokens) a clause, an "if" or a time phrase is looked for: keeps scans linear
SENTENCE_WIDE = ("present", "recent", "masking", "question_starts", "explanatory", "retrospective", "weather",
                 "this_asked")


class _PerCategory(Mapping[str, Any]):
    """A category's marks, worked out the first time a mode asks for that category: most
    matches need a few of the categories, and each costs a regex over the message."""

    def __init__(self, names: Iterable[str], build: Callable[[str], Any]) -> None:
        self._names, self._build, self._done = tuple(names), build, {}  # type: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        found = self._done.get(name)
        if found is None:
            if name not in self._names:
                raise KeyError(name)
            found = self._done[name] = self._build(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class Marks:
    """Where the context phrases occur in one message, indexed for constant-time look-ups; each
    category found on first use.

    starts:      category -> {first token: last token + 1}
    ends:        category -> token indexes where a mark ends
    in_sentence: category -> sentences holding such a mark (the SENTENCE_WIDE categories)
    personal:    sentences that mention a person
    questions:   sentences asked as a question"""

    def __init__(self, context: Context, tokens: Tokens) -> None:
        self._context, self._tokens = context, tokens
        self.starts: Mapping[str, Mapping[int, int]] = _PerCategory(context.patterns, self._starts)
        self.ends: Mapping[str, frozenset[int]] = _PerCategory(
            context.patterns, lambda name: frozenset(self.starts[name].values()))
        self.in_sentence: Mapping[str, frozenset[int]] = _PerCategory(
            SENTENCE_WIDE, lambda name: frozenset(tokens.sentence_of[i] for i in self.starts[name]))

    def _starts(self, name: str) -> dict[int, int]:
        tokens = self._tokens
        return dict(tokens.span(m.start(), m.end()) for m in self._context.patterns[name].finditer(tokens))

    @cached_property
    def personal(self) -> frozenset[int]:
        tokens, people = self._tokens, self._context.words["personal"]
        words = tokens.tokens
        # "ill" stands for "I'll" except after a word that makes it the adjective: "feeling ill"
        # "my other kids" are not the person the message is about
        return frozenset(tokens.sentence_of[i] for i, w in enumerate(words)
                         if w in people and not (w == "ill" and i > 0 and words[i - 1] in BEFORE_ILL)
                         and not (w in ("my", "our") and words[i + 1:i + 2] == ("other",)))

    @cached_property
    def questions(self) -> frozenset[int]:
        # "got the shivers and roasting hot??" reports with a question mark: a sentence that opens
        # with what happened is not a question, whatever it ends with.
        tokens, opening = self._tokens, self.starts["question_starts"]
        words = tokens.tokens
        return frozenset(n for n, (first, end) in enumerate(tokens.sentences)
                         if (first in opening
                             or (first + 1 < end and words[first] in QUESTION_FILLERS and first + 1 in opening)
                             or (words[first] in GREETINGS
                                 and first + 1 + (words[first + 1:first + 2] == (",",)) in opening)
                             or (end < len(tokens.tokens) and tokens.tokens[end] == "?"
                                 and not QUESTION_CUES.isdisjoint(tokens.tokens[first:end]))
                             or _asks_after_a_comma(words[first:end]))
                         and (first >= end or tokens.tokens[first] not in REPORT_OPENERS)
                         # "Have not passed urine since yesterday": a report with its "I" left out
                         and not (words[first] in AUXILIARY_OPENERS and words[first + 1:first + 2] in NOT_NEXT
                                  and words[end:end + 1] != ("?",)))

    def within(self, category: str, start: int, end: int) -> list[int]:
        """Start indexes of marks of `category` that start in [start, end)."""
        found = self.starts.get(category, {})
        return [i for i in range(start, end) if i in found]

    def covered(self, categories: Iterable[str], start: int = 0, end: int | None = None) -> set[int]:
        """Indexes of the tokens inside marks of `categories` that start in [start, end)."""
        return {i for name in categories for begin, stop in self.starts[name].items()
                if start <= begin and (end is None or begin < end) for i in range(begin, stop)}


@dataclass(frozen=True, eq=False)
class Context:
    words: Mapping[str, frozenset[str]]
    patterns: Mapping[str, PhrasePattern]
    window: int = 6

    @classmethod
    def from_data(cls, data: Mapping[str, Iterable[str]] | None, compiler: PhraseCompiler) -> Context:
        """Defaults plus whatever `data` adds (each key extends the default list)."""
        data = data or {}
        words = {k: frozenset(v) | frozenset(data.get(k) or ()) for k, v in WORD_LISTS.items()}
        patterns = {k: compiler.compile_all([*v, *(data.get(k) or ())]) for k, v in PHRASE_LISTS.items()}
        return cls(words, patterns, int(data.get("negation_window", 6)))  # type: ignore[call-overload]

    def marks(self, tokens: Tokens) -> Marks:
        return Marks(self, tokens)

    def mode(self, tokens: Tokens, marks: Marks, first: int, last: int, *, numeric: bool = False,
             resolvable: bool = True, use_time: bool = True, things: bool = False, others: bool = True) -> Mode:
        """The mode of a match on tokens [first, last).

        numeric:    the match is a temperature reading (never a "general" question)
        resolvable: "it went away" can rule the match out (not for emergencies: a seizure that
                    stopped still needs a call)
        use_time:   past time can rule the match out (the profile reader keeps "diagnosed last year";
                    crisis keeps "tried last year and still want to")
        things:     a thing before the match in its clause, with no person between, rules it out
                    ("the bath water is 38 degrees", "it's boiling in here")
        others:     an animal or a thing as the subject, or a near miss told in the past, rules it
                    out ("the dog has a fever", "the cake collapsed", "I nearly choked"); crisis keeps them
        """
        words = tokens.tokens
        sentence = tokens.sentence_of[first]
        s_start, s_end = tokens.sentences[sentence]
        if self._negated_match(words, first, last, s_start) or _answered_no(words, s_start, s_end):
            return Mode.DROP
        if first > s_start and words[first - 1] in MEDICINE_PREFIXES:
            return Mode.DROP  # a medicine named for the sign: "he's off all the anti-seizure meds now"
        if _thought_then_not(words, first, last, s_start, s_end):
            return Mode.DROP  # "thought he whacked his head on the door but nope, it was the ball"
        if self._colour_explained(words, marks, tokens, first, last, sentence):
            return Mode.DROP
        if things and self._about_a_thing(tokens, marks, first, last, (s_start, s_end)):
            return Mode.DROP
        if _subject_end(words, first, s_start) in marks.ends["animal"]:
            return Mode.DROP  # an animal did it, even in crisis: "the cat scratched his leg" is not self-harm
        if others and (self._about_another(words, marks, first, last, s_start)
                       or _near_miss(words, first, last, s_start)):
            return Mode.DROP
        if use_time and self._in_past(marks, words, first, last, sentence, tokens.sentences, resolvable):
            return Mode.DROP
        if numeric and first in marks.ends["limit_not_reached"]:
            return Mode.DROP  # a limit, not a reading: "36.9 at lunch, nothing near 37.5"
        if first in marks.ends["defined"] or last in marks.starts["named_as_sign"] \
                or self._term_asked(marks, first, last, sentence) \
                or (_meaning_asked(words, marks, first, last, s_start) and _TOLD_NOW.isdisjoint(words)) \
                or _said_in_general(words, marks, first, last, s_start):
            return Mode.GUIDANCE  # a term asked about: "what counts as 'heavy bleeding' on the sheet?"
        if first in marks.ends["feared"]:
            return Mode.GUIDANCE  # feared, even "still": "she still worries about fainting"
        if sentence in marks.in_sentence["present"]:
            return Mode.LIVE
        if self._hypothetical(words, marks, first, s_start, s_end) or self._mentioned_after(marks, last, s_end) \
                or self._hypothetical_after(words, marks, last, sentence, s_end) \
                or self._asked_of_what_is_to_come(words, marks, last, sentence, (s_start, s_end)) \
                or _listed_after_signs_asked(tokens, marks, sentence):
            return Mode.GUIDANCE
        if sentence in marks.questions and not self._asked_of_someone(words, marks, sentence, first, s_start, s_end) \
                and (not numeric or _asks_what_counts(marks, sentence)) and not asks_about_this(marks, sentence):
            return Mode.GUIDANCE  # a general question: "why is fever dangerous during chemo?"
        if numeric and _offers_choices_of_what_counts(tokens, marks, sentence):
            return Mode.GUIDANCE  # "what counts as a fever on chemo? 37.5 or 38?"
        return Mode.LIVE

    def _asked_of_someone(self, words: tuple[str, ...], marks: Marks, sentence: int, first: int, s_start: int,
                          s_end: int) -> bool:
        """The question names a person, not counting a preamble about the asker before its "why": "just
        realised I never asked - why is a fever such a big deal on chemo?" is asked of no one."""
        if sentence not in marks.personal:
            return False
        why = marks.within("explanatory", s_start, first)
        return not (why and self.words["personal"].isdisjoint(words[why[-1]:s_end]))

    @staticmethod
    def _term_asked(marks: Marks, first: int, last: int, sentence: int) -> bool:
        """The sign is named as a term someone used, and its meaning asked, in a question: "when the
        nurse talks about 'neutropenic fever', what does she mean by that?" (not "what does a fever
        of 38.5 in my son mean?", which names no term)."""
        if sentence not in marks.questions or not marks.starts["meaning_asked"]:
            return False
        return (any(first - 3 <= end <= first for end in marks.ends["term_named"])
                and bool(marks.within("meaning_asked", first - 12, last + 12)))

    @staticmethod
    def _about_another(words: tuple[str, ...], marks: Marks, first: int, last: int, s_start: int) -> bool:
        """The match is about a thing named straight before it ("the tent has just collapsed") or
        straight after it ("petechiae for plants"), or about an animal that opens the sentence with
        no person named since ("our dog had a fit").
        An animal as the match's own subject is read in `mode`, for every rule."""
        j = _before_a_place(words, _subject_end(words, first, s_start), s_start)
        # a body part a thing shares its name with, said of a person: "his side aches" (not "our side collapsed")
        body = j - 2 >= s_start and words[j - 1] in BODY_NAMED_LIKE_THINGS and words[j - 2] in PERSON_POSSESSIVES
        if j in marks.ends["thing_subject"] and not body:
            return True
        if j > s_start and words[j - 1] in ("it", "its") and any(
                not any(_names_a_person(words, i) for i in range(start, j - 1))
                for start in marks.within("thing_subject", s_start, j - 1)):
            return True  # "it" is the thing named before: "the kettle's making a noise like it's having a fit"
        if j > s_start and words[j - 1].endswith(PLANT_ENDINGS):
            return True  # "my sunflowers all collapsed", "the houseplant died"
        after = last + 2 if words[last + 1:last + 2] in (("a",), ("the",)) else last + 1
        if words[last:last + 1] == ("for",) and after < len(words) and (
                after in marks.starts["thing_subject"] or after in marks.starts["animal"]
                or words[after].endswith(PLANT_ENDINGS)):
            return True  # said of a thing, a plant or an animal: "petechiae for plants??"
        # in the story's own clause: not "watched a film about it and now he can't breathe"
        if any(EVENT_BREAKS.isdisjoint(words[start:first]) and "," not in words[start:first]
               for start in marks.within("fiction", s_start, first)):
            return True
        return any(start - s_start <= 3 and ANIMAL_OPENERS.issuperset(words[s_start:start])
                   and not any(_names_a_person(words, i) for i in range(start, first))
                   for start in marks.within("animal", s_start, first))

    @staticmethod
    def _place_follows(words: tuple[str, ...], last: int, bounds: tuple[int, int]) -> bool:
        """ "in Adelaide", "in Spain": "in" and a name no body, bed or ward is called, straight after."""
        if words[last:last + 1] != ("in",) or last + 1 >= bounds[1]:
            return False
        place = words[last + 1]
        return place.isalpha() and place not in NOT_PLACES

    @staticmethod
    def someone_what_if(tokens: Tokens, marks: Marks, first: int) -> bool:
        """The match is what someone imagined might one day say, in a question about how to answer
        it: guidance with the numbers, even for a rule that alerts on questions."""
        said_if = bool(marks.starts["someone_said_if"]) and bool(marks.starts["not_happened"])
        if not marks.starts["someone_what_if"] and not said_if:
            return False  # most messages: no what-if anywhere
        sentence = tokens.sentence_of[first]
        start, end = tokens.sentences[sentence]
        if sentence not in marks.questions:
            # told, then asked in the next sentence: "Imagine someone told a leader .... How should we respond?"
            if sentence + 1 >= len(tokens.sentences) or sentence + 1 not in marks.questions:
                return False
            end = tokens.sentences[sentence + 1][1]
        # "... what do you say? because my brother just did": it happened; "if she ever says it again": it has
        words = tokens.tokens
        # not "say" between commas, a way of setting up a what-if: "if a person were to, say, hypothetically, ..."
        ends = marks.starts["someone_what_if"]
        imagined = [at for at in marks.within("someone_what_if", start, first)
                    if not (words[ends[at] - 1] == "say" and words[ends[at]:ends[at] + 1] == (",",))]
        if said_if:
            imagined += marks.within("someone_said_if", start, first)
        return bool(imagined) and not _tells_it_happened(words[end:]) and "again" not in words[start:end]

    @staticmethod
    def asked_of_anyone(tokens: Tokens, marks: Marks, first: int) -> bool:
        """The match is asked about anyone at all: its signs ("what are the signs that someone might
        be thinking about suicide?") or what can cause it ("can steroids cause suicidal thoughts?",
        with no one named in the sentence). Guidance with the numbers, unless the message goes on
        to point back ("... my son is showing some of them"). Anyone imagined ("if someone ever
        ...") is `someone_what_if`."""
        if not (marks.starts["signs_asked"] or marks.starts["cause_asked"] or marks.starts["how_common_asked"]
                or marks.starts["helping_asked"] or marks.starts["signs_of_asked"]):
            return False  # most messages: none of them
        sentence = tokens.sentence_of[first]
        start, end = tokens.sentences[sentence]
        # "... asking because my son does and he did it again today": it is happening to someone
        after = tokens.tokens[end:]
        if sentence not in marks.questions or not POINTS_AT_SIGNS.isdisjoint(after) or _tells_it_happened(after):
            return False
        if marks.within("signs_asked", start, first) or marks.within("helping_asked", start, first):
            return True
        # "can steroids cause suicidal thoughts?" asks of anyone; "can it make me feel like this" does not
        return (bool(marks.within("cause_asked", start, first) or marks.within("how_common_asked", start, first)
                     or marks.within("signs_of_asked", start, first))
                and _names_nobody(tokens.tokens[start:end]))

    @staticmethod
    def names_a_service(tokens: Tokens, marks: Marks, last: int) -> bool:
        """The match names a service or a subject ("how do suicide prevention helplines work"):
        guidance, with the numbers, even for a rule that alerts on questions. Not when the message
        asks for help now ("I need a suicide helpline now", "... ? my husband needs it")."""
        if not (marks.starts["service_after"] or marks.starts["service_before"] or marks.starts["topic_before"]):
            return False  # most messages: no service or subject named anywhere
        start, _ = tokens.sentences[tokens.sentence_of[last - 1]]
        # named straight after it, or before it with no one saying it of themselves: not "helplines?
        # i'm suicidal"; nor the service that is writing ("Support line here, caller's son can't wake")
        named_before = (any(not _service_writing(tokens.tokens, at, marks.starts["service_before"][at])
                            for at in marks.within("service_before", start, last))
                        and SELF_WORDS.isdisjoint(tokens.tokens[start:last]))
        # the subject of a session, with no one saying it of themselves after: not "after the talk on
        # suicide i feel like killing myself"
        named_topic = any(SELF_WORDS.isdisjoint(tokens.tokens[marks.starts["topic_before"][at]:last])
                          for at in marks.within("topic_before", start, last))
        if not (marks.within("service_after", last, last + 1) or named_before or named_topic):
            return False
        words = tokens.tokens[start:]  # the rest of the message: "... ? my husband needs it"
        # a need denied is not one: "not for me, I'm putting together a resource list"
        if marks.starts["for_a_resource"]:
            # "... I want the numbers right for our resource card", "for anyone who needs them": for others
            return URGENT_NOW.isdisjoint(words)
        asked = [pair for i, pair in enumerate(pairwise(words)) if pair in NEED_PAIRS and words[i - 1:i] != ("not",)]
        # the speaker says they have what was named: "do they check for suicidal thoughts? I've been having them"
        after = tokens.tokens[last:]
        own = not SELF_WORDS.isdisjoint(after) and any(pair in HAVING_IT for pair in pairwise(after))
        return NEED_NOW.isdisjoint(words) and not asked and not own

    @staticmethod
    def _hypothetical_after(words: tuple[str, ...], marks: Marks, last: int, sentence: int, s_end: int) -> bool:
        """A question whose sign is set up as a what-if after it: "would a fever of 38 mean he is
        admitted, if it ever happened?", or said to be asked ahead ("... ? Asking for the future").
        Not a statement ("he's 38.7, if it ever happens what do we do") nor "again", which may be now."""
        return sentence in marks.questions and "again" not in words[last:s_end] and bool(
            marks.within("hypothetical_after", last, s_end) or marks.within("asked_ahead", last, len(words)))

    @staticmethod
    def _asked_of_what_is_to_come(words: tuple[str, ...], marks: Marks, last: int, sentence: int,
                                  bounds: tuple[int, int]) -> bool:
        """A question that opens with a modal and asks of a treatment still to come: "could i have a
        seizure with the next intrathecal?" (not "she's fitting now, is it from the next dose?")."""
        return (sentence in marks.questions and words[bounds[0]] in MODAL_OPENERS
                and bool(marks.within("next_treatment", last, bounds[1])))

    @staticmethod
    def _mentioned_after(marks: Marks, last: int, s_end: int) -> bool:
        """Where the sign is written follows it: "why is the fever number 37.5 on one leaflet"."""
        return bool(marks.within("mentioned", last, min(last + 6, s_end)))

    def _about_a_thing(self, tokens: Tokens, marks: Marks, first: int, last: int,
                       bounds: tuple[int, int]) -> bool:
        """A thing named before the match in its clause, with no person in between. Only before:
        "he's 38.5 in the car" is his temperature. When a person is named, the match stays theirs;
        in another clause the thing is another event ("he ate some fish and now has a temp of 39")."""
        words = tokens.tokens
        # "... for a dog, ours is 39.1": "ours" stands for the thing just named, not for us
        person = (self.words["personal"] | self.words["people"]) - THING_POSSESSIVES
        unit_end = last  # past the reading's unit words, if any ("38.9 c", "38 degree")
        while unit_end < bounds[1] and words[unit_end] in UNIT_WORDS:
            unit_end += 1
        if unit_end < bounds[1] and words[unit_end] in PEOPLE_AFTER_A_READING:
            return False  # named straight after the reading, with no word between: "38.9 son ALL chemo"
        scope = first
        while scope > bounds[0] and words[scope - 1] not in EVENT_BREAKS:
            scope -= 1  # a comma does not end it: "kettle just boiled, 100 degrees"
        if any(not _holders(words[start:first], person) for start in marks.within("thing", scope, first)):
            return True
        def nobody_warm(span: tuple[str, ...]) -> bool:  # no person and no word for a body's heat
            return person.isdisjoint(span) and BODY_HEAT.isdisjoint(span)

        if any(nobody_warm(words[start:first]) for start in marks.within("place", scope, first)):
            return True
        if words[last - 1] in AIR_HEAT and last in marks.starts["thing"]:
            return True  # hot, of the thing named next: "my son hot chocolate is too hot"
        if (words[first - 1:first] == ("its",) and words[last:last + 1] in (("degrees",), ("degree",))
                and marks.within("weather", bounds[0], bounds[1]) and nobody_warm(words[bounds[0]:first])):
            return True  # "it's" the day's, with weather in the sentence: "It's 38 degrees and pouring in Portland"
        if (not AIR_HEAT.isdisjoint(words[first:last])
                and (marks.within("weather", scope, bounds[1]) or _degrees_after(words, last, bounds[1]))
                and person.isdisjoint(words[scope:last])):
            # the air's, with no one before it: "Hong Kong so hot today, 34 degree and humid", "Nairobi
            # very hot today, 33 degrees" (a number of degrees in a body's range is read on its own)
            return True
        if _held_by_it(words, first, bounds[0]):
            # "it" that has it is the thing named before: "my laptop ... pretty sure it's got a fever"
            others = person - FIRST_PERSON
            if any(others.isdisjoint(words[start:first]) for start in marks.within("thing", bounds[0], first)):
                return True
        if words[max(0, first - 1):first] == ("its",) and any(
                nobody_warm(words[start:first]) for start in marks.within("place", bounds[0], first)):
            return True  # "it's" a place's heat, said after where we are: "we live in Phoenix and it's 105F today"
        if marks.within("thing_after", last, min(last + 3, bounds[1])):
            return True
        setting = first - 1 if first >= 2 and words[first - 1].replace(".", "", 1).isdigit() else first
        if first in marks.ends["set_to"] or setting in marks.ends["set_to"]:
            return True  # a setting: "the hot tub at our cottage is set to 40C", "I run it about 37-38"
        if any(bounds[0] <= start < first and end < bounds[1] and words[end].isalpha() and words[end] not in NOT_PLACES
               for start, end in marks.starts["left_in"].items()):
            return True  # "thermometer in the ute read 38.5" (not "in her mouth", "in the hospital")
        joined = last
        while (joined < bounds[1] and joined not in marks.starts["thing"]
               and (words[joined] in UNIT_WORDS or words[joined] in JOINS_A_THING)):
            joined += 1
        if joined > last and joined in marks.starts["thing"] and nobody_warm(words[scope:first]):
            return True  # "is 38 degrees ok for the bottle warmer?", with no one before the reading
        if unit_end > last and words[unit_end:unit_end + 1] and words[unit_end] in HEATED_THINGS:
            return True  # the number and its unit name a thing's heat: "hot yoga (40°C room)", "a 38 degree bath"
        unit_after = words[last:last + 1] in (("c",), ("f",), ("degrees",))
        if (unit_after or self._place_follows(words, last, bounds)) and any(
                marks.starts["weather_it"][start] == first and nobody_warm(words[start:last])
                and BODY_HEAT.isdisjoint(words[bounds[0]:bounds[1]])  # "she's hot, it'll be 39 degrees by now"
                for start in marks.within("weather_it", max(scope, first - 8), first)):
            return True
        # with its unit said: "40C there" (a bare "38.2 there, just checked" may be his)
        if unit_after:
            end = last  # the clause's end: nobody named up to there
            while end < bounds[1] and words[end] not in EVENT_BREAKS and words[end] != ",":
                end += 1
            # outdoors, nobody in the clause; a room or a vehicle, nobody in the sentence before it
            if marks.within("place_after", last, min(last + 3, bounds[1])) and nobody_warm(words[scope:end]):
                return True
            if marks.within("inside_after", last, min(last + 3, bounds[1])) and nobody_warm(words[bounds[0]:end]):
                return True
        for start in marks.within("tested_on", bounds[0], bounds[1]):  # "testing it on the hot water bottle"
            end = marks.starts["tested_on"][start]
            if marks.within("thing", end, end + 3):
                return True
            # on "it", a thing named before: "his teddy got 'fever' lol he put the thermometer on it and say 39"
            if words[end:end + 1] == ("it",) and marks.within("thing", bounds[0], start):
                return True
        if self._thing_heat_asked(tokens, marks, first) and nobody_warm(words[bounds[0]:bounds[1]]):
            return True  # "how hot should the bath be for my son? ... is 38 degrees ok?"
        return (tokens.sentence_of[first] in marks.in_sentence["weather"]
                and nobody_warm(words[bounds[0]:bounds[1]]))

    @staticmethod
    def _thing_heat_asked(tokens: Tokens, marks: Marks, first: int) -> bool:
        """The reading is asked about as a choice, after the message asked how hot a thing should
        be: "how hot should the bath be? ... is 38 degrees ok?" (the caller checks no one and no
        body's heat is in the reading's sentence)."""
        sentence = tokens.sentence_of[first]
        return sentence in marks.questions and any(
            marks.within("thing", end, end + 4) for start, end in marks.starts["heat_asked"].items() if start < first)

    def _negated_list(self, words: tuple[str, ...], first: int, last: int) -> bool:
        """The match ends in a negated list: "isn't red or swollen or leaking", "isn't red, sore or
        leaking" (one "or" at least)."""
        item, items = last - 1, 0
        while item - 2 >= first and words[item - 1] in ("or", "nor", ","):
            items += words[item - 1] != ","
            item -= 2
        # over a verb of how it looks: "doesn't look swollen or red"
        negator = item - 2 if item - 2 >= first and words[item - 1] in APPEARANCE_VERBS else item - 1
        return items > 0 and negator >= first and words[negator] in self.words["negators"]

    def _negated_match(self, words: tuple[str, ...], first: int, last: int, s_start: int) -> bool:
        """Negated before the match, or inside it: a list ("isn't red or swollen or leaking"), a
        state ("her eyes aren't yellow"), a pair ("isn't swollen and doesn't hurt"); or "... free"."""
        return (self._negated(words, first, s_start) or words[last:last + 1] == ("free",)
                or self._negated_list(words, first, last)
                or (words[last - 1] in STATE_WORDS and _denied_where_it_stands(words, last - 1, first))
                or _states_all_denied(words, first, last)
                or (words[last - 1] in PAIN_VERBS and last - 2 > first and words[last - 2] in VERB_NEGATORS)
                # the last word denied at the end of a long match: "his port, no redness nothing leaking"
                or (last - 2 > first and words[last - 2] == "nothing")
                or (last - 3 > first and words[last - 2] in CLAUSE_NEGATORS and words[last - 3] in (",", "and"))
                or self._negated_pair(words, first, last)
                # the sign itself denied after "but": "tripped but didn't hit his head" (not "slowing but
                # not stop", which tells it goes on)
                or any(words[i] in VERB_NEGATORS and words[i - 1] == "but" and words[i + 1] not in GOES_ON
                       for i in range(first + 1, last - 1)))

    @staticmethod
    def _colour_explained(words: tuple[str, ...], marks: Marks, tokens: Tokens, first: int, last: int,
                          sentence: int) -> bool:
        """A colour sign with the light it was seen in, or what was eaten, given as the cause, in its
        sentence or a later one: "not yellow at all, I panicked about jaundice but it was the
        bathroom lighting"; "it was red from all the beetroot she ate"."""
        explained = marks.starts.get("colour_explained")
        if not explained or COLOUR_SIGNS.isdisjoint(words[first:last]):
            return False
        # Only the speaker's own account, or a clinician's: "my wife thinks it's the light" may be
        # someone playing it down; "the doctor checked her and said it was from her iron tablets" is not.
        # not a cause denied: "she hasn't had beetroot"
        return any(tokens.sentence_of[i] >= sentence and tokens.sentence_of[i] not in marks.questions
                   and words[tokens.sentences[tokens.sentence_of[i]][1]:][:1] != ("?",)  # "it was beetroot i think?"
                   and not (i and words[i - 1] in NOT_DONE)
                   and (OTHERS_OPINION.isdisjoint(words[max(0, i - 3):i])
                        or not CLINICIANS.isdisjoint(words[max(0, i - 8):i])) for i in explained)

    @staticmethod
    def _negated_pair(words: tuple[str, ...], first: int, last: int) -> bool:
        """A match made of two negated states: "her leg isn't swollen and it doesn't hurt", "my legs
        haven't swollen up and there's no pain"."""
        inside = words[first:last]
        # "there's no pain" is a negated state too: "my legs haven't swollen up and there's no pain"
        # "... aren't swollen and neither calf is red": "neither" denies the second
        return sum(w in COPULA_NEGATORS or w in CLAUSE_NEGATORS or w in PAIR_NEGATORS
                   for w in inside) >= 2 and ("and" in inside or "or" in inside)

    def _negated(self, words: tuple[str, ...], first: int, s_start: int) -> bool:
        """A negator before the match, reaching back over light words and "X or" list items; or a
        clause whose subject is "nobody" ("nobody at nursery has chickenpox"; "neither of us has had a
        fever or chills": a list's "or" does not end the clause)."""
        c_start = first
        while c_start > s_start and (words[c_start - 1] not in self.words["clause_breaks"]
                                     or words[c_start - 1] in ("or", "nor")):
            c_start -= 1
        # (a "nobody" the match opens with is the rule's own word: "nobody will need to worry about me after")
        if (((c_start < first and words[c_start] in SUBJECT_NEGATORS)
             or (c_start + 1 < first and words[c_start + 1] in SUBJECT_NEGATORS))
                and SUBORDINATORS.isdisjoint(words[c_start:first + 1])):
            return True  # not the "when" clause after it: "so nobody blames themselves when I'm gone"
        j, steps = first - 1, 0
        while j >= s_start and steps < self.window:
            if words[j] in self.words["fillers"]:
                j -= 1
            elif words[j] in self.words["subjects"] and j > s_start and words[j - 1] in self.words["opinion_verbs"]:
                j -= 1  # "don't think I have a fever" is a negation; "didn't notice he had one" is not
            elif words[j] in ("or", "nor") and j - 1 > s_start:
                # "no fits or seizures", "never had any tiny red spots or bruises": skip "or" and
                # the item before it (up to four words)
                j -= 1
                item = 0
                while (item < 4 and j > s_start and words[j] not in self.words["negators"]
                       and words[j] not in self.words["clause_breaks"] and words[j] not in ("or", "nor")):
                    j -= 1
                    item += 1
            else:
                break
            steps += 1
        # "not another fit!" is dismay at one more, not a denial ("never had another one" is)
        return (j >= s_start and words[j] in self.words["negators"]
                and not (words[j] == "not" and words[j + 1:j + 2] == ("another",)))

    def _in_past(self, marks: Marks, words: tuple[str, ...], first: int, last: int, sentence: int,
                 sentences: tuple[tuple[int, int], ...], resolvable: bool) -> bool:
        """`sentences`: the bounds of every sentence of the message; `sentence` is the match's."""
        bounds, next_sentences = sentences[sentence], sentences[sentence + 1:sentence + 3]
        c_start, c_end = self._clause(words, first, last, bounds)
        # A recent sign, or one medicine can lower or hide (a fever, a pain), still needs a call
        # however it is closed; "the team sorted my meds and it cleared" masks no confusion.
        recent_or_masked = _recent_sign(marks, bounds) or (
            sentence in marks.in_sentence["masking"] and _maskable(words[first:last]))
        if resolvable and not recent_or_masked:
            # In the match's own clause ("the fever went away"), not another's ("and his rash has gone").
            near = marks.within("resolved", last, min(last + 6, c_end))
            # Later in the sentence, only when it points back: "..., it settled", "which cleared up".
            # Or, in a story told in the past, as the object: "she had blood in her wee, antibiotics cleared it".
            later = [i for i in marks.within("resolved", last, bounds[1])
                     if _points_back(words, i) or (_object_points_back(words, i) and _told_as_past(words[bounds[0]:i]))]
            settled = [*near, *later]
            # not when it started again after: "..., it stopped after the nurse came but now it's bleeding again"
            if settled and not _goes_on_after(marks, words, marks.starts["resolved"][settled[0]], bounds[1]):
                return True
        if self._back_now(marks, words, first, c_end):
            return False
        if self._story_opening(marks, words, sentence, bounds, (c_start, c_end)):
            return True
        told_then = (_told_as_past(words[c_start:c_end])
                     or self._notes_of_a_dated_story(marks, words, sentence, sentences))
        # An emergency is over only when long past ("a seizure last month ... none since") or seen to.
        spans_after = ((c_end, bounds[1]), *next_sentences)
        if (not recent_or_masked and told_then and (resolvable or marks.within("distant", c_start, c_end))
                and any(marks.within("over_since", start, end) for start, end in spans_after)):
            # "temp was 38.5 on Sunday so we took him in. ... been normal ever since"; in a later
            # clause of its own sentence too: "a high fever in induction, they treated it and he's been fine since"
            return True
        if self._handled_after(marks, words, sentence, sentences, (c_start, c_end), last):
            return True  # seen to by the hospital, an emergency too: "had a fit, checked at A&E, sent home"
        retrospective = marks.starts["retrospective"]
        if any(start >= last and not _recent_time(marks, start, retrospective[start])
               for start in marks.within("retrospective", last, bounds[1])):
            return True  # "..., which was four years ago" (not "..., which was 20 minutes ago")
        if marks.within("before_diagnosis", last, min(last + 8, bounds[1])) and _told_as_past(words[c_start:c_end]):
            return True  # "heavy for months before I found out I had ALL"
        if self._dated_later(marks, words, bounds, next_sentences, (c_start, c_end)):
            return True
        if self._dated_before(marks, words, sentence, bounds, (c_start, c_end)):
            return True
        if self._dated_after(marks, words, c_end, bounds):
            return True
        if self._dated_while(marks, words, (c_start, c_end), bounds):
            return True
        if self._continues_story(marks, words, sentence, sentences):
            return True
        # A season after "since" starts what goes on: "since finishing treatment in the summer I've had fevers".
        seasons = [i for i in marks.within("season", bounds[0], bounds[1]) if "since" not in words[bounds[0]:i]]
        if ((marks.within("school_year", bounds[0], bounds[1]) or seasons)
                and _told_as_past(words[c_start:c_end]) and not _tells_of_now(marks, sentence)):
            return True
        ongoing = marks.ends.get("ongoing", frozenset())
        # a cause told of a dated event is dated with it: "rushed in at diagnosis because she couldn't breathe"
        told_from = c_start
        if c_start > bounds[0] and words[c_start - 1] in CAUSE_LINKS and not _tells_present(words[c_start:c_end]):
            event = self._clause(words, c_start - 1, c_start - 1, bounds)[0]
            told_from = event if _told_as_past(words[event:c_end]) else c_start
        return any(start not in ongoing and not _compares(words, start) and not _up_to_now(words, start)
                   for start in marks.within("distant", told_from, c_end))

    @staticmethod
    def recovered(tokens: Tokens, marks: Marks, first: int) -> bool:
        """A sign kept when past (crisis) told long past ("years ago", "used to"), then help had and
        "doing really well now", in its sentence or the next two, with nothing after it that tells of
        it now ("but lately ..."): "years ago i self harmed. had therapy since and im doing well now"."""
        words, sentences, sentence = tokens.tokens, tokens.sentences, tokens.sentence_of[first]
        s_start = sentences[sentence][0]
        told = words[s_start:first]
        end = sentences[min(sentence + 2, len(sentences) - 1)][1]
        # dated in its sentence or the next two: "... thought about ending it. got help ... thats 2 yrs ago"
        long_past = bool(marks.within("distant", s_start, end)) or ("used", "to") in pairwise(told)
        if not (long_past and marks.within("got_help", first, end) and marks.within("doing_well", first, end)):
            return False
        return STILL_NOW.isdisjoint(words[first:end])

    @staticmethod
    def _back_now(marks: Marks, words: tuple[str, ...], first: int, c_end: int) -> bool:
        """The sign is said to be back, in its own clause, now: "the night sweats I had at diagnosis
        are back". Not back somewhere ("back at school", "back to normal", "back home")."""
        ends = marks.starts["back_now"]
        return any(words[ends[start]:ends[start] + 1] not in BACK_SOMEWHERE
                   for start in marks.within("back_now", first, c_end))

    @staticmethod
    def _handled_after(marks: Marks, words: tuple[str, ...], sentence: int,
                       sentences: tuple[tuple[int, int], ...], clause: tuple[int, int], last: int) -> bool:
        """A sign told in the past, then seen to and sent home after it (in its own clause, a later
        one or one of the next two sentences), with nothing told of now from the sign on: "her temp
        spiked on sunday, she got admitted, treated and came home yesterday with normal bloods", "the
        pupil who bumped his head on Friday was checked at the hospital". Even a recent sign: the
        hospital has seen it. Not "they sent us home, she's still hot" (told of now)."""
        if not marks.starts["handled"]:
            return False
        # what is told of the sign, up to a seeing-to in its own clause: "the lady who had the fever
        # last week is out of hospital now" (the "is" tells of the seeing-to, not the sign)
        told = words[clause[0]:min(marks.within("handled", last, clause[1]), default=clause[1])]
        while len(told) > last - clause[0] and told[-1] in SEEN_TO_LINKS:
            told = told[:-1]
        # told in the past, or over in its own clause ("the fever's gone, they gave her IV antibiotics"),
        # or as a dated note with no tense: "last night's fever (38.1): we went in, ...";
        # a day gone by dates the whole sentence: "last week ... cannot drink, hospital gave drip"
        # (not "tonight", which may be this episode's: "another temp tonight, 38.4. the last one ...")
        over_here = any(words[i - 1] not in NOT_DONE for i in marks.within("resolved", *clause) if i)
        # a dated telling whose only present word is a bare "have": "my wife she have fever last week"
        dated_bare = ((marks.within("past_days", *clause) or marks.within("distant", *clause))
                      and not marks.within("ongoing", *clause) and NOW_AFTER.isdisjoint(told)
                      and PRESENT_WORDS.intersection(told) <= BARE_HAVE)
        if not _told_as_past(told) and not over_here and not dated_bare and (
                _tells_present(told) or _told_in_past(set(told))
                or not (marks.within("recent", *clause) or marks.within("distant", *clause)
                        or marks.within("past_days", sentences[sentence][0], clause[1]))):
            return False
        end = sentences[min(sentence + 2, len(sentences) - 1)][1]
        # not a time the sign is counted from ("hasn't done a wee since he got home from school"), nor
        # a check not done ("GP hasn't done bloods"), nor one asked about ("don't know if his platelets are ok")
        handled = [i for i in marks.within("handled", last, end)
                   if NOT_A_SEEING_TO.isdisjoint(_in_its_clause(words, i, 2))]
        if not handled:
            return False
        told = range(sentence, len(sentences))
        # "he's great now", "all good now" tell how the story ended, not news of the sign; so does
        # "home now" after it was seen to (alone, "shaking after the flush, i'm home now" is news)
        well = marks.covered(("well_now", "resolved"))
        # after it was seen to, or holding a seeing-to other than coming home: "now she is
        # discharged" (not "i'm home now" alone, which is where the sign may have come with them)
        seen_to = min(marks.starts["handled"][i] for i in handled)
        not_home = [h for h in handled if "home" not in words[h:marks.starts["handled"][h]]]
        well.update(i for start, stop in marks.starts["home_now"].items()
                    if start >= seen_to or any(start <= h < stop for h in not_home) for i in range(start, stop))
        return (not any(n in marks.in_sentence["present"] for n in told if sentences[n][0] <= handled[-1])
                and all(words[i] not in NOW_AFTER or (words[i] == "now" and words[i - 1] == "ago")
                        for i in range(last, end) if i not in well))  # "ages ago now" dates, not news

    @staticmethod
    def _dated_later(marks: Marks, words: tuple[str, ...], bounds: tuple[int, int],
                     next_sentences: tuple[tuple[int, int], ...], clause: tuple[int, int]) -> bool:
        """One of the next two sentences opens "that was ... ago" / "that was 2023", and
        any sentence between tells no news of now ("Her first fever was in May. Admitted,
        antibiotics, home. That was months ago.")."""
        in_past = _told_as_past(words[bounds[0]:bounds[1]])
        for start, end in next_sentences:
            opens = (words[start:start + 2] in (("that", "was"), ("this", "was"), ("it", "was"))
                     or words[start] == "thats")
            # not a report told in the present: "he can't keep anything down. that was march ...";
            # nor a recent time: "she had a fit. that was 20 minutes ago"
            if (opens and marks.within("retrospective", start, start + 1)
                    and not _tells_present(words[clause[0]:clause[1]]) and not _recent_time(marks, start, end)):
                return True
            if in_past and marks.within("years_since", start, start + 1):
                return True  # "I was covered in bruises. I'm 6 years out now"
            if (in_past and words[start] in SENTENCE_POINTERS and marks.within("resolved", start + 1, start + 3)
                    and (marks.within("distant", bounds[0], bounds[1]) or marks.within("distant", start, end))):
                return True  # "We had a run of fevers early on. That all settled ... in 2023."
            if PRESENT_WORDS.intersection(words[start:end]) or marks.within("recent", start, end):
                return False
        return False

    def _dated_before(self, marks: Marks, words: tuple[str, ...], sentence: int, bounds: tuple[int, int],
                      clause: tuple[int, int]) -> bool:
        """A time long past said earlier in the sentence, as an aside, and the match told in the past:
        "Once, back in year 4, I fainted in assembly"; "In the first block, so last May, his legs
        hurt"; "in 2017 she had rigors, shaking like a leaf". Not when what was dated is a start
        ("diagnosed last year, and had a fit")."""
        if _tells_of_now(marks, sentence):
            return False
        c_start, c_end = clause
        dated = [s for s in marks.within("distant", bounds[0], c_start) if marks.starts["distant"][s] <= c_start]
        if not dated or _dates_a_start(words[bounds[0]:c_start]):
            return False
        told = words[c_start:c_end]
        if not _tells_present(told) and not _told_in_past(set(told)):
            told = words[bounds[0]:c_end]  # "..., shaking like a leaf": a clause with no tense of its own
        return _told_as_past(told)

    @staticmethod
    def _notes_of_a_dated_story(marks: Marks, words: tuple[str, ...], sentence: int,
                                sentences: tuple[tuple[int, int], ...]) -> bool:
        """A sentence with no tense, written as notes, straight after one told in the past and dated
        long past: "we had a scary night last month: 38.5, A&E, home after 48 hours" (not a start
        dated: "diagnosed last month. 38.5")."""
        start, end = sentences[sentence]
        said = words[start:end]
        if sentence == 0 or _tells_present(said) or _told_in_past(set(said)) or marks.within("recent", start, end):
            return False
        b_start, b_end = sentences[sentence - 1]
        before = words[b_start:b_end]
        return (_told_as_past(before) and bool(marks.within("distant", b_start, b_end))
                and not _dates_a_start(before))

    @staticmethod
    def _continues_story(marks: Marks, words: tuple[str, ...], sentence: int,
                         sentences: tuple[tuple[int, int], ...]) -> bool:
        """Told in the past with no time of its own, in a story whose sentence before (or the one
        before that) is dated long past: "Back in 2018 I had rigors after a flush. Line infection,
        they pulled it out." Not when a start was dated ("diagnosed in 2018. He had a fit")."""
        start, end = sentences[sentence]
        if sentence == 0 or end - start > 4 * SCOPE:
            return False  # nothing before it; or no story sentence (a hostile run of words)
        if (not _told_as_past(words[start:end]) or marks.within("recent", start, end)
                or sentence in marks.in_sentence["present"]):
            return False
        for before in range(sentence - 1, max(sentence - 3, -1), -1):
            b_start, b_end = sentences[before]
            said = words[b_start:b_end]
            if (not _told_as_past(said) or marks.within("recent", b_start, b_end)
                    or before in marks.in_sentence["present"]):
                return False
            if marks.within("distant", b_start, b_end) and not _dates_a_start(said):
                return True
        return False

    @staticmethod
    def _dated_after(marks: Marks, words: tuple[str, ...], clause_end: int, bounds: tuple[int, int]) -> bool:
        """A distant time said as an aside right after the match's clause: "he fainted once at the
        start of treatment, about 18 months ago, when ..." (not the start of a new clause: "she
        collapsed, 3 months ago she was diagnosed")."""
        for start in marks.within("distant", clause_end, min(clause_end + 6, bounds[1])):
            between = words[clause_end:start]
            if not between or between[0] != "," or any(w not in ASIDE_WORDS and w not in GUESS_WORDS and not w.isdigit()
                                                        for w in between):
                continue
            end = marks.starts["distant"][start]
            # only an amount of time ago, or well before the illness ("..., way before the leukaemia"):
            # "like before she was diagnosed" compares, it does not date
            long_before = words[start] in LONG_BEFORE and "before" in words[start:end]
            if words[end - 1] not in ("ago", "back") and not long_before:
                continue
            if words[end:end + 1] == ("now",):
                end += 1  # "..., ages ago now, the consultant said"
            if end >= bounds[1] or words[end] in {",", ".", "?", "when", "before", "after", "and", "but"}:
                return True
        return False

    def _dated_while(self, marks: Marks, words: tuple[str, ...], clause: tuple[int, int],
                     bounds: tuple[int, int]) -> bool:
        """A sign told in the past, dated by the "while" clause straight after it: "bumped my head
        while my platelets were low back in january" (not "... while he's on chemo")."""
        c_start, c_end = clause
        if c_end >= bounds[1] or words[c_end] != "while" or not _told_as_past(words[c_start:c_end]):
            return False
        end = c_end + 1
        while end < bounds[1] and words[end] not in self.words["clause_breaks"]:
            end += 1
        return bool(marks.within("distant", c_end + 1, end)) and _told_as_past(words[c_end + 1:end])

    def _story_opening(self, marks: Marks, words: tuple[str, ...], sentence: int, bounds: tuple[int, int],
                       clause: tuple[int, int] | None = None) -> bool:
        """The sentence opens with a "when ..."/"back ..." clause dated in the past ("when I was 9
        I had ALL and ended up in hospital with chickenpox") and says nothing of now."""
        start = bounds[0]
        if _tells_of_now(marks, sentence):
            return False
        distant = marks.starts.get("distant", {})
        # "two year ago my son fall ...": the amount before "year ago" opens the sentence too (not a
        # start dated: "2 years ago diagnosed, gums bleeding")
        amount_first = (start + 1 in distant and _an_amount(words[start])
                        and not _dates_a_start(words[start:clause[1] if clause else bounds[1]]))
        if start in distant or amount_first or (
                words[start:start + 3] == ("at", "the", "start") and marks.within("distant", start, bounds[1])):
            # "Last spring his line got infected and he had rigors": dated at the start, told in the
            # past. A present-tense word keeps it live ("a year ago he started and he has a temp").
            # Tense as the match's own clause tells it ("..., I'm 6 years out now" is another clause).
            told = words[clause[0]:clause[1]] if clause else words[start:bounds[1]]
            if clause and not _tells_present(told) and not _told_in_past(set(told)):
                if _tenseless_verbs(told):
                    return True  # "Last year ... they give fluids and it stop": a second-language past
                told = words[start:clause[1]]  # "... I had blood in my wee and bruises everywhere"
                if words[start:start + 2] == ("before", ",") and not _tells_present(told):
                    return True  # "Before, my son vomit many time after chemo, cannot drink": told as over
            return _told_as_past(told)
        # "(I) remember when ...": the story opens at "when".
        if words[start:start + 3] == ("i", "remember", "when"):
            start += 2
        elif words[start:start + 2] == ("remember", "when"):
            start += 1
        if words[start:start + 1] not in (("when",), ("back",)):
            return False
        _, opening_end = self._clause(words, start, start + 1, bounds)
        return any(words[i] not in ("now", "again", "still") for i in marks.within("distant", start, opening_end)) \
            and not {"now", "again", "still", "currently"} & set(words[start:bounds[1]])

    def _clause(self, words: tuple[str, ...], first: int, last: int, bounds: tuple[int, int]) -> tuple[int, int]:
        breaks = self.words["clause_breaks"]
        start, floor = first, max(bounds[0], first - SCOPE)
        while start > floor and words[start - 1] not in breaks:
            start -= 1
        end, ceiling = last, min(bounds[1], last + SCOPE)
        while end < ceiling and (words[end] not in breaks or self._joins_a_thing(words, end, ceiling)):
            end += 1
        return start, end

    def _joins_a_thing(self, words: tuple[str, ...], at: int, ceiling: int) -> bool:
        """An "and" that adds one more thing to what the clause tells, not a clause of its own:
        "a bad headache and blurry vision last spring" (no subject and no verb after it), so the
        time after the second thing dates the first. "a fever and she was sick" is two clauses."""
        if words[at] != "and":
            return False
        end = at + 1
        while end < ceiling and words[end] not in self.words["clause_breaks"]:
            end += 1
        joined = words[at + 1:end]
        return (bool(joined) and self.words["subjects"].isdisjoint(joined) and not _tells_present(joined)
                and not _told_in_past(set(joined)))

    @staticmethod
    def _reported_now(words: tuple[str, ...]) -> bool:
        """A message that tells of now anywhere: "when he vomits blood what do we do? he's doing it now"."""
        return not _NOW_WORDS.isdisjoint(words)

    def _hypothetical(self, words: tuple[str, ...], marks: Marks, first: int, s_start: int, s_end: int) -> bool:
        scope, floor = first, max(s_start, first - SCOPE)
        # a comma before examples does not end it: "the red flags to look out for - like does black poo ...",
        # nor one between a document and what it says: "the nurse gave us a list, it says ...", nor
        # one straight after a what-if: "what if, he has a fit while he is staying with us", "god forbid, ..."
        while scope > floor and (words[scope - 1] != "," or words[scope] in EXAMPLE_OPENERS
                                 or (scope > 1 and words[scope - 2] in DOCUMENTS and words[scope] in BACK_POINTERS)
                                 or (scope > 1 and words[scope - 2] in WHAT_IF_ENDS)):
            scope -= 1
        if words[s_start:s_start + 2] in (("in", "case"), ("just", "in")) or words[s_start] in WHAT_IF_OPENERS:
            scope = s_start  # "in case it happens on holiday, what counts as a fever?" is asked about later
        elif words[s_start] == "if" and words[s_end:s_end + 1] == ("?",):
            scope = s_start  # "if I feel shivery after the flush, is that the line infection?" asks it all
        elif (words[s_start] == "when" and words[s_end:s_end + 1] == ("?",) and first > s_start
              and not _told_in_past(set(words[s_start:first])) and not self._reported_now(words)):
            return True  # "When the child is on chemo and he vomits blood, what is the right action?"
        c_start, c_end = self._clause(words, first, first + 1, (s_start, s_end))
        if (c_start > scope and words[c_start] in self.words["subjects"] - {"it", "its"}
                and not PLAIN_NOW.isdisjoint(words[c_start:c_end])):
            # a clause of its own, with its own subject, that tells of now: "what if he gets a fever and he is 38.5 now"
            scope = c_start
        # "will she still get fevers?" ("still" and "again" look ahead in such a question); the word is
        # looked for before the marks are built
        if ("will" in words[scope:first] and marks.within("will_asked", scope, first)
                and NOW_NOT_AHEAD.isdisjoint(words)):
            return True
        ends = marks.starts.get("hypothetical", {})
        return any((start == 0 or words[start - 1] not in self.words["embedded"])
                   and not _tells_news(words, ends[start]) for start in marks.within("hypothetical", scope, first))


@dataclass(frozen=True, eq=False)
class Marking:
    """One message's tokens, with their context marks worked out on first use: few messages
    hold a phrase whose mode needs them, and finding the marks runs every context pattern."""

    context: Context
    tokens: Tokens

    @cached_property
    def marks(self) -> Marks:
        return self.context.marks(self.tokens)
