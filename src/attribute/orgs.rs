//! Organisations as speakers: one entity per organisation.
//!
//! A definite description headed by an organisation noun ("the college",
//! "the company", "the Milwaukee-based maker of washers") is a short form
//! of an organisation named earlier: the latest one whose name holds the
//! noun ("St Brendan's College" for "the college", "Hanzebank" for "the
//! bank"), else the latest one of the same kind or of no stated kind
//! ("Halvorsen Home Appliances" for "the company"). A name that such a
//! description refers to is an organisation from then on, never "he" or
//! "she". A sentence opening with such a description is about the
//! organisation, so a later "it" points at it.

use std::borrow::Cow;

use super::phrases::cue_at;
use crate::lexicon;
use crate::lexicon::gazetteer;
use crate::mentions::{Entities, Entity, MentionKind};
use crate::segment::Doc;
use crate::PersonKind;

/// The kind of organisation a head noun names ("company" for "maker"),
/// when it names one. Plurals ("the companies") are groups, not one
/// organisation.
pub(crate) fn noun_kind(head: &str) -> Option<&'static str> {
    lexicon::org_nouns().lemma(head)
}

/// The kind an organisation's name states: its last word that is an
/// organisation noun ("council" for "Westmarch County Council", "company"
/// for "Northstar Airlines"), else an association when a word names people
/// ("United Dock Workers Local 9", "Nurses for Reform"): a body of its
/// members, never "the company".
pub(crate) fn name_kind(e: &Entity) -> Option<&'static str> {
    let words = || e.name.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    // ("Northstar Airlines", "Coast Networks": a company's trade in the
    // plural.)
    let company_plural = |w: &str| w.strip_suffix('s').and_then(noun_kind).filter(|&k| k == "company");
    // ("Acme Steel", "Harlow Energy": a trade ending the name is a
    // company's, never "the city council".)
    let trade = || words().next_back().is_some_and(lexicon::is_trade_word);
    words()
        .rev()
        .find_map(|w| noun_kind(w).or_else(|| company_plural(w)))
        .or_else(|| words().any(lexicon::is_role_plural).then(|| noun_kind("union")).flatten())
        .or_else(|| trade().then(|| noun_kind("company")).flatten())
}

/// Whether an entity can be an organisation: typed as one, or a name with
/// nothing that makes it a person (no gender, no title, no position, no
/// listed first name or initial before a surname) or a place, written in full or
/// more than once (a lone capitalised word may open a sentence).
pub(crate) fn may_be_org(e: &Entity) -> bool {
    match e.kind {
        PersonKind::Org => true,
        PersonKind::Person => {
            // (The entity's own facts first: most people have one, and then
            // the name is not read.)
            if person_by_facts(e) {
                return false;
            }
            let mut words = e.name.split_whitespace();
            let first = words.next().unwrap_or("");
            if words.next().is_some() {
                // (An initial opens a person's name: "W. Neil Eggers".)
                let initial = first.len() == 2 && first.ends_with('.') && first.starts_with(|c: char| c.is_ascii_uppercase());
                !initial && gazetteer::first_name(first).is_none()
            } else {
                e.mentions.iter().filter(|m| m.kind == MentionKind::Name).nth(1).is_some()
            }
        }
        _ => false,
    }
}

/// A person by its own facts (a gender, a position) or a place: no
/// organisation, whatever its name.
fn person_by_facts(e: &Entity) -> bool {
    e.gender.is_some() || !e.positions.is_empty() || e.place_like
}

/// Whether every mention of `e` before byte `before` is an audience: the
/// outlet a speaker told or spoke to ("told the BBC", "told Reuters", "in
/// an interview with Le Monde"). An outlet that only listened is not the
/// story's "company" or "ministry".
fn audience_only(doc: &Doc, e: &Entity, before: usize) -> bool {
    let heard = |start: usize| {
        let mut t = doc.token_at_or_after(start);
        if t > 0 && doc.lower(t - 1) == "the" {
            t -= 1;
        }
        let (a, b) = (t.checked_sub(1).map(|k| doc.lower(k)), t.checked_sub(2).map(|k| doc.lower(k)));
        matches!(
            (a.as_ref().map(|w| w.as_str()), b.as_ref().map(|w| w.as_str())),
            (Some("told" | "tell" | "tells" | "telling"), _)
                | (Some("with"), Some("interview" | "interviews"))
                | (Some("to"), Some("spoke" | "speaking" | "talking" | "talked"))
        )
    };
    let mut any = false;
    for m in e.mentions.iter().filter(|m| m.start < before) {
        if !heard(m.start) {
            return false;
        }
        any = true;
    }
    any
}

/// Start of the entity's latest mention before byte `before`.
fn last_seen(e: &Entity, before: usize) -> Option<usize> {
    e.mentions.iter().map(|m| m.start).filter(|&s| s < before).max()
}

/// Whether any word of the name ends with `head`: "the college" in "St
/// Brendan's College", "the bank" in "Hanzebank".
fn name_holds(e: &Entity, head: &str) -> bool {
    // (Natively only: the wasm keeps the smaller character reading.)
    if cfg!(not(target_arch = "wasm32")) && e.name.is_ascii() {
        // Split and trimmed bytewise (ASCII whitespace is `\t`..`\r` and
        // the space; ASCII alphanumerics are the alphanumeric characters
        // there): no character decoding per letter of the name.
        let h = head.as_bytes();
        return e.name.as_bytes().split(|b| matches!(b, b'\t'..=b'\r' | b' ')).filter(|w| !w.is_empty()).any(|w| {
            let w = match (w.iter().position(u8::is_ascii_alphanumeric), w.iter().rposition(u8::is_ascii_alphanumeric)) {
                (Some(a), Some(z)) => &w[a..=z],
                _ => &[],
            };
            w.len() >= h.len() && w.iter().rev().zip(h.iter().rev()).all(|(a, b)| a.to_ascii_lowercase() == *b)
        });
    }
    e.name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_ascii() {
            // Lowered byte by byte from the end, without a copy.
            w.len() >= head.len() && w.bytes().rev().zip(head.bytes().rev()).all(|(a, b)| a.to_ascii_lowercase() == b)
        } else {
            w.to_lowercase().ends_with(head)
        }
    })
}

/// Whether the entity's name is a trade word alone ("Energy" opening a
/// sentence): a word, no name, that a description finds only by holding
/// it, never by its kind alone.
fn bare_word(e: &Entity) -> bool {
    !e.name.contains(' ') && lexicon::is_trade_word(&e.name)
}

/// Whether `w` (two or more capitals) spells the initials of the
/// entity's capitalised words: "TRA" for "Tenants Rights Alliance".
fn initials_of(e: &Entity, w: &str) -> bool {
    let initials = e.name.split_whitespace().filter_map(|x| x.chars().next()).filter(|c| c.is_uppercase());
    w.chars().count() >= 2 && w.chars().all(char::is_uppercase) && initials.eq(w.chars())
}

/// The organisation named before byte `before` that the definite
/// description `words` (lower-cased, article dropped; `cased` as
/// written) headed by `head` refers to, if `head` is an organisation noun
/// and one fits: a name that holds every word ("the county council" → Westmarch County Council),
/// else one that holds the head, else — unless a possessor makes it
/// another body ("the players' union") — the latest of its kind.
pub(crate) fn short_form(doc: &Doc, ents: &Entities, words: &str, cased: &str, head: &str, before: usize) -> Option<usize> {
    let kind = noun_kind(head)?;
    // "the Lind campaign", "the Ostrian government": a name before the
    // noun makes it that name's body, which no other organisation is.
    // (A place says where it is, "the Denver company", and initials may
    // name it, "the TRA group". Each word is lowered once, not for every
    // organisation it is compared with.)
    let named: Vec<(&str, String)> = cased
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| !w.eq_ignore_ascii_case(head))
        .filter(|w| w.starts_with(char::is_uppercase) && !w.contains('-') && !gazetteer::is_place(w))
        .map(|w| (w, w.to_lowercase()))
        .collect();
    let holds_named = |e: &Entity| named.iter().all(|(w, lower)| name_holds(e, lower) || initials_of(e, w));
    // "the group", "the organisation": any kind of organisation ("the
    // Harbor Trust … The group said").
    let generic = matches!(head, "group" | "organisation" | "organization");
    // A name not yet typed is taken for an organisation only from this
    // paragraph or the one before, and never a byline's ("By Ana Ruiz").
    let para = doc.paragraph_at(before);
    let floor = doc.paragraphs[para.saturating_sub(1)].start;
    // (A text with no "By" has no byline: its mentions are not searched.)
    let bys = !doc.by_tokens().is_empty();
    let byline = |e: &Entity| {
        bys && e.kind != PersonKind::Org
            && e.mentions.iter().any(|m| {
                let t = doc.token_at_or_after(m.start);
                t > 0 && doc.tok(t - 1) == "By"
            })
    };
    // The recent entities that may be meant, with where each was last
    // seen, latest first: found once for the three readings below.
    // (The entity's kind and facts first, as `may_be_org` asks them:
    // most are people with a gender or a title, or no names at all, and
    // their mentions are not read.)
    let mut candidates: Vec<(usize, usize)> = super::resolve::recent(ents)
        .filter(|(_, e)| e.kind == PersonKind::Org || e.kind == PersonKind::Person && !person_by_facts(e))
        .filter_map(|(i, e)| last_seen(e, before).filter(|&at| e.kind == PersonKind::Org || at >= floor).map(|at| (at, i)))
        .filter(|&(_, i)| may_be_org(&ents.list[i]) && !audience_only(doc, &ents.list[i], before))
        .collect();
    crate::compact_sort::sort_unstable_by(&mut candidates, |a, b| b.cmp(a));
    // (The byline test reads every mention: asked last, of the candidates
    // a reading would pick.)
    let latest = |ok: &dyn Fn(&Entity) -> bool| candidates.iter().map(|&(_, i)| i).find(|&i| ok(&ents.list[i]) && !byline(&ents.list[i]));
    // Of several that fit by kind alone, the latest, unless it was last
    // named before the paragraph above and an organisation known as one
    // was named more often so far: a release's "the company" is its
    // issuer, not the customer it named once paragraphs ago.
    let salient = |ok: &dyn Fn(&Entity) -> bool| {
        let last = latest(ok)?;
        if candidates.iter().any(|&(at, i)| i == last && at >= floor) {
            return Some(last);
        }
        let seen = |i: usize| ents.list[i].mentions.iter().filter(|m| m.start < before).count();
        let mut best = (last, seen(last));
        for &(_, i) in &candidates {
            let e = &ents.list[i];
            if e.kind == PersonKind::Org && seen(i) > best.1 && ok(e) && !byline(e) {
                best = (i, seen(i));
            }
        }
        Some(best.0)
    };
    let content: Vec<&str> = words.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    // ("his office" is a person's: a pronoun possesses it too.)
    let possessed = words.contains(['\'', '’']) || matches!(content.first(), Some(&("his" | "her")));
    // "Berg's office" is Berg's, not the "Oval Office" named before: a
    // possessed description needs its possessor in the name.
    latest(&|e| content.len() > 1 && content.iter().all(|w| name_holds(e, w)))
        .or_else(|| (!possessed).then(|| latest(&|e| name_holds(e, head) && holds_named(e))).flatten())
        .or_else(|| {
            // ("The Data Protection Commission fined Velora. The regulator
            // said …": a name of the kind in this paragraph, before the
            // latest name of no stated kind.)
            let stated = || {
                let here = doc.paragraphs[para].start;
                let near = |i: usize| candidates.iter().any(|&(at, c)| c == i && at >= here);
                latest(&|e| !generic && name_kind(e) == Some(kind) && holds_named(e)).filter(|&i| near(i))
            };
            (!possessed)
                .then(|| {
                    // (A name not yet typed only for the bare noun: "the
                    // company" may be "Brightmart", "the ambulance service"
                    // is no "Adaeze Okonkwo".)
                    let bare = !cased
                        .split_whitespace()
                        .take_while(|w| !w.eq_ignore_ascii_case(head))
                        .any(|w| w.starts_with(char::is_lowercase) && !w.contains('-'));
                    stated().or_else(|| {
                        salient(&|e| {
                            (generic || name_kind(e).is_none_or(|k| k == kind))
                                && holds_named(e)
                                && !bare_word(e)
                                && (bare || e.kind == PersonKind::Org)
                        })
                    })
                })
                .flatten()
        })
}

/// The organisation a sentence opens with as a definite description,
/// before byte `limit`: "The college confirmed …", "On Monday, the county
/// council said …". Not a possessor ("the company's chief executive").
pub(crate) fn described_subject(doc: &Doc, ents: &Entities, s: usize, limit: usize) -> Option<usize> {
    let sent = &doc.sentences[s];
    let (lo, hi) = (sent.tokens.start, sent.tokens.end);
    let mut i = lo;
    // Past a short opening phrase: "In a statement, the college said".
    if i < hi && doc.lower(i) != "the" {
        i = (lo..hi.min(lo + 8)).find(|&k| doc.tok(k) == ",")? + 1;
    }
    if i >= hi || doc.lower(i) != "the" || doc.tokens()[i].start >= limit {
        return None;
    }
    // "the county council", "the players' union": a few modifiers
    // before the head.
    let apostrophe = |k: usize| matches!(doc.tok(k), "'" | "’");
    let head = (i + 1..hi.min(i + 5))
        .take_while(|&k| doc.is_word(k) && !doc.is_cap(k) || apostrophe(k))
        .find(|&k| noun_kind(&doc.lower(k)).is_some() && !(k + 1 < hi && (noun_kind(&doc.lower(k + 1)).is_some() || apostrophe(k + 1))))?;
    // The head is followed by its verb, not by more of the phrase.
    if head + 1 >= hi || !doc.is_word(head + 1) && doc.tok(head + 1) != "," {
        return None;
    }
    let words = doc.text()[doc.tokens()[i + 1].start..doc.tokens()[head].end].to_lowercase();
    let cased = &doc.text()[doc.tokens()[i + 1].start..doc.tokens()[head].end];
    short_form(doc, ents, &words, cased, &doc.lower(head), doc.tokens()[i].start)
}

/// The organisation that issued a statement: the name after "from"/"by"
/// right after the head at token `head` of a description ending at token
/// `last` ("a statement from the Ministry of Labour"), else the latest organisation named before
/// byte `before` ("The statement said …").
pub(crate) fn issuer(doc: &Doc, ents: &Entities, head: usize, last: usize, before: usize) -> Option<usize> {
    // "from"/"by" after the head, inside the phrase or right after it.
    let by = (head + 1..(last + 1).min(doc.tokens().len())).find(|&k| matches!(doc.lower(k).as_str(), "from" | "by" | "of"));
    if let Some(by) = by.filter(|&k| k <= head + 2 || k == last) {
        let from = doc.tokens()[by].end;
        let to = doc.tokens().get(by + 3).map_or(doc.text().len(), |t| t.end);
        let i = ents.names.partition_point(|n| n.start < from);
        if let Some(n) = ents.names.get(i).filter(|n| n.start < to && may_be_org(&ents.list[n.entity])) {
            return Some(n.entity);
        }
    }
    super::resolve::recent(ents)
        .filter(|(_, e)| e.kind == PersonKind::Org)
        .filter_map(|(i, e)| last_seen(e, before).map(|at| (at, i)))
        .max()
        .map(|(_, i)| i)
}

/// Up to this many lone names, each is tried as a prefix of every
/// organisation's name; beyond, only a name's first word is looked up.
const FEW_SHORT: usize = 32;

/// Short names of organisations named in full, found once attribution is
/// done: each short name's mentions and quotes move to the organisation.
/// The shapes are [`first_word_targets`] and [`last_word_targets`].
pub(crate) fn merge_short_names(doc: &Doc, out: &mut [super::Attributed], ents: &mut Entities) {
    let mut into = first_word_targets(ents);
    last_word_targets(doc, ents, &mut into);
    acronym_targets(ents, &mut into);
    // (With no merge, no name to repoint: most texts.)
    if into.iter().all(Option::is_none) {
        return;
    }
    let mut merges = super::Merges::new();
    for (s, o) in into.iter().enumerate() {
        let Some(o) = *o else { continue };
        merges.merge(ents, s, o, false);
        crate::compact_sort::sort_by_key(&mut ents.list[o].mentions, |m| m.start);
    }
    for name in &mut ents.names {
        if let Some(o) = into[name.entity] {
            name.entity = o;
        }
    }
    merges.repoint(out);
}

/// "Halvorsen" for "Halvorsen Home Appliances", "Severnbrook" for
/// "Severnbrook Water": a lone name equal to the first word of an
/// organisation's longer name, with nothing that makes it a person, is
/// that organisation. By entity, the organisation it joins (empty when
/// none does).
fn first_word_targets(ents: &Entities) -> Vec<Option<usize>> {
    let plain = |e: &Entity| {
        (e.kind == PersonKind::Org
            || e.kind == PersonKind::Person && e.gender.is_none() && e.positions.is_empty() && !e.place_like && e.members.is_empty())
            && !e.name.contains(' ')
    };
    // The lone names that may be short: only an organisation whose first
    // word is one of them is read further (and its first word looked up
    // among first names), and with none there is nothing to merge.
    // (With their names, in one list sized once: grown by doubling it
    // was reallocated once or twice in most texts.)
    let mut short: Vec<(usize, &str)> = Vec::with_capacity(ents.list.len());
    short.extend(ents.list.iter().enumerate().filter(|(_, e)| plain(e)).map(|(s, e)| (s, e.name.as_str())));
    if short.is_empty() {
        return Vec::new();
    }
    // The first bytes of those an organisation's first word may equal
    // (three bytes or more, capitalised), as a mask: most names are passed
    // over by one test, not split and hashed.
    // Many are also mapped, so a first word is found by one lookup: a
    // text of many names stays linear. (The map's type is `by_first`'s,
    // and mentions' `slot_of`: one copy of the table's code in the wasm.)
    let mut many: std::collections::HashMap<Cow<str>, usize, lexicon::FxBuildHasher> = Default::default();
    if short.len() > FEW_SHORT {
        for (k, &(_, l)) in short.iter().enumerate() {
            many.entry(Cow::Borrowed(l)).or_insert(k);
        }
    }
    let initials = short
        .iter()
        .map(|&(_, l)| l)
        .filter(|l| l.len() >= 3 && (l.as_bytes()[0].is_ascii_uppercase() || l.as_bytes()[0] >= 0x80))
        .fold(0u64, |m, l| m | 1 << (l.as_bytes()[0] & 63));
    if initials == 0 {
        return Vec::new();
    }
    // And by their first two bytes (a first word that equals one opens
    // with its two bytes): most names starting with an initial of one are
    // passed over without trying every short name.
    let two = |b: &[u8]| ((b[0] & 31) as usize) << 5 | (b[1] & 31) as usize;
    let mut twos = [0u64; 16];
    for l in short.iter().map(|&(_, l)| l).filter(|l| cfg!(not(target_arch = "wasm32")) && l.len() >= 3) {
        let k = two(l.as_bytes());
        twos[k >> 6] |= 1 << (k & 63);
    }
    // Organisations by the first word of a longer name.
    let mut by_first: std::collections::HashMap<Cow<str>, usize, lexicon::FxBuildHasher> = Default::default();
    for (o, e) in ents.list.iter().enumerate() {
        // (Ruled out by the entity's facts first, as `may_be_org` would:
        // most entities are people with a gender or a title.)
        if !matches!(e.kind, PersonKind::Org | PersonKind::Person) || e.kind == PersonKind::Person && person_by_facts(e) {
            continue;
        }
        // Split only a name that opens with one of the short names and
        // a byte that may start a space: with few short names (most
        // texts), each is tried as a prefix; with many, the split's first
        // word is looked up alone.
        // (Most names open with an ASCII letter: nothing to trim.)
        let name = match e.name.as_bytes().first() {
            Some(&c) if c > b' ' && c < 0x80 => &e.name,
            _ => e.name.trim_start(),
        };
        let b = name.as_bytes();
        let opens =
            |l: &&str| b.len() > l.len() && b.first() == l.as_bytes().first() && may_open_space(b[l.len()]) && b.starts_with(l.as_bytes());
        // (In the wasm the initial alone: smaller.)
        let unlike = |b: &[u8]| {
            if cfg!(target_arch = "wasm32") {
                return b.first().is_none_or(|&c| initials & 1 << (c & 63) == 0);
            }
            b.len() < 4 || initials & 1 << (b[0] & 63) == 0 || twos[two(b) >> 6] & 1 << (two(b) & 63) == 0
        };
        if unlike(b) || many.is_empty() && !short.iter().any(|(_, l)| opens(l)) {
            continue;
        }
        // Its first word, when another follows.
        let Some((first, rest)) = split_first_word(name) else { continue };
        if rest.trim_start().is_empty()
            || !(if many.is_empty() { short.iter().any(|&(_, l)| l == first) } else { many.contains_key(first) })
            || !may_be_org(e)
        {
            continue;
        }
        if first.chars().count() >= 3 && first.starts_with(char::is_uppercase) && !lexicon::org_words().contains(first) {
            by_first.entry(Cow::Borrowed(first)).or_insert(o);
        }
    }
    if by_first.is_empty() {
        return Vec::new();
    }
    // Each lone name into the organisation it opens (the names found
    // above, not tested again).
    let mut into: Vec<Option<usize>> = vec![None; ents.list.len()];
    for &(s, name) in &short {
        into[s] = by_first.get(name).copied().filter(|&o| o != s);
    }
    into
}

/// "the Post" for "The Washington Post", "the Party" for "the Green
/// Party": a one-word organisation named by a final organisation word
/// after "the" is the organisation named before it whose name ends with
/// that word (the latest one seen). Not "the House", which in US news is
/// the chamber, never "the White House".
#[inline(never)]
fn last_word_targets(doc: &Doc, ents: &Entities, into: &mut Vec<Option<usize>>) {
    let text = doc.text().as_bytes();
    for (s, e) in ents.list.iter().enumerate() {
        // (The cheap facts first: most entities are people or longer names.)
        let name = e.name.as_bytes();
        if e.kind != PersonKind::Org || name.len() < 3 || !name[0].is_ascii_uppercase() || name.contains(&b' ') {
            continue;
        }
        let Some(first) = e.mentions.iter().map(|m| m.start).min() else { continue };
        let the = first >= 4 && matches!(&text[first - 4..first], b"the " | b"The ");
        if !the || name == b"House" || !lexicon::org_words().contains(&e.name) {
            continue;
        }
        join_latest(ents, s, first, into, |l| {
            let long = l.name.as_bytes();
            l.kind == PersonKind::Org && long.len() > name.len() + 1 && long.ends_with(name) && long[long.len() - name.len() - 1] == b' '
        });
    }
}

/// Files entity `s` (first mentioned at byte `first`) into the
/// organisation that `fits` and was seen latest before it, if any.
fn join_latest(ents: &Entities, s: usize, first: usize, into: &mut Vec<Option<usize>>, fits: impl Fn(&Entity) -> bool) {
    let mut latest: Option<(usize, usize)> = None;
    for (o, l) in ents.list.iter().enumerate() {
        if o == s || !fits(l) {
            continue;
        }
        if let Some(at) = last_seen(l, first).filter(|&at| latest.is_none_or(|(seen, _)| at > seen)) {
            latest = Some((at, o));
        }
    }
    if let Some((_, o)) = latest {
        if into.is_empty() {
            into.resize(ents.list.len(), None);
        }
        into[s] = into[s].or(Some(o));
    }
}

/// "the TWU" for "the Transport Workers Union (TWU)", "the SEC" for "the
/// Securities and Exchange Commission": a name of two to six capitals
/// that spells the initials of an organisation named before it, in
/// full, is that organisation (the latest one seen).
#[inline(never)]
fn acronym_targets(ents: &Entities, into: &mut Vec<Option<usize>>) {
    for (s, e) in ents.list.iter().enumerate() {
        // (The cheap facts first: most names are no acronym.)
        let name = e.name.as_bytes();
        if !(2..=6).contains(&name.len()) || !name.iter().all(u8::is_ascii_uppercase) {
            continue;
        }
        if !(e.kind == PersonKind::Org || e.kind == PersonKind::Person && !person_by_facts(e)) {
            continue;
        }
        let Some(first) = e.mentions.iter().map(|m| m.start).min() else { continue };
        // (The first letter first: most names are passed over there.)
        join_latest(ents, s, first, into, |l| {
            l.name.as_bytes().first() == Some(&name[0]) && l.name.contains(' ') && initials_of(l, &e.name) && may_be_org(l)
        });
    }
}

/// `name.split_once(char::is_whitespace)`, read bytewise while the name
/// is ASCII (most are): no character decoding per letter of every name.
fn split_first_word(name: &str) -> Option<(&str, &str)> {
    match name.bytes().position(may_open_space) {
        Some(i) if name.as_bytes()[i] < 0x80 => Some((&name[..i], &name[i + 1..])),
        Some(_) => name.split_once(char::is_whitespace),
        None => None,
    }
}

/// Whether byte `b` is an ASCII space or may open a character outside
/// ASCII (a space among them): where [`split_first_word`] may split.
fn may_open_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ') || b >= 0x80
}

/// Names the grammar around them shows to be no person: "Severnbrook
/// Water, which supplies …", "the chief executive of Severnbrook Water".
/// People are not referred to with "which", and a role "of" or "at" a
/// name is a post in a body. Unless something makes the name a person (a
/// listed first name, a gender, a locative use), it is an organisation,
/// so "he" and "she" never point at it. Runs once, before attribution,
/// so evidence anywhere in the article types every mention.
pub(crate) fn type_by_context(doc: &Doc, ents: &mut Entities) {
    for n in &ents.names {
        let e = &ents.list[n.entity];
        if e.kind != PersonKind::Person || e.gender.is_some() || e.place_like {
            continue;
        }
        let (a, b) = (n.run, n.after);
        // "the campaign group River Voices, whose …", "the developer
        // Brisamar said": a name in apposition to an organisation noun,
        // followed by punctuation or a cue (not "the firm Ana Ruiz
        // founded"), whatever its first word.
        // (The tokens' lists, kept per token, where a list lookup hashed
        // the word at every mention.)
        let named_as_org = a >= 2 && doc.in_list(a - 1, lexicon::org_nouns()) && {
            let det = (a.saturating_sub(4)..a - 1)
                .rev()
                .take_while(|&k| doc.is_word(k))
                .any(|k| matches!(doc.lower(k).as_str(), "the" | "a" | "an"));
            let next_ok = b >= doc.tokens().len() || !doc.is_word(b) || cue_at(doc, b, doc.tokens().len()).is_some();
            det && next_ok
        };
        // (Asked only when needed, the cheaper first.)
        let which = || b + 1 < doc.tokens().len() && doc.tok(b) == "," && doc.lower(b + 1) == "which";
        let post = || {
            a >= 2 && matches!(doc.lower(a - 1).as_str(), "of" | "at") && lexicon::is_role_noun_with(&doc.lower(a - 2), doc.lists(a - 2))
        };
        // "Kingsmere Rangers head coach Gareth Pryce": a name of two or
        // more words modifying a role before another name is the body
        // the role belongs to.
        // (Asked last, and the name searched for a space only once a
        // capitalised word follows the lower-case ones: most names are
        // followed by a verb and punctuation.)
        let modifier = || {
            let roles = (b..doc.tokens().len().min(b + 3)).take_while(|&k| doc.is_word(k) && !doc.is_cap(k)).count();
            roles > 0
                && b + roles < doc.tokens().len()
                && doc.is_cap(b + roles)
                && doc.is_word(b + roles)
                && e.name.contains(' ')
                && lexicon::is_role_noun_with(&doc.lower(b + roles - 1), doc.lists(b + roles - 1))
        };
        // A listed first name or an honorific makes the name a person,
        // unless named as an organisation: asked last, of the few names
        // the grammar would type (a gazetteer lookup is dearer).
        let person = || {
            let first = e.name.split_whitespace().next().unwrap_or("");
            gazetteer::first_name(first).is_some() || lexicon::honorifics().contains(first)
        };
        if named_as_org || (which() || post() || modifier()) && !person() {
            let e = &mut ents.list[n.entity];
            e.kind = PersonKind::Org;
            e.person_like = false;
        }
    }
}

#[cfg(test)]
mod tests {
    /// The bytewise reading of an ASCII name is the character reading.
    #[test]
    fn name_holds_is_a_trimmed_word_ending() {
        let names = ["St Brendan's College", "Hanzebank", "  (Tenants)  Union,", "A\x0bBank", "x -- y", "...", "", "   ", "Café Nord"];
        for name in names {
            let e = crate::mentions::Entity::new(name, crate::PersonKind::Org);
            for head in ["college", "bank", "union", "tenants", "", "y", "x", "s", "café", "nord", "brendan's", "'s"] {
                let want = name.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().ends_with(head));
                assert_eq!(super::name_holds(&e, head), want, "{name:?} {head:?}");
            }
        }
    }

    /// The bytewise split is `split_once(char::is_whitespace)`, also past
    /// characters outside ASCII and at whitespace outside ASCII.
    #[test]
    fn split_first_word_is_split_once() {
        for name in ["Severnbrook Water", "Halvorsen", "Zoë Lind", "Café\u{a0}Nord Ltd", "A\tB", "A\u{b}B", "Ørsted  A/S", ""] {
            assert_eq!(super::split_first_word(name), name.split_once(char::is_whitespace), "{name:?}");
        }
    }
}
