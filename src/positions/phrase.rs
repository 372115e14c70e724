//! The title phrase: `[determiner] modifier* head+ [postmodifier]
//! [complement]*`, read forwards from an appositive's start or backwards
//! from a name.
//!
//! - modifiers: "former deputy", "fourth-grade reading", "Kremlin",
//!   possessors ("the retailer’s", "the Liberals’")
//! - heads: role nouns, coordinated ("President & CEO", "co-founder and
//!   chief executive"), abbreviated ranks ("Sgt.")
//! - complements: "of"/"at"/"for"/"to" + a noun phrase ("director of
//!   research at the Center for Policy"), "with" + an organisation ("a
//!   volunteer with the Tenants Union"), and "in"/"on" only after "of"
//!   ("co-leader of the Greens in the state").
//!
//! Spans are token ranges `first..end`; determiners are left out.

use super::words::{abbreviated_rank, ends_reach, is_age, is_determiner, is_head, is_lower, is_modifier, possessive_at, possessive_before};
use crate::lexicon;
use crate::segment::{Doc, TokKind};

/// Longest run of modifiers and heads in one title.
pub const MAX_TITLE: usize = 12;
/// Longest noun phrase in one complement.
const MAX_NP: usize = 12;

/// Whether a head follows within a few modifiers from token `i`: the
/// second half of "co-founder and chief executive".
fn leads_to_head(doc: &Doc, i: usize, hi: usize) -> bool {
    (i..hi.min(i + 4)).take_while(|&j| is_head(doc, j) || is_modifier(doc, j)).any(|j| is_head(doc, j))
}

/// A title phrase starting at token `i` (after an appositive's comma, a
/// copula or "as"). Returns its range without the determiner.
pub fn title_at(doc: &Doc, i: usize, hi: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if j < hi && is_determiner(doc, j) {
        j += 1;
    }
    // "a 41-year-old hydraulic engineer": the age is not the title.
    while j < hi && is_age(doc, j) {
        j += 1;
    }
    let first = j;
    let mut head_end = None;
    while j < hi && j < first + MAX_TITLE {
        if let Some(after) = possessive_at(doc, j) {
            if j == first {
                break;
            }
            // A head before "’s" is a possessor: "the mayor’s husband".
            j = after;
            head_end = None;
            continue;
        }
        if let Some(after) = abbreviated_rank(doc, j) {
            j = after.min(hi);
            head_end = Some(j);
            continue;
        }
        if is_head(doc, j) {
            j += 1;
            // "editor in chief", "commander in chief", "special agent in
            // charge".
            if j + 1 < hi && crate::mentions::in_charge_at(doc, j + 1) {
                j += 2;
            }
            head_end = Some(j);
            continue;
        }
        let coordinator = matches!(doc.tok(j), "&" | "and");
        if coordinator && head_end == Some(j) && !is_determiner(doc, j + 1) && leads_to_head(doc, j + 1, hi) {
            j += 1;
            continue;
        }
        if coordinator && j > first && modifiers_joined(doc, j, hi) {
            j += 1;
            continue;
        }
        // (An "-ing" word first after a determiner, before the head: "a
        // fish-processing worker", "a long-serving nurse".)
        let gerund = || field_gerund(doc, j, j > first || first > i && leads_to_head(doc, j + 1, hi));
        // ("the club's 19-year-old captain": an age after the possessor,
        // inside the title, which keeps its possessor.)
        let inner_age = || j > first && is_age(doc, j) && doc.tok(j).ends_with("-old") && leads_to_head(doc, j + 1, hi);
        if is_modifier(doc, j) || gerund() || j > first && adjective_ed(doc, j, hi) && leads_to_head(doc, j + 1, hi) || inner_age() {
            j += 1;
            continue;
        }
        break;
    }
    // "a junior at the high school": a school year as a role.
    if head_end.is_none() && j > first && j < hi && matches!(doc.tok(j - 1), "junior" | "senior") && matches!(doc.tok(j), "at" | "in") {
        head_end = Some(j);
    }
    let mut end = head_end?;
    if end < hi && doc.is_word(end) && doc.in_list(end, lexicon::role_postmodifiers()) {
        let needs_for = doc.tok(end) == "responsible";
        if !needs_for || (end + 1 < hi && doc.tok(end + 1) == "for") {
            end += 1;
        }
    }
    Some((first, complements(doc, end, hi)))
}

/// Extends a title ending before `end` over its complements: "of
/// employment law at the University of Colorado", "with the Tenants
/// Union", "of the Greens in the state".
fn complements(doc: &Doc, mut end: usize, hi: usize) -> usize {
    let mut last_prep = "";
    for _ in 0..3 {
        if end + 1 >= hi || !doc.is_word(end) {
            break;
        }
        let prep = doc.tok(end);
        let allowed = match prep {
            "of" | "at" | "for" | "to" => true,
            // "a volunteer with the Tenants Union": only an organisation.
            // ("an organiser with the union": a body's noun.)
            "with" => {
                doc.is_cap(end + 1)
                    || is_determiner(doc, end + 1) && (doc.is_cap(end + 2) || end + 2 < hi && doc.in_list(end + 2, lexicon::org_nouns()))
            }
            // "co-leader of the Greens in the state": only after "of";
            // "the top Democrat on the Intelligence Committee": a body.
            // "an expert on Russia": a field after a noun of expertise.
            "in" | "on" => {
                last_prep == "of"
                    || prep == "on"
                        && (on_a_body(doc, end + 1, hi)
                            || knows_about(doc, end - 1) && !crate::attribute::is_time_noun(&doc.lower(end + 1)))
                    || prep == "in" && in_a_field(doc, end + 1, hi)
            }
            _ => false,
        };
        // (The noun phrase is read only after a preposition allowed here.)
        // "a nurse for ten years", "for more than a decade": a duration.
        if !allowed || prep == "for" && duration(doc, end + 1) {
            break;
        }
        match noun_phrase(doc, end + 1, hi) {
            Some(np_end) => {
                end = np_end;
                last_prep = prep;
            }
            None => break,
        }
    }
    end
}

/// Quantifiers that open a noun phrase ("several tenants", "many of the
/// families").
const QUANTIFIERS: &[&str] = &["several", "many", "some", "few", "all", "both", "most", "dozens", "hundreds", "thousands", "each"];

/// Whether token `i` opens a length of time: "years", "a decade", "the
/// past year", or a number or quantifier ("ten", "22", "more than",
/// "several") a unit of time follows ("several years", not "several
/// protesters").
fn duration(doc: &Doc, i: usize) -> bool {
    const OPENERS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
        "fifty", "more", "nearly", "almost", "over", "about", "several", "many",
    ];
    const UNITS: &[&str] = &[
        "year",
        "years",
        "decade",
        "decades",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "season",
        "seasons",
        "term",
        "terms",
        "generation",
        "generations",
        "lifetime",
    ];
    const AFTER_ARTICLE: &[&str] = &["past", "last"];
    let n = doc.tokens().len();
    let w = doc.lower(i).as_str();
    if UNITS.contains(&w) {
        return true;
    }
    let unit_after = |k: usize| k < n && (UNITS.contains(&doc.lower(k).as_str()) || AFTER_ARTICLE.contains(&doc.lower(k).as_str()));
    if matches!(w, "a" | "the") {
        return unit_after(i + 1);
    }
    // ("more than a decade", "about 20 years", "nearly two full terms")
    (w.bytes().next().is_some_and(|b| b.is_ascii_digit()) || OPENERS.contains(&w)) && (i + 1..(i + 5).min(n)).any(unit_after)
}

/// Whether token `i` is a noun of expertise, whose "on" phrase is its
/// field ("an expert on Russia", "the party's spokesman on health").
fn knows_about(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.lower(i).as_str(),
        "expert"
            | "specialist"
            | "authority"
            | "adviser"
            | "advisor"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "envoy"
            | "rapporteur"
            | "czar"
            | "tsar"
    )
}

/// Whether the noun phrase at `i` names a body one sits on: it ends in
/// an organisation word or "panel" ("the committee", "the House
/// Intelligence Committee").
fn on_a_body(doc: &Doc, i: usize, hi: usize) -> bool {
    noun_phrase(doc, i, hi).is_some_and(|e| doc.in_list(e - 1, lexicon::org_words()) || doc.lower(e - 1) == "panel")
}

/// "a lecturer in politics", "a professor in the history department": a
/// field or a body's unit after "in", in lower case; not a place or a
/// time ("a nurse in Leeds", "a farmer in the village of …", "a clerk in
/// the morning"), nor what was said ("an aide in a statement").
fn in_a_field(doc: &Doc, i: usize, hi: usize) -> bool {
    // (Bare or after "the": "in his first campaign", "in an effort to …"
    // are no unit.)
    let w = if i < hi && doc.tok(i) == "the" { i + 1 } else { i };
    w < hi
        && doc.is_word(w)
        && !is_determiner(doc, w)
        && noun_phrase(doc, i, hi).is_some_and(|e| {
            let head = doc.lower(e - 1);
            // (All in lower case: "a candidate in the new bloc Mr. Ruiz
            // formed" runs into a clause. Capitals only before a bare
            // singular head: "a lecturer in Roman archaeology", not
            // "a leader in Republican polls" or "in France's".)
            let capitals = (w..e).any(|k| doc.is_cap(k));
            let bare_field = || {
                w == i
                    && !doc.is_cap(e - 1)
                    && doc.is_word(e - 1)
                    && (!head.ends_with('s') || head.ends_with("ss") || head.ends_with("ics"))
            };
            (!capitals || bare_field())
                && !matches!(
                    head.as_str(),
                    "village"
                        | "town"
                        | "city"
                        | "area"
                        | "region"
                        | "country"
                        | "county"
                        | "state"
                        | "capital"
                        | "neighbourhood"
                        | "neighborhood"
                        | "part"
                        | "term"
                        | "valley"
                        | "district"
                        | "province"
                )
                && !crate::attribute::is_time_noun(&head)
                && !doc.in_list(e - 1, lexicon::speech_nouns())
        })
}

/// "Inc", "Corp", "Ltd", "Co": written with a period that is part of the
/// name.
fn company_abbreviation(w: &str) -> bool {
    ["inc", "corp", "ltd", "co", "bros"].iter().any(|a| w.eq_ignore_ascii_case(a))
}

/// Particles that join the capitalised words of an organisation's name.
fn joins_name(w: &str) -> bool {
    matches!(w, "of" | "&" | "and" | "for" | "de" | "du" | "des" | "la" | "le" | "van" | "von")
}

/// Whether the "and" at token `and` joins two lower-case modifiers of one
/// head that follows within two words, before `hi`: "a corn and soybean
/// farmer".
/// (Not after a plural or a measure: "St. Lucie counties and former
/// President", "eight percent and former Governor" end a phrase.)
fn modifiers_joined(doc: &Doc, and: usize, hi: usize) -> bool {
    let modifier = |x: usize| x < hi && is_lower(doc.tok(x)) && is_modifier(doc, x) && !is_head(doc, x);
    let left = || {
        let w = doc.tok(and - 1);
        let singular = !w.ends_with('s') || w.ends_with("ss");
        modifier(and - 1) && singular && !matches!(w, "percent" | "cent")
    };
    doc.tok(and) == "and" && and > 0 && left() && modifier(and + 1) && (and + 2..hi.min(and + 4)).any(|x| is_head(doc, x))
}

/// A noun phrase from token `i`: "the University of Colorado",
/// "Russia’s sovereign wealth fund", "St. Aidan’s". Returns its end.
pub fn noun_phrase(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    let mut j = i;
    if j < hi && is_determiner(doc, j) {
        j += 1;
    }
    // "several tenants", "many of the families": a quantifier before the
    // noun, or before "of" and a determiner.
    if j + 1 < hi && is_lower(doc.tok(j)) && QUANTIFIERS.contains(&doc.lower(j).as_str()) {
        if doc.tok(j + 1) == "of" && j + 2 < hi && is_determiner(doc, j + 2) {
            j += 3;
        } else if !is_determiner(doc, j + 1) {
            j += 1;
        }
    }
    let start = j;
    let mut last = None;
    while j < hi && j < start + MAX_NP {
        if let Some(after) = possessive_at(doc, j) {
            if j == start {
                break;
            }
            j = after.min(hi);
            last = Some(j);
            continue;
        }
        let w = doc.tok(j);
        let attached = j > start && doc.tokens()[j].start == doc.tokens()[j - 1].end;
        // "St. Aidan’s": an abbreviation's period inside a name.
        if w == "." && attached && doc.in_list(j - 1, lexicon::abbreviations()) && doc.is_cap(j + 1) {
            j += 1;
            continue;
        }
        // "Acme Inc.": the period of a company's abbreviation ends it.
        if w == "." && attached && company_abbreviation(doc.tok(j - 1)) {
            last = Some(j + 1);
            break;
        }
        // ("Save the Children", "Doctors Without Borders": "the" or a
        // capitalised small word between a name's capitals.)
        let inside_name = || w == "the" || doc.is_cap(j) && doc.is_word(j) && !is_modifier(doc, j) && !is_head(doc, j);
        if j > start && doc.is_cap(j - 1) && (joins_name(w) || inside_name()) && j + 1 < hi && doc.is_cap(j + 1) {
            j += 1;
            continue;
        }
        // "Obama’s 2008 campaign": a year or number before a noun.
        let number = j > start && w.bytes().all(|b| b.is_ascii_digit()) && j + 1 < hi && is_modifier(doc, j + 1);
        // ("the budgeting app Tallyho": after a determiner, an "-ing" word
        // before a lower-case noun modifies it.)
        let after_determiner =
            || j == start && start > i && j + 1 < hi && is_lower(doc.tok(j + 1)) && (is_head(doc, j + 1) || is_modifier(doc, j + 1));
        // ("head of pricing", "director of buying": a field right after a
        // title's "of".)
        let after_of = || j == start && start == i && i > 1 && doc.tok(i - 1) == "of" && is_head(doc, i - 2);
        if is_head(doc, j)
            || is_modifier(doc, j)
            || number
            || field_gerund(doc, j, j > start || after_determiner() || after_of())
            || adjective_ed(doc, j, hi)
        {
            j += 1;
            last = Some(j);
            continue;
        }
        break;
    }
    last
}

/// An "-ing" word naming a field inside a title ("fourth-grade reading
/// teacher", "junior swimming club"): only after another word of the
/// title, so "after meeting union leader Ana Ruiz" is not one.
pub fn field_gerund(doc: &Doc, i: usize, inside: bool) -> bool {
    inside
        && doc.is_word(i)
        && is_lower(doc.tok(i))
        && doc.tok(i).ends_with("ing")
        && doc.tok(i).len() > 5
        && !doc.in_list(i, lexicon::role_stops())
}

/// An "-ed" word before a lower-case modifier that is no role noun, inside
/// a title or its noun phrase: an adjective ("chief fixed income
/// strategist", "head of fixed income", "elected council member"), where
/// "-ed" words otherwise end a title. Not before a role noun: "named
/// chief executive" is a verb and its object.
fn adjective_ed(doc: &Doc, i: usize, hi: usize) -> bool {
    let w = doc.tok(i);
    w.len() > 4
        && w.ends_with("ed")
        && is_lower(w)
        && doc.is_word(i)
        && doc.lists(i) & (lexicon::ROLE_STOPS | lexicon::CUE_VERBS) == 0
        && i + 1 < hi
        && is_lower(doc.tok(i + 1))
        && is_modifier(doc, i + 1)
        && !is_head(doc, i + 1)
}

/// How a title before a name is read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// Right before the name: "Kremlin spokesman Dmitry Peskov". A
    /// preposition inside must lead to capitalised non-title words
    /// ("Minister for Health Ana Ruiz"), or "envoy for President Putin"
    /// would make the envoy's title Putin's.
    Direct,
    /// Before an appositive comma: "the company’s director of
    /// operations, Claire Addo".
    Appositive,
}

/// The title phrase that ends right before token `k` (the name, or the
/// comma before it), not reaching left of `lo`. Returns its first token.
/// (The cheap test that rules out most names is inline natively, so the
/// walk's call is made only when a title may end there.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn title_before(doc: &Doc, lo: usize, k: usize, mode: Before) -> Option<usize> {
    // Most names follow a frequent word that is neither a role noun nor a
    // modifier ("said", "by", "of"), or punctuation: no title ends before
    // `k` then, so the token is not classified. (Each such word is short
    // and lower-case; a title's last token is a word, or the period of an
    // abbreviated rank.)
    if let Some(t) = doc.tokens().get(k.wrapping_sub(1)).filter(|_| k > lo) {
        if t.kind != TokKind::Word {
            if doc.tok(k - 1) != "." {
                return None;
            }
        } else if !t.cap && t.end - t.start <= 5 && ends_reach(doc.tok(k - 1)) {
            return None;
        }
    }
    walk_before(doc, lo, k, mode)
}

/// The lists whose words a title may hold before its head.
const TITLE_LISTS: u64 = lexicon::TITLES | lexicon::ROLES | lexicon::TITLE_MODIFIERS | lexicon::ROLE_MODIFIERS;

/// [`title_before`] past its first test: the walk left from `k`.
#[inline(never)]
fn walk_before(doc: &Doc, lo: usize, k: usize, mode: Before) -> Option<usize> {
    // "campaign manager for Republican Tom Lund": a party right before the
    // name is the name's, and no title reaches past it ("ranking Democrat
    // Ana Lind" is one).
    if k > lo && crate::mentions::is_party_noun(doc.tok(k - 1)) && !is_head(doc, k - 1) {
        return None;
    }
    let mut j = k;
    // An "and" taken between capitalised words ("the Brick and Tile
    // Workers union"): kept only if a complement's preposition comes
    // before it, else the title starts after it ("Tom Abel and Vice
    // President Ana Lind").
    let mut name_and = None;
    while j > lo {
        let p = j - 1;
        if let Some(owner) = possessive_before(doc, j) {
            if owner < lo || j == k {
                break;
            }
            j = owner;
            continue;
        }
        if doc.tok(p) == "." && p > lo && abbreviated_rank(doc, p - 1) == Some(j) {
            j = p - 1;
            continue;
        }
        // Right before a name, a lower-case word may not stand before a
        // capitalised title unless it is a known modifier or names a body:
        // "the hardline approach President Trump" is not a title, "former
        // President Trump" and "board Vice Chair Ana Ruiz" are.
        // (Read only for a word the title would take.)
        let loose = || {
            mode == Before::Direct
            && j < k
            && !is_lower(doc.tok(j))
            && is_lower(doc.tok(p))
            && !is_head(doc, p)
            && !doc.in_list(p, lexicon::title_modifiers())
            && !doc.in_list(p, lexicon::role_modifiers())
            // "board Vice Chair", "council Deputy Leader".
            && !doc.in_list(p, lexicon::org_words())
        };
        let gerund = || j < k && p > lo && field_gerund(doc, p, is_modifier(doc, p - 1) || is_head(doc, p - 1));
        // ("hopes to defeat former President Ana Lind": after "to" and
        // before a listed modifier, a word no list gives a title is a
        // verb. "to law professor Ana Lind" keeps its modifier.)
        let infinitive = || {
            p > lo
                && doc.tok(p - 1) == "to"
                && doc.lists(j) & (lexicon::TITLE_MODIFIERS | lexicon::ROLE_MODIFIERS) != 0
                && is_lower(doc.tok(p))
                && doc.lists(p) & TITLE_LISTS == 0
        };
        if (is_head(doc, p) || is_modifier(doc, p) || gerund()) && !loose() && !infinitive() {
            j = p;
            continue;
        }
        let w = doc.tok(p);
        // ("Charge" itself, not a head: past it to its "in".)
        if p > lo + 1 && crate::mentions::in_charge_at(doc, p) && is_head(doc, p - 2) {
            j = p;
            continue;
        }
        // "the RT editor in chief, Ana Ruiz", "Special Agent in Charge Ana
        // Ruiz".
        if j < k && crate::mentions::in_charge_at(doc, j) && p > lo && is_head(doc, p - 1) {
            j = p;
            continue;
        }
        // "Minister for the Marine", "the owner of a bakery": an article
        // after an inner preposition.
        // ("a lawyer for several tenants": a quantifier there too, and
        // "a spokesman for her campaign": a possessive pronoun.)
        // (A pronoun only after a title's own head: "to his apprentice,
        // Keren Moyle" is the sentence's "to".)
        let pronoun = || matches!(w, "his" | "her" | "their" | "its") && p > lo + 1 && is_head(doc, p - 2);
        if mode == Before::Direct && w == "the" && j < k && p > lo + 1 && doc.tok(p - 1) == "of" && doc.is_cap(p - 2) && is_head(doc, p - 2)
        {
            j = p;
            continue;
        }
        if mode == Before::Appositive
            && (matches!(w, "the" | "a" | "an") || QUANTIFIERS.contains(&w) || pronoun())
            && j < k
            && p > lo
            && matches!(doc.tok(p - 1), "of" | "for" | "to" | "at")
        {
            j = p;
            continue;
        }
        // ("a lawyer for many of the families")
        if mode == Before::Appositive
            && QUANTIFIERS.contains(&w)
            && j < k
            && doc.tok(j) == "of"
            && p > lo
            && matches!(doc.tok(p - 1), "for" | "to" | "at")
        {
            j = p;
            continue;
        }
        // ("to" only after a head: "lost Ohio to the state's governor".)
        let inner_prep = p > lo && j < k && (is_head(doc, p - 1) || doc.is_cap(p - 1) && w != "to");
        // ("Minister of Justice Ana Lind", "Secretary of the Interior Ana
        // Lind": after a capitalised head's "of", capitalised words, heads
        // or not, and an article before them.)
        // (And "for": "Commissioner for Justice", "Minister of State for
        // Rural Affairs", its words joined by "for", "of" or "the".)
        let office_of = || matches!(w, "of" | "for") && p > lo && doc.is_cap(p - 1) && is_head(doc, p - 1);
        let joiner = |x: usize| x > j && x + 1 < k && matches!(doc.tok(x), "for" | "of" | "the");
        let prep = match mode {
            Before::Direct => {
                matches!(w, "of" | "for") && (j..k).all(|x| doc.is_cap(x) && !is_head(doc, x))
                    || office_of() && (j..k).all(|x| doc.is_cap(x) || x == j && x + 1 < k && doc.tok(x) == "the" || joiner(x))
            }
            Before::Appositive => matches!(w, "of" | "for" | "to" | "at"),
        };
        // "president and chief executive", "Singer and songwriter": two
        // titles of one person ("&" only between heads).
        let joined = || {
            p > lo
                && j < k
                && (is_head(doc, p - 1) && (is_head(doc, j) || w == "and" && is_modifier(doc, j)) || modifiers_joined(doc, p, k))
        };
        if (prep && inner_prep) || (matches!(w, "&" | "and") && joined()) {
            j = p;
            continue;
        }
        if matches!(w, "&" | "and") && p > lo && j < k && doc.is_cap(p - 1) && doc.is_cap(j) && name_and.is_none() {
            name_and = Some(p);
            j = p;
            continue;
        }
        // "Ministry of Transport Director Ana Lind", "Council on Coastal
        // Affairs Director": an organisation's name, joined, before a
        // capitalised title is the title's.
        // (So is one before a lower-case title, its name going on in a
        // capitalised word that is no title: "Bank of England governor
        // Ana Lind", "Tour de France director".)
        if mode == Before::Direct
            && matches!(w, "of" | "for" | "on" | "de")
            && p > lo
            && j < k
            && doc.is_cap(p - 1)
            && (doc.in_list(p - 1, lexicon::org_words()) && (j..k).all(|x| doc.is_cap(x))
                || matches!(w, "of" | "de") && doc.is_cap(j) && !is_head(doc, j) && !is_head(doc, p - 1))
        {
            j = p - 1;
            continue;
        }
        // "White House chief of staff Jeff Zients": a listed title with
        // "of" inside it, its last word walked over already. (Rare: the
        // phrase is built only at an "of".)
        if w == "of" && p > lo && j + 1 == k && doc.is_word(p - 1) {
            let title = [doc.lower(p - 1).as_str(), "of", doc.lower(j).as_str()].join(" ");
            if lexicon::titles().contains(&title) {
                j = p - 1;
                continue;
            }
        }
        break;
    }
    if let Some(a) = name_and {
        // ("Health and Human Services Secretary Ana Lind": one body's
        // name, the title's; see `attribute::body_and_before`.)
        if !crate::attribute::body_and_before(doc, a, k)
            && !(j.max(1)..a).any(|x| matches!(doc.tok(x), "of" | "for" | "to" | "at") && is_head(doc, x - 1))
        {
            j = a + 1;
        }
    }
    // Leading prepositions cannot start a title.
    while j < k && matches!(doc.tok(j), "of" | "for" | "to" | "at" | "&" | "the" | "a" | "an") {
        j += 1;
    }
    // ("spokeswoman for the Justice Department": a title word naming an
    // organisation with the word after it is no head.)
    let names_org = |x: usize| x + 1 < k && doc.is_cap(x) && doc.is_cap(x + 1) && doc.in_list(x + 1, lexicon::org_words());
    let last_head = (j..k)
        .rev()
        .find(|&x| is_head(doc, x) && !names_org(x) || (doc.tok(x) == "." && x > j && abbreviated_rank(doc, x - 1).is_some()))?;
    // After its last head a title may go on only with a complement.
    // ("Special Agent in Charge": its "in Charge" too.)
    let tail_ok = last_head + 1 == k
        || matches!(doc.tok(last_head + 1), "of" | "for" | "to" | "at")
        || last_head + 3 == k && crate::mentions::in_charge_at(doc, last_head + 2);
    tail_ok.then_some(j)
}
