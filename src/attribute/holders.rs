//! After positions: a description that restates a role one named person
//! holds is that person. The headline's "chief constable" is the body's
//! "chief constable of Leicestershire police", Rachel Okonjo; "the Rangers
//! boss" is "Kingsmere Rangers head coach Gareth Pryce"; a headline's
//! "Spanish developer" is the company the article then names. It runs once
//! the positions stage has read every title, which attribution cannot see
//! yet.

use std::borrow::Cow;

use super::{names_holder, orgs, resolve, Attributed, Merges, ANONYMOUS_HEADS};
use crate::mentions::{Entities, MentionKind};
use crate::segment::Doc;
use crate::PersonKind;

/// Nouns that name whoever leads something, whatever their title: "the
/// Rangers boss" is the club's head coach, "the Water boss" the water
/// company's chief executive.
const LEADER_NOUNS: &[&str] = &["boss", "chief", "supremo"];

/// Heads of the positions a leader noun can stand for: who runs the
/// thing, not any member of it ("captain", "striker").
const RUNS_HEADS: &[&str] = &[
    "boss",
    "chief",
    "head",
    "executive",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "director",
    "manager",
    "coach",
    "owner",
    "founder",
    "governor",
    "commissioner",
    "administrator",
    "superintendent",
];

/// Merges each unnamed description into the one person holding its role
/// (the description becomes one of their positions), and a headline's
/// organisation description into the organisation the article then
/// names; their quotes go with them.
pub fn join_role_holders(doc: &Doc, out: &mut [Attributed], ents: &mut Entities) {
    let mut merges = Merges::new();
    let headline_end = headline_end(doc);
    // The named people's positions, read when a description first asks.
    let mut held: Option<Vec<Held>> = None;
    // By index: mentions move between entities inside the loop.
    #[allow(clippy::needless_range_loop)]
    for u in 0..ents.list.len() {
        let e = &ents.list[u];
        let Some(&first) = e.mentions.first() else { continue };
        let (p, role) = match e.kind {
            // (Never a holder whose own name the description holds: "Ana
            // chief" is no title of Ana's.)
            PersonKind::Unnamed => match holder_of(doc, ents, u, &mut held) {
                Some(p) if !names_holder(&e.name, &ents.list[p].key) => (p, true),
                _ => continue,
            },
            PersonKind::Org if first.kind == MentionKind::Description && first.end <= headline_end => match named_later(ents, u) {
                Some(p) => (p, false),
                None => continue,
            },
            _ => continue,
        };
        merges.merge(ents, u, p, role);
        // The description is now one of the holder's positions.
        if let (true, Some(held)) = (role, held.as_mut()) {
            held.push(Held::new(doc, p, (first.start, first.end)));
        }
    }
    merges.repoint(out);
}

/// A position of a named person with its head noun: found once for all
/// the descriptions asked about it, where each description lowered every
/// position anew. (`description_head` reads any case: the position is
/// lowered only for a description of its role with modifiers to find.)
struct Held<'d> {
    person: usize,
    span: (usize, usize),
    head: Cow<'d, str>,
}

impl<'d> Held<'d> {
    fn new(doc: &Doc<'d>, person: usize, (s, e): (usize, usize)) -> Self {
        // "Gov." holds the role "the governor" restates.
        let head = resolve::description_head(&doc.text()[s..e]);
        let head = crate::lexicon::role_abbreviation(&head).map_or(head, Cow::Borrowed);
        Held { person, span: (s, e), head }
    }

    /// The positions of every person named by name: those a description
    /// can restate.
    fn all(doc: &Doc<'d>, ents: &Entities) -> Vec<Held<'d>> {
        let named =
            |pe: &&crate::mentions::Entity| pe.kind == PersonKind::Person && pe.mentions.iter().any(|m| m.kind == MentionKind::Name);
        let people = ents.list.iter().enumerate().filter(|(_, pe)| named(pe));
        people.flat_map(|(p, pe)| pe.positions.iter().map(move |&span| Held::new(doc, p, span))).collect()
    }
}

/// The one named person, other than `u`, holding a position that the
/// bare description `u` restates: the same head noun with every modifier
/// ("chief constable" ⊂ "chief constable of Leicestershire police"), or a
/// leader noun whose modifiers the position names ("Rangers boss" ⊂
/// "Kingsmere Rangers head coach"). None when two people could be meant.
fn holder_of<'d>(doc: &Doc<'d>, ents: &Entities, u: usize, held: &mut Option<Vec<Held<'d>>>) -> Option<usize> {
    let name = ents.list[u].name.to_lowercase();
    let words: Vec<&str> = name.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let (&head, modifiers) = words.split_last()?;
    // A bare role, not one with a complement ("head of research") or an
    // anonymous source ("a senior official").
    let plural = head.ends_with('s') && !head.ends_with("ss");
    if plural || ANONYMOUS_HEADS.contains(&head) || resolve::description_head(&name) != head {
        return None;
    }
    let leader = LEADER_NOUNS.contains(&head);
    if leader && modifiers.is_empty() {
        return None;
    }
    // (A title never restates itself: a description that is a word of the
    // title, read apart from its name, refers to no one through it.)
    let own = &ents.list[u].mentions;
    // Every modifier in the position, or (`loose`) one that describes the
    // holder left out of it, unless the position names another party.
    let holds = |h: &Held, loose: bool| {
        let (s, e) = h.span;
        let same_role = if leader { RUNS_HEADS.contains(&&*h.head) } else { h.head == head };
        if !same_role || h.person == u || own.iter().any(|m| s <= m.start && m.end <= e) {
            return false;
        }
        let position = if modifiers.is_empty() { String::new() } else { doc.text()[s..e].to_lowercase() };
        let words = || position.split(|c: char| !c.is_alphanumeric());
        modifiers.iter().all(|&m| words().any(|x| x == m) || loose && descriptive(m) && !words().any(|x| x != m && PARTIES.contains(&x)))
    };
    let held = held.get_or_insert_with(|| Held::all(doc, ents));
    // The strict reading first: a loose one only when no position repeats
    // every modifier.
    let loose = !held.iter().any(|h| holds(h, false));
    let mut holders = held.iter().filter(|h| holds(h, loose)).map(|h| h.person);
    let p = holders.next()?;
    holders.all(|q| q == p).then_some(p)
}

/// Party words, as a modifier of a role ("the Democratic governor").
const PARTIES: &[&str] = &["democratic", "democrat", "republican", "gop", "labour", "conservative", "tory", "liberal"];

/// A modifier that describes the holder, not the role, so a position
/// need not repeat it: "the Democratic governor", "the first-term
/// senator", "the 72-year-old chairman".
fn descriptive(m: &str) -> bool {
    PARTIES.contains(&m) || m.contains('-') && (m.ends_with("-old") || m.ends_with("-term") || m.bytes().any(|b| b.is_ascii_digit()))
}

/// End of the headline block: the opening paragraphs (at most three) that
/// end without sentence punctuation — headline, standfirst, byline.
fn headline_end(doc: &Doc) -> usize {
    let open = |p: &&crate::segment::Paragraph| {
        let t = doc.text()[p.start..p.end].trim_end();
        !t.ends_with(['.', '?', '!', '"', '”', '’', '\'', ':'])
    };
    doc.paragraphs.iter().take(3).take_while(open).last().map_or(0, |p| p.end)
}

/// The organisation first named after a headline's description of one
/// ("Spanish developer says …" before "Brisamar Renovables, which …"),
/// of the description's kind or of no stated kind.
fn named_later(ents: &Entities, u: usize) -> Option<usize> {
    let e = &ents.list[u];
    let kind = orgs::noun_kind(&resolve::description_head(&e.name))?;
    let at = e.mentions[0].end;
    (0..ents.list.len())
        .filter(|&p| p != u && ents.list[p].kind == PersonKind::Org && !ents.list[p].place)
        .filter(|&p| orgs::name_kind(&ents.list[p]).is_none_or(|k| k == kind))
        .filter_map(|p| {
            let first = ents.list[p].mentions.iter().filter(|m| m.kind == MentionKind::Name).map(|m| m.start).min()?;
            (first >= at).then_some((first, p))
        })
        .min()
        .map(|(_, p)| p)
}
