"""Quotes and attributions: who said what, with the character spans of content, speaker and cue.

Three passes over one parsed article:
1. direct quotes: quotation marks, including a quote that runs over paragraphs (a paragraph
   left open and the next one reopened) and split quotes ('"...," she went on. "..."');
2. their speakers: the speech verb next to the quote in its sentence and that verb's subject
   (or, when the parser gives none, the subject of the verb governing it, else the person or
   organisation named next to the cue); with no speech verb, the clause that frames the quote
   ('"...," the suit reads', 'Pew Research: "..."'), else the speaker of the quote just
   before (a run of quotes from one speaker);
3. reported speech from the parse: a speech verb with a clausal complement ("X said that
   ..."), or with an object that holds what was said ("criticised the plan"), a
   parenthetical speech verb ("..., X warned.", "The plan, X said, will fail"), "according
   to X", a speech or stance noun with its possessor ("his claim that ..."), and headlines
   "Name: what they said". The cue words and quotation marks live in cues.py, the rules that
   find the speaker's mention (and mend the parser's slips) in speakers.py.
A split quote and a run of quotes from one speaker become one attribution with ``parts``.
The speaker span is the mention that is the cue's grammatical source, as a reader finds it in
the sentence ("she" in "she said", "who" in "X, who said"); the entity it stands for is
``speaker_canonical``, named in pipeline.py from coreference.
Measured on PolNeAR (docs/benchmarks.md, section analyze).
"""

from __future__ import annotations

import re

from .cues import (
    ADDRESSEE_CUES, CLOSERS, NOUN_CUES, OBJECT_CUES, OPENERS, PLAIN_MARKS, PREP_CUES,
    QUOTE_MARK, STRONG_CUES, cue_span, is_cue,
)
from .speakers import (
    across_paragraph, bound_possessor, nearby_speaker, outer_cue, relative_clause_speaker,
    relative_pronoun, salient_speaker, speaker_after_quote, speaker_before_quote, speaker_of,
    speaker_span,
)

MIN_DIRECT_WORDS = 4  # shorter quoted phrases are scare quotes or fragments inside other text


def find_direct_quotes(text: str) -> list[tuple[int, int]]:
    """Content spans (without the marks) of quotations, paragraph-spanning ones included."""
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carried: int | None = None
    for n, (ps, pe) in enumerate(paragraphs):
        open_at = carried
        reopened = carried is not None
        carried = None
        for m in QUOTE_MARK.finditer(text[ps:pe]):
            pos, ch = ps + m.start(), m.group(0)
            ch = '"' if ch == "''" else "“" if ch == "``" else ch  # typewriter doubles
            if reopened and text[ps:pos].strip() == "" and (ch in OPENERS or ch == '"'):
                reopened = False  # the mark that reopens a continued quote
                continue
            reopened = False
            if ch in OPENERS or (ch == '"' and open_at is None):
                open_at = pos + len(m.group(0))
            elif open_at is not None:
                if pos > open_at:
                    spans.append((open_at, pos))
                open_at = None
        if open_at is not None and n + 1 < len(paragraphs):
            nxt = text[paragraphs[n + 1][0]:paragraphs[n + 1][1]].lstrip()
            if nxt[:1] in OPENERS or nxt[:1] == '"' or nxt[:2] in ("''", "``"):
                carried = open_at
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= MIN_DIRECT_WORDS]


def _content_end(clause):
    """The last token of a reported clause, before a speech verb of the speaker's own that the
    parser hung inside it ('Khalif said [some rhetoric was patronizing], noting he ...', '...
    [he makes $41,000 a year] and questioned how ...'): that verb starts another attribution."""
    doc = clause.doc
    for tok in doc[clause.i + 1:clause.right_edge.i + 1]:
        if not is_cue(tok) or tok.i < 2:
            continue
        before = doc[tok.i - 1]
        if tok.tag_ == "VBG" and before.text == "," and tok.dep_ in ("advcl", "xcomp", "conj", "ccomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return doc[tok.i - 2]
        if tok.dep_ == "conj" and before.lower_ == "and" and tok.tag_ in ("VBD", "VBZ") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return doc[tok.i - 2]
    return clause.right_edge


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, trailing commas and the dash or colon that leads into a quote."""
    while start < end and text[start] in " \n\t,:;—–-":
        start += 1
    while end > start and text[end - 1] in " \n\t,:;—–-":
        end -= 1
    return start, end


def extract_quotes(doc, text: str | None = None) -> list[dict]:
    """All attributions in the article, in text order (speaker canonical filled later)."""
    text = doc.text if text is None else text
    spans = find_direct_quotes(text)
    direct = [_attribute_direct(doc, text, s, e, spans) for s, e in spans]
    _inherit_speakers(text, direct)
    direct = _join_split_quotes(doc, text, direct)
    reported = _reported(doc, text, direct)
    direct = _prefer_whole_clause(direct, reported)
    direct = [q for q in direct if not _is_fragment(text, q, reported)]
    used_cues = {q["_cue"] for q in direct if q["_cue"] is not None}
    reported = [q for q in reported if q["_cue"] not in used_cues]
    quotes = direct + _drop_overlaps(reported + _colon_headlines(doc, text), direct)
    quotes.sort(key=lambda q: q["start"])
    return quotes


HEADLINE_COLON = re.compile(
    r"^(?P<who>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}): (?P<what>\S[^\n]{10,})$", re.M)


def _colon_headlines(doc, text: str) -> list[dict]:
    """'Lynch: No outside influence on FBI probe' — a line whose short, capitalised prefix
    before a colon names who said the rest (a headline convention)."""
    out = []
    for m in HEADLINE_COLON.finditer(text):
        start, end = _strip_span(text, m.start("what"), m.end("what"))
        while end > start and text[end - 1] in ".":
            end -= 1
        if len(text[start:end].split()) < 3 or m.group("who") in ("Q", "A"):
            continue  # "Q:"/"A:" in an interview transcript name no one
        q = _quote(text, start, end, direct=False)
        q.update(speaker=m.group("who"), speaker_start=m.start("who"), speaker_end=m.end("who"),
                 cue=":", cue_start=m.end("who"), cue_end=m.end("who") + 1, _cue=-1 - m.start())
        out.append(q)
    return out


def _is_fragment(text: str, q: dict, reported: list[dict]) -> bool:
    """A quoted phrase inside someone's reported clause, or a lower-case phrase with no cue
    of its own ('the U.S. is "still in the game."'): part of a sentence, not a quote."""
    if q["direct"] is False:
        return False
    size = q["end"] - q["start"]
    for r in reported:
        if r["start"] <= q["start"] and q["end"] <= r["end"] and size < 0.6 * (r["end"] - r["start"]):
            return True
    first = next((c for c in q["text"] if c.isalpha()), "")
    return q["_cue"] is None and not q.get("_inherited") and first.islower()


def _prefer_whole_clause(direct: list[dict], reported: list[dict]) -> list[dict]:
    """A quoted fragment inside reported speech ('The EU is "ready to impose costs" on
    China, Kallas warned') is part of the reported clause: keep the clause instead."""
    by_cue = {q["_cue"]: q for q in reported if q["_cue"] is not None}
    out = []
    for q in direct:
        clause = by_cue.get(q["_cue"])
        if clause is not None and clause["start"] <= q["start"] and q["end"] <= clause["end"] \
                and (q["end"] - q["start"]) < 0.6 * (clause["end"] - clause["start"]):
            if clause["speaker"] is None:
                clause.update({k: q[k] for k in ("speaker", "speaker_start", "speaker_end",
                                                 "_speaker", "_antecedent")})
            out.append(clause)
        else:
            out.append(q)
    return out


def _quote(text, start, end, *, cue=None, speaker=None, direct=True) -> dict:
    q = {"text": text[start:end], "start": start, "end": end,
         "parts": [{"text": text[start:end], "start": start, "end": end}], "speaker": None,
         "speaker_start": None, "speaker_end": None, "cue": None, "cue_start": None,
         "cue_end": None, "direct": direct, "_cue": None, "_speaker": None,
         "_antecedent": None}
    if cue is not None:
        cs, ce = cue_span(cue)
        q.update(cue=text[cs:ce], cue_start=cs, cue_end=ce, _cue=cue.i)
    if speaker is not None:
        _set_speaker(q, text, speaker)
    return q


def _set_speaker(q: dict, text: str, speaker) -> None:
    """The speaker mention's span; for a relative pronoun also its antecedent's
    (``_antecedent``), which names the speaker when coreference left "who" unresolved."""
    ss, se = speaker_span(speaker)
    q.update(speaker=text[ss:se], speaker_start=ss, speaker_end=se, _speaker=speaker.i,
             _antecedent=speaker_span(speaker.head.head) if relative_pronoun(speaker) else None)


def _attribute_direct(doc, text: str, start: int, end: int, quoted=()) -> dict:
    inside = doc.char_span(start, end, alignment_mode="expand")
    q_first, q_last = (inside.start, inside.end) if inside is not None else (0, 0)
    cue = _nearest_cue(doc, q_first, q_last, text, quoted)
    speaker = None
    if cue is not None:
        # the speaker of the outermost report the quote sits in (the cue stays the word
        # next to the quote)
        speaker = speaker_of(outer_cue(cue) if cue.i < q_first else cue, (q_first, q_last))
    if cue is not None and speaker is None and cue.dep_ == "relcl":
        speaker = relative_clause_speaker(cue)
    if speaker is not None and q_first <= speaker.i < q_last:
        speaker = None  # the parser took a word of the quote for the subject
    if cue is not None and speaker is None:
        speaker = nearby_speaker(doc, cue, q_first, q_last)
    if cue is None and q_last > q_first:
        cue, speaker = speaker_after_quote(doc, text, start, end, q_last) or \
            speaker_before_quote(doc, text, start, q_first) or (None, None)
    q = _quote(text, start, end, cue=cue, speaker=speaker, direct=True)
    if speaker is None and cue is None and q_last > q_first:
        q["_fallback"] = salient_speaker(doc, q_first)
    return q


def _nearest_cue(doc, q_first: int, q_last: int, text: str, quoted=()):
    """A speech verb outside the quote, in the sentences the quote starts and ends in;
    one after the quote ('..., she said.') is preferred to one before ('She said: "...').
    Stops at another quotation mark, which belongs to another quote."""
    if q_last <= q_first:
        return None
    after_sent = doc[q_last - 1].sent
    for i in range(q_last, after_sent.end):
        tok = doc[i]
        if tok.text in OPENERS or tok.text == "``" or tok.text in PLAIN_MARKS and i > q_last + 1:
            break
        if "\n" in tok.text:
            break
        # '"...!" and said that ...': a verb with its own content clause after it is not
        # this quote's cue.
        if is_cue(tok, direct=True) and not any(c.dep_ == "ccomp" and c.left_edge.i <= tok.i + 2
                                                 and c.i > tok.i for c in tok.children):
            return tok
    before_sent = doc[q_first].sent
    for i in range(q_first - 1, before_sent.start - 1, -1):
        tok = doc[i]
        if tok.text in CLOSERS or (tok.text in PLAIN_MARKS and i < q_first - 1):
            break
        if "\n" in tok.text:
            break
        if is_cue(tok, direct=True):
            return tok
    # A cue with a subject in the sentence just before or after, in the same paragraph
    # ("Cruz said the following:" / "..." / "he told CNN.").
    for sent in (_neighbour(doc, before_sent, -1), _neighbour(doc, after_sent, +1)):
        if sent is None:
            continue
        for tok in sent:
            if any(a <= tok.idx < b for a, b in quoted):
                continue
            edge = doc[q_first].idx if tok.i < q_first else doc[q_last - 1].idx
            if "\n" in text[min(edge, tok.idx):max(edge, tok.idx)]:
                continue
            # A cue with content of its own is another attribution, unless that content
            # is itself quoted: '"I'm a negotiator," he said. "If I go in, ..."' is one
            # speaker going on (the short first piece is not kept as a quote); content the
            # parser took from the paragraph before (a question) does not count either.
            if is_cue(tok, direct=True) and speaker_of(tok) is not None and \
                    not any(c.dep_ == "ccomp" and not _quoted_clause(c, quoted) and
                            not across_paragraph(c, tok) for c in tok.children):
                return tok
    return None


def _quoted_clause(clause, quoted=()) -> bool:
    """A clause written between quotation marks ('"I do well," said X'), or one that holds a
    quote ('China's army "is rehearsing for the real deal," Hegseth said')."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    if any(a < end and b > start for a, b in quoted):
        return True
    before = doc[first - 1].text if first > 0 else ""
    after = [t.text for t in doc[last + 1:last + 3]]
    marks = set(OPENERS) | set(CLOSERS) | set(PLAIN_MARKS) | {"``"}
    return (before in marks or doc[first].text in marks) and \
        (any(a in marks for a in after) or doc[last].text in marks)


def _neighbour(doc, sent, step: int):
    """The sentence before (-1) or after (+1), if no paragraph break lies between."""
    edge = sent.start - 1 if step < 0 else sent.end
    if edge < 0 or edge >= len(doc):
        return None
    gap = doc[edge].text_with_ws if step > 0 else doc[edge].whitespace_ + doc[edge].text
    if "\n" in gap or "\n" in doc[edge - 1 if step < 0 else edge].whitespace_:
        return None
    return doc[edge].sent


def _join_split_quotes(doc, text: str, quotes: list[dict]) -> list[dict]:
    """'"We will raise them," she went on. "We remain ready."' is one attribution whose
    content has two parts (as PolNeAR annotates it): one quote spanning both, with "parts".
    So is a run of quotes from one speaker with nothing but the cue between them. The cue's
    clause may be long ('"...," said Jeremy Bash, who was the chief of staff to ... "..."'):
    what counts is that nothing but the rest of the cue's sentence lies between the parts."""
    out: list[dict] = []
    for q in quotes:
        prev = out[-1] if out else None
        gap = text[prev["end"]:q["start"]] if prev is not None else ""
        split = prev is not None and q["_cue"] is not None and q["_cue"] == prev["_cue"] \
            and prev["cue_start"] is not None and prev["end"] <= prev["cue_start"] < q["start"]
        # a run is joined within its paragraph; a new paragraph is a new attribution
        run = prev is not None and q.get("_inherited") and prev["_speaker"] == q["_speaker"] \
            and "\n" not in gap
        short = len(gap.split()) <= 15 or (
            split and _rest_of_sentence(doc, text, prev["_cue"], q["start"]))
        if (split or run) and gap.count("\n") <= 2 and short:
            prev["parts"].append(q["parts"][0])
            prev["end"] = q["end"]
            prev["text"] = text[prev["start"]:prev["end"]]
            continue
        out.append(q)
    return out


def _rest_of_sentence(doc, text: str, cue: int, start: int) -> bool:
    """Nothing but opening marks lies between the end of the cue's sentence and ``start``."""
    end = doc[cue].sent.end_char
    return end <= start and not text[end:start].strip(" \n\"'“‘")


def _paragraph_breaks(gap: str) -> int:
    """Paragraph breaks in a stretch of text; a blank line between paragraphs counts once."""
    return len(re.findall(r"\n\s*", gap))


def _inherit_speakers(text: str, quotes: list[dict]) -> None:
    """A quote with no cue of its own continues the speaker of the quote before it, when
    only a short stretch of text (at most one paragraph break) lies between them; failing
    that, its speaker is the person last named just before it."""
    for prev, q in zip([None] + quotes, quotes):
        if q["_cue"] is not None:
            continue
        gap = text[prev["end"]:q["start"]] if prev else ""
        if prev and prev["speaker"] is not None and _paragraph_breaks(gap) <= 1 \
                and len(gap) <= 200:
            q.update({k: prev[k] for k in ("speaker", "speaker_start", "speaker_end", "cue",
                                            "cue_start", "cue_end", "_speaker",
                                            "_antecedent")})
            q["_inherited"] = True
        elif q.get("_fallback") is not None:
            _set_speaker(q, text, q["_fallback"])
    for q in quotes:
        q.pop("_fallback", None)


def _reported(doc, text: str, direct: list[dict]) -> list[dict]:
    in_quote = [(q["start"], q["end"]) for q in direct]

    def quoted(tok) -> bool:
        return any(s <= tok.idx < e for s, e in in_quote)

    out = []
    for tok in doc:
        if tok.lower_ == "according" and not quoted(tok):
            q = _according_to(doc, text, tok)
            if q:
                out.append(q)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES and not quoted(tok):
            q = _noun_cue(doc, text, tok)
            if q:
                out.append(q)
            continue
        if not is_cue(tok) or quoted(tok):
            continue
        comp = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i] or \
               [c for c in tok.children if c.dep_ == "ccomp"]
        speaker = speaker_of(tok)
        obj = _object_content(tok) if not comp else None
        if comp:
            c = comp[0]
            start, end = _strip_span(text, c.left_edge.idx, _end_char(_content_end(c)))
        elif obj is not None:
            last = obj.right_edge
            for c in tok.children:  # "described China as the key enabler", "called X a Y"
                if c.i > obj.i and (c.dep_ in ("oprd", "xcomp") or
                                    c.dep_ == "prep" and c.lower_ == "as"):
                    last = max(last, c.right_edge, key=lambda t: t.i)
            start, end = _strip_span(text, obj.left_edge.idx, _end_char(last))
        elif tok.dep_ in ("ccomp", "parataxis") and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.i < tok.i and speaker is not None:
            # "The plan will fail, he warned." -> the clause before the speech verb
            sent = tok.sent
            first = min(tok.head.left_edge.i, tok.head.i)
            first = max(first, sent.start)
            last = min(t.i for t in tok.subtree) - 1
            if last < first:
                continue
            start, end = _strip_span(text, doc[first].idx, _end_char(doc[last]))
        elif tok.dep_ == "parataxis" and tok.head.i > tok.i and speaker is not None:
            # "Many of the closures, he said, have involved public courses": the sentence
            # around the parenthetical cue, in two parts.
            parts = _around_clause(doc, text, tok)
            if parts is None:
                continue
            q = _quote(text, parts[0][0], parts[-1][1], cue=tok, speaker=speaker, direct=False)
            q["parts"] = [{"text": text[s:e], "start": s, "end": e} for s, e in parts]
            out.append(q)
            continue
        else:
            continue
        if len(text[start:end].split()) < (1 if obj is not None else 3) or \
                tok.lemma_.lower() not in STRONG_CUES and speaker is None:
            continue
        start, end = _same_paragraph(text, start, end, tok.idx)
        if end - start < 2:
            continue
        if speaker is None:
            inside = doc.char_span(start, end, alignment_mode="expand")
            if inside is not None:
                speaker = nearby_speaker(doc, tok, inside.start, inside.end)
        out.append(_quote(text, start, end, cue=tok, speaker=speaker, direct=False))
    return out


def _around_clause(doc, text: str, cue) -> list[tuple[int, int]] | None:
    """The sentence before and after a parenthetical cue clause, each part trimmed; None
    when either side is too short to be what was said."""
    sent = cue.sent
    first = min(t.i for t in cue.subtree)
    last = max(t.i for t in cue.subtree)
    if first <= sent.start or last + 1 >= sent.end:
        return None
    parts = [_same_paragraph(text, *_strip_span(text, sent[0].idx, _end_char(doc[first - 1])),
                             cue.idx),
             _same_paragraph(text, *_strip_span(text, doc[last + 1].idx,
                                                _end_char(sent[-1])), cue.idx)]
    s, e = parts[1]
    while e > s and text[e - 1] in ".!?":
        e -= 1
    parts[1] = (s, e)
    if any(e - s < 2 for s, e in parts) or len(text[parts[0][0]:parts[1][1]].split()) < 5:
        return None
    return parts


def _noun_cue(doc, text: str, noun) -> dict | None:
    """"Trump's claim that ...", "her support for the deal", "criticism of the plan by X":
    a speech or stance noun, what it holds, and whose it is (possessor or "by" agent)."""
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    content = None
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that"
                                              for g in c.children):
            content = c
        elif c.dep_ == "prep" and c.lower_ in NOUN_CUES[noun.lemma_.lower()]:
            content = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        elif c.dep_ == "prep" and c.lower_ == "by" and speaker is None:
            speaker = next((g for g in c.children if g.dep_ == "pobj"), None)
        if content is not None:
            break
    if content is None or speaker is None:
        return None
    speaker = bound_possessor(noun, speaker)
    start, end = _same_paragraph(text, *_strip_span(text, content.left_edge.idx,
                                                    _end_char(content.right_edge)), noun.idx)
    if end - start < 2:
        return None
    return _quote(text, start, end, cue=noun, speaker=speaker, direct=False)


def _same_paragraph(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Clip a reported span to the paragraph of its cue (a headline without a full stop
    is parsed into the first sentence)."""
    para_start = text.rfind("\n", 0, anchor) + 1
    para_end = text.find("\n", anchor)
    para_end = len(text) if para_end < 0 else para_end
    return _strip_span(text, max(start, para_start), min(end, para_end))


def _object_content(tok):
    """The object (or infinitive complement) that holds what a cue verb reports, if any."""
    lemma = tok.lemma_.lower()
    if lemma in PREP_CUES and not any(c.dep_ in ("dobj", "xcomp") for c in tok.children):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma] and c.i > tok.i:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return pobj
    if lemma not in OBJECT_CUES or lemma in ADDRESSEE_CUES:
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i:
            return c
    # "called him a liar", "described them as ...": a pronoun object with what it is called is content;
    # without it ("called him") it is whom the speaker addressed.
    labelled = any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    for c in tok.children:
        if c.dep_ == "dobj" and c.i > tok.i and (labelled or not (c.pos_ == "PRON" and c.lower_ in
                                                                    ("me", "us", "him", "them", "you"))):
            return c
    return None


def _end_char(tok) -> int:
    return tok.idx + len(tok.text)


def _according_to(doc, text: str, tok) -> dict | None:
    """"According to X, ..." / "..., according to X." -> the rest of the sentence."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = tok.sent
    phrase_first = tok.i
    phrase_last = max(t.i for t in source.subtree)
    parts = None
    if phrase_first - sent.start <= 1:
        start, end = _strip_span(text, _end_char(doc[phrase_last]), _end_char(sent[-1]))
    else:
        start, end = _strip_span(text, sent[0].idx, doc[phrase_first].idx)
        rest = [t for t in doc[phrase_last + 1:sent.end] if not t.is_punct]
        if len(rest) >= 3:  # "most Americans, according to the report, still believe ..."
            after = _strip_span(text, _end_char(doc[phrase_last]), _end_char(sent[-1]))
            parts, end = [(start, end), after], after[1]
    while end > start and text[end - 1] in ".!?":
        end -= 1
    if len(text[start:end].split()) < 3:
        return None
    start, end = _same_paragraph(text, start, end, tok.idx)
    q = _quote(text, start, end, speaker=source, direct=False)
    if parts is not None and parts[0][0] == start and end > parts[1][0]:
        parts[1] = (parts[1][0], end)
        q["parts"] = [{"text": text[s:e], "start": s, "end": e} for s, e in parts]
    cs, ce = tok.idx, _end_char(to)
    q.update(cue=text[cs:ce], cue_start=cs, cue_end=ce, _cue=tok.i)
    return q


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _drop_overlaps(reported: list[dict], direct: list[dict]) -> list[dict]:
    """Reported speech that repeats a direct quote (or a longer reported span) is dropped."""
    kept: list[dict] = []
    for q in sorted(reported, key=lambda q: -(q["end"] - q["start"])):
        span = (q["start"], q["end"])
        clash = False
        for other in direct + kept:
            o = (other["start"], other["end"])
            shorter = min(span[1] - span[0], o[1] - o[0])
            if _overlap(span, o) * 2 >= shorter and other["_cue"] in (q["_cue"], None) or \
                    other in direct and _overlap(span, o) * 2 >= span[1] - span[0]:
                clash = True
                break
        if not clash:
            kept.append(q)
    return kept
