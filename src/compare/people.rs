//! Which people in different articles are the same person.
//!
//! One outlet writes "Secretary of State Marco Rubio", another "Rubio"; one
//! "a senior NATO official", another "the NATO official". People are put in
//! buckets by a key (a named person's surname, an unnamed source's head noun,
//! an organisation's name), and only people in one bucket are compared, so
//! the work stays linear in the number of people for any realistic input.
//! An unnamed source described by a title joins the one named person who
//! holds that title elsewhere.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::eval::names::normalise;
use crate::lexicon::FxBuildHasher;
use crate::{Annotations, OutPerson, PersonKind};

/// One person of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    /// Index into `documents`.
    pub doc: usize,
    /// Index into that document's `annotations.people`.
    pub person: usize,
}

/// One person across the articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest name any article gives.
    pub name: String,
    pub kind: PersonKind,
    /// The article-level people who are this person, in document order.
    pub members: Vec<PersonRef>,
    /// Every distinct position any article gives them, as first written.
    pub positions: Vec<String>,
}

crate::to_json_struct!(PersonRef { doc, person });
crate::to_json_struct!(Person { name, kind, members, positions });

/// What one article's person is compared by.
struct Key {
    kind: PersonKind,
    /// Lower-cased words of the name.
    words: Vec<String>,
    /// Lower-cased words of the name that were capitalised (proper nouns).
    proper: Vec<String>,
}

impl Key {
    fn of(p: &OutPerson) -> Key {
        let name = normalise(&p.name);
        let words: Vec<String> = name.split_whitespace().map(|w| w.trim_end_matches("'s").to_owned()).collect();
        let proper = p
            .name
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| normalise(w).trim_end_matches("'s").to_owned())
            .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "a" | "an"))
            .collect();
        Key { kind: p.kind, words, proper }
    }

    /// A person named by surname alone.
    fn is_bare_name(&self) -> bool {
        self.kind == PersonKind::Person && self.words.len() == 1
    }

    /// The bucket: people in different buckets are never the same.
    fn bucket(&self) -> Option<String> {
        let last = self.words.last()?;
        Some(match self.kind {
            PersonKind::Person => format!("p:{last}"),
            PersonKind::Unnamed => format!("u:{}", singular(last)),
            PersonKind::Org | PersonKind::Group => format!("o:{}", self.words.join(" ")),
        })
    }

    fn same_as(&self, o: &Key) -> bool {
        match self.kind {
            // Same surname (the bucket); first names, where both give one,
            // agree or one is the other's initial.
            PersonKind::Person => {
                let first = |k: &Key| (k.words.len() > 1).then(|| k.words[0].trim_end_matches('.').to_owned());
                match (first(self), first(o)) {
                    (Some(a), Some(b)) => {
                        a == b || (a.chars().count() == 1 && b.starts_with(&a)) || (b.chars().count() == 1 && a.starts_with(&b))
                    }
                    _ => true,
                }
            }
            // Same head noun; the proper nouns of one ("NATO") are all in the other.
            PersonKind::Unnamed => {
                let within = |a: &Key, b: &Key| a.proper.iter().all(|w| b.proper.contains(w));
                within(self, o) || within(o, self)
            }
            PersonKind::Org | PersonKind::Group => true,
        }
    }
}

/// "officials" → "official"; short words are left alone ("us", "bus").
fn singular(w: &str) -> &str {
    match w.strip_suffix('s') {
        Some(s) if s.len() > 3 && !s.ends_with('s') => s,
        _ => w,
    }
}

/// The people of every article, grouped. Returns the groups and, for each
/// document, the group of each of its people.
pub fn match_people(docs: &[Annotations]) -> (Vec<Person>, Vec<Vec<usize>>) {
    let refs: Vec<PersonRef> =
        docs.iter().enumerate().flat_map(|(d, a)| (0..a.people.len()).map(move |p| PersonRef { doc: d, person: p })).collect();
    let keys: Vec<Key> = refs.iter().map(|r| Key::of(&docs[r.doc].people[r.person])).collect();
    let mut sets = UnionFind::new(refs.len());
    let mut buckets = Groups::default();
    for (i, k) in keys.iter().enumerate() {
        if let Some(b) = k.bucket() {
            buckets.push(b, i);
        }
    }
    for members in &buckets.lists {
        // Full forms first; a bare surname then joins them only when they
        // are all one person ("Ortiz" beside Ana and Luis Ortiz stays apart).
        let (bare, full): (Vec<usize>, Vec<usize>) = members.iter().partition(|&&i| keys[i].is_bare_name());
        for (n, &a) in full.iter().enumerate() {
            for &b in &full[n + 1..] {
                if keys[a].same_as(&keys[b]) {
                    sets.union(a, b);
                }
            }
        }
        let mut roots: Vec<usize> = full.iter().map(|&i| sets.find(i)).collect();
        roots.dedup();
        if roots.len() <= 1 {
            for &b in bare.iter().chain(full.first()) {
                sets.union(bare.first().copied().unwrap_or(b), b);
            }
        }
    }
    join_titles(docs, &refs, &keys, &mut sets);

    // (By root: the roots are indices into `refs`.)
    let mut group_of_root: Vec<Option<usize>> = vec![None; refs.len()];
    let mut people: Vec<Person> = Vec::new();
    let mut index: Vec<Vec<usize>> = docs.iter().map(|a| vec![0; a.people.len()]).collect();
    for (i, r) in refs.iter().enumerate() {
        let p = &docs[r.doc].people[r.person];
        let g = *group_of_root[sets.find(i)].get_or_insert_with(|| {
            people.push(Person { name: p.name.to_string(), kind: p.kind, members: Vec::new(), positions: Vec::new() });
            people.len() - 1
        });
        index[r.doc][r.person] = g;
        let person = &mut people[g];
        person.members.push(*r);
        if p.name.split_whitespace().count() > person.name.split_whitespace().count() {
            person.name = p.name.to_string();
        }
        for pos in &p.positions {
            let n = normalise(&pos.text);
            if !n.is_empty() && !person.positions.iter().any(|q| normalise(q) == n) {
                person.positions.push(pos.text.to_string());
            }
        }
    }
    (people, index)
}

/// An unnamed source described by a title ("the Kremlin spokesman") is the
/// named person another article gives that title, when exactly one has it.
fn join_titles(docs: &[Annotations], refs: &[PersonRef], keys: &[Key], sets: &mut UnionFind) {
    let mut holders = Groups::default();
    for (i, r) in refs.iter().enumerate() {
        if keys[i].kind == PersonKind::Person {
            for pos in &docs[r.doc].people[r.person].positions {
                holders.push(normalise(&pos.text), i);
            }
        }
    }
    for (i, k) in keys.iter().enumerate() {
        if k.kind != PersonKind::Unnamed {
            continue;
        }
        let Some(named) = holders.get(&k.words.join(" ")) else { continue };
        let mut roots: Vec<usize> = named.iter().map(|&n| sets.find(n)).collect();
        crate::compact_sort::sort_unstable(&mut roots);
        roots.dedup();
        if let [only] = roots[..] {
            sets.union(i, only);
        }
    }
}

/// Indices grouped by a string key, the groups in order of first key.
/// (A map of the type mentions' names use, to a group's number: the wasm
/// carries one copy of the table code.)
#[derive(Default)]
struct Groups {
    index: HashMap<Cow<'static, str>, usize, FxBuildHasher>,
    lists: Vec<Vec<usize>>,
}

impl Groups {
    fn push(&mut self, key: String, i: usize) {
        let n = self.lists.len();
        let g = *self.index.entry(Cow::Owned(key)).or_insert(n);
        if g == n {
            self.lists.push(Vec::new());
        }
        self.lists[g].push(i);
    }

    fn get(&self, key: &str) -> Option<&Vec<usize>> {
        self.index.get(key).map(|&g| &self.lists[g])
    }
}

/// Disjoint sets with path halving.
pub(crate) struct UnionFind(Vec<usize>);

impl UnionFind {
    pub(crate) fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    pub(crate) fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    /// Joins the two sets; the smaller root survives, so a set's root is its
    /// first member.
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.0[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{OffsetUnit, Span};

    fn person(name: &str, kind: PersonKind, positions: &[&str]) -> OutPerson {
        let span = |t: &str| Span { start: 0, end: t.len(), text: t.into() };
        OutPerson {
            name: name.into(),
            kind,
            mentions: vec![span(name)],
            positions: positions.iter().map(|p| span(p)).collect(),
            quotes: 1,
            members: vec![],
        }
    }

    fn doc(people: Vec<OutPerson>) -> Annotations {
        Annotations { version: 1, offsets: OffsetUnit::Utf8, quotes: vec![], people, repaired: None, notices: vec![] }
    }

    #[test]
    fn matches_name_forms_and_unnamed_sources() {
        use PersonKind::*;
        let a = doc(vec![
            person("Ana Ortiz", Person, &["Mayor"]),
            person("senior NATO official", Unnamed, &[]),
            person("Luis Ortiz", Person, &[]),
            person("the Kremlin", Org, &[]),
        ]);
        let b = doc(vec![
            person("Ortiz", Person, &["mayor", "head of the council"]),
            person("NATO officials", Unnamed, &[]),
            person("senior U.S. official", Unnamed, &[]),
            person("Kremlin", Org, &[]),
            person("A. Ortiz", Person, &[]),
        ]);
        let (people, index) = match_people(&[a, b]);
        // "Ortiz" could be either Ortiz: it joins neither.
        assert_ne!(index[1][0], index[0][0]);
        assert_ne!(index[1][0], index[0][2]);
        assert_ne!(index[0][0], index[0][2]);
        assert_eq!(index[1][1], index[0][1], "NATO official, plural or not");
        assert_ne!(index[1][2], index[0][1], "U.S. official is someone else");
        assert_eq!(index[1][3], index[0][3]);
        assert_eq!(index[1][4], index[0][0]);
        let ortiz = &people[index[0][0]];
        assert_eq!(ortiz.members, [PersonRef { doc: 0, person: 0 }, PersonRef { doc: 1, person: 4 }]);

        // "the Kremlin spokesman" is whoever another article calls that, if only one.
        let a = doc(vec![person("Dmitry Peskov", Person, &["Kremlin spokesman"])]);
        let b = doc(vec![person("Kremlin spokesman", Unnamed, &[])]);
        let c = doc(vec![person("mayor", Unnamed, &[]), person("Ana Ortiz", Person, &["Mayor"]), person("Luis Pé", Person, &["mayor"])]);
        let (_, index) = match_people(&[a, b, c]);
        assert_eq!(index[1][0], index[0][0]);
        assert_ne!(index[2][0], index[2][1], "two mayors: the title names neither");
        assert_ne!(index[2][0], index[2][2]);

        // With one Ortiz only, the bare surname joins her and brings its positions.
        let a = doc(vec![person("Ana Ortiz", Person, &["Mayor"])]);
        let b = doc(vec![person("Ortiz", Person, &["mayor", "head of the council"])]);
        let (people, index) = match_people(&[a, b]);
        assert_eq!(index[0][0], index[1][0]);
        assert_eq!(people[0].positions, ["Mayor", "head of the council"]);
        assert_eq!(people[0].name, "Ana Ortiz");
    }
}
