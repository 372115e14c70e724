//! Titles that stand apart from a name: a title introduced before the
//! person is named ("A federal judge ruled … U.S. District Judge Ana Ruiz
//! said"), and descriptions that refer to a named person ("the chief
//! constable said"). Each is linked to the one named person whose titles
//! share its role noun.

use std::borrow::Cow;
use std::collections::HashMap;

use super::phrase::{title_at, MAX_TITLE};
use super::words::{abbreviated_rank, ends_reach, is_age, is_complement_word, is_determiner, is_head, may_be_determiner};
use crate::lexicon::{self, FxBuildHasher};
use crate::mentions::{Entities, MentionKind};
use crate::segment::{Doc, TokKind};
use crate::PersonKind;

/// The role noun of a title span: its last head before any complement
/// ("judge" in "U.S. District Judge", "minister" in "Minister of Labour",
/// "senator" in "Sen."), lowered as [`Doc::lower`] and borrowed.
fn head_of<'d>(doc: &'d Doc, (s, e): (usize, usize)) -> Option<&'d str> {
    // (A title is a few tokens: its end is walked to from its start.)
    let a = doc.token_at_or_after(s);
    let b = doc.token_from(a, e).min(doc.tokens().len());
    head_in(doc, a, b)
}

/// [`head_of`] the title of tokens `a..b` (a free title is read as
/// tokens: its byte span is not searched for them anew).
fn head_in<'d>(doc: &'d Doc, a: usize, b: usize) -> Option<&'d str> {
    let cut = (a..b).find(|&k| is_complement_word(doc.tok(k))).unwrap_or(b);
    let k = (a..cut).rev().find(|&k| is_head(doc, k) || abbreviated_rank(doc, k).is_some())?;
    // "Sen." is a senator: ranks are compared by the word they stand for.
    // (Only a word with its period is looked up.)
    if abbreviated_rank(doc, k).is_some() {
        if let Some(word) = lexicon::role_abbreviation(doc.tok(k)) {
            return word.rsplit(' ').next();
        }
    }
    Some(doc.lower(k).as_str())
}

/// What a free title needs to be linked: a role noun of exactly one
/// person's titles, and an end before the last such person is first named.
/// Reading a title classifies each of its words, so a sentence opening
/// is first checked against these, by the word.
struct Wanted<'h> {
    /// Lowered, as [`head_of`] gives them.
    heads: Vec<&'h str>,
    /// Bit `n` (`n` < 32) is set when a head is `n` bytes long (bit 31 for
    /// longer ones): most words are ruled out by their length alone.
    lengths: u32,
    /// Bit `b & 31` is set for each head's first byte `b`: the low five
    /// bits of an ASCII letter are those of its lower case, so most of the
    /// words left are ruled out by their first letter.
    firsts: u32,
    /// The same of each head's last byte.
    lasts: u32,
    /// The byte by which a title must end.
    limit: usize,
}

impl<'h> Wanted<'h> {
    fn add(&mut self, head: &'h str) {
        self.heads.push(head);
        self.lengths |= 1 << head.len().min(31);
        self.firsts |= head.bytes().next().map_or(0, |b| 1 << (b & 31));
        self.lasts |= head.bytes().next_back().map_or(0, |b| 1 << (b & 31));
    }

    /// Whether a title starting at token `t` may have a wanted role noun:
    /// a word within its reach is one (lowered), is an abbreviated rank
    /// ("Sen.", compared by the word it stands for) or is not ASCII
    /// (lowered otherwise). Any punctuation but "&" ends a title before
    /// its complements, and so its role noun; so does a word opening a
    /// complement, where [`head_of`] stops looking, or one that ends the
    /// title's run. Also returns the first token read that may be "a" or
    /// "an" (each ends the reading but "A"/"An", which a headline's title
    /// may hold), or else where the reading stopped: the search for "a"
    /// goes on from there.
    fn may_head(&self, doc: &Doc, t: usize, hi: usize) -> (bool, usize) {
        let end = hi.min(t + MAX_TITLE + 4);
        let text = doc.text().as_bytes();
        let mut capital_a = None;
        for (k, tok) in (t..end).zip(&doc.tokens()[t..end]) {
            match tok.kind {
                // (ASCII punctuation is a token per byte.)
                TokKind::Punct if text[tok.start] != b'&' => return (false, capital_a.unwrap_or(k)),
                TokKind::Word => {
                    if tok.non_ascii {
                        return (true, capital_a.unwrap_or(k));
                    }
                    let len = tok.end - tok.start;
                    // A title's role noun comes before its first
                    // complement (see `head_of`), and before any word
                    // that ends its run of modifiers and heads.
                    // (Each of those words is lower-case; "A" and "An"
                    // are capitalised.)
                    if len <= 5 && !tok.cap {
                        if ends_reach(doc.tok(k)) {
                            return (false, capital_a.unwrap_or(k));
                        }
                    } else if len <= 2 && capital_a.is_none() && matches!(doc.tok(k), "A" | "An") {
                        capital_a = Some(k);
                    }
                    if self.lengths & 1 << len.min(31) != 0
                        && self.firsts & 1 << (text[tok.start] & 31) != 0
                        && self.lasts & 1 << (text[tok.end - 1] & 31) != 0
                        && self.heads.contains(&doc.lower(k).as_str())
                    {
                        return (true, capital_a.unwrap_or(k));
                    }
                    // An abbreviated rank is capitalised, and its period is
                    // the token right after it: most words are ruled out
                    // before their next byte is read.
                    if tok.cap && text.get(tok.end) == Some(&b'.') && abbreviated_rank(doc, k).is_some() {
                        return (true, capital_a.unwrap_or(k));
                    }
                }
                _ => {}
            }
        }
        (false, capital_a.unwrap_or(end))
    }
}

/// Title phrases that introduce someone: after "a"/"an" or opening a
/// sentence or headline, not followed by a name ("A former county
/// treasurer who …", "Former county treasurer sentenced"). "The
/// secretary said" refers back to someone already named, so it is not
/// one. Complements other than "of" are left out: "a sitting president
/// for back taxes" is not a title. Only titles that may be `wanted` are
/// read. Each is handed to `found` as it is read (no list is kept), as a
/// token range.
fn free_titles(doc: &Doc, wanted: &Wanted, mut found: impl FnMut((usize, usize))) {
    let limit = wanted.limit;
    // The "a"s and "an"s, walked through once: where the search for the
    // next one starts only moves on.
    let mut indefinites = doc.indefinites().iter().copied().peekable();
    for sent in doc.sentences.iter().take_while(|s| s.start < limit) {
        if doc.paragraphs.get(sent.paragraph).is_some_and(|p| p.chrome) {
            continue;
        }
        let (lo, hi) = (sent.tokens.start, sent.tokens.end);
        let toks = &doc.tokens()[lo..hi];
        // Only the sentence crossing the limit is searched for its end.
        let within = lo + if toks.last().is_none_or(|t| t.end <= limit) { toks.len() } else { toks.partition_point(|t| t.end <= limit) };
        // The sentence's first word, and each word after "a"/"an", in
        // order. The search for the next "a" goes on from where the last
        // title's reading stopped: none stands before that.
        let mut next = (within > lo).then_some(lo);
        while let Some(t) = next {
            let mut from = t;
            // A title kept below starts at `t` itself, so one after a
            // determiner or an age ("The", "a 41-year-old") never is: not
            // read at all.
            // (A determiner is a word of five bytes at most, with one of
            // a few first letters: most words are ruled out here, without
            // a call.)
            let tok = &doc.tokens()[t];
            let maybe = tok.end - tok.start <= 5 && may_be_determiner(doc.text().as_bytes()[tok.start]);
            if (!maybe || !is_determiner(doc, t)) && !is_age(doc, t) {
                let (may, stop) = wanted.may_head(doc, t, hi);
                from = stop;
                if may {
                    if let Some(title) = free_title(doc, t, hi, sent.headline) {
                        found(title);
                    }
                }
            }
            while indefinites.next_if(|&a| a < from).is_some() {}
            next = indefinites.peek().filter(|&&a| a + 1 < within).map(|&a| a + 1);
        }
    }
}

/// The free title starting at token `t`, not followed by a name, as a
/// token range.
fn free_title(doc: &Doc, t: usize, hi: usize, headline: bool) -> Option<(usize, usize)> {
    let (a, b) = title_at(doc, t, hi)?;
    let b = (a..b).find(|&k| matches!(doc.tok(k), "for" | "at" | "to" | "with" | "in" | "on")).unwrap_or(b);
    // Before a name or an appositive comma, the title is the
    // name's, and the shapes have it already.
    // In a headline every word is capitalised, names or not.
    let cap_next = b < hi && doc.is_cap(b) && !headline;
    let named_next = cap_next || (b < hi && doc.tok(b) == ",");
    (a == t && a < b && !named_next && doc.tok(b - 1) != "." && !(headline && names_and_verb(doc, a, b))).then_some((a, b))
}

/// Whether a headline's run of capitals `a..b` holds a first name and a
/// word in "-s" before its last word: a person and a present-tense verb
/// ("Acme Names Dana Cole Chief Operating Officer", "Senator Ana Ruiz
/// Endorses House Speaker"), a clause and not a title. ("Former Clinton
/// Pollster" is one.)
fn names_and_verb(doc: &Doc, a: usize, b: usize) -> bool {
    let verb = |k: usize| {
        let w = doc.tok(k);
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_head(doc, k)
    };
    (a..b - 1).any(verb) && (a..b).any(|k| crate::lexicon::gazetteer::first_name(doc.tok(k)).is_some())
}

/// `(entity, span)` for every title to link: descriptions that already
/// refer to a named person, and free titles whose role noun belongs to
/// exactly one person's titles, when that person is named only after.
/// `titles` is about how many titles the entities have (sizing two maps).
pub fn linked_titles(doc: &Doc, ents: &Entities, titles: usize) -> Vec<(usize, (usize, usize))> {
    let mut out = Vec::new();
    // Role noun → the one person whose titles have it, with where they
    // are first named; `None` when several people's titles have it.
    // Both maps are sized for every title at once, and seldom regrown.
    // (The map gives an index into `ones`: a map of the type mentions'
    // names use, so the wasm carries one copy of its code.)
    let mut heads: HashMap<Cow<str>, usize, FxBuildHasher> = HashMap::with_capacity_and_hasher(titles, FxBuildHasher::default());
    let mut ones: Vec<(&str, Option<(usize, usize)>)> = Vec::with_capacity(titles);
    // (Title span → its entity, read only for descriptions, which few
    // texts have: built at the first.)
    let mut owner: Option<HashMap<(usize, usize), usize, FxBuildHasher>> = None;
    for (i, e) in ents.list.iter().enumerate() {
        if e.kind != PersonKind::Person {
            continue;
        }
        // One walk over the mentions: the descriptions, and where the
        // person is first named.
        let mut first_name = usize::MAX;
        for m in &e.mentions {
            match m.kind {
                MentionKind::Name => first_name = first_name.min(m.start),
                MentionKind::Description => {
                    let owner = owner.get_or_insert_with(|| {
                        let mut owner = HashMap::with_capacity_and_hasher(titles, FxBuildHasher::default());
                        owner.extend(ents.list.iter().enumerate().flat_map(|(i, e)| e.positions.iter().map(move |&p| (p, i))));
                        owner
                    });
                    // A title the text gives someone else is not this person's.
                    let others = owner.get(&(m.start, m.end)).is_some_and(|&j| j != i);
                    // ("the official" restating a minister gives no title of
                    // its own: attribute::resolve links any office to it.)
                    if head_of(doc, (m.start, m.end)).is_some_and(|h| h != "official") && !others {
                        out.push((i, (m.start, m.end)));
                    }
                }
                _ => {}
            }
        }
        let first_name = if first_name == usize::MAX { 0 } else { first_name };
        for &p in &e.positions {
            if let Some(h) = head_of(doc, p) {
                let k = *heads.entry(Cow::Borrowed(h)).or_insert_with(|| {
                    ones.push((h, Some((i, first_name))));
                    ones.len() - 1
                });
                let one = &mut ones[k].1;
                if one.is_some_and(|(j, _)| j != i) {
                    *one = None;
                }
            }
        }
    }
    let mut wanted = Wanted { heads: Vec::with_capacity(ones.len()), lengths: 0, firsts: 0, lasts: 0, limit: 0 };
    for &(h, one) in &ones {
        if let Some((_, first_name)) = one {
            wanted.add(h);
            wanted.limit = wanted.limit.max(first_name);
        }
    }
    free_titles(doc, &wanted, |(a, b)| {
        let Some(h) = head_in(doc, a, b) else { return };
        let span = (doc.tokens()[a].start, doc.tokens()[b - 1].end);
        if let Some(&k) = heads.get(h) {
            let Some((i, first_name)) = ones[k].1 else { return };
            // "A former county clerk was sentenced … the current clerk,
            // Jason Reyes": a past holder is not the present one.
            let time = time_of(&doc.text()[span.0..span.1]);
            let other =
                time != 0 && ents.list[i].positions.iter().any(|&p| head_of(doc, p) == Some(h) && time_of(&doc.text()[p.0..p.1]) == -time);
            if span.1 <= first_name && !other {
                out.push((i, span));
            }
        }
    });
    out
}

/// When a title puts its holder: -1 for a past holder ("former",
/// "ex-mayor", "retired"), 1 for the present one ("current", "new",
/// "incoming"), else 0.
fn time_of(title: &str) -> i8 {
    const PRESENT: &[&str] = &["current", "new", "incoming", "present", "sitting"];
    let mut time = 0;
    for w in title.split(|c: char| !c.is_alphanumeric()) {
        if crate::attribute::past_word(w) {
            time = -1;
        } else if PRESENT.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            time = 1;
        }
    }
    time
}

#[cfg(test)]
mod tests {
    use super::{free_title, free_titles, head_in, head_of, Wanted};
    use crate::positions::phrase::title_at;
    use crate::positions::words::tests::TITLE_ENDS;
    use crate::positions::words::{ends_reach, is_age, is_complement_word, is_determiner, is_head, is_modifier, is_stop};
    use crate::segment::segment;

    fn wanted(heads: &[&'static str]) -> Wanted<'static> {
        let mut w = Wanted { heads: Vec::new(), lengths: 0, firsts: 0, lasts: 0, limit: usize::MAX };
        heads.iter().for_each(|h| w.add(h));
        w
    }

    #[test]
    fn a_role_noun_after_a_complement_word_is_out_of_reach() {
        let doc = segment("He met a county judge today. He met a member of the judge panel today.");
        let w = wanted(&["judge"]);
        let at = |word: &str, nth: usize| (0..doc.tokens().len()).filter(|&k| doc.tok(k) == word).nth(nth).unwrap();
        let hi = doc.tokens().len();
        assert!(w.may_head(&doc, at("county", 0), hi).0);
        // head_of cuts "member of the judge panel" at "of": its role noun
        // is "member", never "judge".
        assert!(!w.may_head(&doc, at("member", 0), hi).0);
        let (s, e) = (doc.tokens()[at("member", 0)].start, doc.tokens()[at("panel", 0)].end);
        assert_eq!(head_of(&doc, (s, e)), Some("member"));
    }

    /// Each word that ends a title's run (`ends_reach`, beyond the
    /// complement words) stops it where it stands, as `title_at` reads it
    /// (a stop, no head, no modifier).
    #[test]
    fn words_that_end_a_title_stop_its_run() {
        for w in TITLE_ENDS {
            assert!(ends_reach(w) && !is_complement_word(w), "{w}");
            let text = format!("He met a county judge {w} nurse today.");
            let doc = segment(&text);
            let k = (0..doc.tokens().len()).find(|&k| doc.tok(k) == w && k > 4).unwrap();
            assert!(is_stop(&doc, k) && !is_head(&doc, k) && !is_modifier(&doc, k), "{w}");
            assert_eq!(title_at(&doc, k - 2, doc.tokens().len()), Some((k - 2, k)), "{w}");
        }
        assert!(!ends_reach("and"));
    }

    /// The search for "a" that goes on from where a title's reading
    /// stopped finds the titles that reading after every "a" finds.
    #[test]
    fn free_titles_as_after_every_a() {
        let texts = [
            "A county judge ruled. He met a judge, an aide and a county judge who said a judge of a court ruled.",
            "Meet A Local Judge And A County Judge Today\n\nThe aide, a former judge, a la carte judge.",
            "Sen. Ruiz met a senator. An Sen. Ames and a Sen. Lund met a an judge a",
            "He said a very long run of many words that goes on and on past the reach of a title a judge.",
        ];
        for text in texts {
            let doc = segment(text);
            let w = wanted(&["judge", "senator"]);
            let mut want = Vec::new();
            for sent in &doc.sentences {
                let (lo, hi) = (sent.tokens.start, sent.tokens.end);
                let after_a = (lo + 1..hi).filter(|&t| matches!(doc.tok(t - 1), "a" | "an" | "A" | "An"));
                for t in (lo..hi.min(lo + 1)).chain(after_a) {
                    if !is_determiner(&doc, t) && !is_age(&doc, t) && w.may_head(&doc, t, hi).0 {
                        want.extend(free_title(&doc, t, hi, sent.headline));
                    }
                }
            }
            assert!(!want.is_empty(), "{text}");
            let mut got = Vec::new();
            free_titles(&doc, &w, |span| got.push(span));
            assert_eq!(got, want, "{text}");
            // A free title's role noun read from its tokens is the one
            // read from its byte span.
            for &(a, b) in &got {
                let span = (doc.tokens()[a].start, doc.tokens()[b - 1].end);
                assert_eq!(head_in(&doc, a, b), head_of(&doc, span), "{text}");
            }
        }
    }

    #[test]
    fn abbreviated_ranks_are_read_with_their_period() {
        let doc = segment("A visit by Sen. Ames and Sen Ames.");
        let span = |k: usize| (doc.tokens()[k].start, doc.tokens()[k + 1].end);
        let sen: Vec<usize> = (0..doc.tokens().len()).filter(|&k| doc.tok(k) == "Sen").collect();
        assert_eq!(head_of(&doc, span(sen[0])), Some("senator"));
        let w = wanted(&["senator"]);
        assert!(w.may_head(&doc, sen[0], doc.tokens().len()).0);
        assert!(!w.may_head(&doc, sen[1], doc.tokens().len()).0);
    }
}
