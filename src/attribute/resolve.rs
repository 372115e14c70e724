//! Resolving a source phrase to an entity, in document order: names to
//! their cluster, pronouns by salience (sentence subjects, the last
//! speaker), descriptions to the description introduced earlier.

use std::borrow::Cow;
use std::collections::HashMap;

use super::phrases::{head_token, pronoun_at, Np, NpKind};
use crate::lexicon::{self, gazetteer, FxBuildHasher};
use crate::mentions::{in_quote, Entities, Entity, Gender, Mention, MentionKind, NameRef};
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, TokKind};
use crate::PersonKind;

/// Running state for resolving sources in document order.
pub(crate) struct Resolver<'d> {
    pub(crate) doc: &'d Doc<'d>,
    /// Last entity that spoke, and the paragraph it spoke in.
    pub(crate) last_speaker: Option<(usize, usize)>,
    /// Subject entity of each sentence seen so far (by sentence index).
    pub(crate) subjects: Vec<Option<usize>>,
    /// `(entity, start)` of each relative pronoun already added to the
    /// entity's mentions: looking through the mentions instead was
    /// quadratic in a text that names one person thousands of times.
    /// (A map to nothing, of the type positions' title owners are: one
    /// copy of the table's code in the wasm.)
    pub(crate) relative_pronouns: HashMap<(usize, usize), usize, FxBuildHasher>,
    /// Where the last [`Self::names_from`] ended: the sentences asked
    /// about are near the one being read, so the next answer is a few
    /// names away, walked to instead of searched for.
    pub(crate) name_hint: std::cell::Cell<usize>,
}

impl<'d> Resolver<'d> {
    /// The entity the sentence is about: its first name mention outside
    /// quotes that is not inside a prepositional phrase.
    pub(crate) fn subject_of(&mut self, s: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        self.subject_before(s, usize::MAX, ents, quotes)
    }

    /// The subject of sentence `s` among names starting before byte `limit`:
    /// not inside a quote, not after a preposition, not a possessive
    /// modifier ("Putin's envoy").
    pub(crate) fn subject_before(&mut self, s: usize, limit: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        if let Some(Some(e)) = self.subjects.get(s) {
            return Some(*e);
        }
        self.subject_name_before(s, limit, ents, quotes).map(|n| n.entity)
    }

    /// `ents.names.partition_point(|n| n.start < pos)`, walked to from
    /// the last answer (the names are in text order).
    fn names_from(&self, ents: &Entities, pos: usize) -> usize {
        let names = &ents.names;
        let mut i = self.name_hint.get().min(names.len());
        while i < names.len() && names[i].start < pos {
            i += 1;
        }
        while i > 0 && names[i - 1].start >= pos {
            i -= 1;
        }
        self.name_hint.set(i);
        i
    }

    /// `ents.names.partition_point(|n| n.end <= pos)`: [`Self::names_from`]
    /// stepped back over the names that reach past `pos` (names are in
    /// text order, and so are their ends).
    fn names_after(&self, ents: &Entities, pos: usize) -> usize {
        let mut i = self.names_from(ents, pos);
        while i > 0 && ents.names[i - 1].end > pos {
            i -= 1;
        }
        i
    }

    /// The name mention that is the subject of sentence `s` before byte
    /// `limit` (see [`Self::subject_before`]), ignoring what earlier stages
    /// recorded as the sentence's subject.
    pub(crate) fn subject_name_before(&self, s: usize, limit: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<NameRef> {
        let doc = self.doc;
        let sent = &doc.sentences[s];
        let i = self.names_from(ents, sent.start);
        let subject = |n: &&NameRef| {
            let t = n.run;
            // A sentence opening on "And" or "But" is still about its
            // subject ("And Keren is ready").
            let opener = t == sent.tokens.start + 1 && matches!(doc.lower(t - 1).as_str(), "and" | "but");
            let prev = if t > sent.tokens.start && !opener { doc.lower(t - 1) } else { Default::default() };
            // (The dearer tests, below, are asked last.)
            let possessive = || {
                let after = n.after;
                after < sent.tokens.end && matches!(doc.tok(after), "'" | "’")
            };
            // After a plain lowercase word ("visited Washington") a
            // name is an object; title words may precede a subject.
            // ("His nephew Samir", "greengrocer Omar Haddad": a role or
            // person noun before a name describes it.)
            let after_word = || {
                t > sent.tokens.start
                    && !opener
                    && doc.tokens()[t - 1].kind == TokKind::Word
                    && doc.tok(t - 1).chars().all(char::is_lowercase)
                    && !crate::mentions::is_title_word(&prev)
                    // ("retired Army Col. James Whitaker", "the late
                    // Sen. Ana Ruiz": a person's state before the title
                    // the name opens with.)
                    && !matches!(prev.as_str(), "retired" | "late")
                    && !lexicon::is_role_noun(&prev)
                    && !lexicon::person_nouns().contains(&prev)
                    && !lexicon::org_nouns().contains(&prev)
            };
            // "Voss campaign spokesman Ned Alder told …": a name before
            // the title of another names whose title it is.
            let modifies_title = || {
                let words = (n.after..sent.tokens.end.min(n.after + 4)).take_while(|&k| {
                    let w = doc.tok(k);
                    doc.is_word(k)
                        && w.starts_with(|c: char| c.is_ascii_lowercase())
                        && doc.lists(k) & (lexicon::CUE_VERBS | lexicon::VERBS_FORMS | lexicon::IRREGULAR_PAST) == 0
                        && !w.ends_with("ed")
                });
                let last = words.last();
                last.is_some_and(|l| {
                    l + 1 < sent.tokens.end
                        && doc.is_cap(l + 1)
                        && doc.is_word(l + 1)
                        && lexicon::is_role_noun_with(&doc.lower(l), doc.lists(l))
                })
            };
            !matches!(
                        prev.as_str(),
                        "in" | "to"
                            | "from"
                            | "with"
                            | "at"
                            | "by"
                            | "on"
                            | "for"
                            | "of"
                            | "against"
                            | "toward"
                            | "towards"
                            | "and"
                    )
                    // "the Smith family" is not Smith; "The Security
                    // Council" is the council.
                    && (prev != "the" || ents.list[n.entity].kind == PersonKind::Org)
                    && !in_quote(quotes, n.start)
                    && !possessive()
                    && !after_word()
                    && !(prev == "," && in_place(ents, n))
                    && !modifies_title()
        };
        // (Names are in text order, and so are their ends: none reaching
        // past `limit`, which may fall inside a run the names cover.)
        let mut names = ents.names[i..].iter().take_while(|n| n.start < sent.end && n.end <= limit);
        let first = names.find(&subject)?;
        // "When Vale died, Governor Lind released …": after a fronted
        // subordinate clause, a name opening the main clause is its subject
        // (else the clause's own subject stays the likeliest antecedent).
        if first.run > sent.tokens.start {
            if let Some(m) = fronted_clause_end(doc, sent.tokens.start, sent.tokens.end).filter(|&m| first.run < m) {
                if let Some(n) = names.take_while(|n| n.run < m + 3).find(|n| n.run >= m && subject(n)) {
                    return Some(*n);
                }
            }
        }
        Some(*first)
    }

    /// Whom an epithet ("the Kentucky Republican") describes: a named
    /// person the text is about — the subject of one of the three
    /// sentences before, else the last speaker nearby.
    fn described_person(&mut self, s: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        let person = |e: usize| {
            let e = &ents.list[e];
            e.kind == PersonKind::Person && !e.place_like && surely_person(e)
        };
        let para = self.doc.sentences[s].paragraph;
        // (From the paragraph before too: "In the letter …, the Utah
        // Republican asks" opens a paragraph about the one before's
        // subject.)
        let first_in_para = self.doc.paragraphs[para.saturating_sub(1)].sentences.start;
        // (Not this sentence's: the epithet is its subject, and a name
        // before it sits in an opening phrase.)
        for back in 1..=3usize {
            let Some(t) = s.checked_sub(back).filter(|&t| t >= first_in_para) else { break };
            if let Some(e) = self.subject_of(t, ents, quotes).filter(|&e| person(e)) {
                return Some(e);
            }
        }
        self.last_speaker.filter(|&(e, p)| para.saturating_sub(p) <= 1 && person(e)).map(|(e, _)| e)
    }

    /// The person a bare role ("the minister") restates, in a quote's
    /// source at byte `at` of sentence `s`: the one person named in the
    /// sentence before (past any inside quotes, in this paragraph or the
    /// one before), opening it as its agent, given no role ("Ana Roe, a
    /// nurse," is not "the minister"), and no one named in between.
    fn restated_subject(&self, s: usize, at: usize, ents: &Entities, quotes: &[QuoteSpan]) -> Option<usize> {
        let doc = self.doc;
        let prev = (s.saturating_sub(4)..s).rev().find(|&t| !in_quote(quotes, doc.sentences[t].start))?;
        let sent = &doc.sentences[prev];
        if doc.sentences[s].paragraph - sent.paragraph > 1 {
            return None;
        }
        // (One person named, outside quotes, places aside. A run-on
        // sentence of names is no such sentence: the walk stays short.)
        let names = &ents.names[self.names_from(ents, sent.start)..self.names_from(ents, at)];
        if names.len() > 32 {
            return None;
        }
        let mut first: Option<&NameRef> = None;
        for n in names {
            let p = &ents.list[n.entity];
            if p.kind == PersonKind::Person && !p.place && !in_quote(quotes, n.start) {
                if first.is_some_and(|f| f.entity != n.entity) {
                    return None;
                }
                first = first.or(Some(n));
            }
        }
        let first = first.filter(|n| n.run == sent.tokens.start)?;
        let (e, k) = (first.entity, first.after);
        let p = &ents.list[e];
        // (A verb after the name, not "was" and a participle: "Ken Mori
        // was arrested" is the one acted on.)
        let verb = k + 1 < sent.tokens.end && doc.tok(k).starts_with(char::is_lowercase);
        let passive = verb
            && matches!(doc.tok(k), "was" | "were")
            && (doc.tok(k + 1).ends_with("ed") || doc.lists(k + 1) & lexicon::IRREGULAR_PAST != 0);
        // (Surely a person, or a name of two words before a verb: "Anneli
        // Rautio said".)
        let person = !p.place_like && (surely_person(p) || p.person_like && verb);
        (person && !passive && !role_given(doc, ents, e, at)).then_some(e)
    }

    pub(crate) fn set_subject(&mut self, s: usize, e: usize) {
        if self.subjects.len() <= s {
            self.subjects.resize(s + 1, None);
        }
        if self.subjects[s].is_none() {
            self.subjects[s] = Some(e);
        }
    }

    /// Resolves a pronoun at sentence `s` to an entity.
    /// `skip`: an entity the pronoun cannot be (a quoted speaker's "he"
    /// is someone else), passed over for the next that fits.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn pronoun(
        &mut self,
        word: &str,
        at: usize,
        s: usize,
        para: usize,
        ents: &Entities,
        quotes: &[QuoteSpan],
        skip: Option<usize>,
    ) -> Option<usize> {
        let want = gender_of(word);
        let personal = want.is_some();
        let para_start = self.doc.paragraphs[para].start;
        let fits = |i: usize| {
            let e = &ents.list[i];
            if skip == Some(i) {
                false
            } else if personal {
                e.kind != PersonKind::Org
                    && e.kind != PersonKind::Group
                    && !e.place_like
                    && (e.person_like || e.kind == PersonKind::Unnamed)
                    && !(e.gender.is_some() && e.gender != want)
                    // (`to_lowercase().ends_with('s')`: only 'S' lowers to 's'.)
                    && !e.name.ends_with(['s', 'S'])
                    // ("advocates in the community": a plural head, whatever
                    // its complement ends with.)
                    && !(e.kind == PersonKind::Unnamed && plural_head(&e.key))
                    // ("The ministry disputed it. … he said": "he" is no
                    // ministry.)
                    && !(e.kind == PersonKind::Unnamed && super::orgs::noun_kind(&description_head(&e.name)).is_some())
                    || e.kind == PersonKind::Person && e.person_like && !(e.gender.is_some() && e.gender != want)
            } else if word == "it" || word == "its" {
                // "it" is one organisation: never a group, never a person.
                matches!(e.kind, PersonKind::Org | PersonKind::Unnamed)
                    // (A name not typed yet, only from this paragraph.)
                    || e.kind == PersonKind::Person
                        && super::orgs::may_be_org(e)
                        && e.mentions.iter().any(|m| m.start >= para_start && m.start < at)
            } else {
                matches!(e.kind, PersonKind::Org | PersonKind::Group | PersonKind::Unnamed) || e.name.ends_with('s')
            }
        };
        // 1. The subject of this sentence, then of the previous ones in
        //    the paragraph; 2. the last speaker; 3. earlier subjects.
        let first_in_para = self.doc.paragraphs[para].sentences.start;
        for back in 0..=3usize {
            let Some(t) = s.checked_sub(back) else { break };
            if t < first_in_para && back > 0 {
                if let Some((e, p)) = self.last_speaker {
                    if para.saturating_sub(p) <= 1 && fits(e) {
                        return Some(e);
                    }
                }
            }
            // "Helen Strachan … She was speaking after Priya Greaves won.
            // “…,” she said.": a sentence whose subject is this same
            // pronoun continues the chain; its names are not the referent.
            if back > 0 && personal && self.subjects.get(t).copied().flatten().is_none() && opens_with(self.doc, t, word) {
                continue;
            }
            let limit = if back == 0 { at } else { usize::MAX };
            if let Some(e) = self.subject_before(t, limit, ents, quotes) {
                if fits(e) {
                    return Some(e);
                }
            }
            // "The college confirmed the rise. In a statement, it said …":
            // a sentence about an organisation by its short form.
            if !personal {
                if let Some(e) = super::orgs::described_subject(self.doc, ents, t, limit).filter(|&e| fits(e)) {
                    return Some(e);
                }
            }
            // "For Maya Lind, a nurse, the vote came as a relief. “…,” she
            // said.": a person introduced in the sentence before, even
            // inside a phrase, beats an earlier speaker.
            if back == 1 {
                let sent = &self.doc.sentences[t];
                let i = self.names_from(ents, sent.start);
                let fresh = ents.names[i..].iter().take_while(|n| n.start < sent.end).find(|n| {
                    let e = &ents.list[n.entity];
                    fits(n.entity) && e.mentions.first().is_some_and(|m| m.start >= sent.start) && !in_quote(quotes, n.start)
                });
                if let Some(n) = fresh {
                    return Some(n.entity);
                }
            }
        }
        if let Some((e, _)) = self.last_speaker {
            if fits(e) {
                return Some(e);
            }
        }
        // Most recent fitting name before this sentence.
        let i = self.names_from(ents, self.doc.sentences[s].start);
        let recent = ents.names[..i].iter().rev().take(40).map(|n| n.entity).filter(|&e| fits(e));
        if skip.is_some() {
            // Someone the speaker quotes is more often the article's person
            // than the name last written: the most mentioned so far (the
            // latest of equals). (Among its first 64 mentions: a name
            // repeated through a pasted archive must not be counted for
            // each of its quotes.)
            let so_far = |e: usize| ents.list[e].mentions.iter().take(64).filter(|m| m.start < at).count();
            return recent
                .map(|e| (e, so_far(e)))
                .fold(None, |best: Option<(usize, usize)>, (e, n)| match best {
                    Some((b, bn)) if bn >= n => Some((b, bn)),
                    _ => Some((e, n)),
                })
                .map(|(e, _)| e);
        }
        recent.into_iter().next()
    }
}

/// Resolves a source noun phrase to an entity, creating one when needed.
pub(crate) fn resolve(
    r: &mut Resolver,
    np: Np,
    s: usize,
    para: usize,
    ents: &mut Entities,
    quotes: &[QuoteSpan],
) -> Option<(usize, (usize, usize))> {
    let doc = r.doc;
    let start = doc.tokens()[np.first].start;
    let end = doc.tokens()[np.last - 1].end;
    // The source is always one of the entity's mentions (the output lets a
    // reader click from one to the other): a description or group without
    // its article, a name as the name mention found inside the phrase.
    let mut source = (start, end);
    let e = match np.kind {
        NpKind::Pronoun => {
            let w = super::phrases::pronoun_at(doc, np.first).unwrap_or_else(|| doc.lower(np.first).as_str());
            // The writer speaking in the first person ("I laughed and
            // said, …"): one narrator per text, not whoever was last named.
            if w == "i" || w == "we" {
                if in_quote(quotes, start) {
                    return None;
                }
                let (name, kind) = if w == "i" { ("I", PersonKind::Unnamed) } else { ("we", PersonKind::Group) };
                let existing = ents.list.iter().position(|e| e.kind == kind && e.name == name);
                let e = match existing {
                    Some(e) => {
                        ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
                        e
                    }
                    None => new_entity(ents, name, kind, start, end, MentionKind::Pronoun),
                };
                return Some((e, source));
            }
            // "“…?” a reporter asked Roberta Quist. “No,” she replied.": a
            // reply is the one asked's.
            if let Some(e) = (matches!(w, "he" | "she") && s > 0).then(|| asked_person(doc, ents, np, s - 1, gender_of(w))).flatten() {
                ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
                return Some((e, source));
            }
            // "The mayor took the microphone. She said: …": a described
            // person opening the previous sentence, when no name does.
            if matches!(w, "he" | "she")
                && s > 0
                && doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph
                && r.subject_of(s - 1, ents, quotes).is_none()
            {
                let prev = &doc.sentences[s - 1];
                // (Past a fronted phrase: "In Lagos, a protester held …".)
                let (lo, hi) = (prev.tokens.start, prev.tokens.end);
                let fronted = || {
                    let place = lo < hi && matches!(doc.lower(lo).as_str(), "in" | "at" | "on" | "outside" | "inside" | "near" | "across");
                    place.then(|| (lo + 1..hi.min(lo + 8)).find(|&c| doc.tok(c) == ",").map(|c| c + 1)).flatten()
                };
                let from = fronted_clause_end(doc, lo, hi).or_else(fronted).unwrap_or(lo);
                let subject = super::phrases::np_after(doc, from, hi, true)
                    .filter(|n| n.kind == NpKind::Description && !doc.lower(n.last - 1).ends_with('s'))
                    // ("The ministry disputed it. She said": no ministry.)
                    .filter(|n| super::orgs::noun_kind(&doc.lower(n.last - 1)).is_none());
                if let Some(n) = subject {
                    if let Some((e, _)) = resolve(r, n, s - 1, para, ents, quotes) {
                        if ents.list[e].gender.is_none_or(|g| Some(g) == gender_of(w)) {
                            ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
                            return Some((e, source));
                        }
                    }
                }
            }
            // "Roger Hale issued a statement backing the coach. “…,” it
            // read.": "it" is the statement, spoken by whoever issued it.
            if w == "it" {
                if let Some(by) = issued_statement_before(doc, s) {
                    if let Some((e, _)) = resolve(r, by, s - 1, para, ents, quotes) {
                        ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
                        return Some((e, source));
                    }
                }
            }
            let e = r.pronoun(w, start, s, para, ents, quotes, None)?;
            let g = subject_gender(w);
            if g.is_some() && ents.list[e].gender.is_none() && ents.list[e].kind != PersonKind::Unnamed {
                ents.list[e].gender = g;
            }
            ents.list[e].mentions.push(Mention { start, end, kind: MentionKind::Pronoun });
            e
        }
        NpKind::Name => {
            // "the Kentucky Republican said", "the 29-year-old Kenyan": a
            // party or a nationality after "the" describes someone already named — the
            // person the sentences before are about, else the one named
            // last (as "the 58-year-old" is).
            if let Some(first) = epithet(doc, np) {
                let at = doc.tokens()[first].start;
                if let Some(e) = r.described_person(s, ents, quotes).or_else(|| last_person(doc, ents, at)) {
                    ents.list[e].mentions.push(Mention { start: at, end, kind: MentionKind::Description });
                    return Some((e, (at, end)));
                }
            }
            // The last name mention inside the phrase is the head, up to
            // a complement of where the person is from ("Dr. Ana Ruiz of
            // Lakeshore College") — and never a place ("Rep. Ana Ruiz of
            // New York"): a place never speaks while a person in the
            // phrase can.
            let i = r.names_after(ents, start);
            let inside = || ents.names[i..].iter().take_while(|n| n.start < end);
            let joined = |a: &NameRef, b: &NameRef| {
                let gap = doc.text()[a.end..b.run_start(doc).max(a.end)].trim();
                !["of", "from", "at", "of the", "from the", "at the"].iter().any(|w| gap.eq_ignore_ascii_case(w))
            };
            let mut people = inside().filter(|n| !ents.list[n.entity].place);
            let hit = people
                .next()
                .map(|first| {
                    let mut head = first;
                    for n in people {
                        if !joined(head, n) {
                            break;
                        }
                        head = n;
                    }
                    *head
                })
                .or_else(|| inside().last().copied());
            // "Senator from Texas says", "a consultant at Treliske told
            // me": a place after a preposition complements the head, the
            // phrase describes someone.
            let complement = hit.is_some_and(|n| {
                let t = n.run;
                t > np.first + 1
                    && doc.lower(np.first) != "the"
                    && ents.list[n.entity].place_like
                    && matches!(doc.lower(t - 1).as_str(), "of" | "from" | "at" | "in")
            });
            if complement {
                return resolve(r, Np { kind: NpKind::Description, ..np }, s, para, ents, quotes);
            }
            match hit {
                Some(n) => {
                    source = (n.start, n.end);
                    // A named person who speaks can be "he" or "she" later,
                    // even when named by surname alone ("Marsh joked …").
                    // (Not a name after "the" with no title or first
                    // name: "the Red Cross said" is a body. The run may
                    // open on "The" itself.)
                    let the = || crate::mentions::after_the(doc, n.run) || crate::mentions::after_the(doc, n.run + 1);
                    let e = &mut ents.list[n.entity];
                    if e.kind == PersonKind::Person && !e.place_like && (e.titled || !the()) {
                        e.person_like = true;
                    }
                    n.entity
                }
                // (A weekday is no one: "In responding Friday, …".)
                None if np.last == np.first + 1 && super::phrases::is_time_noun(&doc.lower(np.first)) => return None,
                None => {
                    let name = doc.text()[start..end].trim_start_matches("The ").to_owned();
                    // "Officials say …", "Rabbis vow …": a plural of a person
                    // noun, capitalised opening a sentence, is people
                    // unnamed, no organisation. (A singular may be a
                    // surname: "Guardian said", "King said".)
                    let people = np.last == np.first + 1 && {
                        let (w, lists) = (doc.lower(np.first), doc.lists(np.first));
                        lexicon::is_people_plural_with(&w, lists)
                    };
                    new_entity(ents, &name, if people { PersonKind::Unnamed } else { PersonKind::Org }, start, end, MentionKind::Name)
                }
            }
        }
        NpKind::Description => {
            let text = &doc.text()[start..end];
            let stripped = strip_article(text);
            let off = text.len() - stripped.len();
            // Lowered once, borrowed from the Doc when ASCII: the head,
            // the words compared below and the organisation's short form
            // read it, where each lowered the description again.
            let lowered = doc.lowered_span(start + off, end);
            // (From the text as written: a participle's phrase may open
            // with a capital, "a pastor supporting Mr. Cruz".)
            let head = description_head(stripped);
            // (`to_lowercase().starts_with("a ")` without the copy: no
            // character but 'A' and 'N' lowers to 'a' or 'n'.)
            let opens = |p: &str| text.get(..p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p));
            let definite = !opens("a ") && !opens("an ") && !opens("one ") && !opens("another ")
                || recent(ents).any(|(_, e)| e.kind == PersonKind::Unnamed && e.name.eq_ignore_ascii_case(stripped));
            let plural_head = head.ends_with('s') || head.ends_with("men");
            // "the official" refers back to "a senior NATO official".
            let found = definite
                .then(|| {
                    recent(ents)
                        .find(|(_, e)| {
                            // "the union" after "the players' union" or the
                            // "Tenants Union": one organisation.
                            // "island fishermen" after "Clare Island
                            // Fishermen": a plural head names the group that
                            // a capitalised name calls by it.
                            (matches!(e.kind, PersonKind::Unnamed | PersonKind::Org) && *e.key == *head
                                || plural_head && e.kind == PersonKind::Person && ends_with_word(&e.name, &head))
                                && lowered.split_whitespace().all(|w| has_lowered_word(&e.name, w))
                        })
                        .map(|(i, _)| i)
                })
                .flatten();
            // "the company" after "Halvorsen Home Appliances", "the
            // college" after "St Brendan's College": an organisation.
            let found = found.or_else(|| definite.then(|| super::orgs::short_form(doc, ents, &lowered, stripped, &head, start)).flatten());
            // "His spokesman released a statement saying …": whoever
            // issued it, the subject of the verb before it.
            if head == "statement" {
                if let Some(by) = issuing_subject(doc, np) {
                    return resolve(r, by, s, para, ents, quotes);
                }
            }
            // "the statement said", "a statement from the council said":
            // the organisation that issued it.
            let found = found
                .or_else(|| (head == "statement").then(|| super::orgs::issuer(doc, ents, head_token(doc, np), np.last, start)).flatten());
            // "Her family said in a statement that … “…,” the statement
            // read.": whoever issued it in the sentence before.
            if found.is_none() && definite && head == "statement" {
                if let Some(by) = issued_statement_before(doc, s) {
                    return resolve(r, by, s, para, ents, quotes);
                }
            }
            // "the councillor" after "Councillor Rhea Moss": the named
            // person who carries that title.
            // (Of two senators, the one speaking: "Colquitt said the bill
            // was dead. “It is over,” the senator added." is Colquitt, not
            // Sen. Lindqvist named after her.)
            let speaking = r.last_speaker.filter(|&(_, p)| para.saturating_sub(p) <= 1).map(|(e, _)| e);
            // (The speaker asked again only when someone else holds it.)
            let found = found.or_else(|| {
                let holder = definite.then(|| titled_person(doc, ents, stripped, start, None)).flatten()?;
                let other = speaking.filter(|&e| e != holder).and_then(|e| titled_person(doc, ents, stripped, start, Some(e)));
                Some(other.unwrap_or(holder))
            });
            // "the 58-year-old said", "the 51-year-old Dane added": an age
            // or a nationality only ever describes someone already named —
            // the person named last.
            // (Asked only of a definite description nothing else matched:
            // its words were split twice for every description before.)
            // (So does a noun for someone's age or newness on the job: "the
            // youngster", "the rookie".)
            let anaphoric = || {
                stripped.split_whitespace().any(super::phrases::is_age_noun)
                    || matches!(&*head, "youngster" | "rookie" | "newcomer" | "debutant")
                    || (stripped.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase))
                        && lexicon::is_bare_person_noun(&head))
            };
            // ("the 24-year-old" after "Teo Vance, 24, … goalie Sven Ek,
            // 31": the person named with that age, else the last named.)
            let aged =
                || stripped.split_whitespace().find_map(|w| w.strip_suffix("-year-old")).and_then(|age| aged_named(doc, ents, start, age));
            // (The last speaker when named since that person: "Pemba Dorje
            // said the climber seemed strong. “…,” the 29-year-old said."
            // is Dorje, an unlisted name, not an official named before.)
            let latest = |e: usize| ents.list[e].mentions.iter().filter(|m| m.start < start).map(|m| m.start).max();
            let person_or_speaker = || {
                let person = last_person(doc, ents, start);
                let speaker = r.last_speaker.filter(|&(_, p)| para.saturating_sub(p) <= 1).map(|(e, _)| e).filter(|&e| {
                    let p = &ents.list[e];
                    p.kind == PersonKind::Person && !p.place_like && p.person_like
                });
                match (person, speaker) {
                    (Some(l), Some(sp)) if latest(sp) > latest(l) => Some(sp),
                    (None, sp) => sp,
                    (l, _) => l,
                }
            };
            let found = found.or_else(|| (definite && anaphoric()).then(|| aged().or_else(person_or_speaker)).flatten());
            // "the teenager" after "Omar Vidal, 17,": the person named
            // with a teen's age.
            let found =
                found.or_else(|| (definite && matches!(&*head, "teenager" | "teen")).then(|| teen_named(doc, ents, start)).flatten());
            // "the doctor" after "Dr. Evelyn Sorensen": the person named
            // last with that honorific.
            let found =
                found.or_else(|| (definite && matches!(&*head, "doctor" | "physician")).then(|| doctor_named(doc, ents, start)).flatten());
            // "Ana Roe said the report was clear. “…,” the minister said.":
            // a bare role no one holds restates the subject of the
            // sentence before, when no role was given to them either.
            // (Not one a relative clause picks out: "the runner who came third".)
            let relative = || np.last < doc.tokens().len() && matches!(doc.lower(np.last).as_str(), "who" | "whose" | "that");
            let found = found.or_else(|| {
                (opens("the ") && bare_role(stripped, &head) && !relative()).then(|| r.restated_subject(s, start, ents, quotes)).flatten()
            });
            source = (start + off, end);
            match found {
                Some(e) => {
                    // A name an organisation noun refers to is an organisation.
                    if ents.list[e].kind == PersonKind::Person && super::orgs::noun_kind(&head).is_some() {
                        ents.list[e].kind = PersonKind::Org;
                        ents.list[e].person_like = false;
                    }
                    ents.list[e].mentions.push(Mention { start: start + off, end, kind: MentionKind::Description });
                    // "the president" naming President Ana Lind is
                    // one of the ways the text gives his position.
                    let person = &mut ents.list[e];
                    let new_title = !person.positions.iter().any(|&(a, b)| doc.text()[a..b].eq_ignore_ascii_case(stripped));
                    // ("the official" restating a minister names no title.)
                    if person.kind == PersonKind::Person && lexicon::is_title_head(&head) && new_title && head != "official" {
                        person.positions.push((start + off, end));
                    }
                    e
                }
                None => {
                    let org = (lexicon::org_words().contains(&head) || super::orgs::noun_kind(&head).is_some()) && !head.ends_with('s');
                    let kind = if org { PersonKind::Org } else { PersonKind::Unnamed };
                    let e = new_entity(ents, stripped, kind, start + off, end, MentionKind::Description);
                    ents.list[e].key = (*head).into();
                    ents.list[e].gender = crate::mentions::noun_gender(&head);
                    e
                }
            }
        }
        NpKind::Group => {
            let text = strip_article(&doc.text()[start..end]);
            let off = doc.text()[start..end].len() - text.len();
            source = (start + off, end);
            let i = r.names_after(ents, start);
            // "Ministry of Employment and Labor said": an "and" inside one
            // organisation's name joins no group.
            if let Some(n) = ents.names.get(i).filter(|n| n.start <= start + off && n.end >= end) {
                let e = n.entity;
                ents.list[e].mentions.push(Mention { start: n.start, end: n.end, kind: MentionKind::Name });
                return Some((e, (n.start, n.end)));
            }
            let members: Vec<usize> = ents.names[i..].iter().take_while(|n| n.start < end).map(|n| n.entity).collect();
            let existing = recent(ents).find(|(_, e)| e.kind == PersonKind::Group && e.name == text).map(|(i, _)| i);
            let e = existing.unwrap_or_else(|| new_entity(ents, text, PersonKind::Group, start + off, end, MentionKind::Name));
            if existing.is_some() {
                ents.list[e].mentions.push(Mention { start: start + off, end, kind: MentionKind::Name });
            }
            ents.list[e].members = members;
            e
        }
    };
    Some((e, source))
}

/// For a pronoun `np` whose verb (after it, or before it inverted) is a
/// reply ("she replied", "answered he"): the person named as the object of
/// "asked" or "pressed" in sentence `prev` ("a reporter asked Roberta
/// Quist"), if they fit `want`.
fn asked_person(doc: &Doc, ents: &Entities, np: Np, prev: usize, want: Option<Gender>) -> Option<usize> {
    let reply = |k: usize| {
        k < doc.tokens().len()
            && doc.is_word(k)
            && matches!(
                doc.lower(k).as_str(),
                "replied"
                    | "replies"
                    | "reply"
                    | "answered"
                    | "answers"
                    | "answer"
                    | "responded"
                    | "responds"
                    | "respond"
                    | "retorted"
                    | "retorts"
            )
    };
    if !(reply(np.last) || np.first > 0 && reply(np.first - 1)) {
        return None;
    }
    let sent = &doc.sentences[prev];
    let i = ents.names.partition_point(|n| n.start < sent.start);
    ents.names[i..].iter().take_while(|n| n.start < sent.end).find_map(|n| {
        let t = n.run;
        let e = &ents.list[n.entity];
        let asked = t > sent.tokens.start && matches!(doc.lower(t - 1).as_str(), "asked" | "pressed" | "questioned" | "quizzed");
        (asked && e.kind == PersonKind::Person && !e.place && e.gender.is_none_or(|g| Some(g) == want)).then_some(n.entity)
    })
}

/// Whether `name` lowered has the word `w` (lowered): an ASCII name is
/// compared word by word in place, without lowering a copy.
fn has_lowered_word(name: &str, w: &str) -> bool {
    if name.is_ascii() {
        // (`w` has no ASCII capitals: equal ignoring ASCII case is equal
        // to the word lowered.)
        name.split_whitespace().any(|x| x.eq_ignore_ascii_case(w))
    } else {
        name.to_lowercase().split_whitespace().any(|x| x == w)
    }
}

/// The subject that issued the statement `np` ("His spokesman released a
/// statement", "The council put out a statement"), when a verb of issuing
/// stands right before it.
fn issuing_subject(doc: &Doc, np: Np) -> Option<Np> {
    let lo = doc.sentences[doc.tokens()[np.first].sentence()].tokens.start;
    let mut v = np.first.checked_sub(1).filter(|&v| v > lo)?;
    if doc.lower(v) == "out" {
        v -= 1;
    }
    let issued = matches!(doc.lower(v).as_str(), "released" | "issued" | "put" | "sent" | "posted" | "published" | "distributed");
    issued
        .then(|| super::phrases::np_before(doc, lo, v))
        .flatten()
        .filter(|by| by.kind != NpKind::Description || doc.lower(by.last - 1) != "statement")
}

/// The subject that issued "a statement" in the sentence before `s`, in
/// the same paragraph (see [`issuing_subject`]).
fn issued_statement_before(doc: &Doc, s: usize) -> Option<Np> {
    let prev = doc.sentences.get(s.checked_sub(1)?)?;
    if prev.paragraph != doc.sentences[s].paragraph {
        return None;
    }
    let lo = prev.tokens.start;
    let k = (lo + 1..prev.tokens.end).find(|&k| doc.lower(k) == "statement")?;
    // "Marsh said in a short statement that …": the cue's subject.
    let det = (lo..k).rev().take(3).find(|&d| matches!(doc.lower(d).as_str(), "a" | "an"))?;
    if det > lo + 1 && doc.lower(det - 1) == "in" && super::phrases::cue_at(doc, det - 2, det - 1).is_some() {
        return super::phrases::np_before(doc, lo, det - 2);
    }
    issuing_subject(doc, Np { first: det, last: k + 1, kind: NpKind::Description })
}

/// How far back a description or group looks for an earlier one: far
/// enough for any article, bounded so a huge text stays linear.
pub(crate) const RECENT: usize = 256;

/// The most recent entities, newest first, with their indexes.
pub(crate) fn recent(ents: &Entities) -> impl Iterator<Item = (usize, &Entity)> {
    ents.list.iter().enumerate().rev().take(RECENT)
}

pub(crate) fn strip_article(s: &str) -> &str {
    // ("My grandson asked me": "my" is the quoted speaker's, meaningless
    // as a name out of its quote.)
    for a in ["the ", "The ", "a ", "A ", "an ", "An ", "my ", "My ", "our ", "Our "] {
        if let Some(rest) = s.strip_prefix(a) {
            return rest;
        }
    }
    s
}

/// The token after the comma that ends a subordinate clause opening the
/// sentence at `start` ("When Vale died in 1998, …"), if it opens so.
pub(crate) fn fronted_clause_end(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    // (Each subordinator starts with one of these letters and has 2 to 8
    // of them: most sentences leave on their first byte.)
    if start >= end {
        return None;
    }
    let first = doc.tok(start).as_bytes();
    if first.len() < 2 || first.len() > 8 || !matches!(first[0] | 0x20, b'w' | b'a' | b'b' | b's' | b'i' | b'u' | b't' | b'o') {
        return None;
    }
    let opens = super::phrases::is_subordinator(&doc.lower(start));
    opens.then(|| (start + 1..end.min(start + 30)).find(|&c| doc.tok(c) == ",")).flatten().map(|c| c + 1)
}

/// Whether name `n`, after a comma, is a place that locates the place
/// named right before the comma ("in Salem, New Hampshire, Dolan said"):
/// part of that phrase, not the clause's subject.
fn in_place(ents: &Entities, n: &NameRef) -> bool {
    let i = ents.names.partition_point(|m| m.start < n.start);
    ents.list[n.entity].place
        && i > 0
        && ents.names[i - 1].after + 1 == n.run
        && ents.list[ents.names[i - 1].entity].place_like | ents.list[ents.names[i - 1].entity].place
}

/// Whether `name`'s last word is `word` in any case (a byte test, asked
/// of every recent entity a description is compared with).
fn ends_with_word(name: &str, word: &str) -> bool {
    let (n, w) = (name.as_bytes(), word.as_bytes());
    n.len() > w.len() && n[n.len() - w.len() - 1] == b' ' && n[n.len() - w.len()..].eq_ignore_ascii_case(w)
}

pub(crate) fn new_entity(ents: &mut Entities, name: &str, kind: PersonKind, start: usize, end: usize, mk: MentionKind) -> usize {
    let mut e = Entity::new(name, kind);
    e.mentions.push(Mention { start, end, kind: mk });
    ents.list.push(e);
    ents.list.len() - 1
}

/// Whether `np` is "the" and capitalised words ending in a party noun or a
/// nationality, after words about the holder ("the Kentucky Republican",
/// "the 29-year-old Kenyan", "the veteran Democrat"): someone already
/// named. Returns the phrase's first token after "the".
fn epithet(doc: &Doc, np: Np) -> Option<usize> {
    // "the" opens the phrase, or stands before it and up to two words
    // about the holder.
    let the = if doc.lower(np.first) == "the" {
        np.first
    } else {
        let mut b = np.first;
        while b > 0 && b + 2 > np.first && doc.is_word(b - 1) && holder_word(&doc.lower(b - 1)) {
            b -= 1;
        }
        b.checked_sub(1).filter(|&t| doc.lower(t) == "the")?
    };
    let first = the + 1;
    // The capitalised words, past any words about the holder after "the".
    let mut caps = first;
    while caps < np.last && doc.is_word(caps) && !doc.is_cap(caps) && holder_word(&doc.lower(caps)) {
        caps += 1;
    }
    let last = doc.tok(np.last - 1);
    // ("The Romanian hacker": a nationality modifying a noun after it.)
    let noun_after = || {
        np.last < doc.tokens().len() && doc.is_word(np.last) && !doc.is_cap(np.last) && {
            let (w, lists) = (doc.lower(np.last), doc.lists(np.last));
            lists & lexicon::PERSON_NOUNS != 0 || lexicon::is_role_noun_with(&w, lists)
        }
    };
    // ("the Independent" alone is the newspaper; "the Vermont Independent"
    // a politician.)
    let party = matches!(last, "Republican" | "Democrat" | "Libertarian") || last == "Independent" && caps + 1 < np.last;
    (caps < np.last && (caps..np.last).all(|k| doc.is_cap(k)) && (party || gazetteer::is_demonym(last)) && !noun_after()).then_some(first)
}

/// The person an epithet ("the 29-year-old Kenyan") means: in the latest
/// sentence before byte `before` (within the paragraph and the two before
/// it) that names a person, the first person named, a subject before an
/// object ("Moreau finished ahead of Vidal. … the Frenchman said" is
/// Moreau). With no one surely a person, a name of two words opening its
/// sentence, whose first name the lists lack ("Kenji Mori scored twice").
fn last_person(doc: &Doc, ents: &Entities, before: usize) -> Option<usize> {
    let para = doc.paragraph_at(before);
    let floor = doc.paragraphs[para.saturating_sub(2)].start;
    let i = ents.names.partition_point(|n| n.start < before);
    let recent = || ents.names[..i].iter().rev().take_while(|n| n.start >= floor);
    let sentence = |n: &NameRef| doc.tokens()[n.run].sentence();
    let person = |n: &NameRef, opener: bool| {
        let e = &ents.list[n.entity];
        // ("sent flowers to Kowalczyk" made her place-like; her full name
        // said person before.)
        e.kind == PersonKind::Person
            && (!e.place_like || e.person_like && !e.place)
            && if opener { doc.sentences[sentence(n)].tokens.start == n.run && e.name.contains(' ') } else { surely_person(e) }
    };
    let last = recent().find(|n| person(n, false)).or_else(|| recent().find(|n| person(n, true)))?;
    let s = sentence(last);
    // (Not a possessor: "how Mr. Trump's opponents …, Mr. Rubio declined".)
    let possessor = |n: &NameRef| n.after + 1 < doc.tokens().len() && matches!(doc.tok(n.after), "'" | "’") && doc.tok(n.after + 1) == "s";
    Some(recent().filter(|n| n.start <= last.start && sentence(n) == s && person(n, false) && !possessor(n)).last().unwrap_or(last).entity)
}

/// Whether a definite description is a bare role: "minister", "senior
/// officer", "Cork TD" — its head last, singular, no body's noun.
fn bare_role(description: &str, head: &str) -> bool {
    description.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(head))
        && !head.ends_with('s')
        && lexicon::is_role_noun(head)
        && !lexicon::party_roles().contains(head)
        && super::orgs::noun_kind(head).is_none()
        && !lexicon::org_words().contains(head)
}

/// Whether entity `e` was given a role at one of its names among the
/// last 60 before byte `before`: a role or title word right before the
/// name ("pitcher Ken Mori"), or set off after it ("Ana Roe, a nurse,").
fn role_given(doc: &Doc, ents: &Entities, e: usize, before: usize) -> bool {
    let i = ents.names.partition_point(|n| n.start < before);
    ents.names[..i].iter().rev().take(60).filter(|n| n.entity == e).any(|n| {
        let t = n.run;
        // (`is_role_noun_with` reads the titles' and roles' bits itself.)
        let lists = |k: usize| {
            doc.is_word(k) && (lexicon::is_role_noun_with(&doc.lower(k), doc.lists(k)) || lexicon::role_full_form(doc.tok(k)).is_some())
        };
        // (Before the name, in its run or right before it: "Rev. Ana Roe".)
        (t.saturating_sub(1)..doc.token_from(t, n.start)).any(lists)
            || crate::mentions::appositive_start(doc, n.after).is_some_and(|from| crate::mentions::role_set_off(doc, from, true))
    })
}

/// The last person named before byte `before` with an age of 13 to 19
/// right after the name ("Omar Vidal, 17,"): whom "the teenager" means.
fn teen_named(doc: &Doc, ents: &Entities, before: usize) -> Option<usize> {
    let i = ents.names.partition_point(|n| n.start < before);
    let teen = |a: usize| age_after(doc, a).is_some_and(|t| matches!(t.as_bytes(), [b'1', b'3'..=b'9']));
    ents.names[..i].iter().rev().find(|n| teen(n.after)).map(|n| n.entity)
}

/// The most recent person named "Dr." before byte `before`, among the
/// last 60 names.
fn doctor_named(doc: &Doc, ents: &Entities, before: usize) -> Option<usize> {
    let i = ents.names.partition_point(|n| n.start < before);
    // (The honorific opens the name's run, or stands right before it.)
    let dr =
        |t: usize| doc.lower(t) == "dr" || t > 0 && doc.lower(t - 1) == "dr" || t > 1 && doc.tok(t - 1) == "." && doc.lower(t - 2) == "dr";
    ents.names[..i].iter().rev().take(60).find(|n| dr(n.run) && ents.list[n.entity].kind == PersonKind::Person).map(|n| n.entity)
}

/// The most recent person named before byte `before` with the age `age`
/// set off after the name ("Teo Vance, 24,") or before it ("the 24-year-old
/// Teo Vance"), among the last 60 names.
fn aged_named(doc: &Doc, ents: &Entities, before: usize, age: &str) -> Option<usize> {
    let i = ents.names.partition_point(|n| n.start < before);
    // (Or the age before the name: "The 22-year-old Kenji Mori finished
    // third".)
    let age_before = |at: usize| {
        doc.text()[..at]
            .trim_end()
            .strip_suffix("-year-old")
            .and_then(|s| s.strip_suffix(age))
            .is_some_and(|s| !s.ends_with(|c: char| c.is_ascii_digit()))
    };
    ents.names[..i].iter().rev().take(60).find(|n| age_after(doc, n.after) == Some(age) || age_before(n.start)).map(|n| n.entity)
}

/// The age set off by a comma at token `a`, after a name: "24" of ", 24,",
/// ", now 24," or ", aged 24,".
fn age_after<'t>(doc: &Doc<'t>, a: usize) -> Option<&'t str> {
    crate::mentions::appositive_start(doc, a).map(|at| doc.tok(at))
}

/// A person by more than capitals: a gender (honorific, first name,
/// pronoun), a title or role, or a listed first name. "Halton Vale" (a
/// team) is not one.
fn surely_person(e: &Entity) -> bool {
    e.gender.is_some()
        || e.titled
        || e.name.split_whitespace().next().is_some_and(|w| lexicon::gazetteer::first_name(w).is_some() && e.name.contains(' '))
}

/// The most recent person named before byte `before` whose name is preceded
/// by the title `description` ends in ("Councillor Rhea Moss", "Interior
/// Minister Rosa Vidal"), for a definite description ("the councillor") to
/// refer to. With `only`, that entity's names alone.
fn titled_person(doc: &Doc, ents: &Entities, description: &str, before: usize, only: Option<usize>) -> Option<usize> {
    // Most descriptions end in no title: asked of the last word as written
    // (a list lookup lowers it), before the words are lowered one by one.
    // (A role or any person noun: "the retiree" after "Ana Berg, a
    // retiree,", "the grower" after "grower Jean Roux".)
    let role = |w: &str| lexicon::is_role_noun(w) || lexicon::person_nouns().contains(w);
    if !role(description.split_whitespace().last()?) {
        return None;
    }
    // (A nationality is about the holder: "the Italian commissioner"
    // restates "EU Commissioner Paolo Ferrante".)
    let mut words: Vec<String> = description.split_whitespace().filter(|w| !gazetteer::is_demonym(w)).map(str::to_lowercase).collect();
    // A possessor ("the authority's chairman") names the body, which the
    // title must name too ("chairman of the Qasr Canal Authority"); a
    // common noun's ("the paper's") may also go unnamed, when the title
    // has no possessor of its own. Kept apart: (stem, capitalised).
    let possessors: Vec<(String, bool)> = description
        .split_whitespace()
        .filter_map(|w| {
            let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).filter(|s| !s.is_empty())?;
            Some((stem.to_lowercase(), stem.starts_with(char::is_uppercase)))
        })
        .collect();
    words.retain(|w| !possessor(w));
    let head = words.last()?.as_str();
    // (An anonymous head too: "the analyst" after "Jane Roe, an analyst
    // at Invested Securities". An unnamed "a senior official" earlier is
    // found before this is asked.)
    if !role(head) || head.ends_with('s') {
        return None;
    }
    // "the CEO" fits "Chief Executive Officer": an initialism's words.
    if let Some(full) = lexicon::role_initialism(head) {
        words.pop();
        words.extend(full.split(' ').map(str::to_string));
    }
    let described_past = words.iter().any(|w| past_word(w));
    let i = ents.names.partition_point(|n| n.start < before);
    ents.names[..i].iter().rev().take(60).find_map(|n| {
        if ents.list[n.entity].kind != PersonKind::Person || ents.list[n.entity].place || only.is_some_and(|e| e != n.entity) {
            return None;
        }
        let t = n.run;
        let from = t.saturating_sub(4).max(doc.sentences[doc.tokens()[t.min(doc.tokens().len() - 1)].sentence()].tokens.start);
        // Every word of the description is in the title: "the interior
        // minister" fits "Interior Minister", "British foreign secretary"
        // does not fit "Secretary of State".
        // (An ASCII token compared in place, ignoring case: the words have
        // no ASCII capitals. Any other lowered where it stands.)
        // (Only the words next to the name: "the president told The
        // Atlantic's Jeffrey Goldberg" gives Goldberg no title.)
        let title_word = |k: usize| {
            doc.is_cap(k)
                || doc.tok(k) == "."
                || doc.is_word(k)
                    && doc.lists(k) & (lexicon::TITLES | lexicon::ROLES | lexicon::ROLE_MODIFIERS | lexicon::TITLE_MODIFIERS) != 0
        };
        let from = (from..t).rev().take_while(|&k| title_word(k)).last().unwrap_or(t);
        let title = from..doc.token_from(t, n.start);
        let same = |k: usize, w: &str| {
            let tok = doc.tok(k);
            // (Not in the wasm, where the copy is smaller.)
            if cfg!(not(target_arch = "wasm32")) && tok.is_ascii() {
                tok.eq_ignore_ascii_case(w)
            } else {
                doc.lowered_span(doc.tokens()[k].start, doc.tokens()[k].end) == w
            }
        };
        // "the lawyer" fits "Defense attorney": one role's synonyms.
        // And "the governor" fits "Gov.": an abbreviated rank or office,
        // or one of its synonyms ("the congresswoman" fits "Rep.").
        // ("the chief executive" fits "CEO": a word of the initialism's.)
        let synonym = |k: usize, w: &str| {
            lexicon::same_role(w, doc.tok(k))
                || doc.is_cap(k)
                    && lexicon::role_full_form(doc.tok(k)).is_some_and(|(r, initialism)| {
                        if initialism {
                            r.split(' ').any(|x| x == w)
                        } else {
                            r == w || lexicon::same_role(w, r)
                        }
                    })
        };
        // ("the England captain" is not "Former England captain Ana Ruiz":
        // a past holder fits only a past description.)
        let now = |r: std::ops::Range<usize>| described_past || !r.into_iter().any(|k| past_word(&doc.lower(k)));
        // "the official" fits any title of public office: "the deputy
        // interior minister", "Commissioner Ana Roe".
        let office = |k: usize| doc.lists(k) & lexicon::PUBLIC_OFFICES != 0;
        // A possessor is in the title ("the authority's chairman" fits
        // "chairman of the Qasr Canal Authority"), or is a common noun's
        // and the title has no possessor ("the congressman's spokesman"
        // fits "Gowdy spokesman Jamal Ware").
        let owned = |r: std::ops::Range<usize>| {
            possessors.iter().all(|(stem, cap)| {
                r.clone().any(|k| same(k, stem))
                    || !cap && !r.clone().any(|k| doc.lower(k) == "s" && k > 0 && matches!(doc.tok(k - 1), "'" | "’"))
            })
        };
        let fits = |r: std::ops::Range<usize>| {
            now(r.clone())
                && words.iter().all(|w| r.clone().any(|k| same(k, w) || synonym(k, w) || w == "official" && office(k)) || holder_word(w))
                && owned(r.clone())
        };
        if fits(title.clone()) && !object_title(doc, title.clone(), n.after) {
            return Some(n.entity);
        }
        let toks = doc.tokens().len();
        // Or in an appositive before the name, opening the sentence: "A
        // district spokeswoman, Kendra Oyelaran, said …" is "the
        // spokeswoman" later. (The name set off on its other side too.)
        if title.start == title.end && title.end >= 2 && doc.tok(title.end - 1) == "," && n.after < toks && doc.tok(n.after) == "," {
            let lo = doc.sentences[doc.tokens()[title.end].sentence()].tokens.start;
            let opening = (lo..title.end - 1).find(|&k| doc.is_word(k)).filter(|&o| {
                o + 8 >= title.end
                    && matches!(doc.lower(o).as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their")
                    && (o + 1..title.end - 1).all(|k| doc.is_word(k) || matches!(doc.tok(k), "'" | "’"))
            });
            if opening.is_some_and(|o| fits(o..title.end - 1)) {
                return Some(n.entity);
            }
        }
        // Or in the appositive after the name: "Fernandez, the state's
        // attorney general, called …" is "the attorney general" later.
        // (Set off on both sides, within eight words: "In Oslo, the mayor
        // said …" is no appositive of Oslo.)
        // (Or ending the sentence after an inverted cue: "…,” said Ana
        // Ruiz, the company's chief executive.")
        let start = title.start;
        let inverted = || start > 0 && doc.in_list(start - 1, lexicon::cue_verbs());
        let from = n.after + 1;
        let close = (n.after < toks && doc.tok(n.after) == ",")
            .then(|| (from..toks.min(from + 9)).find(|&k| !doc.is_word(k) && !matches!(doc.tok(k), "'" | "’")))
            .flatten()
            .filter(|&k| matches!(doc.tok(k), "," | "—" | "–" | ")") || doc.tok(k) == "." && inverted())?;
        let after = from..close;
        // (Or a bare title: "Youssef Haddadi, chairman of the canal
        // authority, said".)
        let opens = after.start < after.end
            && (matches!(doc.lower(after.start).as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")
                || !doc.is_cap(after.start)
                    && doc.lists(after.start) & (lexicon::TITLES | lexicon::ROLES | lexicon::ROLE_MODIFIERS | lexicon::TITLE_MODIFIERS)
                        != 0);
        (opens && fits(after)).then_some(n.entity)
    })
}

/// A word that makes a title a past holder's, in any case: "former",
/// "Ex", "ex-mayor". (Also read by positions, which sets a past title
/// apart from the present one.)
pub(crate) fn past_word(w: &str) -> bool {
    const PAST: &[&str] = &["former", "ex", "retired", "previous", "onetime", "late"];
    PAST.iter().any(|p| w.eq_ignore_ascii_case(p)) || w.get(..3).is_some_and(|x| x.eq_ignore_ascii_case("ex-"))
}

/// Whether a description's word is a possessor ("authority's", "paper’s").
fn possessor(w: &str) -> bool {
    w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s"))
}

/// Whether a description's word is about the holder, not the office, so
/// that a title need not have it: "the veteran prosecutor" restates
/// "Assistant Prosecutor Gideon Thayer", as "the 58-year-old senator" does
/// "Sen. Ana Ruiz". ("the deputy mayor" does not restate "Mayor Ruiz".)
fn holder_word(w: &str) -> bool {
    const HOLDER: &[&str] = &[
        "veteran",
        "longtime",
        "long-time",
        "embattled",
        "beleaguered",
        "disgraced",
        "outspoken",
        "seasoned",
        "popular",
        "celebrated",
        "renowned",
        "award-winning",
        "first-term",
        "two-term",
        "freshman",
    ];
    HOLDER.contains(&w) || super::phrases::is_age_noun(w)
}

/// Whether the title in `title` before a name is set off by a comma and
/// is a preposition's object, while the name (ending before `after`) is
/// not set off on its other side: "In a letter to the prime minister, Mr
/// Pritchard said" — the minister is someone else (as in
/// `positions::shapes::appositive_before`).
fn object_title(doc: &Doc, title: std::ops::Range<usize>, after: usize) -> bool {
    let Some(c) = title.clone().find(|&k| doc.tok(k) == ",") else { return false };
    let lo = doc.sentences[doc.tokens()[c].sentence()].tokens.start;
    let first = (lo.max(c.saturating_sub(8))..c).rev().take_while(|&k| doc.is_word(k)).last().unwrap_or(c);
    let preposition = (first..c).find(|&k| crate::mentions::governs_title(doc.lower(k).as_str()));
    let closed = after >= doc.tokens().len() || crate::mentions::closes_appositive(doc.tok(after));
    preposition.is_some() && !closed
}

/// The head noun of a description, before any complement: "spokesperson"
/// in "spokesperson for the company", "people" in "people familiar with
/// the talks". Borrowed when the head is written in lower-case ASCII, as
/// it nearly always is (an allocation per description, before).
pub(crate) fn description_head(description: &str) -> Cow<'_, str> {
    // The first space that opens a complement: one pass, where searching
    // for each complement word built eight substring searchers per call.
    // (Read in the description's own case: only ASCII letters lower to
    // the complements' letters, so the same space is found without
    // lowering the whole description.) The byte after the space, folded,
    // rules out most spaces before the complements are compared.
    // ("with": "a minister with the Living Church of God" is a minister.)
    const COMPLEMENTS: [&[u8]; 9] = [b" of ", b" for ", b" to ", b" at ", b" from ", b" in ", b" with ", b" familiar ", b" close "];
    let bytes = description.as_bytes();
    let opens = |i: usize, p: &[u8]| bytes.get(i..i + p.len()).is_some_and(|b| b.eq_ignore_ascii_case(p));
    let may_open = |i: usize| bytes.get(i + 1).is_some_and(|&b| matches!(b | 0x20, b'o' | b'f' | b't' | b'a' | b'i' | b'w' | b'c'));
    let cut = (0..bytes.len()).find(|&i| bytes[i] == b' ' && may_open(i) && COMPLEMENTS.iter().any(|p| opens(i, p)));
    let cut = match participle_cut(description) {
        Some(p) => Some(cut.map_or(p, |c| c.min(p))),
        None => cut,
    };
    let core = cut.map_or(description, |i| &description[..i]);
    // Only the head word is lowered (trimmed after, as `to_lowercase` may
    // change what is alphanumeric at its ends outside ASCII).
    let not_alnum = |c: char| !c.is_alphanumeric();
    // (Bytewise, when the last word is ASCII and so is the space before
    // it, as nearly always: no character decoding from the end. Natively
    // only: the wasm keeps the smaller character reading.)
    let cb = core.as_bytes();
    let ascii_ws = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let from = cb.iter().rposition(|&b| ascii_ws(b) || b >= 0x80);
    if cfg!(not(target_arch = "wasm32")) && cb.last().is_some_and(|&b| b < 0x80 && !ascii_ws(b)) && from.is_none_or(|i| cb[i] < 0x80) {
        let at = from.map_or(0, |i| i + 1);
        let word = &cb[at..];
        let word = match (word.iter().position(u8::is_ascii_alphanumeric), word.iter().rposition(u8::is_ascii_alphanumeric)) {
            (Some(a), Some(z)) => &core[at + a..=at + z],
            _ => "",
        };
        return if word.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(word.to_ascii_lowercase()) } else { Cow::Borrowed(word) };
    }
    let word = core.split_whitespace().next_back().unwrap_or("");
    if word.is_ascii() {
        let word = word.trim_matches(not_alnum);
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else {
        Cow::Owned(word.to_lowercase().trim_matches(not_alnum).to_owned())
    }
}

/// The byte of the space before a participle that opens a source noun's
/// post-modifier, as `phrases::participle_head` reads it: "lawyer
/// representing the family", "officer involved in the search".
fn participle_cut(description: &str) -> Option<usize> {
    // (Most descriptions have no word in "-ed"/"-ing" before a space: one
    // pass over the bytes.)
    let b = description.as_bytes();
    if !(2..b.len()).any(|i| b[i] == b' ' && matches!(b[i - 1], b'd' | b'g') && matches!(b[i - 2], b'e' | b'n')) {
        return None;
    }
    let words: Vec<(usize, &str)> = description
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    words.windows(3).find_map(|win| {
        let [(_, prev), (at, w), (_, next)] = *win else { return None };
        let lower = |x: &str| x.to_ascii_lowercase();
        let (w, next_l) = (lower(w), lower(next));
        let participle = super::phrases::participle_form(&w);
        let opens = super::phrases::opens_participle_object(&next_l)
            || next_l == "to"
            || w.ends_with("ing") && (next.starts_with(char::is_uppercase) || super::phrases::is_determiner(&next_l));
        (participle && opens && super::phrases::is_source_word(&lower(prev)) && !lexicon::org_nouns().contains(&lower(prev)))
            .then(|| at - 1)
    })
}

/// Whether a description's head names several people: "advocates",
/// "people", "chairmen" (not "boss" or "witness").
fn plural_head(head: &str) -> bool {
    head.ends_with('s') && !head.ends_with("ss") || head.ends_with("people") || head.ends_with("men")
}

/// Whether sentence `t` opens (past an "And" or "But") on a subject
/// pronoun of the sex `word` tells, before a lowercase word: "She was
/// speaking …" for "she", "his" or "her".
fn opens_with(doc: &Doc, t: usize, word: &str) -> bool {
    let Some(want) = gender_of(word) else { return false };
    let toks = doc.sentences[t].tokens.clone();
    let mut k = toks.start;
    if k + 1 < toks.end && matches!(doc.lower(k).as_str(), "and" | "but") {
        k += 1;
    }
    k + 1 < toks.end
        && pronoun_at(doc, k).and_then(subject_gender) == Some(want)
        && doc.is_word(k + 1)
        && doc.tok(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
}

fn gender_of(pronoun: &str) -> Option<Gender> {
    match pronoun {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

/// The sex a subject pronoun tells ("he", "she"): what a speaker who says
/// it, or a sentence that opens on it, learns of its person.
pub(super) fn subject_gender(pronoun: &str) -> Option<Gender> {
    gender_of(pronoun).filter(|_| matches!(pronoun, "he" | "she"))
}

#[cfg(test)]
mod tests {
    use super::description_head;

    /// From any earlier answer, the walk ends where the search does.
    #[test]
    fn names_from_and_after_are_partition_points() {
        let doc = crate::segment::segment("Ana Lind met Tomas Berg. Pia Vance said Lind left.\n\nBerg and Vance stayed, Ruiz said.");
        let ents = crate::mentions::find_mentions(&doc, &crate::quotes::find_quotes(&doc));
        assert!(ents.names.len() >= 5);
        let r = super::Resolver {
            doc: &doc,
            last_speaker: None,
            subjects: vec![],
            relative_pronouns: Default::default(),
            name_hint: Default::default(),
        };
        for hint in 0..=ents.names.len() + 1 {
            for pos in 0..=doc.text().len() {
                r.name_hint.set(hint);
                assert_eq!(r.names_from(&ents, pos), ents.names.partition_point(|n| n.start < pos), "{hint} {pos}");
                r.name_hint.set(hint);
                assert_eq!(r.names_after(&ents, pos), ents.names.partition_point(|n| n.end <= pos), "{hint} {pos}");
            }
        }
    }

    /// The head as found in the lowered description.
    fn lowered_head(description: &str) -> String {
        let lower = description.to_lowercase();
        let cut = [" of ", " for ", " to ", " at ", " from ", " in ", " with ", " familiar ", " close "]
            .iter()
            .filter_map(|p| lower.find(p))
            .min();
        let core = cut.map_or(lower.as_str(), |i| &lower[..i]);
        core.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
    }

    #[test]
    fn description_head_is_the_head_of_the_lowered_description() {
        for d in [
            "spokesperson for the company",
            "People Familiar With the talks",
            "a Senior OFFICIAL Of the ministry",
            "the ministry's spokeswoman,",
            "the Élysée SPOKESMAN in Paris",
            "ÉLU",
            "the \u{212A}elvin official of note",
            "",
            " of the",
            "the chief 'Executive'",
            "the chief (executive),",
            "a\x0bb",
            "spokesman ",
            "x --",
            "--",
            "the café x",
            "the x café",
            "a\u{a0}Bb",
        ] {
            assert_eq!(description_head(d), lowered_head(d), "{d:?}");
            // `resolve` asks it of the description already lowered.
            assert_eq!(description_head(&d.to_lowercase()), lowered_head(d), "{d:?}");
        }
    }

    /// A name has a word as its lowered copy's words have it, ASCII or not.
    #[test]
    fn has_lowered_word_is_a_word_of_the_lowered_name() {
        for name in ["Tenants Union", "the Players' UNION", "Élysée Palace", "\u{212A}ent Council", "a\u{0B}b", ""] {
            for w in ["union", "players'", "élysée", "palace", "kent", "council", "a", "b", "", "tenant"] {
                let want = name.to_lowercase().split_whitespace().any(|x| x == w);
                assert_eq!(super::has_lowered_word(name, w), want, "{name:?} {w:?}");
            }
        }
    }
}
