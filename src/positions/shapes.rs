//! Where a title stands relative to a name: one function per shape, all
//! listed in [`SHAPES`].

use super::phrase::{noun_phrase, title_at, title_before, Before};
use super::words::{abbreviated_rank, is_age, is_head, is_modifier, is_party_tag, is_stop};
use crate::lexicon;
use crate::mentions::{sets_off, Entities};
use crate::segment::Doc;
use crate::PersonKind;

/// One name mention in its sentence, as the shapes see it.
pub struct Site<'d, 'a> {
    pub doc: &'d Doc<'a>,
    /// The sentence's token range.
    pub lo: usize,
    pub hi: usize,
    /// First token of the capitalised run (title words and honorifics
    /// included) and of the name itself.
    pub run: usize,
    pub name: usize,
    /// Token after the name.
    pub end: usize,
    /// Token after the name's asides ([`skip_asides`]): where an
    /// appositive or a clause may begin.
    pub after: usize,
    /// The sentence is in headline case, where capitals say nothing.
    pub headline: bool,
    /// The people and their name mentions (for [`Site::ends_person_name`]).
    pub ents: &'d Entities,
}

/// A person's entity that is no place: whom a title may be given.
fn plain_person(e: &crate::mentions::Entity) -> bool {
    e.kind == PersonKind::Person && !e.place && !e.place_like
}

impl Site<'_, '_> {
    /// Whether token `k` opens the name of a person (title words
    /// included) who is not place-like.
    fn starts_person_name(&self, k: usize) -> bool {
        let names = &self.ents.names;
        let at = names.partition_point(|n| n.run < k);
        names.get(at).is_some_and(|n| n.run == k && self.ents.list.get(n.entity).is_some_and(plain_person))
    }

    /// Whether token `k` ends the name of a person who is not place-like.
    /// (The names are in document order: a binary search, read only after
    /// a comma.)
    fn ends_person_name(&self, k: usize) -> bool {
        let names = &self.ents.names;
        let at = names.partition_point(|n| n.after.saturating_sub(1) < k);
        names[at..].iter().take_while(|n| n.after.saturating_sub(1) == k).any(|n| self.ents.list.get(n.entity).is_some_and(plain_person))
    }

    /// Whether tokens `a..b` are a person's name (not a place's). (A
    /// binary search, read only for a capitalised appositive.)
    fn is_person_name(&self, a: usize, b: usize) -> bool {
        self.names_entity(a, b, plain_person)
    }

    /// Whether tokens `a..b` name someone known to be a person (a full
    /// name or a title met elsewhere): "named Kaine as her running mate",
    /// not "an appointed Treasury secretary".
    fn is_known_person(&self, a: usize, b: usize) -> bool {
        self.names_entity(a, b, |e| e.kind == PersonKind::Person && e.person_like && !e.place)
    }

    /// Whether tokens `a..b` are a name mention of an entity `test` holds
    /// for (a binary search of the names, in document order).
    fn names_entity(&self, a: usize, b: usize, test: impl Fn(&crate::mentions::Entity) -> bool) -> bool {
        let (names, toks) = (&self.ents.names, self.doc.tokens());
        let at = names.partition_point(|n| n.start < toks[a].start);
        names[at..].iter().take_while(|n| n.start == toks[a].start).any(|n| n.after == b && self.ents.list.get(n.entity).is_some_and(&test))
    }
}

/// A shape: the title token ranges it finds around one name.
pub type Shape = fn(&Site, &mut Vec<(usize, usize)>);

/// Every shape, tried on every name mention, each named by what it reads.
/// (The names are comments: as strings they rode in the wasm, read by
/// nothing.)
pub const SHAPES: &[Shape] = &[
    // title before the name: "Kremlin spokesman Dmitry Peskov", "Sgt. Omar Lyle"
    direct_before,
    // appositive before: "the company’s chief financial officer, Lena Sorvino,"
    appositive_before,
    // appositive after: "Mark Rutte, NATO’s secretary general," and "the study’s lead author"
    appositive_after,
    // clause: "Ana Ruiz, who is assistant campaign manager," / "who joined as a volunteer"
    relative_clause,
    // copula: "Ana Ruiz is the director of research at the institute"
    copula,
    // appointed: "Acme named Dana Cole chief operating officer", "the appointment of Dana Cole as …"
    appointed,
    // named: "a former loan analyst named Curtis Abara"
    named,
];

fn direct_before(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    // "Superintendent Dr. Marcus Hale", "club chairman Sir Ian Greaves",
    // "Trade minister Lord Aldous Penhale": the title ends before a
    // courtesy honorific (not a rank such as "Sen.", a title of its own).
    let courtesy =
        |k: usize| matches!(doc.lower(k).as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "sir" | "dame" | "lord" | "lady");
    let name = match s.name.checked_sub(2) {
        Some(h) if h >= s.lo && doc.tok(h + 1) == "." && courtesy(h) => h,
        _ if s.name > s.lo && courtesy(s.name - 1) => s.name - 1,
        _ => s.name,
    };
    // (A title word before it, capitalised or a title's head: "helped
    // shrink Mr. Ackman's firm" has a verb there.)
    // (Or a role noun, not a verb's place: "Marine biologist Dr. Aroha
    // Wynn"; not "helped shrink Mr. Ackman's firm".)
    let verb_before = |k: usize| {
        k > s.lo && {
            let w = doc.lower(k - 1);
            w.ends_with("ed")
                || matches!(
                    w.as_str(),
                    "to" | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "did"
                        | "do"
                        | "does"
                        | "help"
                        | "helps"
                )
        }
    };
    let titled = |k: usize| {
        doc.is_cap(k) || lexicon::is_title_head(&doc.lower(k)) || !verb_before(k) && lexicon::is_role_noun_with(&doc.lower(k), doc.lists(k))
    };
    let name = if name < s.name && name > s.lo && !titled(name - 1) { s.name } else { name };
    let Some(mut first) = title_before(doc, s.lo, name, Before::Direct) else { return };
    // In a headline every word is capitalised: keep only role nouns and
    // known modifiers ("Warren Hammers Wells Fargo CEO John Stumpf").
    while s.headline && first < name && !is_head(doc, first) && !doc.in_list(first, lexicon::title_modifiers()) {
        first += 1;
    }
    // "a fellow Democrat": "fellow" before a name is an adjective.
    if first == name || doc.tok(name - 1) == "fellow" {
        return;
    }
    // Abbreviated ranks right before the name ("Sen.", "Lt. Gen.") are a
    // title of their own when another title stands before them: "former
    // presidential candidate Sen. Ana Ruiz".
    let mut rank = name;
    while rank >= first + 2 && doc.tok(rank - 1) == "." && abbreviated_rank(doc, rank - 2) == Some(rank) {
        rank -= 2;
    }
    let before = (rank > first).then(|| title_before(doc, first, rank, Before::Direct)).flatten();
    // ("Detective Sgt.", "Chief Insp.": a capitalised rank right before
    // the abbreviation is one compound rank with it.)
    let compound =
        |f: usize| f + 1 == rank && doc.is_cap(f) && (doc.lists(f) & lexicon::ROLE_ABBREVIATIONS != 0 || doc.lower(f) == "chief");
    match before {
        Some(f) if rank < name && (f..rank).any(|x| is_head(doc, x)) && !compound(f) => {
            out.push((f, rank));
            out.push((rank, name));
        }
        _ => out.push((first, name)),
    }
}

/// The token before the name once honorifics are skipped ("the
/// college’s president, Prof Seán Whelan").
fn before_honorifics(s: &Site) -> usize {
    let mut k = s.name;
    while k > s.run.max(s.lo) {
        let p = k - 1;
        let honorific = s.doc.in_list(p, lexicon::honorifics()) || (s.doc.tok(p) == "." && p > s.lo);
        if !honorific || is_head(s.doc, p) {
            break;
        }
        k = p;
    }
    k
}

fn appositive_before(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    let mut k = before_honorifics(s);
    // ("The founder, 84-year-old Augustin Lind,": past an age.)
    if k > s.lo + 2 && crate::attribute::is_age_noun(&doc.lower(k - 1)) {
        k -= 1;
    }
    // ("The winner, Spain's Rafael Nadal,": past a place that owns the
    // name.)
    if k > s.lo + 4 && doc.tok(k - 1) == "s" && matches!(doc.tok(k - 2), "'" | "’") && doc.is_cap(k - 3) {
        let mut p = k - 3;
        while p > s.lo + 1 && doc.is_cap(p - 1) {
            p -= 1;
        }
        if lexicon::gazetteer::is_place(&doc.text()[doc.tokens()[p].start..doc.tokens()[k - 3].end]) {
            k = p;
        }
    }
    // ("A police spokesman, Chief Superintendent Ana Obi,": past a title
    // of the name's own, which `direct_before` reads, the name set off on
    // both sides; not an item of a list.)
    let set_off = |k: usize| sets_off(doc.tok(k));
    if k > s.lo + 2 && !set_off(k - 1) && s.after < s.hi && set_off(s.after) {
        if let Some(f) = title_before(doc, s.lo, k, Before::Direct).filter(|&f| f > s.lo + 1 && set_off(f - 1)) {
            k = f;
        }
    }
    if k < s.lo + 2 || !set_off(k - 1) {
        return;
    }
    let comma = k - 1;
    if let Some(first) = title_before(doc, s.lo, comma, Before::Appositive) {
        // "Ana Ruiz, a teacher, Bo Lund": the title is Ruiz's appositive
        // ("In Oslo, the city's mayor, Ana Ruiz" is the mayor's).
        let mut b = first;
        if b > s.lo && matches!(doc.tok(b - 1), "a" | "an" | "the") {
            b -= 1;
        }
        // (Not when that comma closes a phrase opening the sentence: "After
        // meeting Prime Minister Ida Roe, the finance minister, Ken Hale,
        // said": the title is the main clause's subject's.)
        let after_other = b > s.lo + 1
            && doc.tok(b - 1) == ","
            && s.ends_person_name(b - 2)
            && !(closes_opening_phrase(doc, s.lo, b - 1) && s.after < s.hi && sets_off(doc.tok(s.after)));
        // "In a letter to the prime minister, Pritchard said": a title
        // that is a preposition's object names whom the opening phrase is
        // about; only a name set off on both sides is its appositive ("in a
        // note to the company's founder, Ana Ruiz, who …").
        // ("In his move from party operative to pundit, Ana Ruiz": a
        // change of role starts from the person's own.)
        let object = b > s.lo && crate::mentions::governs_title(doc.tok(b - 1));
        let closed = s.after >= s.hi || crate::mentions::closes_appositive(doc.tok(s.after));
        // "The talks were private, Smith said": a bare word after a
        // copula is what something was, no one's rank.
        let predicate = b == first
            && b > s.lo
            && !doc.is_cap(b)
            && matches!(
                doc.lower(b - 1).as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "being" | "remain" | "remains" | "remained" | "seemed" | "seems"
            );
        // "Asked what advice she would give a young scientist, Dr. Roe
        // said": a title inside the phrase opening the sentence is someone
        // that phrase is about ("Working as a nurse, Ana Roe" and "When
        // she was a prosecutor, Ana Roe" keep hers,
        // and a name set off on both sides is the title's: "After the
        // fire the harbourmaster, Colin Pascoe, came").
        let in_opening = b > s.lo + 1
            && !matches!(doc.lower(b - 1).as_str(), "as" | "was" | "is" | "were" | "became" | "been" | "being")
            && !(s.after < s.hi && sets_off(doc.tok(s.after)))
            && closes_opening_phrase(doc, s.lo, comma);
        if !after_other && !predicate && !in_opening && (!object || closed) {
            out.push((first, comma));
        }
        return;
    }
    // A relative clause between: "The Oslo envoy who visited Rome, Lars
    // Holm, told reporters".
    let window = s.lo.max(comma.saturating_sub(12))..comma;
    let Some(w) = window.rev().find(|&x| matches!(doc.tok(x), "who" | "whose")) else { return };
    let plain = (w + 1..comma).all(|x| !matches!(doc.tok(x), "," | "."));
    if let Some(first) = title_before(doc, s.lo, w, Before::Appositive) {
        let definite = first > s.lo && matches!(doc.tok(first - 1), "the" | "The");
        if plain && definite && is_head(doc, w - 1) {
            out.push((first, w));
        }
    }
}

/// Whether a title ending before `b` is complete: what follows is not one
/// more word of a noun phrase.
fn closes(doc: &Doc, b: usize, hi: usize) -> bool {
    b >= hi
        || !(is_head(doc, b) || is_modifier(doc, b))
        || is_stop(doc, b)
        // "a teacher elected to the board": a participle and its
        // complement, no modifier of a head to come.
        || doc.tok(b).ends_with("ed") && b + 1 < hi && matches!(doc.tok(b + 1), "to" | "by" | "in" | "at" | "as" | "for" | "from" | "on")
}

/// Skips asides after a name that are not titles: an age (", 61,"), a
/// home town (", of Dallas," or " of Dallas,") and a party tag (", R-Iowa,",
/// "(D-Mass.)").
/// Returns the token where an appositive may begin.
pub fn skip_asides(doc: &Doc, end: usize, hi: usize) -> usize {
    let mut e = end;
    loop {
        // (Read only after a comma or a parenthesis.)
        let tagged = || e + 2 < hi && is_party_tag(doc, e + 1);
        let closer = match doc.tokens().get(e).map(|_| doc.tok(e)) {
            Some(",") if e + 2 < hi && is_age(doc, e + 1) && doc.tok(e + 2) == "," => Some(e + 2),
            Some(",") if tagged() => (e + 2..hi.min(e + 7)).find(|&c| doc.tok(c) == ","),
            Some(",") if e + 3 < hi && doc.tok(e + 1) == "of" && doc.is_cap(e + 2) => {
                let c = (e + 2..hi.min(e + 7)).find(|&c| !doc.is_cap(c));
                c.filter(|&c| doc.tok(c) == ",")
            }
            // ", M.D., chair of …": a degree.
            Some(",") if e + 2 < hi => crate::mentions::degree_end(doc, e + 1, hi),
            Some("(") if tagged() => (e + 2..hi.min(e + 7)).find(|&c| doc.tok(c) == ")").map(|c| c + 1),
            // "Sen. Ana Bell of Ohio, the panel's chairwoman,": a home town
            // with no comma before it, when one follows.
            Some("of") if e == end && e + 2 < hi && doc.is_cap(e + 1) => {
                let c = (e + 1..hi.min(e + 6)).find(|&c| !doc.is_cap(c));
                c.filter(|&c| doc.tok(c) == ",")
            }
            _ => None,
        };
        match closer {
            Some(c) if c > e => e = c,
            _ => return e,
        }
    }
}

fn appositive_after(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    let e = s.after;
    if e >= s.hi || !matches!(doc.tok(e), "," | "—" | "–" | "(") {
        return;
    }
    // "Ana Ruiz, now a television commentator,": the appositive's title
    // after an adverb of time.
    let st = e + 1 + usize::from(e + 2 < s.hi && matches!(doc.lower(e + 1).as_str(), "now" | "still" | "currently" | "also"));
    if let Some(b) = one_of(doc, st, s.hi) {
        out.push((st, b));
        return;
    }
    // "Angela Ruiz, a mother of two and a pediatric nurse,": a title
    // joined after a phrase that is none.
    // (Both phrases indefinite, as an appositive's are: "a … and a …".)
    let indefinite = |k: usize| k < s.hi && matches!(doc.lower(k).as_str(), "a" | "an");
    let joined_title = || {
        if !indefinite(st) {
            return None;
        }
        let k = (st + 1..s.hi.min(st + 7)).take_while(|&k| doc.tok(k) != ",").find(|&k| doc.tok(k) == "and")?;
        title_at(doc, k + 1, s.hi).filter(|&(a, b)| indefinite(k + 1) && a < b && closes(doc, b, s.hi))
    };
    let Some((a, mut b)) = title_at(doc, st, s.hi).filter(|&(a, b)| a < b).or_else(joined_title) else { return };
    if a >= b || !closes(doc, b, s.hi) {
        return;
    }
    // "After meeting Ida Roe, the finance minister, Ken Hale, said": a
    // name ending a phrase that opens the sentence, then a title and a
    // person's name set off: the title is that name's, the main clause's
    // subject.
    if b < s.hi && doc.tok(b) == "," && closes_opening_phrase(doc, s.lo, e) && s.starts_person_name(b + 1) {
        return;
    }
    // "After meeting with Tom Reyes, the mayor said …", "In an interview
    // with the Ledger, the mayor said …": after a name that ends an
    // opening phrase, a title its verb follows with no comma to close it
    // is the main clause's subject, no appositive. (Not a name opening
    // the phrase's own clause: "When Robby Mook, Ana's aide was asked".)
    if b < s.hi
        && doc.is_word(b)
        && !doc.is_cap(b)
        && s.run > s.lo + 1
        && opening_phrase_before(doc, s.lo, e)
        && (crate::attribute::cue_at(doc, b, s.hi).is_some() || crate::attribute::is_finite(&doc.lower(b)))
    {
        return;
    }
    // "John Brisini, Kevin Bishop, Phil Noble": in a list of names, the
    // next name is no title, though it ends in a role noun. It is a name
    // found, or capitalised words from a first name.
    if a == st && doc.is_cap(a) && (s.is_person_name(a, b) || first_name_on(doc, a, b)) {
        return;
    }
    // "coordinator, Clean Air Alliance,": the organisation after a comma.
    if let Some(org_end) = org_after_comma(doc, b, s.hi) {
        b = org_end;
    }
    out.push((a, b));
    // "a geriatrician at Riverside Hospital and the study’s lead author".
    // ("… and now a pundit": after the adverb too.)
    while b + 1 < s.hi && doc.tok(b) == "and" {
        let st = b + 1 + usize::from(b + 2 < s.hi && doc.lower(b + 1) == "now");
        match title_at(doc, st, s.hi) {
            Some((a2, b2)) if a2 < b2 && closes(doc, b2, s.hi) => {
                out.push((a2, b2));
                b = b2;
            }
            _ => break,
        }
    }
}

/// Whether the comma at `c` is the sentence's first and closes a phrase
/// that opens it: "After meeting Ida Roe,", "Speaking on Radio Kerry,".
fn closes_opening_phrase(doc: &Doc, lo: usize, c: usize) -> bool {
    let w = doc.lower(lo);
    c > lo + 2
        && doc.tok(c) == ","
        && (matches!(w.as_str(), "after" | "before" | "following" | "during" | "while" | "when" | "with" | "asked") || w.ends_with("ing"))
        && !(lo..c).any(|k| sets_off(doc.tok(k)))
}

/// Whether the comma at `c` is the sentence's first and closes a phrase
/// that opens it with a preposition or a participle: "In an interview
/// with the Ledger,", "After meeting with Tom Reyes,".
fn opening_phrase_before(doc: &Doc, lo: usize, c: usize) -> bool {
    closes_opening_phrase(doc, lo, c)
        || c > lo + 2
            && doc.tok(c) == ","
            && matches!(
                doc.lower(lo).as_str(),
                "in" | "on" | "at" | "for" | "from" | "to" | "like" | "unlike" | "since" | "until" | "despite" | "amid" | "as" | "speaking"
            )
            && !(lo..c).any(|k| sets_off(doc.tok(k)))
}

/// Whether tokens `a..b`, up to any "and", are two or more capitalised
/// words from a first name that is no common word or place ("Kevin
/// Bishop and Tom Farmer", not "Dean Barker", "May Day Organiser" or
/// "Kevin Bishop’s aide").
fn first_name_on(doc: &Doc, a: usize, b: usize) -> bool {
    let b = (a..b).find(|&k| matches!(doc.tok(k), "and" | "&")).unwrap_or(b);
    let first = || lexicon::gazetteer::first_name(doc.tok(a)).is_some_and(|n| !n.is_ambiguous());
    b >= a + 2 && (a..b).all(|k| doc.is_cap(k)) && first()
}

/// "one of the board’s trustees": a plural role noun after "one of".
/// Returns the end of the phrase.
fn one_of(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    if i + 2 >= hi || doc.tok(i) != "one" || doc.tok(i + 1) != "of" {
        return None;
    }
    let end = noun_phrase(doc, i + 2, hi)?;
    (lexicon::is_role_plural(doc.tok(end - 1)) && closes(doc, end, hi)).then_some(end)
}

/// An organisation's name between commas after a title: returns its end
/// when the name ends in an organisation word ("Alliance", "Union").
fn org_after_comma(doc: &Doc, b: usize, hi: usize) -> Option<usize> {
    if b + 1 >= hi || doc.tok(b) != "," {
        return None;
    }
    let end = (b + 1..hi.min(b + 8)).find(|&x| !doc.is_cap(x)).unwrap_or(hi.min(b + 8));
    let named = end > b + 1 && doc.in_list(end - 1, lexicon::org_words());
    let closed = end >= hi || matches!(doc.tok(end), "," | ".");
    (named && closed).then_some(end)
}

/// Words that link a person to a title inside a clause: "is", "has
/// been", "as", and the passives of appointment ("was elected mayor",
/// "has been named chief executive", "was appointed as head of …").
/// Returns where the title may start.
fn linker(doc: &Doc, i: usize) -> Option<usize> {
    let word = |k: usize| doc.tokens().get(k).map(|_| doc.tok(k));
    let t = match word(i)? {
        "is" | "was" | "became" | "becomes" | "remains" | "remained" | "as" => i + 1,
        "has" | "had" if word(i + 1) == Some("been") => i + 2,
        // "who will remain chairman": a role kept.
        "will" if word(i + 1) == Some("remain") => i + 2,
        // "has served as county treasurer", "worked as a nurse".
        "has" | "had" if word(i + 2) == Some("as") && word(i + 1).is_some_and(serves) => i + 3,
        w if word(i + 1) == Some("as") && serves(w) => i + 2,
        _ => return None,
    };
    let appointed = matches!(word(t), Some("elected" | "re-elected" | "appointed" | "named" | "made" | "promoted" | "chosen" | "hired"));
    if !appointed {
        return Some(t);
    }
    Some(if word(t + 1) == Some("as") { t + 2 } else { t + 1 })
}

/// Verbs of holding a role, before "as": "served as", "works as".
fn serves(w: &str) -> bool {
    // (Each starts with "s" or "w": most words leave at their first byte.)
    matches!(w.as_bytes().first(), Some(b's' | b'w')) && ["served", "serves", "serving", "worked", "works", "working"].contains(&w)
}

/// Titles after linkers in `from..to`: "is also the minister responsible
/// for …", "joined the clinic as a volunteer".
fn linked_titles(doc: &Doc, from: usize, to: usize, out: &mut Vec<(usize, usize)>) {
    let mut i = from;
    while i < to {
        let Some(mut t) = linker(doc, i) else {
            i += 1;
            continue;
        };
        // "who used Mr. Ailes as a consultant": a person object before
        // "as" holds the role, not the clause's subject.
        if doc.tok(i) == "as" && (from..i).any(|k| doc.in_list(k, lexicon::honorifics())) {
            i += 1;
            continue;
        }
        if t < to && matches!(doc.tok(t), "also" | "now" | "currently" | "still") {
            t += 1;
        }
        match linked_title(doc, t, to) {
            Some((a, b)) => {
                out.push((a, b));
                i = b;
            }
            None => i += 1,
        }
    }
}

fn relative_clause(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    let e = s.after;
    if e + 1 >= s.hi || doc.tok(e) != "," {
        return;
    }
    // ", who is …" or ", a mother of two who works as …".
    let who = (e + 1..s.hi.min(e + 10)).take_while(|&x| doc.tok(x) != ",").find(|&x| doc.tok(x) == "who");
    let Some(who) = who else { return };
    let start = who + 1;
    let to = clause_end(doc, start, s.hi.min(start + 30));
    linked_titles(doc, start, to, out);
}

fn copula(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    let e = s.after;
    let e = if e > s.end && e < s.hi && doc.tok(e) == "," { e + 1 } else { e };
    if e >= s.hi || doc.tok(e) == "as" {
        return;
    }
    let Some(mut t) = linker(doc, e) else { return };
    if t < s.hi && matches!(doc.tok(t), "also" | "now" | "currently" | "still") {
        t += 1;
    }
    out.extend(linked_title(doc, t, clause_end(doc, e, s.hi)));
}

/// The person as the object of an appointment: "Acme named Dana Cole
/// chief operating officer", "hired Omar Reyes as its general counsel",
/// "the appointment of Dana Cole as chief operating officer".
fn appointed(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    let Some(p) = s.run.checked_sub(1).filter(|&p| p >= s.lo) else { return };
    let verb = ["named", "appointed", "elected", "hired", "nominated", "tapped", "installed"].contains(&doc.tok(p));
    let noun =
        || p > s.lo && doc.tok(p) == "of" && ["appointment", "nomination", "election", "hiring"].contains(&doc.lower(p - 1).as_str());
    // ("an appointed Treasury secretary": an adjective; the object is a
    // full name.)
    let adjective = verb && p > s.lo && matches!(doc.lower(p - 1).as_str(), "a" | "an" | "the");
    if !verb && !noun() || adjective || s.end < s.name + 2 && !s.is_known_person(s.name, s.end) {
        return;
    }
    let mut t = s.end;
    if t < s.hi && doc.tok(t) == "as" {
        t += 1;
    } else if !verb {
        return;
    }
    out.extend(linked_title(doc, t, clause_end(doc, t, s.hi)));
}

/// "a former loan analyst named Curtis Abara": an indefinite title
/// before "named" is the name's. ("The president named Dana Cole …" is
/// the appointment's verb: no "a" before it. "a spokesman called Tom Abe
/// a liar" is a verb's too, so "called" is not read.)
fn named(s: &Site, out: &mut Vec<(usize, usize)>) {
    let doc = s.doc;
    let Some(p) = s.run.checked_sub(1).filter(|&p| p > s.lo + 1) else { return };
    // (Its head right before: "a leader of a group named Lashkar" is the
    // group's name.)
    if !matches!(doc.tok(p).as_bytes(), [b'n', b'a', b'm', b'e', b'd']) || !is_head(doc, p - 1) {
        return;
    }
    if let Some(first) = title_before(doc, s.lo, p, Before::Appositive) {
        if first < p && first > s.lo && matches!(doc.lower(first - 1).as_str(), "a" | "an") {
            out.push((first, p));
        }
    }
}

/// A title that starts at token `t` (or the word after, past a
/// determiner) and ends where its clause may, before `to`: what a linker
/// or an appointment introduces.
fn linked_title(doc: &Doc, t: usize, to: usize) -> Option<(usize, usize)> {
    title_at(doc, t, to).filter(|&(a, b)| a < b && a <= t + 1 && closes(doc, b, to))
}

/// The first comma, semicolon or dash from token `from`, else `hi`.
fn clause_end(doc: &Doc, from: usize, hi: usize) -> usize {
    (from..hi).find(|&x| matches!(doc.tok(x), "," | ";" | "—" | "–")).unwrap_or(hi)
}
