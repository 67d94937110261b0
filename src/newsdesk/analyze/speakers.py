"""Who is speaking: the mention in the text that is the source of a cue or a quote.

The subject of the speech verb, with the parser's usual slips mended: a subject taken from
a timestamp line or a dateline ("CLEVELAND, July 19 (UPI) - Former Attorney General Michael
Mukasey told"), a name after an inverted verb (", said Michael Kofman,"), a participle that
shares the subject of the verb it hangs on (", saying ..."), an infinitive relative ("went
out of his way to say"), a quote inside what another speaker reports ("Durbin said he had
seen "..."). Quotes with no speech verb next to them take the clause around them: a short
clause after a quote that ends in a comma ('"...," the suit reads'), a clause ending in a
colon before it ("Pew Research: "..."", "Dr. Ward stated:"), or the sentence they sit in.
Used by quotes.py; every function takes and returns spaCy tokens.
"""

from __future__ import annotations

from .cues import (
    ADDRESSEE_CUES, CLIMB_DEPS, OPENERS, SPEAKING_IT, STRONG_CUES, is_cue, is_mark,
)

RELATIVE_PRONOUNS = ("who", "which", "that")
POSSESSIVE_PRONOUNS = ("his", "her", "their", "its", "my", "our")
DASHES = ("—", "–", "-", "--")


def relative_pronoun(tok) -> bool:
    """"who" in "delegates, who backed ...": the subject of a relative clause, whose
    entity is the noun the clause hangs on (its antecedent)."""
    return tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON")


def across_paragraph(a, b) -> bool:
    """A paragraph break lies between two tokens: a subject there is a parser error (a
    timestamp or dateline line taken into the sentence)."""
    first, last = sorted((a.i, b.i))
    return any("\n" in t.whitespace_ or "\n" in t.text for t in a.doc[first:last])


def stranded_subject(verb):
    """The noun phrase written just before a verb in its own paragraph ("2:00 p.m. / A court
    document says", "Hillary Clinton has told"), skipping auxiliaries and adverbs: the
    subject when the parser attached it across the paragraph break."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "PART", "ADV") and "\n" not in doc[i].whitespace_:
        i -= 1
    if i < 0 or "\n" in doc[i].whitespace_ or doc[i].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return doc[i]


def dateline_subject(subject, verb):
    """'CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told': a subject
    inside the dateline that opens a paragraph (names, dates and the agency before a dash)
    stands for the first noun phrase after the dash."""
    doc = verb.doc
    start = subject.i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
        if subject.i - start > 12:
            return None
    for j in range(subject.i + 1, min(start + 14, verb.i)):
        # a dash between spaces, not the hyphen of "(R-Tex.)"
        if doc[j].text in DASHES and doc[j].whitespace_ and doc[j - 1].whitespace_:
            if any(t.pos_ not in ("PROPN", "PUNCT", "NUM") for t in doc[start:j]):
                return None
            return _first_noun_phrase(doc, j + 1, verb.i)
    return None


def _first_noun_phrase(doc, start: int, end: int):
    """The head of the first noun phrase between two tokens ("Jane Miller's political allies"
    gives "allies")."""
    for tok in doc[start:end]:
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            node = tok
            while node.dep_ in ("compound", "poss", "amod", "flat", "case", "nmod") and \
                    start <= node.head.i < end:
                node = node.head
            return node
    return None


def misplaced_subject(subject, verb):
    """The subject written in the verb's paragraph when the parser took one from a
    timestamp line or a dateline (None when there is none); the subject itself otherwise."""
    if across_paragraph(subject, verb):
        return stranded_subject(verb)
    replacement = dateline_subject(subject, verb)
    return subject if replacement is None else replacement


def inverted_subject(cue):
    """'Any interpretation, said Michael Kofman, an expert, would ...': a speech verb after a
    comma or quotation mark with a name right after it has that name for its subject,
    whatever the parser attached."""
    doc = cue.doc
    if cue.i < 1 or cue.i + 1 >= len(doc) or not (doc[cue.i - 1].text == "," or
                                                  is_mark(doc[cue.i - 1])):
        return None
    nxt = doc[cue.i + 1]
    if nxt.ent_type_ not in ("PERSON", "ORG") or nxt.ent_iob_ != "B":
        return None
    end = nxt.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    # the name is the whole clause (', said Michael Kofman,'), not the start of what was
    # said (', said Sanders believes ...') or an addressee (', told AP he ...')
    if end + 1 < len(doc) and doc[end + 1].text not in (",", ".", ";") or \
            cue.lemma_.lower() in ADDRESSEE_CUES:
        return None
    return doc[end]


def speaker_of(cue, avoid: tuple[int, int] = (0, 0)) -> object | None:
    """The subject of a cue verb (or the agent of a passive one), as a token: the mention
    in the text, so "she" for "she said" and "who" for "X, who said"; the entity it stands
    for is named later (speaker_canonical). Subjects among the tokens in ``avoid`` (the
    quote itself: '"My dear Michael Cohen," the speaker says') are passed over. A subject
    that is not a name but has one in apposition is that name ("One of the men, Jessie
    Elkins, 70, said" -> Elkins)."""
    subject = _subject_of(cue, avoid)
    return _named_apposition(subject) if subject is not None else None


def _named_apposition(tok):
    if tok.pos_ in ("NOUN", "PRON", "NUM"):
        for child in tok.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return tok


def _subject_of(cue, avoid: tuple[int, int]) -> object | None:
    inverted = inverted_subject(cue)
    if inverted is not None:
        return inverted
    for c in cue.children:
        if avoid[0] <= c.i < avoid[1]:
            continue
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i:
            better = misplaced_subject(c, cue)
            if better is not c:
                return better
        if c.dep_ == "nsubj" and relative_pronoun(c):
            return c
        if c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "which", "that", "who"):
            return c
        # "it said": an organisation speaking (coreference names it)
        if c.dep_ == "nsubj" and c.lower_ == "it" and cue.lemma_.lower() in SPEAKING_IT:
            return c
    for c in cue.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if cue.dep_ in CLIMB_DEPS:
        # "Kallas did not specify which ... could be introduced, simply noting ...", "Trump
        # was forced into damage control and said ...", "..., he did by announcing ...": the
        # subject of the nearest governing verb that has one.
        node = cue
        for _ in range(4):
            if node.dep_ not in CLIMB_DEPS or node.head is node:
                break
            node = node.head
            # "Trump argued that a database would keep people out, saying ...": a
            # participle after a reported clause shares the subject of the speech verb.
            if node.dep_ == "ccomp" and node.head.i < node.i and is_cue(node.head):
                node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subject = speaker_of_head(node)
                if subject is not None:
                    return subject
        return None
    if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return relative_clause_speaker(cue)
    return None


def relative_clause_speaker(cue):
    """'the delegates who backed', 'a report suggesting': the noun the clause hangs on. Not
    when that noun is what the clause is about: 'a fight it expects' (the clause has its
    own subject) or 'went out of his way to say' (an infinitive: the one who says is the
    subject of the verb the noun belongs to)."""
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None and own.lower_ not in RELATIVE_PRONOUNS:
        return own
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        node = cue.head
        for _ in range(4):
            if node.head is node:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return speaker_of_head(node)
        return None
    return cue.head


def speaker_of_head(verb):
    """The subject of a governing verb (relative pronouns included, "it" and "there" not)."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i:
            better = misplaced_subject(c, verb)
            if better is not c:
                return better
        if c.dep_ in ("nsubj", "nsubjpass") and (
                relative_pronoun(c) or c.lower_ not in ("it", "there", "which", "that")):
            return c
    return None


def speaker_span(tok) -> tuple[int, int]:
    """Characters of the speaker phrase: its head with the words before it
    ("NATO Secretary General Mark Rutte"), without relative clauses after it."""
    doc = tok.doc
    start = tok.left_edge.i
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head == tok:
        end += 1
    # Extend to the end of a named entity the head is inside (without building doc.ents).
    if tok.ent_iob_ in ("B", "I"):
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    # Not across a line break or a dateline's dash: a timestamp ("2:40 p.m.") or a
    # dateline ("RANGOON, Burma - ") parsed into the subject.
    for i in range(tok.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_ or \
                doc[i].text in DASHES and doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_:
            start = i + 1
            break
    span = doc[start:end]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return span.start_char, span.end_char


def speaker_after_quote(doc, text: str, start: int, end: int, q_last: int):
    """'"...," the suit reads.' / '"...," mused co-host Stu Burguiere.': a quote that ends
    in a comma (or ? or !) is the object of the short clause after it, whatever its verb:
    (verb, subject) of that clause, or None."""
    inner = text[start:end].rstrip()
    if not inner or inner[-1] not in ",?!":
        return None
    # the quote opens its sentence (not a phrase quoted inside one: 'Trump, who calls
    # himself the "law and order candidate," has taken ...')
    lead = text[max(0, start - 40):start].rstrip(" " + OPENERS + "\"'`‘")
    if lead and lead[-1] not in ".!?:\n" and not lead.endswith(("''", "”", '"')):
        return None
    verb = None
    words = []
    for tok in doc[q_last:q_last + 10]:
        if tok.i > q_last and (is_mark(tok) or tok.text in (".", ",", ";", ":", "!", "?")
                               or "\n" in tok.text):
            break
        if is_mark(tok):
            continue
        if verb is None and tok.pos_ == "VERB":
            verb = tok
        words.append(tok)
        if "\n" in tok.whitespace_:
            break
    if verb is None and len(words) > 1 and words[-1].dep_ == "ROOT":
        # '"...," the editorial read.': the tagger took the verb for a noun, but the parser
        # still made the clause's last word its root
        verb = words[-1]
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c in words), None)
    if subject is None:  # inverted: 'mused Blaze co-host Stu Burguiere'
        after = [t for t in words if t.i > verb.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
        before = [t for t in words if t.i < verb.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
        candidates = after or before
        if not candidates:
            return None
        subject = candidates[-1]
        while subject.ent_iob_ == "I" and subject.i + 1 < len(doc) and \
                doc[subject.i + 1].ent_iob_ == "I":
            subject = doc[subject.i + 1]
    return verb, subject


def speaker_before_quote(doc, text: str, start: int, q_first: int):
    """'Pew Research: "..."', 'Dr. Ward stated:' + a quote paragraph, 'Moore thanked him
    for "..."': the clause that leads into the quote (ending in a colon, or the start of the
    quote's own sentence) introduces it, whatever its verb; "According to X:" gives X.
    (verb or None, speaker), or None."""
    i = q_first - 1
    while i >= 0 and (is_mark(doc[i]) or doc[i].is_space):
        i -= 1
    if i < 1 or "\n\n\n" in text[doc[i].idx:start]:
        return None
    para = i
    while para > 0 and "\n" not in doc[para - 1].whitespace_ and "\n" not in doc[para - 1].text:
        para -= 1
    if doc[i].text != ":":
        # 'Moore thanked him for "taking ..."': a quote inside a sentence, after its
        # subject and verb
        if "\n" in text[doc[i].idx:start] or doc[i].text in (".", "!", "?"):
            return None
        para = max(para, doc[i].sent.start)
        i += 1
    clause = doc[para:i]
    if not len(clause) or any(is_mark(t) for t in clause):
        return None
    for tok in clause:  # 'According to HuffPo: "..."'
        if tok.lower_ == "according" and tok.i + 1 < i and doc[tok.i + 1].lower_ == "to":
            source = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if source is not None and source.i < i:
                return None, source
    # the clause's main verbs: ones the parser hangs outside the clause (it often takes
    # the quote for the main clause) or at its root
    verbs = [t for t in clause if t.pos_ == "VERB" and (
        t.dep_ in ("ROOT", "conj", "advcl") or not para <= t.head.i < i)]
    if not verbs:
        # 'Pew Research: "..."': a short name before the colon is the speaker
        if len(clause) <= 5 and clause[-1].pos_ == "PROPN":
            return None, clause[-1]
        return None
    for verb in reversed(verbs):
        subject = speaker_of(verb) or speaker_of_head(verb)
        if subject is not None and para <= subject.i < i:
            return verb, subject
    return None


def outer_cue(cue):
    """'Durbin said he had seen "some demobilization ..."': a cue inside what a speech verb
    reports is part of that report; the quote belongs to the reporting speaker."""
    while cue.dep_ == "ccomp" and cue.head.i < cue.i and is_cue(cue.head) \
            and cue.head.lemma_.lower() in STRONG_CUES:
        subject = speaker_of(cue)
        if subject is not None and subject.pos_ == "PROPN":
            break  # a speaker named in the inner report is the one quoted ("Cross said")
        if any(is_mark(t) for t in cue.doc[cue.head.i:cue.i]):
            break  # another quote between them: the parser joined two reports
        cue = cue.head
    return cue


def nearby_speaker(doc, cue, q_first: int, q_last: int):
    """A cue the parser left without a subject ('..., Col. Steven Warren, a military
    spokesman, said'): the person, else the organisation or personal pronoun, named
    nearest to it between the quote (or the sentence start) and the cue, or just after it
    ('said Mr. Pike')."""
    sent = cue.sent
    lo = q_last if cue.i >= q_last else sent.start
    lo = max(lo, cue.i - 25)
    after = []
    for i in range(cue.i + 1, min(cue.i + 6, sent.end)):
        if doc[i].is_punct:
            break
        after.append(doc[i])
    window = sorted(doc[lo:cue.i], key=lambda t: cue.i - t.i) + after
    # a name inside a phrase ("in the wake of a poll of Latinos", "Trump's") is not the
    # subject: names standing free come first
    window = [t for t in window if not (q_first <= t.i < q_last)]
    inside = [_inside_phrase(t) for t in window]
    for phrase in (False, True):
        candidates = [t for t, p in zip(window, inside) if p is phrase]
        for kinds in (("PERSON",), ("ORG", "NORP")):
            for tok in candidates:
                if tok.ent_type_ in kinds:
                    end = tok.i
                    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                        end += 1
                    return doc[end]
        for tok in candidates:
            if tok.lower_ in ("he", "she", "they", "we", "i"):
                return tok
    # '"...," said Skelly, explaining ...': a capitalised word right after the verb that the
    # tagger knew neither as a name nor as a noun
    if after and after[0].is_title and after[0].pos_ in ("PROPN", "ADV", "NOUN", "ADJ"):
        end = after[0].i
        while end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1] in after:
            end += 1
        return doc[end]
    return None


def _inside_phrase(tok) -> bool:
    """The token belongs to an object, a possessor or a prepositional phrase."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("pobj", "poss", "dobj", "prep"):
            return True
        if node.dep_ not in ("compound", "flat", "amod", "nmod") or node.head is node:
            return False
        node = node.head
    return False


def salient_speaker(doc, q_first: int):
    """The last person named before the quote, within the paragraph before it at most."""
    breaks = 0
    for i in range(q_first - 1, max(-1, q_first - 120), -1):
        tok = doc[i]
        breaks += tok.text.count("\n") + tok.whitespace_.count("\n")
        if breaks > 2:
            return None
        if tok.ent_type_ == "PERSON" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"):
            return tok
    return None


def bound_possessor(noun, possessor):
    """'Woods shared her belief that ...': a possessive pronoun on the object refers to the
    subject of its clause, which is the named speaker."""
    if possessor.lower_ not in POSSESSIVE_PRONOUNS:
        return possessor
    node = noun
    for _ in range(3):
        if node.dep_ not in ("dobj", "pobj", "prep") or node.head is node:
            return possessor
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = speaker_of_head(node)
            return subject if subject is not None and subject.i < noun.i else possessor
    return possessor
