//! Stage 4: mentions of people, organisations and places, clustered into
//! entities.
//!
//! A name is a run of capitalised words outside quotations (with particles
//! such as "de", "van", "bin" inside). Title words at the front of a run
//! ("Foreign Minister Andrii Sybiha") are left for the positions stage. A
//! bare surname joins the most recent entity with that surname, so
//! "Marco Rubio" … "Rubio" is one person. No gazetteer: everything comes
//! from the text.
//!
//! Descriptions ("the senior NATO official") and pronouns are added later,
//! by the attribution stage, where they act as sources.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::lexicon;
use crate::lexicon::gazetteer;
use crate::lexicon::FxBuildHasher;
use crate::quotes::QuoteSpan;
use crate::segment::{Doc, Memo, TokKind, Token};
use crate::short_str::ShortStr;
use crate::PersonKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MentionKind {
    #[default]
    Name,
    Description,
    Pronoun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// An entity's mentions, read as a slice: the first two kept inline, as
/// most entities are mentioned once or twice (four in five), which spares
/// them an allocation (and its free); more move to the heap.
pub type Mentions = Few<Mention, 2>;

/// A short list read as a slice: its first `N` items kept inline, more
/// moved to the heap (an entity's mentions and positions are mostly one or
/// two: each list on the heap was an allocation and a free).
#[derive(Debug, Clone)]
pub struct Few<T, const N: usize>(FewIn<T, N>);

#[derive(Debug, Clone)]
enum FewIn<T, const N: usize> {
    Inline(u8, [T; N]),
    Heap(Vec<T>),
}

impl<T: Copy + Default, const N: usize> Default for Few<T, N> {
    fn default() -> Self {
        Few(FewIn::Inline(0, [T::default(); N]))
    }
}

impl<T: Copy + Default, const N: usize> Few<T, N> {
    // (The move to the heap out of line: the rest is small enough to be
    // inlined at every push, where a whole push was called.)
    #[inline]
    pub fn push(&mut self, m: T) {
        match &mut self.0 {
            FewIn::Inline(n, b) => match b.get_mut(usize::from(*n)) {
                Some(slot) => {
                    *slot = m;
                    *n += 1;
                }
                None => self.spill(m),
            },
            FewIn::Heap(v) => v.push(m),
        }
    }

    /// [`Few::push`] to a list whose inline room is full: moved to the heap.
    #[cold]
    #[inline(never)]
    fn spill(&mut self, m: T) {
        if let FewIn::Inline(_, b) = &self.0 {
            // (Room for a few more: a list that outgrew its inline room
            // often grows again.)
            let mut v = Vec::with_capacity(8 * N);
            v.extend_from_slice(b);
            v.push(m);
            self.0 = FewIn::Heap(v);
        }
    }

    /// A list of the one item `m`.
    pub fn of_one(m: T) -> Self {
        let mut b = [T::default(); N];
        b[0] = m;
        Few(FewIn::Inline(1, b))
    }

    /// Takes every item out, leaving none.
    pub fn take_all(&mut self) -> Vec<T> {
        match std::mem::take(self).0 {
            FewIn::Inline(n, b) => b[..usize::from(n)].to_vec(),
            FewIn::Heap(v) => v,
        }
    }

    pub fn clear(&mut self) {
        *self = Few::default();
    }
}

impl<T, const N: usize> std::ops::Deref for Few<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        match &self.0 {
            FewIn::Inline(n, b) => &b[..usize::from(*n)],
            FewIn::Heap(v) => v,
        }
    }
}

impl<T, const N: usize> std::ops::DerefMut for Few<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.0 {
            FewIn::Inline(n, b) => &mut b[..usize::from(*n)],
            FewIn::Heap(v) => v,
        }
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a Few<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Copy + Default, const N: usize> Extend<T> for Few<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, it: I) {
        for m in it {
            self.push(m);
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: ShortStr,
    pub kind: PersonKind,
    pub mentions: Mentions,
    /// Spans of its positions (titles, roles): mostly none or one.
    pub positions: Few<(usize, usize), 1>,
    /// Could be referred to as "he"/"she": a multi-word personal name, or a
    /// name that carries a title or honorific.
    pub person_like: bool,
    /// Introduced with a title, honorific or role ("Mayor Ana Lind", "the
    /// head coach, Mikkel Dahl"): surely a person.
    pub titled: bool,
    /// Seen after a locative preposition ("in Brussels"): a place.
    pub place_like: bool,
    /// Named as a whole by the places table ("Kyiv", "New Mexico"): never
    /// a person, whatever the context says.
    pub place: bool,
    pub gender: Option<Gender>,
    /// Members of a group speaker ("Russia and Ukraine").
    pub members: Vec<usize>,
    /// Lower-cased last word of the name: the clustering key.
    pub key: ShortStr,
}

impl Entity {
    pub fn new(name: &str, kind: PersonKind) -> Self {
        // (An ASCII surname, nearly all, lowered on the stack: no `String`.)
        // (Else lowered as `surname_key` lowers it, from the span found.)
        let (start, end) = surname_span(name);
        let surname = &name[start..end];
        let mut buf = [0u8; 32];
        let key = match buf.get_mut(..surname.len()) {
            Some(b) if surname.is_ascii() => {
                b.copy_from_slice(surname.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).unwrap_or_else(|_| unreachable!("ASCII")).into()
            }
            _ => surname.to_lowercase().as_str().into(),
        };
        Entity::with_key(name, kind, key)
    }

    /// [`Entity::new`] with its [`surname_key`] already found.
    fn with_key(name: &str, kind: PersonKind, key: ShortStr) -> Self {
        Entity {
            name: name.into(),
            kind,
            mentions: Mentions::default(),
            positions: Few::default(),
            person_like: false,
            titled: false,
            place_like: false,
            place: false,
            gender: None,
            members: Vec::new(),
            key,
        }
    }
}

/// One name mention in document order, for the later stages.
#[derive(Debug, Clone, Copy)]
pub struct NameRef {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    /// The first token of the capitalised run (title words included) and
    /// the first token after the name, kept so later stages need not
    /// search for them.
    pub run: usize,
    pub after: usize,
}

impl NameRef {
    /// Byte where the capitalised run began (title words included).
    pub fn run_start(&self, doc: &Doc) -> usize {
        doc.tokens()[self.run].start
    }
}

/// The entities of a document and an index of their name mentions.
#[derive(Debug, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// Name mentions in document order.
    pub names: Vec<NameRef>,
}

impl Entities {
    /// The entity whose name mention covers `start..end`, if any.
    pub fn name_at(&self, start: usize, end: usize) -> Option<&NameRef> {
        let i = self.names.partition_point(|n| n.end <= start);
        self.names.get(i).filter(|n| n.start < end && n.end > start)
    }
}

/// Lower-cased last word, the key that clusters "Marco Rubio" and "Rubio".
pub fn surname_key(name: &str) -> String {
    let (start, end) = surname_span(name);
    name[start..end].to_lowercase()
}

/// Where in `name` its [`surname_key`] is written: the last word, without
/// the non-alphanumeric characters around it.
fn surname_span(name: &str) -> (usize, usize) {
    // Most names end in an ASCII word: it is found byte by byte from the
    // end, with no chars decoded and no searcher set up per word. (The
    // ASCII characters `char::is_whitespace` takes: vertical tab
    // included, unlike `u8::is_ascii_whitespace`.)
    let b = name.as_bytes();
    let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut end = b.len();
    while end > 0 && space(b[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && b[start - 1].is_ascii() && !space(b[start - 1]) {
        start -= 1;
    }
    if start == 0 || space(b[start - 1]) {
        let word = &b[start..end];
        return match (word.iter().position(u8::is_ascii_alphanumeric), word.iter().rposition(u8::is_ascii_alphanumeric)) {
            // "Peter Holm Jr.": the surname is the word before the suffix.
            (Some(s), Some(e)) if start > 0 && is_name_suffix(&name[start + s..start + e + 1]) => surname_span(&name[..start]),
            (Some(s), Some(e)) => (start + s, start + e + 1),
            _ => (0, 0),
        };
    }
    let word = name.split_whitespace().next_back().unwrap_or("");
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        return (0, 0);
    }
    // (A slice of `name`: its offset is where it starts.)
    let start = trimmed.as_ptr() as usize - name.as_ptr() as usize;
    (start, start + trimmed.len())
}

/// `doc.lowered_span(start + from, start + to)`, given `whole`, the text
/// lowered from byte `start` on: sliced from it when borrowed (ASCII lowers
/// byte for byte, so its offsets hold) instead of tested for ASCII again.
fn lowered_within<'d>(doc: &'d Doc, whole: &Cow<'d, str>, start: usize, from: usize, to: usize) -> Cow<'d, str> {
    match whole {
        Cow::Borrowed(w) => Cow::Borrowed(&w[from..to]),
        Cow::Owned(_) => doc.lowered_span(start + from, start + to),
    }
}

/// [`surname_key`] of `name`, the text at byte `start`, borrowed from
/// the document when it can be.
fn surname_key_at<'d>(doc: &'d Doc, name: &str, start: usize) -> Cow<'d, str> {
    let (s, e) = surname_span(name);
    doc.lowered_span(start + s, start + e)
}

/// Buffers `add_run` reuses from one run to the next.
struct Scratch<'t> {
    /// The run's word tokens.
    word_at: Vec<usize>,
    /// Their text, filled only for the few runs that need it as a slice
    /// (`doc.tok` reads any one word cheaply).
    words: Vec<&'t str>,
}

/// The clustering keys of the entities found so far: one map of the
/// lower-cased strings (borrowed from the document where they can be),
/// each with a slot of the entities it names, so that a name that is
/// also a surname ("Rubio") is hashed once, not once per role.
struct Clusters<'d> {
    /// The slots of the keys of up to 16 bytes (nearly all), by
    /// `lexicon::pack`: two integers hashed and compared where a string
    /// was hashed byte by byte and compared by `memcmp`. An open-addressed
    /// table (linear probing, at most half full) of slot + 1, 0 marking a
    /// free place, the slot's packed key in `packed`: a `HashMap`'s entry
    /// cost about twice as many instructions, and a table holding the keys
    /// was too large to clear cheaply per text.
    short: Vec<u32>,
    /// Per slot, its packed key (a long key's is never read).
    packed: Vec<(u64, u64)>,
    /// The slots of the other keys (long names, mostly organisations'):
    /// a few per text, searched in order, by length first, while fewer
    /// than [`Clusters::LISTED`] (a map of them hashed every key, and was
    /// allocated and grown a few times per text)...
    long: Vec<(Cow<'d, str>, usize)>,
    /// ...and by hash once there are that many, all of them.
    slot_of: HashMap<Cow<'d, str>, usize, FxBuildHasher>,
    slots: Vec<Named>,
    /// Per entity filed with no known sex: the one filed so before it
    /// under the same surname (a chain from [`Named::by_sex`]`[0]`).
    unsexed_before: Vec<Id>,
}

/// An entity's index or none, an `Option<usize>` in four bytes: a slot
/// of six is 24 bytes, not 96, to push, copy and keep in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Id(u32);

impl Id {
    const NONE: Id = Id(u32::MAX);

    fn of(id: usize) -> Id {
        // (A text holds fewer entities than bytes, and far fewer than this.)
        Id(u32::try_from(id).ok().filter(|&id| id != u32::MAX).expect("fewer entities than 2^32 - 1"))
    }

    fn get(self) -> Option<usize> {
        (self != Id::NONE).then_some(self.0 as usize)
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::NONE
    }
}

impl From<Option<usize>> for Id {
    fn from(id: Option<usize>) -> Self {
        id.map_or(Id::NONE, Id::of)
    }
}

/// The most recent entity a lower-cased string names, per role.
#[derive(Debug, Default, Clone, Copy)]
struct Named {
    /// As its lower-cased surname ([`surname_key`]).
    key: Id,
    /// As the whole name.
    full: Id,
    /// As the first word of a full name ("Kim" for "Kim Soo-yeon",
    /// "Omar" for "Omar Haddad"): the first entity so named.
    first: Id,
    /// As a surname, the latest person of no known sex, male, female
    /// ([`sex_index`]): "Mr Lind" after "Ms Lind" finds his entity
    /// without a scan of every entity.
    by_sex: [Id; 3],
}

/// The index of `g` in [`Named::by_sex`].
fn sex_index(g: Option<Gender>) -> usize {
    match g {
        None => 0,
        Some(Gender::Male) => 1,
        Some(Gender::Female) => 2,
    }
}

/// The buffers of [`Clusters`] and [`Scratch`] kept, emptied, from one
/// text to the next: allocating and freeing them per text cost about as
/// much as a fifth of the clustering itself, the zeroed table included.
#[derive(Default)]
struct Spare {
    short: Vec<u32>,
    packed: Vec<(u64, u64)>,
    slots: Vec<Named>,
    unsexed_before: Vec<Id>,
    word_at: Vec<usize>,
    by_lower: Vec<u32>,
    /// [`Vocabulary::of`]'s table, left cleared (4 KB: zeroed anew per
    /// text, it cost more than the scan it spares).
    forms: Option<Box<Forms>>,
    /// [`Clusters`]' long keys, [`Scratch`]'s words and [`Vocabulary`]'s
    /// openers, each empty, of no text's lifetime ([`relent`]): allocated
    /// and grown anew per text, they cost about 40 K instructions a round.
    long: Vec<(Cow<'static, str>, usize)>,
    words: Vec<&'static str>,
    asked: Vec<Asked<'static>>,
}

/// `v` emptied, as a `Vec` of `U`, in the same allocation: a buffer of
/// borrowed items kept from one text for the next, the lifetime of its
/// borrows changed. (No items are converted; the standard library collects
/// a mapped `vec::IntoIter` into its own buffer when the layouts agree, as
/// they do for one type under two lifetimes. Otherwise it allocates anew.)
fn relent<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!("emptied")).collect()
}

thread_local! {
    static SPARE: std::cell::Cell<Spare> = std::cell::Cell::new(Spare::default());
}

impl Spare {
    /// The spare buffers (empty ones the first time, or while another
    /// text of this thread holds them).
    fn take() -> Spare {
        SPARE.with(std::cell::Cell::take)
    }

    /// Keeps the buffers for the next text, unless a long text grew one
    /// of them large (memory stays in proportion to the text being read).
    fn keep(self) {
        const MAX: usize = 4096;
        let caps = [self.short.capacity(), self.packed.capacity(), self.slots.capacity()];
        let caps = caps.into_iter().chain([self.unsexed_before.capacity(), self.word_at.capacity(), self.by_lower.capacity()]);
        let caps = caps.chain([self.long.capacity(), self.words.capacity(), self.asked.capacity()]);
        if caps.max().unwrap_or(0) <= MAX {
            SPARE.with(|s| s.set(self));
        }
    }
}

impl<'d> Clusters<'d> {
    /// No keys yet, with room for `names` entities and about as many keys
    /// (a power of two), in `spare`'s buffers.
    fn new(names: usize, spare: &mut Spare) -> Self {
        use std::mem::take;
        let mut c = Clusters {
            short: take(&mut spare.short),
            packed: take(&mut spare.packed),
            long: relent(take(&mut spare.long)),
            slot_of: HashMap::default(),
            slots: take(&mut spare.slots),
            unsexed_before: take(&mut spare.unsexed_before),
        };
        c.short.clear();
        c.short.resize(256, 0);
        c.packed.clear();
        c.packed.reserve(128);
        c.slots.clear();
        c.slots.reserve(128);
        c.unsexed_before.clear();
        c.unsexed_before.reserve(names);
        c
    }

    /// Gives the buffers back to `spare`.
    fn recycle(self, spare: &mut Spare) {
        (spare.short, spare.packed, spare.slots, spare.unsexed_before) = (self.short, self.packed, self.slots, self.unsexed_before);
        spare.long = relent(self.long);
    }

    /// The slot of `k`, added empty if it has none.
    // (`&Cow`, not `&str`: a new long key is cloned as it is, so a borrowed
    // slice of the lowered text stays borrowed.)
    // (A short key found is answered here; adding one and the long keys
    // are out of line, so that this path saves few registers.)
    #[allow(clippy::ptr_arg)]
    fn slot(&mut self, k: &Cow<'d, str>) -> usize {
        match lexicon::pack(k.as_bytes()) {
            Some(key) => {
                let (at, s) = self.place(key);
                match s {
                    0 => self.add_short(at, key),
                    s => s as usize - 1,
                }
            }
            None => self.slot_long(k),
        }
    }

    /// A new slot for packed `key`, at its free place `at` in `short`.
    #[inline(never)]
    fn add_short(&mut self, at: usize, key: (u64, u64)) -> usize {
        let n = self.slots.len();
        // (A slot is 24 bytes: there are never 2^32.)
        self.short[at] = u32::try_from(n + 1).unwrap_or_else(|_| panic!("fewer slots than bytes"));
        self.push_slot(key);
        n
    }

    /// [`Clusters::slot`] of a key too long to pack.
    // (Callers keep their key: a long one is cloned, mostly a borrowed
    // slice of the lowered text.)
    #[inline(never)]
    #[allow(clippy::ptr_arg)]
    fn slot_long(&mut self, k: &Cow<'d, str>) -> usize {
        if let Some(id) = self.find_long(k) {
            return id;
        }
        let n = self.slots.len();
        if self.long.len() < Self::LISTED {
            self.long.push((k.clone(), n));
            if self.long.len() == Self::LISTED {
                self.slot_of.extend(self.long.iter().cloned());
            }
        } else {
            self.slot_of.insert(k.clone(), n);
        }
        self.push_slot((0, 0));
        n
    }

    /// How many long keys are searched in order before they are all
    /// hashed instead.
    const LISTED: usize = 16;

    /// Adds an empty slot, its packed key `key`.
    #[inline]
    fn push_slot(&mut self, key: (u64, u64)) {
        self.slots.push(Named::default());
        self.packed.push(key);
        // (Every slot counted: the long keys' too.)
        if self.slots.len() * 2 > self.short.len() {
            self.grow();
        }
    }

    /// Where packed `key` is in `short`, or the free place it would take,
    /// and what `short` holds there (its slot + 1, or 0), read once.
    #[inline]
    fn place(&self, key: (u64, u64)) -> (usize, u32) {
        let mask = self.short.len() - 1;
        let mut at = lexicon::packed_hash(key) & mask;
        loop {
            let s = self.short[at];
            if s == 0 || self.packed[s as usize - 1] == key {
                return (at, s);
            }
            at = (at + 1) & mask;
        }
    }

    /// Doubles `short`, each key placed anew.
    #[cold]
    fn grow(&mut self) {
        let size = self.short.len() * 2;
        let old = std::mem::replace(&mut self.short, vec![0; size]);
        for s in old.into_iter().filter(|&s| s != 0) {
            let (at, _) = self.place(self.packed[s as usize - 1]);
            self.short[at] = s;
        }
    }

    /// The latest person under surname `k` of sex `g`, else the latest
    /// of no known sex (entities gain a sex, never lose it: those that
    /// did leave the chain of the unknown for good).
    fn person_of_sex(&mut self, ents: &[Entity], k: &str, g: Gender) -> Option<usize> {
        let s = self.find(k)?;
        if let Some(id) = self.slots[s].by_sex[sex_index(Some(g))].get() {
            return Some(id);
        }
        let mut head = self.slots[s].by_sex[0].get();
        while let Some(id) = head.filter(|&id| ents[id].gender.is_some()) {
            head = self.unsexed_before[id].get();
        }
        self.slots[s].by_sex[0] = head.into();
        head
    }

    /// Files person `id`, new or just given a sex, under its surname's
    /// slot `s`.
    // (Inline: out of line, as the compiler chose for a while, it cost a
    // call and its saved registers per name.)
    #[inline(always)]
    fn file_sex(&mut self, id: usize, s: usize, gender: Option<Gender>) {
        let latest = &mut self.slots[s].by_sex[sex_index(gender)];
        if gender.is_none() {
            if id >= self.unsexed_before.len() {
                self.unsexed_before.resize(id + 1, Id::NONE);
            }
            self.unsexed_before[id] = *latest;
        }
        *latest = latest.get().max(Some(id)).into();
    }

    /// What `k` names, if anything.
    fn get(&self, k: &str) -> Named {
        self.find(k).map_or_else(Named::default, |id| self.slots[id])
    }

    /// The slot of `k`, if it has one.
    fn find(&self, k: &str) -> Option<usize> {
        match lexicon::pack(k.as_bytes()) {
            Some(key) => (self.place(key).1 as usize).checked_sub(1),
            None => self.find_long(k),
        }
    }

    /// [`Clusters::find`] of a key too long to pack: out of line, as in
    /// [`Clusters::slot`], so that the short keys' path saves few registers.
    #[inline(never)]
    fn find_long(&self, k: &str) -> Option<usize> {
        if self.long.len() < Self::LISTED {
            self.long.iter().find(|(w, _)| w.len() == k.len() && w == k).map(|&(_, id)| id)
        } else {
            self.slot_of.get(k).copied()
        }
    }
}

/// Particles that may sit inside a personal name.
pub const PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "ter", "ten",
    "ben", "st.",
];

/// Whether `w` is one of [`PARTICLES`]: a `match` on the first byte, then
/// on the rest, where one `match` of the words compared a three-letter
/// word with each of the dozen particles of three letters ("the", "and"
/// and "for" leave at their first byte). (And no list searched with a
/// `memcmp` per entry: this runs at every word after a name.)
pub fn is_particle(w: &str) -> bool {
    match w.as_bytes() {
        [b'd', rest @ ..] => matches!(rest, b"e" | b"el" | b"ella" | b"er" | b"en" | b"a" | b"i" | b"u" | b"os" | b"as"),
        [b'v', rest @ ..] => matches!(rest, b"an" | b"on"),
        [b'l', rest @ ..] => matches!(rest, b"a" | b"e"),
        [b'b', rest @ ..] => matches!(rest, b"in" | b"en"),
        [b'i', rest @ ..] => rest == b"bn",
        [b'a' | b'e', rest @ ..] => rest == b"l",
        [b't', rest @ ..] => matches!(rest, b"er" | b"en"),
        [b's', rest @ ..] => rest == b"t.",
        _ => false,
    }
}

/// Whether the marks `outer_start..outer_end` around `start..end` hold a
/// nickname inside a name (`Daniel "Danny" Marsh`): one or two capitalised
/// words, with a capitalised word right before and right after.
pub fn nickname_at(text: &str, outer_start: usize, start: usize, end: usize, outer_end: usize) -> bool {
    let caps = |w: &str| w.starts_with(char::is_uppercase);
    // The words around first: most quotes have no capital right after
    // them, and are answered without reading their words. (Only the
    // first character of the word after counts: it is not split out.)
    if !text[outer_end..].strip_prefix(' ').is_some_and(caps) {
        return false;
    }
    let before = text[..outer_start].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).unwrap_or("");
    if !caps(before) || before.ends_with(['.', ',', ':']) {
        return false;
    }
    let (mut words, mut all_caps) = (0, true);
    // A third word settles it: no need to walk a whole quotation.
    for w in text[start..end].split_whitespace() {
        words += 1;
        if words > 2 {
            return false;
        }
        all_caps &= caps(w);
    }
    (1..=2).contains(&words) && all_caps
}

/// Last words of an organisation's name that a branch number follows
/// ("United Appliance Workers Local 218").
pub(crate) const NUMBERED_BRANCHES: &[&str] = &["Local", "Chapter", "Lodge", "Post", "Precinct", "Ward"];

/// Whether `w` is a preposition after which a name is a place: a `match`,
/// as in [`is_particle`] (this runs at every name).
fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "to" | "from" | "at" | "into" | "across" | "near" | "toward" | "towards" | "visit" | "visited" | "outside" | "inside"
    )
}

/// Whether token `d` ends a possessor: "my", "his", …, or a name's "'s".
fn is_possessor(doc: &Doc, d: usize) -> bool {
    matches!(doc.lower(d).as_str(), "my" | "his" | "her" | "their" | "our" | "your")
        || d > 1 && doc.tok(d) == "s" && matches!(doc.tok(d - 1), "'" | "’") && doc.is_cap(d - 2)
}

/// A word that belongs to a title rather than a name.
pub fn is_title_word(w: &str) -> bool {
    lexicon::is_title_head(w) || lexicon::title_modifiers().contains(w) || lexicon::honorifics().contains(w)
}

/// [`is_title_word`] of token `k`, from its lists.
pub fn is_title_word_at(doc: &Doc, k: usize) -> bool {
    let lists = doc.lists(k);
    lists & (lexicon::TITLE_MODIFIERS | lexicon::HONORIFICS) != 0 || lexicon::is_title_head_with(doc.tok(k), lists)
}

/// Whether the first-name list holds token `k`, kept per token: a name
/// run asks about each of its words again at every word it grows by.
fn is_first_name(doc: &Doc, k: usize) -> bool {
    doc.memo_bool(Memo::FirstName, k, || gazetteer::first_name(doc.tok(k)).is_some())
}

/// Whether token `j` is the period of an honorific or an initial inside a
/// name: "Mr. Podesta", "Laurence H. Tribe".
// (The word before is read out of line: most tokens asked about are no
// period right after a word, and leave without saving any register.)
pub fn is_name_dot(doc: &Doc, j: usize) -> bool {
    let t = doc.tokens()[j];
    // (A one-byte token: no need to slice it out.)
    if j == 0 || t.end != t.start + 1 || doc.text().as_bytes()[t.start] != b'.' || doc.tokens()[j - 1].end != t.start {
        return false;
    }
    initial_or_honorific(doc, j - 1)
}

/// Whether `w` is a generational suffix that ends a person's name
/// ("Peter Holm Jr", "Ana Ruiz III"): part of the name, never its surname
/// or the name itself.
pub fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr" | "Sr" | "Jnr" | "Snr" | "II" | "III" | "IV")
}

/// Whether token `k` is the "charge" or "chief" (any case) of a title's
/// "in charge", "in chief": "Special Agent in Charge", "editor in chief".
/// One idiom for names, titles and sources alike. (Its "in" asked inline:
/// the title walks ask it of most tokens they pass.)
#[inline(always)]
pub(crate) fn in_charge_at(doc: &Doc, k: usize) -> bool {
    k > 0 && matches!(doc.tok(k - 1).as_bytes(), [b'i', b'n']) && charge_or_chief(doc, k)
}

/// [`in_charge_at`] past its "in".
#[inline(never)]
fn charge_or_chief(doc: &Doc, k: usize) -> bool {
    matches!(doc.lower(k).as_str(), "charge" | "chief")
}

/// An honour or office written after a name: "KC", "QC", "OBE", "MP".
// (Its length and last byte inline: most words after a name leave there.)
#[inline(always)]
pub(crate) fn is_postnominal(w: &str) -> bool {
    matches!(w.as_bytes(), [_, b'C' | b'P'] | [_, _, b'E' | b'P' | b'S'])
        && matches!(w, "KC" | "QC" | "SC" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE" | "MP" | "MSP" | "FRS")
}

/// The comma closing an academic or professional degree set off after a
/// name at token `i` (", M.D.,", ", PhD,", ", RN,"): no title, no name.
pub(crate) fn degree_end(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    // (Most words after a comma leave here: a degree opens with a
    // capital of these, in a word of at most five bytes.)
    let first = doc.tok(i).as_bytes();
    if first.len() > 5 || !matches!(first.first(), Some(b'M' | b'P' | b'D' | b'R' | b'E' | b'O' | b'C' | b'K' | b'Q' | b'J')) {
        return None;
    }
    let mut letters = [0u8; 8];
    let mut n = 0;
    for k in i..hi.min(i + 6) {
        let t = doc.tok(k);
        if t == "," {
            let degree = matches!(
                &letters[..n],
                b"md"
                    | b"phd"
                    | b"dphil"
                    | b"dds"
                    | b"rn"
                    | b"mph"
                    | b"mba"
                    | b"esq"
                    | b"obe"
                    | b"mbe"
                    | b"cbe"
                    | b"kc"
                    | b"qc"
                    | b"cpa"
                    | b"jd"
            );
            return (degree && k > i).then_some(k);
        }
        // ("M.D." may be one token, or letters and periods.)
        if t != "." {
            if !doc.is_word(k) || !t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.') {
                return None;
            }
            for b in t.bytes().filter(|&b| b != b'.') {
                *letters.get_mut(n)? = b.to_ascii_lowercase();
                n += 1;
            }
        }
    }
    None
}

/// After a title's "of", where a person's name starts among the words
/// `words` (tokens, the portfolio's first word first): at a listed first
/// name, not the first word and shared with no place or common word, that
/// a surname follows ("House Nancy Pelosi"; "San Diego chapter" is a
/// place).
pub(crate) fn portfolio_name_start(doc: &Doc, words: impl Iterator<Item = usize>) -> Option<usize> {
    let mut words = words.skip(1).peekable();
    while let Some(k) = words.next() {
        if words.peek().is_some() && gazetteer::first_name(doc.tok(k)).is_some_and(|f| !f.is_ambiguous()) {
            return Some(k);
        }
    }
    None
}

/// Whether the words `name` (tokens), after a title, read as a person's
/// name: one to three capitalised words, none an organisation word, a
/// listed first name when there is one word only.
pub(crate) fn reads_as_name(doc: &Doc, name: &[usize]) -> bool {
    (1..=3).contains(&name.len())
        && name.iter().all(|&k| doc.is_cap(k) && doc.lists(k) & lexicon::ORG_WORDS == 0)
        && (name.len() >= 2 || is_first_name(doc, name[0]))
}

/// Where a party and state tag opening at token `i` ends: "D-N.Y.",
/// "R-Texas", "I-Vt." after a comma or parenthesis ("Sen. Ana Ruiz,
/// D-Ore., said"). It names no one: no mention, and no subject.
#[inline]
pub(crate) fn party_tag_end(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    // (Asked of every capitalised word: the tag test inline, its end out
    // of line.)
    let w = doc.tok(i);
    if lexicon::is_party_tag(w) {
        return tag_end(doc, i, hi);
    }
    // "Ana Ruiz, Democrat of Vermont, said": the tag in words.
    if matches!(w, "Democrat" | "Republican") {
        return party_words_end(doc, i, hi);
    }
    None
}

/// [`party_tag_end`] of a party tag in words at token `i`: "Democrat of
/// Vermont", "Republican from New Mexico", set off by a comma or bracket.
#[inline(never)]
fn party_words_end(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    if i == 0 || !matches!(doc.tok(i - 1), "," | "(") || i + 2 >= hi || !matches!(doc.tok(i + 1), "of" | "from") {
        return None;
    }
    capitals_closed(doc, i + 2, hi)
}

/// [`party_tag_end`] of a party tag at token `i`.
#[inline(never)]
fn tag_end(doc: &Doc, i: usize, hi: usize) -> Option<usize> {
    if i == 0 || !matches!(doc.tok(i - 1), "," | "(") {
        return None;
    }
    // ("N.Y.", "W.Va.": its periods and letters, written with no space.)
    let mut j = i + 1;
    while j < hi
        && doc.tokens()[j].start == doc.tokens()[j - 1].end
        && (doc.tok(j) == "." || doc.is_cap(j) && (doc.tok(j).len() == 1 || doc.tok(j).len() <= 3 && doc.tok(j - 1) == "."))
    {
        j += 1;
    }
    // "D-Salt Lake City,": a home town of a few words, up to the comma
    // or bracket that closes the tag.
    Some(capitals_closed(doc, j, hi).unwrap_or(j))
}

/// The end of one to three capitalised words from token `j` that a comma
/// or bracket (or `hi`) closes: a party tag's home town or state.
fn capitals_closed(doc: &Doc, j: usize, hi: usize) -> Option<usize> {
    let mut m = j;
    while m < hi && m < j + 3 && doc.is_word(m) && doc.is_cap(m) {
        m += 1;
    }
    (m > j && (m == hi || matches!(doc.tok(m), "," | ")"))).then_some(m)
}

/// Whether token `j` is the period of an abbreviated suffix right after
/// it ("Jr.", "Sr.").
// (The word's length and first byte first: most words leave there. Not
// inlined in the wasm, where its four callers would each carry a copy.)
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn is_suffix_dot(doc: &Doc, j: usize) -> bool {
    let (w, t, b) = (doc.tokens()[j - 1], doc.tokens()[j], doc.text().as_bytes());
    matches!(w.end - w.start, 2 | 3)
        && matches!(b[w.start], b'J' | b'S')
        && t.start == w.end
        && t.end == t.start + 1
        && b[t.start] == b'.'
        && matches!(doc.tok(j - 1), "Jr" | "Sr" | "Jnr" | "Snr")
}

/// Whether token `j` is the period of a company's abbreviation ("Acme
/// Inc.", "Northland Paper Co."): part of the name, not a sentence end.
pub(crate) fn is_company_dot(doc: &Doc, j: usize) -> bool {
    const COMPANY: &[&str] = &["Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "PLC", "LLC", "Cos"];
    let toks = doc.tokens();
    j > 0 && j < toks.len() && toks[j].start == toks[j - 1].end && doc.tok(j) == "." && COMPANY.contains(&doc.tok(j - 1))
}

/// The lowered name `key` of `name` without its closing legal form
/// ("acme cold chain" of "Acme Cold Chain Inc", "veridian foods" of
/// "Veridian Foods B.V."), when it has one: the company's short name.
/// The form is read as written: "AG" or "S.A." is a company's, "Ag" a name.
fn legal_stem<'d>(name: &str, key: &Cow<'d, str>) -> Option<Cow<'d, str>> {
    // (The form is among the last nine bytes: only they are searched for
    // its space.)
    let b = name.as_bytes();
    // (Its last byte first: few names end as a legal form does.)
    if !matches!(b.last(), Some(b'c' | b'C' | b'p' | b'P' | b'd' | b'D' | b'H' | b'G' | b'V' | b'A' | b'y' | b'.')) {
        return None;
    }
    let space = b.len().saturating_sub(9) + b[b.len().saturating_sub(9)..].iter().rposition(|&c| c == b' ')?;
    let (rest, form) = (&name[..space], &name[space + 1..]);
    // (Letters of at most five, the periods left out: "GmbH", "S.p.A.".)
    let mut buf = [0u8; 5];
    let mut n = 0;
    for &c in form.as_bytes() {
        if c != b'.' {
            if n == buf.len() || !c.is_ascii_alphabetic() {
                return None;
            }
            buf[n] = c;
            n += 1;
        }
    }
    let legal = matches!(
        &buf[..n],
        b"Inc"
            | b"INC"
            | b"Corp"
            | b"CORP"
            | b"Ltd"
            | b"LTD"
            | b"LLC"
            | b"LLP"
            | b"PLC"
            | b"Plc"
            | b"plc"
            | b"GmbH"
            | b"AG"
            | b"BV"
            | b"NV"
            | b"SA"
            | b"SpA"
            | b"Pty"
    );
    let n = rest.trim_end_matches(',').len();
    // (The lowered key ends as the name does: cut where the name is cut.)
    if !legal || n == 0 || key.len() != name.len() || !key.is_char_boundary(n) {
        return None;
    }
    Some(match key {
        Cow::Borrowed(k) => Cow::Borrowed(&k[..n]),
        Cow::Owned(k) => Cow::Owned(k[..n].to_owned()),
    })
}

/// Whether token `k` is an initial (one capital) or an honorific: a
/// period after it belongs to a name.
#[inline(never)]
fn initial_or_honorific(doc: &Doc, k: usize) -> bool {
    // (One char, a capital: the second `next` settles it, where a count
    // of the chars read the whole word.)
    let mut chars = doc.tok(k).chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || doc.lists(k) & lexicon::HONORIFICS != 0
}

/// [`lexicon::is_compound_adjective`], whose words end in "ed" or "born":
/// most capitalised words leave at their last two bytes, with no call.
/// (Both pairs compared at once, one branch: a test of the last byte,
/// "d" or "n", was mispredicted at about one name in three, "Donald",
/// "Brown".)
#[inline]
fn is_compound_adjective(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && {
            let tail = u16::from_le_bytes([b[b.len() - 2], b[b.len() - 1]]);
            (tail == u16::from_le_bytes(*b"ed")) | (tail == u16::from_le_bytes(*b"rn"))
        }
        && lexicon::is_compound_adjective(w)
}

/// Whether `w` is an all-capitals acronym such as NATO or CNN.
fn is_acronym(w: &str) -> bool {
    // (An ASCII lower-case byte first: a name leaves at its second byte,
    // with no char decoded, and inline: the call to the char tests below
    // saved and restored registers for it, half its cost.)
    !w.bytes().any(|b| b.is_ascii_lowercase()) && all_capitals(w)
}

/// The char tests of [`is_acronym`], for a word with no ASCII lower-case
/// letter.
#[inline(never)]
fn all_capitals(w: &str) -> bool {
    w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-') && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Whether byte `pos` lies inside a quotation's marks.
pub fn in_quote(quotes: &[QuoteSpan], pos: usize) -> bool {
    // Quotes are sorted by start; nested ones lie inside their parents.
    let i = quotes.partition_point(|q| q.outer_start <= pos);
    covers(&quotes[..i], pos)
}

/// Whether one of the last quotes of `started` (those starting at or
/// before `pos`) holds `pos`.
fn covers(started: &[QuoteSpan], pos: usize) -> bool {
    started.iter().rev().take(8).any(|q| q.outer_start <= pos && pos < q.outer_end && q.kind != crate::QuoteKind::Unmarked)
}

/// [`in_quote`] for positions asked mostly in increasing order (the
/// tokens of a sentence): how many quotes start at or before the
/// position moves forward with it instead of being searched for at each
/// token. A position before the last one is searched for.
pub struct QuoteScan<'q> {
    quotes: &'q [QuoteSpan],
    started: usize,
    last: usize,
    /// Where the quotes [`covers`] reads for `..started` end, at the
    /// latest (0 for none): a position is covered when it lies before.
    /// Found again only when `started` moves, not at every position.
    reach: usize,
}

impl<'q> QuoteScan<'q> {
    /// A scan of `quotes`. Its first position is searched for by the first
    /// [`QuoteScan::covers`], as one before the last, not here: many scans,
    /// one per sentence, are never asked.
    pub fn new(quotes: &'q [QuoteSpan]) -> Self {
        QuoteScan { quotes, started: usize::MAX, last: usize::MAX, reach: 0 }
    }

    /// The latest end of the quotes [`covers`] reads in `started` (all
    /// start at or before the position asked about).
    fn reach(started: &[QuoteSpan]) -> usize {
        started.iter().rev().take(8).filter(|q| q.kind != crate::QuoteKind::Unmarked).map(|q| q.outer_end).max().unwrap_or(0)
    }

    /// `in_quote(quotes, pos)`.
    pub fn covers(&mut self, pos: usize) -> bool {
        if pos < self.last {
            let was = self.started;
            self.started = self.quotes.partition_point(|q| q.outer_start <= pos);
            if self.started != was {
                self.reach = Self::reach(&self.quotes[..self.started]);
            }
        } else {
            // Moving forward, the reach is kept up to date per quote met:
            // it joins the quotes read, and the one eight before it leaves
            // them (read again only if it was the one reaching furthest).
            while let Some(q) = self.quotes.get(self.started).filter(|q| q.outer_start <= pos) {
                let end = if q.kind != crate::QuoteKind::Unmarked { q.outer_end } else { 0 };
                let left = self.started.checked_sub(8).map(|k| &self.quotes[k]);
                self.started += 1;
                if left.is_some_and(|l| l.kind != crate::QuoteKind::Unmarked && l.outer_end >= self.reach) {
                    self.reach = Self::reach(&self.quotes[..self.started]);
                } else {
                    self.reach = self.reach.max(end);
                }
            }
        }
        self.last = pos;
        pos < self.reach
    }

    /// [`QuoteScan::covers`], and the position up to which every later
    /// position asked (in increasing order) has the same answer: the next
    /// quote's start, or where the quotes read end if that comes first. A
    /// scan may pass over what lies between without asking.
    pub fn covers_until(&mut self, pos: usize) -> (bool, usize) {
        let covered = self.covers(pos);
        let next = self.quotes.get(self.started).map_or(usize::MAX, |q| q.outer_start);
        (covered, if covered { next.min(self.reach) } else { next })
    }
}

/// Where the first token with its capital flag set lies in `toks`. Most
/// tokens between capitals are lower-case words and punctuation: their
/// flags are read four at a time, with one branch per four; the four
/// that hold one give its place by their flags, with no second branch per
/// token.
fn next_cap(toks: &[Token]) -> Option<usize> {
    let mut k = 0;
    for c in toks.chunks_exact(4) {
        if c[0].cap | c[1].cap | c[2].cap | c[3].cap {
            // The first pair holds it, else the second, and within the
            // pair its first flag says which (a select, no branch).
            let at = if c[0].cap | c[1].cap { usize::from(!c[0].cap) } else { 2 + usize::from(!c[2].cap) };
            return Some(k + at);
        }
        k += 4;
    }
    toks[k..].iter().position(|t| t.cap).map(|p| k + p)
}

/// Finds names outside quotations and clusters them into entities.
pub fn find_mentions(doc: &Doc, quotes: &[QuoteSpan]) -> Entities {
    // News text names someone about once per sixteen tokens, a new entity
    // once per thirty (later stages add a few): reserving for the denser
    // texts spares most of them the copies of doubling (a reservation
    // untouched costs no more than a small one).
    let mut ents = Entities { list: Vec::with_capacity(doc.tokens().len() / 22), names: Vec::with_capacity(doc.tokens().len() / 11) };
    // Most recent entity per clustering key.
    // Sized for a document's names: growing rehashes every key.
    let mut spare = Spare::take();
    let mut keys = Clusters::new(ents.list.capacity(), &mut spare);
    let vocab =
        Vocabulary::of(doc, quotes, relent(std::mem::take(&mut spare.asked)), std::mem::take(&mut spare.by_lower), spare.forms.take());
    // (A run is rarely longer than eight words; `words` is filled for a
    // few runs a text, allocated when first needed.)
    let mut word_at = std::mem::take(&mut spare.word_at);
    word_at.reserve(8);
    let mut scratch = Scratch { word_at, words: relent(std::mem::take(&mut spare.words)) };
    let mut scan = QuoteScan::new(quotes);
    // What the scan last answered, kept (positions only increase): below
    // `quoted_until` lies inside the quotation last met, and from the
    // last position asked up to `clear_until` outside any. A capital
    // before `clear_until` needs no question, and a sentence that ends
    // before `quoted_until` (one of a quotation of several) holds only
    // capitals that would each be found quoted and passed over.
    let (mut quoted_until, mut clear_until) = (0, 0);
    for para in doc.paragraphs.iter().filter(|p| !p.chrome) {
        for s in para.sentences.clone() {
            let sent = &doc.sentences[s];
            let toks = sent.tokens.clone();
            if toks.end > toks.start && doc.tokens()[toks.end - 1].start < quoted_until {
                continue;
            }
            let mut i = toks.start;
            while i < toks.end {
                // Most tokens are punctuation or lower-case words: the
                // token's capital flag rules them out before the word is
                // sliced out. (Skipped in one scan of the sentence's tokens.)
                // Here and below a capitalised word is a token with that
                // flag (`Doc::is_cap`): an upper-case first character is a
                // letter, so only a word has one, and the tokenizer noted
                // it (a test of the word's text read its first char again).
                match next_cap(&doc.tokens()[i..toks.end]) {
                    Some(k) => i += k,
                    None => break,
                }
                let t = doc.tokens()[i];
                let w = doc.tok(i);
                let sentence_initial = i == toks.start || i - 1 == toks.start && doc.tokens()[i - 1].kind == TokKind::Mark;
                if sent.headline && headline_verb(doc, i) {
                    i += 1;
                    continue;
                }
                // Inside a quotation: so is every token up to where the
                // scan says the answer changes, passed over at once (their
                // capitals were each asked again).
                if t.start >= clear_until {
                    let (quoted, until) = scan.covers_until(t.start);
                    if quoted {
                        quoted_until = until;
                        i = doc.token_in(i + 1, toks.end, until);
                        continue;
                    }
                    clear_until = until;
                }
                if let Some(end) = party_tag_end(doc, i, toks.end) {
                    i = end;
                    continue;
                }
                if lexicon::is_not_name_with(w, doc.lists(i))
                    || is_compound_adjective(w)
                    // "EUR 15 million", "ISO 9001": a code before a number
                    // is a currency or a standard, not a body.
                    // (A token is never empty: its first byte, no char decoded.)
                    || (i + 1 < toks.end && doc.text().as_bytes()[doc.tokens()[i + 1].start].is_ascii_digit() && is_acronym(w))
                    || (sentence_initial && doc.lists(i) & lexicon::SENTENCE_OPENERS != 0)
                    || (sentence_initial && opening_verb(doc, i, toks.end))
                    // A capital followed by a capital is a name ("Emily
                    // Ruiz"), even when the text also writes "emily".
                    || (sentence_initial
                        && !(i + 1 < toks.end && doc.is_cap(i + 1))
                        && (vocab.common_word(w) || participle_opening(doc, i))
                        && {
                            let named = keys.get(&doc.lowered_span(t.start, t.end));
                            named.key == Id::NONE && named.first == Id::NONE
                        })
                {
                    i += 1;
                    continue;
                }
                // Extend the run.
                let mut j = i + 1;
                let mut end = i + 1;
                while j < toks.end {
                    // The token's kind first: only punctuation may be a name's
                    // period, only marks a nickname's or a possessive's, and
                    // only a word (digits are words) goes on below.
                    match doc.tokens()[j].kind {
                        TokKind::Word => {}
                        // (A word leaves without the call, and so does
                        // punctuation before no capital, most of it.)
                        TokKind::Punct => {
                            if j + 1 < toks.end && doc.is_cap(j + 1) && is_name_dot(doc, j) {
                                j += 1;
                                continue;
                            }
                            // "Procter & Gamble", "Bay Power & Light": an
                            // ampersand between capitalised words joins an
                            // organisation's name.
                            if end == j && j + 1 < toks.end && doc.is_cap(j + 1) && doc.tok(j) == "&" {
                                j += 1;
                                continue;
                            }
                            // "Peter Holm Jr.": a suffix's period ends the
                            // name with it.
                            if end == j && j > i + 1 && is_suffix_dot(doc, j) {
                                end = j + 1;
                            }
                            break;
                        }
                        TokKind::Mark => {
                            // A nickname in marks: `Daniel "Danny" Marsh`.
                            if j + 3 < toks.end && doc.tokens()[j + 2].kind == TokKind::Mark && doc.is_cap(j + 3) {
                                let (a, b) = (doc.tokens()[j], doc.tokens()[j + 2]);
                                if nickname_at(doc.text(), a.start, a.end, b.start, b.end) {
                                    j += 3;
                                    continue;
                                }
                            }
                            // "St Brendan's College", "South Korea's Ministry of
                            // Labor": a possessive inside an organisation's name.
                            // ("District Attorney's Office", "Sheriff's Office":
                            // a title owns it, no person named.)
                            if org_possessive_at(doc, j, toks.end) && (!person_run(doc, i, j) || is_title_word_at(doc, j - 1)) {
                                j += 2;
                                continue;
                            }
                            break;
                        }
                    }
                    let wj = doc.tok(j);
                    // "Teamsters Local 218", "Legion Post 12": a numbered
                    // branch ends its organisation's name.
                    // (The number first: most words are none. `j` is past
                    // `i`, the run's first word.)
                    if wj.as_bytes()[0].is_ascii_digit()
                        && wj.len() <= 5
                        && wj.bytes().all(|c| c.is_ascii_digit())
                        && NUMBERED_BRANCHES.contains(&doc.tok(j - 1))
                    {
                        j += 1;
                        end = j;
                        break;
                    }
                    // "Ministry of Employment and Labor": one more word after
                    // "and" in an organisation named "X of Y", or between
                    // two words that end a company's name ("Tamsin Gas and
                    // Electric"; not "Bush and Congress").
                    // (Lowered once, for this test and the particles' below.)
                    let lower_j = doc.lower(j);
                    // "the Food and Drug Administration": after "the", a
                    // run whose last word after "and" ends an organisation's
                    // name is one name (no person's name follows "the"),
                    // unless the word before "and" names one already ("the
                    // FBI and Justice Department": two).
                    // (Nor when two or more plain words stand before "and":
                    // "the United Auto Workers and Meridian Motors" are
                    // two; "the U.S. Fish and Wildlife Service" is one.)
                    let named_before = || {
                        doc.lists(j - 1) & (lexicon::ORG_WORDS | lexicon::ORG_NAMES) != 0
                            || is_acronym(doc.tok(j - 1))
                            || j - i >= 2 && (i..j).all(|k| doc.is_word(k) && !is_acronym(doc.tok(k)))
                    };
                    if lower_j == "and"
                        && i > toks.start
                        && doc.lower(i - 1) == "the"
                        && org_after_and(doc, j + 1, toks.end)
                        && !named_before()
                    {
                        j += 1;
                        continue;
                    }
                    // ("Department of Health and Human Services": two words
                    // after the name's first "and" in an "X of Y" name,
                    // neither a title nor a first name, and no third: "the
                    // Ministry of Defence and Army Chief Ana Ruiz" are two.)
                    let cap_at = |k: usize| k < toks.end && doc.is_cap(k);
                    if lower_j == "and" && cap_at(j + 1) {
                        let of_org = || {
                            (i..j).any(|k| {
                                let next = doc.lower(k + 1);
                                (doc.lists(k) & lexicon::ORG_WORDS != 0 && matches!(next.as_str(), "of" | "for"))
                                    || (next == "on" && is_remit_body(&doc.lower(k)))
                            })
                        };
                        let joined = if !cap_at(j + 2) {
                            doc.lists(j - 1) & doc.lists(j + 1) & lexicon::ORG_WORDS != 0 || of_org()
                        } else {
                            !cap_at(j + 3)
                                && (j + 1..j + 3).all(|k| !is_title_word_at(doc, k) && !is_first_name(doc, k))
                                && !(i..j).any(|k| doc.tok(k) == "and")
                                && of_org()
                        };
                        if joined {
                            j += 1;
                            continue;
                        }
                    }
                    // "Association des centres de la petite enfance du
                    // Québec": an organisation's name in another language,
                    // its lower-case words led by a particle.
                    // (Never at a capitalised word, which is no joiner: the
                    // capitalised words that go on, most, leave untested.)
                    if !doc.is_cap(j) {
                        if let Some(k) = foreign_org_tail(doc, i, j, toks.end) {
                            j = k;
                            continue;
                        }
                        // A lower-case word with no capital among the three
                        // tokens after it (the word that ends most runs)
                        // ends the run: the particles below (and "and",
                        // asked above) each need a capital there.
                        // (Three flags asked, where an iterator's loop cost
                        // three times as much.)
                        if !(cap_at(j + 1) || cap_at(j + 2) || cap_at(j + 3)) {
                            break;
                        }
                    }
                    // In a headline a capitalised cue ends the name: "…,
                    // Mayor Rita Okoye Says".
                    let headline_cue = sent.headline && headline_verb(doc, j);
                    // ("Roberta A. Kaplan": a middle initial, though "A" and
                    // "I" are no names alone.)
                    let initial = || wj.len() == 1 && j + 2 < toks.end && doc.is_cap(j + 2) && is_name_dot(doc, j + 1);
                    // "Felicity Drummond KC": an honour after a name of
                    // two words or more is no word of it.
                    if end == j && j >= i + 2 && is_postnominal(wj) {
                        break;
                    }
                    if doc.is_cap(j)
                        && (!lexicon::is_not_name_with(wj, doc.lists(j)) || initial())
                        && !is_compound_adjective(wj)
                        && !headline_cue
                    {
                        j += 1;
                        end = j;
                        continue;
                    }
                    // Particles, possibly several ("de la Cruz"), then a
                    // capitalised word.
                    // "of" joins a title or an organisation to the rest
                    // of its name ("Secretary of State", "Bank of Korea"),
                    // not a person's name to a place or an institution
                    // ("Rep. Ana Ruiz of New York", "Dr. Felix Brandauer of
                    // Lakeshore College").
                    // ("North Dakota Department of Transportation": a
                    // place's word that is also a first name names no one
                    // before an organisation word.)
                    // Whether a place read from the run's word `from` (up
                    // to three words, before `j`) covers word `k`.
                    let place_over = |from: usize, k: usize| {
                        let mut words = [""; 3];
                        let n = j.min(from + 3) - from;
                        for (w, x) in words.iter_mut().zip(from..from + n) {
                            *w = doc.tok(x);
                        }
                        lexicon::gazetteer::place_len(&words[..n]) > k - from
                    };
                    // (Asked only of an "of" or "for": it reads the
                    // run's words again.)
                    let joins = || {
                        let org_before = j > i && doc.lists(j - 1) & lexicon::ORG_WORDS != 0;
                        let named = (i..j.saturating_sub(1)).any(|k| {
                            doc.tokens()[k + 1].kind == TokKind::Word
                                && doc.is_cap(k + 1)
                                && !is_title_word_at(doc, k)
                                && is_first_name(doc, k)
                                && !(org_before && (place_over(k, k) || k > i && place_over(k - 1, k)))
                        });
                        // "Chidi Okonkwo of Oxfam": two capitalised words no
                        // list knows, the first no plural ("Friends of the
                        // Earth") nor place ("Hollywood Chamber of
                        // Commerce"), and no "the" before, are a name not yet
                        // listed, not a body's.
                        let unknown_pair = j == i + 2
                            && lower_j == "of"
                            && !(i > 0 && doc.lower(i - 1) == "the")
                            && doc.lists(i) & lexicon::LISTED_ANY == 0
                            && !lexicon::gazetteer::is_place(doc.tok(i))
                            && doc.lists(i + 1) & lexicon::LISTED_ANY == 0
                            && doc.tokens()[i + 1].kind == TokKind::Word
                            && !doc.lower(i).ends_with('s');
                        let person = named || unknown_pair;
                        j > i
                            && !person
                            && !(person_run(doc, i, j) && !is_title_word_at(doc, j - 1) && doc.lists(j - 1) & lexicon::ORG_WORDS == 0)
                    };
                    let mut k = j;
                    while k < toks.end && k < j + 3 && {
                        let lower = if k == j { lower_j } else { doc.lower(k) };
                        is_particle(&lower)
                            || (k == j && (lower == "of" || lower == "for") && joins())
                            // "Bank of the Isles", "Ministry of the Interior".
                            || (k == j + 1 && lower == "the" && lower_j == "of" && doc.lists(j - 1) & lexicon::ORG_WORDS != 0)
                            // "Committee to Protect Journalists": an
                            // organisation word's "to" and a capitalised verb
                            // (not a place or a person: "sent the Committee to
                            // Geneva").
                            || (k == j
                                && doc.tok(k) == "to"
                                && doc.lists(j - 1) & lexicon::ORG_WORDS != 0
                                && cap_at(k + 1)
                                && !is_first_name(doc, k + 1)
                                && !lexicon::gazetteer::is_place(doc.tok(k + 1)))
                            // "Council on Foreign Relations": "on" joins a body to
                            // its remit, never to a date ("the Committee on Monday").
                            || (k == j
                                && lower == "on"
                                && is_remit_body(&doc.lower(j - 1))
                                && k + 1 < toks.end
                                && !lexicon::is_not_name_with(doc.tok(k + 1), doc.lists(k + 1)))
                    } {
                        k += 1;
                    }
                    if k > j && k < toks.end && doc.is_cap(k) {
                        j = k;
                        continue;
                    }
                    break;
                }
                add_run(doc, &mut ents, &mut keys, &mut scratch, i, end, sentence_initial);
                // (The honour after the name passed over with it.)
                i = end.max(i + 1) + usize::from(end >= i + 2 && end < toks.end && is_postnominal(doc.tok(end)));
            }
        }
    }
    keys.recycle(&mut spare);
    (spare.word_at, spare.by_lower, spare.forms) = (scratch.word_at, vocab.by_lower, vocab.forms);
    (spare.words, spare.asked) = (relent(scratch.words), relent(vocab.asked));
    spare.keep();
    ents
}

/// A place is never a person: one that speaks ("Kyiv says …") speaks as
/// its government, an organisation. Runs once attribution is done.
pub fn settle_places(ents: &mut Entities) {
    for e in ents.list.iter_mut().filter(|e| e.place && e.kind == PersonKind::Person) {
        e.kind = PersonKind::Org;
        e.positions.clear();
    }
}

/// Whether the capitalised word at `i`, in a headline, is a verb: a cue
/// ("Says") or a word that is only a verb, in its -s or -es form ("Mayor
/// Retires", "Post Pushes Back": no person "Retires" or "Pushes").
fn headline_verb(doc: &Doc, i: usize) -> bool {
    let w = doc.lower(i);
    let only_verb = |stem: Option<&str>| stem.is_some_and(|s| lexicon::verbs_only().contains(s));
    doc.lists(i) & lexicon::CUE_VERBS != 0 || only_verb(w.strip_suffix('s')) || only_verb(w.strip_suffix("es"))
}

/// A name first met in a capitals headline ("NORWAY, DENMARK AGREE …")
/// takes the form the prose writes it in, when a mention has one.
pub fn settle_names(text: &str, ents: &mut Entities) {
    for e in ents.list.iter_mut().filter(|e| !e.name.chars().any(char::is_lowercase)) {
        let prose = e
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .map(|m| &text[m.start..m.end])
            .find(|t| t.chars().any(char::is_lowercase) && t.len() == e.name.len() && t.to_lowercase() == e.name.to_lowercase());
        if let Some(t) = prose {
            e.name = t.into();
        }
    }
}

/// Whether tokens `j`, `j + 1` are the "'s" of a possessive inside an
/// organisation's name: capitalised words follow, ending in an
/// organisation word ("St Brendan's College", "People's Party").
fn org_possessive_at(doc: &Doc, j: usize, hi: usize) -> bool {
    // (The first byte of ' or ’ before the token is sliced out.)
    if j + 2 >= hi
        || !matches!(doc.text().as_bytes()[doc.tokens()[j].start], b'\'' | 0xE2)
        || !matches!(doc.tok(j), "'" | "’")
        || doc.tok(j + 1) != "s"
        || doc.tokens()[j].end != doc.tokens()[j + 1].start
    {
        return false;
    }
    let mut k = j + 2;
    let mut last = None;
    while k < hi && k < j + 8 {
        if doc.is_cap(k) {
            last = Some(k);
        } else if !matches!(doc.lower(k).as_str(), "of" | "for") {
            break;
        }
        k += 1;
    }
    let org_word = |k: usize| doc.lists(k) & lexicon::ORG_WORDS != 0;
    last.is_some_and(|l| org_word(l) || (j + 2..l).any(|k| org_word(k) && matches!(doc.lower(k + 1).as_str(), "of" | "for")))
}

/// Whether capitalised words from token `k` (a few at most) end with a
/// word that ends an organisation's name: "Drug Administration" in "the
/// Food and Drug Administration".
fn org_after_and(doc: &Doc, k: usize, hi: usize) -> bool {
    let last = (k..hi.min(k + 4)).take_while(|&m| doc.is_cap(m)).last();
    last.is_some_and(|m| doc.lists(m) & lexicon::ORG_WORDS != 0)
}

/// A body that "on" joins to its remit in a name ("Council on Foreign
/// Relations", "Select Committee on Tolls", "Institute on Aging"); other
/// organisation words take "on" as a preposition ("the Senate on Iran").
fn is_remit_body(w: &str) -> bool {
    matches!(
        w,
        "council" | "committee" | "subcommittee" | "commission" | "institute" | "center" | "centre" | "conference" | "caucus" | "panel"
    )
}

/// A word that joins an organisation word to the rest of its name: "of",
/// "for", or a particle of another language ("Association des …",
/// "Institut für …").
fn org_joiner(w: &str) -> bool {
    matches!(w, "of" | "for" | "des" | "für" | "voor" | "pour") || is_particle(w)
}

/// Whether the capitalised run `i..j` reads as a person's name: a title
/// or honorific in it, or a listed first name before another word
/// ("President Volodymyr Zelenskyy's Oval Office" is not one name).
fn person_run(doc: &Doc, i: usize, j: usize) -> bool {
    let (mut first, mut words) = (None, 0);
    for k in (i..j).filter(|&k| doc.tokens()[k].kind == TokKind::Word) {
        if is_title_word_at(doc, k) {
            return true;
        }
        first = first.or(Some(k));
        words += 1;
    }
    words >= 2 && first.is_some_and(|k| is_first_name(doc, k))
}

/// Where a name in another language goes on after an organisation word
/// at `j - 1`: past a particle and lower-case words to the next
/// capitalised word ("Association des centres … du Québec"), when none of
/// those words is an English function word or verb.
fn foreign_org_tail(doc: &Doc, i: usize, j: usize, hi: usize) -> Option<usize> {
    if j < i + 1 || j > i + 3 || doc.lists(j - 1) & lexicon::ORG_WORDS == 0 {
        return None;
    }
    if !org_joiner(doc.tok(j)) {
        return None;
    }
    let mut k = j;
    while k < hi && k < j + 8 && doc.tokens()[k].kind == TokKind::Word {
        if doc.is_cap(k) {
            return (k > j + 1).then_some(k);
        }
        let lw = doc.lower(k);
        let english =
            matches!(lw.as_str(), "the" | "and" | "or" | "a" | "an" | "which" | "who" | "that" | "to" | "in" | "on" | "at" | "with")
                || crate::attribute::is_finite(lw.as_str())
                || doc.lists(k) & lexicon::CUE_VERBS != 0;
        if english {
            return None;
        }
        k += 1;
    }
    None
}

/// What the text itself says about the capitalised words that open its
/// sentences, for telling a capitalised common word ("Once", "Unlike",
/// "Having") from a name, without a dictionary.
///
/// Only sentence openers are asked about (a few per text), so only they
/// are looked for: one pass over the words tests each against a small
/// bitset of the forms still looked for ([`Forms`]) and compares only the
/// words that pass, instead of hashing every word of the text into a set.
/// The openers are kept in a sorted vector searched by halves, where maps
/// of them cost more to build and free than all the searches (a text has
/// a dozen or so; a search in order was quadratic in a text of thousands).
struct Vocabulary<'d> {
    /// Sorted by word ([`by_length`]), each word once: looked up by binary
    /// search (a text may open thousands of sentences on distinct words).
    asked: Vec<Asked<'d>>,
    /// Indices into `asked`, sorted by lowered form ([`by_length`]; several words may
    /// lower alike: "Once", "ONCE").
    by_lower: Vec<u32>,
    /// For a text of many openers only ([`WordIndex::MIN_WORDS`]): the
    /// words by hash, as indices into `asked`, and the lowered forms, as
    /// the first place of each in `by_lower`. A search by halves of
    /// thousands of openers missed the cache at nearly every step, and
    /// nearly every word of such a text is looked up.
    index: Option<(WordIndex, WordIndex)>,
    /// The table of the scan, cleared once it is done, for the next text.
    forms: Option<Box<Forms>>,
}

/// A set of words held elsewhere, by hash: open addressing with linear
/// probing over indices, the words compared by the caller. (Built once,
/// never grown, at most half full.)
struct WordIndex {
    /// An index + 1 per slot, 0 for none; a power of two of them.
    slots: Vec<u32>,
}

impl WordIndex {
    /// Below this many words a search by halves is cheaper than building
    /// the index (a text has a dozen or so).
    const MIN_WORDS: usize = 64;

    fn with_capacity(words: usize) -> Self {
        WordIndex { slots: vec![0; (words * 2).next_power_of_two()] }
    }

    fn home(&self, w: &str) -> usize {
        use std::hash::BuildHasher;
        FxBuildHasher::default().hash_one(w) as usize & (self.slots.len() - 1)
    }

    /// Adds `index`, whose word is `w` (each word once).
    fn insert(&mut self, w: &str, index: u32) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(w);
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = index + 1;
    }

    /// The index added for `w`: `is(index)` says whether an index's word is `w`.
    fn find(&self, w: &str, is: impl Fn(usize) -> bool) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(w);
        loop {
            match self.slots[i] {
                0 => return None,
                k if is(k as usize - 1) => return Some(k as usize - 1),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// The order of [`Vocabulary`]'s words: by length, then by bytes. A
/// search by halves then compares lengths, and bytes (a call to `memcmp`)
/// only for words of the same length, the last step or two.
fn by_length(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// A word that may open a name at the start of a sentence.
struct Asked<'d> {
    word: &'d str,
    /// `word.to_lowercase()`.
    lower: Cow<'d, str>,
    /// Written in lower case somewhere in the text, or no longer looked
    /// for so (once `inner_cap`).
    seen_lower: bool,
    /// Capitalised after another word inside a sentence, where only names
    /// are capitalised.
    inner_cap: bool,
}

/// The forms [`Vocabulary::of`] still looks for, by length and first
/// and last byte. A word whose bits are clear is none of them.
struct Forms {
    /// A word per first byte of a bit per length (modulo 64): one test,
    /// which nearly every word fails. (A test of the length alone, then of
    /// the first byte, passed a third of the words, unpredictably: its
    /// branches were mispredicted more than the loads cost.) (Rows by the
    /// byte, bits by the length: the byte indexes a row as it is read, and
    /// a shift takes its count modulo 64 by itself, where rows by length
    /// cost a mask per token.)
    firsts: [u64; 256],
    /// The same of the last byte: most words that pass `firsts` share a
    /// form's length and first letter only ("said" for "Sara"), and were
    /// searched for.
    lasts: [u64; 256],
}

impl Forms {
    /// A table of no forms, on the heap (moved by its pointer).
    fn clear_table() -> Box<Forms> {
        Box::new(Forms { firsts: [0; 256], lasts: [0; 256] })
    }

    /// Rebuilt in place for the forms of `asked` not yet found.
    fn refill(&mut self, asked: &[Asked]) {
        self.clear(asked);
        self.fill(asked);
    }

    /// Clears the rows of the bytes of every form of `asked`, the only
    /// rows [`Forms::fill`] sets: the whole table is clear again, with no
    /// memset of its 4 KB.
    fn clear(&mut self, asked: &[Asked]) {
        for a in asked {
            for w in [a.lower.as_bytes(), a.word.as_bytes()] {
                if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
                    self.firsts[usize::from(first)] = 0;
                    self.lasts[usize::from(last)] = 0;
                }
            }
        }
    }

    /// Sets the bits of the forms of `asked` not yet found (in a table
    /// clear of any others).
    fn fill(&mut self, asked: &[Asked]) {
        let forms = self;
        let mut add = |w: &str| {
            if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
                forms.firsts[usize::from(first)] |= 1 << (w.len() & 63);
                forms.lasts[usize::from(last)] |= 1 << (w.len() & 63);
            }
        };
        for a in asked {
            if !a.seen_lower {
                add(&a.lower);
            }
            if !a.inner_cap {
                add(a.word);
            }
        }
    }

    /// False when no form looked for has the length of the word at
    /// `start..end` of `text` and its first byte (the test nearly every
    /// word fails, with no more of its bytes read), or none has its
    /// length and last byte.
    #[inline]
    fn may_hold(&self, text: &[u8], start: usize, end: usize) -> bool {
        let len = (end - start) & 63;
        self.firsts[usize::from(text[start])] >> len & 1 != 0 && self.lasts[usize::from(text[end - 1])] >> len & 1 != 0
    }

    /// The next word of `rest` that may be a form looked for. Out of line:
    /// inside [`Vocabulary::of`], with its rare paths around it, the scan's
    /// pointers were kept on the stack and reloaded at every token.
    /// Tokens are read four at a time up to the first four of which one
    /// passes the first byte test: nearly every four fail it, and one
    /// branch on their answers (with one step of the loop) costs less
    /// than a branch and a step per token, or per pair.
    #[inline(never)]
    fn next_word<'a>(&self, text: &[u8], rest: &mut std::slice::Iter<'a, Token>) -> Option<&'a Token> {
        // (A token's row of `firsts` shifted by its length: bit 0 is the
        // test's answer. The answers are or-ed, then bit 0 tested once.)
        // SAFETY: `rest` holds tokens of the document whose text is
        // `text` (see `Vocabulary::of`), and a token's ends lie within it
        // (see `Doc::tok`): the check of `text[t.start]`, two of the dozen
        // instructions a token costs here, is not needed.
        let first = |t: &Token| self.firsts[usize::from(unsafe { *text.get_unchecked(t.start) })] >> ((t.end - t.start) & 63);
        loop {
            let toks = rest.as_slice();
            let mut k = 0;
            for four in toks.chunks_exact(4) {
                let (a, b) = (first(&four[0]) | first(&four[1]), first(&four[2]) | first(&four[3]));
                if (a | b) & 1 != 0 {
                    // The first pair holds the token that passed, else the
                    // second (a select, no branch): a pair that failed is
                    // not read again.
                    k += if a & 1 != 0 { 0 } else { 2 };
                    break;
                }
                k += 4;
            }
            // That pair's two tokens (or the few at the end), then the
            // fours again: most pairs that pass the first byte test fail
            // the full one, and a token-by-token scan from there on cost
            // more per token than the fours.
            *rest = toks[k..].iter();
            for _ in 0..2 {
                let t = rest.next()?;
                if self.may_hold(text, t.start, t.end) && t.kind == TokKind::Word {
                    return Some(t);
                }
            }
        }
    }
}

impl<'d> Vocabulary<'d> {
    /// (`asked` and `by_lower` are spare buffers to fill, `forms` a spare
    /// table, clear.)
    fn of(doc: &'d Doc, quotes: &[QuoteSpan], mut asked: Vec<Asked<'d>>, by_lower: Vec<u32>, forms: Option<Box<Forms>>) -> Self {
        // Sized for a text's few openers (a dozen or so).
        asked.clear();
        asked.reserve(16);
        let mut v = Vocabulary { asked, by_lower, index: None, forms: None };
        // The words `find_mentions` may ask about (a superset): capitalised
        // sentence openers not followed by a capitalised word, outside
        // quotations, in no list that rules them out ("The", "Once").
        let mut scan = QuoteScan::new(quotes);
        for para in doc.paragraphs.iter().filter(|p| !p.chrome) {
            for sent in &doc.sentences[para.sentences.clone()] {
                let toks = sent.tokens.clone();
                if toks.is_empty() {
                    continue;
                }
                // The first token, or the one after an opening mark.
                let i = toks.start + usize::from(doc.tokens()[toks.start].kind == TokKind::Mark);
                if i >= toks.end {
                    continue;
                }
                let w = doc.tok(i);
                if doc.tokens()[i].kind != TokKind::Word
                    || !doc.is_cap(i)
                    || (i + 1 < toks.end && doc.is_cap(i + 1))
                    || scan.covers(doc.tokens()[i].start)
                {
                    continue;
                }
                // (`find_mentions` reads these lists of a capitalised word
                // outside quotations anyway.)
                let lists = doc.lists(i);
                if lexicon::is_not_name_with(w, lists) || lists & lexicon::SENTENCE_OPENERS != 0 || (sent.headline && headline_verb(doc, i))
                {
                    continue;
                }
                // The lowered token is `to_lowercase` but for ’, made '.
                // (Only a token the tokenizer marked non-ASCII may hold ’:
                // a search for a three-byte pattern costs ~180 instructions.)
                let lower = if doc.tokens()[i].non_ascii && w.contains('’') {
                    Cow::Owned(w.to_lowercase())
                } else {
                    Cow::Borrowed(doc.lower(i).as_str())
                };
                v.asked.push(Asked { word: w, lower, seen_lower: false, inner_cap: false });
            }
        }
        // Each word once (a word skipped in one sentence may be kept from
        // another: the set is the same), sorted for binary search.
        crate::compact_sort::sort_unstable_by(&mut v.asked, |a, b| by_length(a.word, b.word));
        v.asked.dedup_by(|a, b| a.word == b.word);
        v.by_lower.clear();
        v.by_lower.extend(0..v.asked.len() as u32);
        // (The index breaks ties: a total order, the same in every sort.)
        crate::compact_sort::sort_unstable_by(&mut v.by_lower, |&a, &b| {
            by_length(&v.asked[a as usize].lower, &v.asked[b as usize].lower).then(a.cmp(&b))
        });
        if v.asked.len() >= WordIndex::MIN_WORDS {
            let (mut words, mut lowers) = (WordIndex::with_capacity(v.asked.len()), WordIndex::with_capacity(v.asked.len()));
            for (k, a) in v.asked.iter().enumerate() {
                words.insert(a.word, k as u32);
            }
            let mut last: Option<&str> = None;
            for (p, &k) in v.by_lower.iter().enumerate() {
                let lower = v.asked[k as usize].lower.as_ref();
                if last != Some(lower) {
                    lowers.insert(lower, p as u32);
                    last = Some(lower);
                }
            }
            v.index = Some((words, lowers));
        }
        // Each asked word's forms found, settled by one of each found
        // (an opener may be asked as "Once" and "ONCE").
        let mut pending = v.asked.len() * 2;
        let mut forms = forms.unwrap_or_else(Forms::clear_table);
        forms.fill(&v.asked);
        // Forms settled since `forms` was last built.
        let mut settled = 0;
        let bytes = doc.text().as_bytes();
        // All tokens in one run (each is in a sentence): a word's sentence
        // is read only for a capital after a word.
        let toks = if pending == 0 { &[][..] } else { doc.tokens() };
        // (By iterator, the index worked out only for the few words
        // looked up: a counter per token cost two instructions each.)
        let mut rest = toks.iter();
        while let Some(t) = forms.next_word(bytes, &mut rest) {
            // SAFETY: a token of `doc`: its ends are character boundaries
            // of the text (see `Doc::tok`).
            let w = unsafe { doc.text().get_unchecked(t.start..t.end) };
            let lower = match bytes[t.start] {
                c if c < 0x80 => c.is_ascii_lowercase(),
                _ => w.starts_with(char::is_lowercase),
            };
            let found = if lower {
                v.found_lower(w)
            } else {
                // Capitalised after a word, inside a sentence.
                let k = toks.len() - rest.len() - 1;
                if k > 0 && toks[k - 1].kind == TokKind::Word && toks[k - 1].sentence() == t.sentence() {
                    v.found_inner_cap(w)
                } else {
                    0
                }
            };
            if found > 0 {
                pending -= found;
                if pending == 0 {
                    // Every opener was settled: nothing left to find.
                    break;
                }
                settled += found;
                // Rebuilt so that settled forms stop passing the tests
                // above (they would only be looked up and found settled);
                // with many openers once a sixteenth of them settled,
                // so that the rebuilds stay linear in the text.
                if settled * 16 >= v.asked.len() {
                    forms.refill(&v.asked);
                    settled = 0;
                }
            }
        }
        forms.clear(&v.asked);
        v.forms = Some(forms);
        v
    }

    /// Marks the asked words whose lowered form is `w` as seen in lower
    /// case; how many forms that settled.
    fn found_lower(&mut self, w: &str) -> usize {
        let from = match &self.index {
            Some((_, lowers)) => {
                let Some(p) = lowers.find(w, |p| self.asked[self.by_lower[p] as usize].lower == w) else { return 0 };
                p
            }
            None => self.by_lower.partition_point(|&i| by_length(&self.asked[i as usize].lower, w).is_lt()),
        };
        let mut found = 0;
        for &i in &self.by_lower[from..] {
            let a = &mut self.asked[i as usize];
            if a.lower != w {
                break;
            }
            if !a.seen_lower {
                a.seen_lower = true;
                found += 1;
            }
        }
        found
    }

    /// The asked word `w`, if it was collected.
    #[inline(always)]
    fn find(&self, w: &str) -> Option<usize> {
        match &self.index {
            Some((words, _)) => self.find_indexed(words, w),
            None => self.asked.binary_search_by(|a| by_length(a.word, w)).ok(),
        }
    }

    /// [`Vocabulary::find`] in a text of many openers (out of line: rare).
    #[inline(never)]
    fn find_indexed(&self, words: &WordIndex, w: &str) -> Option<usize> {
        words.find(w, |k| self.asked[k].word == w)
    }

    /// Marks the asked word `w` as seen capitalised inside a sentence;
    /// how many forms that settled.
    fn found_inner_cap(&mut self, w: &str) -> usize {
        let Some(a) = self.find(w).map(|k| &mut self.asked[k]).filter(|a| !a.inner_cap) else { return 0 };
        a.inner_cap = true;
        // A word capitalised inside a sentence is no common word,
        // whatever its lower case: that is no longer looked for.
        if a.seen_lower {
            1
        } else {
            a.seen_lower = true;
            2
        }
    }

    /// A capitalised word the text also writes in lower case (or an
    /// "-ing"/"-ly" form), and never capitalises inside a sentence. Only
    /// the openers [`Vocabulary::of`] collected are asked about: it skips
    /// just what `find_mentions` rules out before asking.
    fn common_word(&self, w: &str) -> bool {
        let Some(a) = self.find(w).map(|k| &self.asked[k]) else {
            debug_assert!(false, "{w:?} was not collected");
            return false;
        };
        let lower = &a.lower;
        let form = lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ly"));
        !a.inner_cap && (form || a.seen_lower)
    }
}

/// The gender a head noun states: "spokeswoman", "father", "chairman".
pub(crate) fn noun_gender(head: &str) -> Option<Gender> {
    const FEMALE: &[&str] =
        &["mother", "daughter", "sister", "wife", "aunt", "grandmother", "niece", "queen", "princess", "actress", "nun"];
    const MALE: &[&str] = &["father", "son", "brother", "husband", "uncle", "grandfather", "nephew", "king", "prince", "actor", "monk"];
    if head.ends_with("woman") || FEMALE.contains(&head) {
        Some(Gender::Female)
    } else if (head.ends_with("man") && head.len() > 3) || MALE.contains(&head) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A name of two words or more, the tokens `word_at`, ending in a place
/// head ("Penryn River"). ("John Hill" opens on a first name: a person.)
fn multi_word_place(doc: &Doc, word_at: &[usize]) -> bool {
    word_at.len() >= 2 && word_at.last().is_some_and(|&k| doc.lists(k) & lexicon::PLACE_HEADS != 0) && !is_first_name(doc, word_at[0])
}

/// Whether the capitalised run `words` (starting at token `a`) is a title
/// with its portfolio and no name: after a determiner or possessive, opening on a title
/// word, the words after its last "of"/"for" holding no first name ("the
/// Minister for Rural Affairs", but not "Minister for Health Ana Ruiz" or
/// "Secretary of State Ana Ruiz").
pub(crate) fn portfolio_run(doc: &Doc, a: usize, words: &[&str], name_from: usize) -> bool {
    let after_joiner = name_from > 0 && matches!(words[name_from - 1], "of" | "for");
    if !after_joiner {
        return false;
    }
    // "the Minister of Labour", "Quebec's Minister of Labour".
    let possessive = a > 1 && doc.tok(a - 1) == "s" && matches!(doc.tok(a - 2), "'" | "’");
    let determiner = a > 0 && (matches!(doc.lower(a - 1).as_str(), "the" | "a" | "an") || possessive);
    determiner
        && name_from < words.len()
        && words.first().is_some_and(|w| lexicon::is_title_head(w))
        && !words[name_from..].iter().any(|w| crate::lexicon::gazetteer::first_name_gender(w).is_some())
}

/// "Worried about …", "Asked whether …", "Based on …": a sentence opening
/// on a past participle and a preposition (names such as Ahmed or Alfred
/// end in "-ed" too, but are not followed by "about"), a present
/// participle before its object, or a span of time.
fn participle_opening(doc: &Doc, i: usize) -> bool {
    let next = if i + 1 < doc.tokens().len() { doc.lower(i + 1) } else { Default::default() };
    let w = doc.tok(i);
    // "Afterward, …", "Undeterred, …", "Separately, …": an adverb or a
    // participle set off alone. (Six letters or more: not "Kelly, …" or
    // "Ted, …"; and not "-by": "Crosby, …".)
    if next == "," && w.len() > 5 {
        let lower = doc.lower(i);
        return ["ward", "wards", "ly", "ed"].iter().any(|s| lower.ends_with(s));
    }
    // ("Born in Enugu, …", "Built in 1920, …", "Known for …": an
    // irregular participle.)
    let participle = w.len() > 4 && w.ends_with("ed")
        || doc.lists(i) & lexicon::IRREGULAR_PAST != 0
        || matches!(
            doc.lower(i).as_str(),
            "born"
                | "known"
                | "given"
                | "taken"
                | "seen"
                | "written"
                | "driven"
                | "shaken"
                | "stricken"
                | "grown"
                | "hidden"
                | "forgotten"
                | "chosen"
                | "sworn"
                | "torn"
                | "drawn"
                | "thrown"
                | "flown"
                | "beaten"
                | "frozen"
                | "stolen"
                | "spoken"
        );
    if participle {
        return matches!(
            next.as_str(),
            "about" | "by" | "with" | "on" | "in" | "at" | "over" | "for" | "that" | "whether" | "to" | "from" | "as"
        );
    }
    // "Continuing to explain, …", "Facing the press, …": a participle
    // before its object or infinitive.
    if w.len() > 5 && w.ends_with("ing") {
        return matches!(
            next.as_str(),
            "to" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "this" | "these" | "those" | "up" | "out"
        );
    }
    // "Hours later": a span of time before the adverb that counts from it.
    // (Number words, "Thirteen years earlier", are sentence openers.)
    matches!(next.as_str(), "later" | "earlier" | "ago" | "after" | "before")
        && matches!(doc.lower(i).as_str(), "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades" | "moments")
}

/// Whether token `i`, opening a sentence or headline, is a verb before a
/// listed first name: "Remembering Walter Grange, …", "Ask Ana Lind …" —
/// a gerund (itself no first name: "Sterling Brown") or a word that is only
/// a verb. (Out of line: asked of a sentence's first capital only.)
#[inline(never)]
fn opening_verb(doc: &Doc, i: usize, end: usize) -> bool {
    let w = doc.tok(i);
    let verb = (w.len() > 5 && w.ends_with("ing") && !is_first_name(doc, i)) || doc.lists(i) & lexicon::VERBS_ONLY != 0;
    verb && i + 1 < end && doc.is_cap(i + 1) && is_first_name(doc, i + 1)
}

/// Classifies the capitalised run of tokens `a..b` and records it.
// (Inline: its one call site kept it so, and out of line it cost more.)
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn add_run<'d, 't>(
    doc: &'d Doc<'t>,
    ents: &mut Entities,
    keys: &mut Clusters<'d>,
    scratch: &mut Scratch<'t>,
    a: usize,
    b: usize,
    sentence_initial: bool,
) {
    // Word tokens only: the run may hold the periods of "Rep. Gwen Moore".
    let Scratch { word_at, words } = scratch;
    word_at.clear();
    // (A run opens on a word, and most are that word alone: a run of one
    // token is one word.)
    let one = b == a + 1;
    let kind = if one {
        word_at.push(a);
        one_word_kind(doc, a)
    } else {
        word_at.extend((a..b).filter(|&k| doc.tokens()[k].kind == TokKind::Word));
        run_kind(doc, word_at, words, a, b)
    };
    // "Tom Bishop … Bishop added": a lone title word that is the surname
    // of someone named before is that person.
    let kind = kind.or_else(|| {
        let t = &doc.tokens()[a];
        (one && lexicon::is_title_head_with(doc.tok(a), doc.lists(a)) && keys.get(&doc.lowered_span(t.start, t.end)).key != Id::NONE)
            .then_some((0, PersonKind::Person, false))
    });
    let Some((first, kind, is_org)) = kind else {
        return;
    };
    // "Special Agent in Charge Ana Ruiz": a title whose "in Charge" (or
    // "in Chief") leads on to a name is no one's name itself. (Asked only
    // of a run that names someone; bytes compared inline.)
    if b + 2 < doc.tokens().len() && doc.is_cap(b + 1) && in_charge_at(doc, b + 1) && doc.is_cap(b + 2) {
        return;
    }
    let word_at = &*word_at;
    // "Luis Mendez … Trooper Mendez said": a role noun that is no first
    // name, before the surname of a person named before, is that person's
    // title ("Curator Volk", "Alderman Reyes").
    let first = if first == 0 && kind == PersonKind::Person && word_at.len() == 2 && role_before_known_surname(doc, keys, ents, word_at) {
        1
    } else {
        first
    };
    // The name's first token, and its last (the same for one word).
    // (Borrowed, each field read where it is used: copies of the two
    // tokens were kept on the stack, a load and a store per field.)
    let head = &doc.tokens()[if one { a } else { word_at[first] }];
    let last = if one { head } else { &doc.tokens()[b - 1] };
    let (start, end) = (head.start, last.end);
    debug_assert!(doc.text().is_char_boundary(start) && doc.text().is_char_boundary(end));
    // SAFETY: `start` and `end` are ends of tokens of `doc`, character
    // boundaries of its text (see `Doc::tok`): no need to check them.
    let name = unsafe { doc.text().get_unchecked(start..end) };
    // A lone capitalised word at the start of a sentence is too often just
    // a capitalised common word.
    // A lone short capitalised word at the start of a sentence is too
    // often a common word ("It", "So") — unless it is a known surname.
    if word_at.len() - first == 1 && sentence_initial && first == 0 && !is_org && name.len() <= 3 && {
        keys.get(&surname_key_at(doc, name, start)).key == Id::NONE && keys.get(&doc.lowered_span(start, end)).first == Id::NONE
    } {
        return;
    }
    // "Prosecutors say …", "Nurses said …": a plural of people opening a
    // sentence is a group described, not a name — unless it is the surname
    // of someone named before ("Tom Banks … Banks said"). It stays a
    // mention (of people unnamed): a sentence's subject still. (Asked of
    // the commonest run, one word opening a sentence, only when it ends as
    // a plural.)
    let people = one
        && sentence_initial
        && !is_org
        && name.ends_with('s')
        && lexicon::is_people_plural_with(doc.lower(a).as_str(), doc.lists(a))
        && keys.get(&doc.lowered_span(start, end)).key == Id::NONE;
    // "the 51-year-old Dane": a lone capitalised person noun (no title)
    // after a determiner and its modifiers describes someone.
    if word_at.len() == 1 && !is_org && a > 1 && doc.tokens()[a - 1].kind == TokKind::Word && !doc.is_cap(a - 1) {
        // (`is_bare_person_noun`, from the token's lists.)
        let lists = doc.lists(a);
        if lists & lexicon::PERSON_NOUNS != 0 && !lexicon::is_role_noun_with(&doc.lower(a), lists) {
            return;
        }
    }
    // (The list's bit first: a person noun needs no call.)
    let role_or_person = |w: &str, lists: u64| lists & lexicon::PERSON_NOUNS != 0 || lexicon::is_role_noun_with(w, lists);
    // "British foreign secretary": a lone nationality adjective before a
    // lowercase word is not a name.
    if word_at.len() == 1 && !is_org && b < doc.tokens().len() {
        let next = doc.tok(b);
        // (-ian, -ish, -ese, -ean, -ican, by their bytes.)
        // (Or, before a role or person noun, a country's by its ending or
        // an irregular one: "French actress Ana Roe", "Kenyan runner"; not
        // "Cuban said", a surname.)
        let adjective = || {
            matches!(
                name.as_bytes(),
                [.., b'i', b'a', b'n']
                    | [.., b'i', b's', b'h']
                    | [.., b'e', b's', b'e']
                    | [.., b'e', b'a', b'n']
                    | [.., b'i', b'c', b'a', b'n']
            ) || role_or_person(&doc.lower(b), doc.lists(b))
                && (matches!(name, "French" | "Dutch" | "Swiss" | "Welsh" | "Greek" | "Thai" | "Czech")
                    || lexicon::gazetteer::is_demonym(name))
        };
        if next.chars().next().is_some_and(char::is_lowercase) && doc.tokens()[b].kind == TokKind::Word && !is_particle(next) && adjective()
        {
            return;
        }
    }
    // (The lowered token: `to_lowercase` with ’ made ', which no test
    // below tells apart.)
    let prev = a.checked_sub(1).map(|k| doc.lower(k)).unwrap_or_default();
    // The lists of the word before and of the one before the comma: the
    // tests below read them from `Doc::lists` rather than each list.
    // (Only of a word: the tests read no other token's, and a mark or a
    // comma would be looked up for nothing.)
    // (Read for a person's run only, after a word: both tests below are
    // asked of those alone, and an organisation's run leaves unread.)
    let prev_lists = || doc.lists(a - 1);
    // A title in the run ("Mayor Ana Lind"), or a role or person noun just
    // before it ("his nephew Samir", "greengrocer Omar"): a person.
    // "the farmers' association Zeeuws Landbouw Overleg": a name right
    // after an organisation noun is that organisation.
    // (`person_run` last: it reads every word of the run.)
    // "Quillbyte, the cloud software company, said": so is a name set off
    // by an appositive an organisation noun heads (one that is no role:
    // "Ana Lind, a developer,").
    let org_appositive = || {
        let n = doc.tokens().len();
        if b + 3 >= n || doc.tok(b) != "," || !matches!(doc.lower(b + 1).as_str(), "the" | "a" | "an") {
            return false;
        }
        let mut k = b + 2;
        // (Its head: not past a preposition, "a member of parliament".)
        while k + 1 < n
            && k < b + 6
            && doc.is_word(k)
            && !doc.is_cap(k)
            && doc.lists(k) & lexicon::ORG_NOUNS == 0
            && !matches!(doc.lower(k).as_str(), "of" | "for" | "at" | "in" | "to" | "with" | "on" | "from" | "and" | "or")
        {
            k += 1;
        }
        let lists = doc.lists(k);
        doc.is_word(k)
            && !doc.is_cap(k)
            && lists & lexicon::ORG_NOUNS != 0
            && !lexicon::is_role_noun_with(&doc.lower(k), lists)
            && (k + 1 >= n || matches!(doc.tok(k + 1), "," | "." | ";" | "that" | "which" | "whose"))
    };
    let kind = if kind == PersonKind::Person
        && first == 0
        && (a > 0 && doc.tokens()[a - 1].kind == TokKind::Word && prev_lists() & lexicon::ORG_NOUNS != 0 && !prev.ends_with('s')
            || org_appositive())
        && !person_run(doc, a, b)
    {
        PersonKind::Org
    } else {
        kind
    };
    let kind = if people { PersonKind::Unnamed } else { kind };
    let described = kind == PersonKind::Person && a > 0 && doc.tokens()[a - 1].kind == TokKind::Word && role_or_person(&prev, prev_lists());
    // "My father, Walter, had the yard": the appositive after a possessed
    // person noun names that person, with the noun's sex.
    let kin = (kind == PersonKind::Person && a > 2 && prev == "," && doc.tokens()[a - 2].kind == TokKind::Word)
        .then(|| doc.lower(a - 2))
        .filter(|n| {
            // ("Shah's elderly father, Raj": a possessor's, past an
            // adjective or two.)
            let mut d = a - 3;
            while d > a.saturating_sub(6) && doc.is_word(d) && !doc.is_cap(d) && !is_possessor(doc, d) && doc.lower(d).len() > 2 {
                d -= 1;
            }
            is_possessor(doc, d) && (role_or_person(n, doc.lists(a - 2)) || noun_gender(n).is_some())
        });
    let described = described || kin.is_some();
    // "the Lanterns' head coach, Mikkel Dahl": a role in apposition.
    // (Not a possessor before the name it owns: "the race leader,
    // Britain's Callum Redfern".)
    let possessor = || b + 2 < doc.tokens().len() && matches!(doc.tok(b), "'" | "’") && doc.tok(b + 1) == "s" && doc.is_cap(b + 2);
    let appositive = kind == PersonKind::Person
        && a > 2
        && prev == ","
        && lexicon::is_role_noun_with(&doc.lower(a - 2), doc.lists(a - 2))
        && !possessor();
    let titled = first > 0 || described || appositive;
    // "on the Penryn River", "Harbour Street": a place by its head word.
    // "off the Mayo coast", "the Penryn river": a name modifying a
    // geographic noun is a place.
    // (The token's two tests and-ed, one branch.)
    let modifies_place =
        doc.tokens().get(b).is_some_and(|t| (t.kind == TokKind::Word) & !t.cap) && doc.lists(b) & lexicon::PLACE_HEADS != 0;
    let multi = word_at.len() - first >= 2;
    // "according to Maya Lind", "a letter to Omar Haddad": after "to" or
    // "from", a first name that is no place or common word opens a
    // person's name ("to Virginia Beach" and "from Jackson Heights" stay
    // places by their flags or head word).
    let named_person = || {
        multi
            && kind == PersonKind::Person
            && doc.lists(word_at[word_at.len() - 1]) & lexicon::PLACE_HEADS == 0
            && gazetteer::first_name(doc.tok(word_at[first])).is_some_and(|n| !n.is_ambiguous())
    };
    // ("according to Kwabena Asante, a researcher,": a role set off after
    // the name makes it a person's, first name known or not.)
    let according = || a > 1 && prev == "to" && doc.lower(a - 2) == "according" && multi && role_or_age_after(doc, b);
    // ("Agent in Charge Ana Ruiz": that "in" is the title's.)
    let locative = is_locative(&prev)
        && !(matches!(prev.as_str(), "to" | "from") && (named_person() || according()))
        && !(first > 0 && in_charge_at(doc, a))
        || modifies_place
        || (kind == PersonKind::Person && multi_word_place(doc, &word_at[first..]));
    let bytes = doc.text().as_bytes();
    // "Kyiv", "New Mexico", "South Korea": a name the places table lists
    // whole, with no title or person noun before it, is a place. Names
    // that are also first names or common words ("Georgia", "Nice") are
    // left to the context.
    // ("China" is a word too, but not with a capital inside a sentence.)
    // Words apart by single spaces, none ending in a period (all but a
    // few names): the name is its own joined form.
    // (One pass over the tokens, which also notes whether they are all
    // ASCII: each token begins one space after the one before.)
    // (One word is plain unless it ends in a period.)
    let (plain, ascii) = if one {
        (bytes[end - 1] != b'.', !head.non_ascii)
    } else {
        let toks = &doc.tokens()[word_at[first]..b];
        let (mut plain, mut ascii) = (toks.len() == word_at.len() - first, true);
        let mut at = start;
        for t in toks {
            if !plain {
                break;
            }
            plain = t.start == at && (t.start == start || bytes[t.start - 1] == b' ') && bytes[t.end - 1] != b'.';
            ascii &= !t.non_ascii;
            at = t.end + 1;
        }
        (plain, ascii)
    };
    let place = kind == PersonKind::Person && !titled && kin.is_none() && {
        if plain {
            gazetteer::place_joined(name)
        } else {
            gazetteer::place(name)
        }
    }
    .is_some_and(|p| !(p.is_first_name() || p.is_common_word() && sentence_initial && first == 0));
    // ASCII words apart by spaces: the name is ASCII, lowered byte for
    // byte, and its first word is its first token, without reading it again.
    let ascii_plain = plain && ascii;
    // (A word's lowered form is its token's, read without the checks of
    // slicing the lowered text anew: the commonest name is one word.)
    let full_key = if one && ascii_plain {
        Cow::Borrowed(doc.lower(a).as_str())
    } else if ascii_plain {
        Cow::Borrowed(doc.ascii_lower(start, end))
    } else {
        doc.lowered_span(start, end)
    };
    // A legal form ("Inc", "GmbH", "B.V.") states a company.
    let stem = if multi { legal_stem(name, &full_key) } else { None };
    let kind = if stem.is_some() { PersonKind::Org } else { kind };
    // The end of the first word (`split_whitespace().next()`: the name
    // opens on a token, never on a space).
    let first_end = || if ascii_plain { head.end - start } else { name.find(char::is_whitespace).unwrap_or(name.len()) };
    // The surname is nearly always the last token, a plain ASCII word
    // after a space: its bounds are known without reading the name again.
    // ("Theodore Finch III": not a suffix, which `surname_span` passes.)
    let last_is_surname = last.kind == TokKind::Word
        && !last.non_ascii
        && (last.start == start || bytes[last.start - 1] == b' ')
        && bytes[last.end - 1].is_ascii_alphanumeric()
        && !(b > a + 1 && is_name_suffix(doc.tok(b - 1)));
    let (surname_start, surname_end) = if last_is_surname { (last.start - start, last.end - start) } else { surname_span(name) };
    // (Such a surname, an ASCII token, is its token's lowered form, whatever
    // the rest of the name holds.)
    let key = if last_is_surname {
        Cow::Borrowed(doc.lower(b - 1).as_str())
    } else {
        lowered_within(doc, &full_key, start, surname_start, surname_end)
    };
    // "Sen. Laura Hamilton … Hamilton said": a lone place name that is
    // the surname of someone named before is that person ("in Hamilton"
    // stays a place).
    // (Whatever a place of that name was met before: "spoke in Brisbane
    // … Brisbane told reporters".)
    let holder = (place && !multi && !locative)
        .then(|| keys.find(&key).and_then(|k| keys.slots[k].key.get()))
        .flatten()
        .filter(|&c| ents.list[c].kind == PersonKind::Person && ents.list[c].person_like && !ents.list[c].place);
    let place = place && holder.is_none();
    let person = kind != PersonKind::Org && !place;
    // (A plain ASCII name's first word is its first token: its lowered form.)
    let first_key = (person && multi).then(|| {
        if ascii_plain {
            Cow::Borrowed(doc.lower(word_at[first]).as_str())
        } else {
            lowered_within(doc, &full_key, start, 0, first_end())
        }
    });
    // The slots, each found once for the lookups and the inserts: the
    // surname's only for a person (no other looks it up or is filed
    // under it), the full name's own when the name is its surname.
    let whole_is_key = (surname_start, surname_end) == (0, name.len());
    let full = keys.slot(&full_key);
    let key_slot = person.then(|| if whole_is_key { full } else { keys.slot(&key) });
    // "Acme Cold Chain Inc. … Acme Cold Chain said": a company's name
    // without its legal form is the same company, either way round.
    let stem_slot = stem.map(|stem| keys.slot(&stem));
    let existing = holder.or_else(|| keys.slots[full].full.get()).or_else(|| keys.slots[stem_slot?].full.get()).or_else(|| {
        let cand = keys.slots[key_slot?].key.get()?;
        let e = &ents.list[cand];
        // "Rubio" joins "Marco Rubio"; "Donald Trump" joins an earlier
        // "Trump"; two different full names do not merge.
        // "Ó Gallchóir" or "Mac Suibhne" after "Pádraig Ó Gallchóir": a
        // surname of several words ends the full name.
        let tail = e.name.len() > name.len()
            && e.name.is_char_boundary(e.name.len() - name.len())
            && e.name[e.name.len() - name.len()..].eq_ignore_ascii_case(name)
            && e.name[..e.name.len() - name.len()].ends_with(' ');
        let compatible = !multi || !e.name.contains(' ') || e.name.eq_ignore_ascii_case(name) || tail;
        (compatible && e.kind != PersonKind::Org).then_some(cand)
    });
    // "Kim" after "Kim Soo-yeon" (family name first), "Omar" after "Omar
    // Haddad": a lone word that is no one's surname but opens a full name.
    let by_first = existing.is_none() && !multi && !place && kind == PersonKind::Person;
    let existing = existing.or_else(|| by_first.then(|| keys.slots[full].first.get()).flatten());
    // "Mr Lind" after "Ms Lind": her brother, not her.
    let honorific = honorific_gender(doc, a, word_at[first], &prev);
    let existing = match (existing, honorific) {
        // ("Mr. Xi" after "Xi Jinping": his family name, of no known sex.)
        (Some(id), Some(_)) if by_first && ents.list[id].gender.is_none() => Some(id),
        // ("Ms Lind" after "Maria Lind and her brother Jonas Lind": the
        // one of that surname known to be of that sex, else one not
        // known to be of the other.)
        (Some(id), Some(h)) if ents.list[id].gender != honorific => keys.person_of_sex(&ents.list, &key, h),
        (other, _) => other,
    };
    let (id, new) = match existing {
        Some(id) => (id, false),
        None => {
            // (Made in its place once there is room: a push built it
            // apart and copied its 168 bytes in.)
            // (With its first mention: a push to its empty list cost more.)
            let id = ents.list.len();
            let mention = Mention { start, end, kind: MentionKind::Name };
            ents.list
                .resize_with(id + 1, || Entity { mentions: Few::of_one(mention), ..Entity::with_key(name, kind, key.as_ref().into()) });
            (id, true)
        }
    };
    let e = &mut ents.list[id];
    if kind == PersonKind::Org && e.kind == PersonKind::Person && stem_slot.is_some() {
        e.kind = PersonKind::Org;
    }
    let had_sex = e.gender.is_some();
    // Honorifics and gendered titles tell "he" from "she".
    if e.gender.is_none() {
        e.gender = honorific;
    }
    if e.gender.is_none() {
        e.gender = kin.as_deref().and_then(noun_gender);
    }
    // A first name tells "he" from "she" ("Ana Ruiz"), when the list
    // gives it one sex.
    if e.gender.is_none() && multi && kind == PersonKind::Person {
        // (A plain ASCII name's first word is its first token, lowered once.)
        let first_word = &name[..first_end()];
        let g = if ascii_plain {
            gazetteer::first_name_gender_ascii(first_word, &doc.lower(word_at[first]))
        } else {
            gazetteer::first_name_gender(first_word)
        };
        e.gender = g.and_then(|g| match g {
            gazetteer::Gender::Female => Some(Gender::Female),
            gazetteer::Gender::Male => Some(Gender::Male),
            gazetteer::Gender::Either => None,
        });
    }
    let gender = e.gender;
    // A person is filed under its surname, a place named like one too.
    if new && kind == PersonKind::Person {
        let slot = key_slot.unwrap_or_else(|| keys.slot(&key));
        keys.file_sex(id, slot, gender);
    } else if !had_sex && gender.is_some() && e.kind == PersonKind::Person {
        let slot = keys.find(&e.key).expect("a person is filed under its key");
        keys.file_sex(id, slot, gender);
    }
    let e = &mut ents.list[id];
    // (A new entity is named `name` already.)
    if !new && multi && kind == PersonKind::Person && !e.name.contains(' ') {
        e.name = name.into();
    }
    // ("the Red Cross", "the Federal Reserve": a name of two words after
    // "the", with no title or first name, is a body's; no "he" or "she".)
    if kind == PersonKind::Person
        && !place
        && (titled || (multi && !locative && (!after_the(doc, word_at[first]) || person_run(doc, a, b))))
    {
        e.person_like = true;
    }
    // (The role after the name asked only where nothing yet says person:
    // no title before, no sex from a first name.)
    if kind == PersonKind::Person && !e.titled && (titled || e.gender.is_none() && role_or_age_after(doc, b)) {
        e.titled = true;
    }
    if locative || place {
        e.place_like = true;
    }
    // (A place's one word joining someone known as a person leaves them
    // one: "in Bolton's view" after "John Bolton … Bolton said".)
    if place && (new || multi || !e.person_like || e.place) {
        e.place = true;
        e.person_like = false;
    }
    if !new {
        e.mentions.push(Mention { start, end, kind: MentionKind::Name });
    }
    keys.slots[full].full = Id::of(id);
    if let Some(k) = stem_slot {
        if keys.slots[k].full == Id::NONE {
            keys.slots[k].full = Id::of(id);
        }
    }
    if let Some(k) = key_slot {
        keys.slots[k].key = Id::of(id);
    }
    if let Some(first_key) = first_key {
        let k = keys.slot(&first_key);
        let first = &mut keys.slots[k].first;
        if *first == Id::NONE {
            *first = Id::of(id);
        }
    }
    ents.names.push(NameRef { start, end, entity: id, run: a, after: b });
}

/// The name's first word in the capitalised run `a..b` (its words
/// `word_at`), its kind and whether it is an organisation's; none when
/// the run names no one.
// (Out of line: the runs of one word, most, skip it.)
#[inline(never)]
fn run_kind<'t>(doc: &Doc<'t>, word_at: &[usize], words: &mut Vec<&'t str>, a: usize, b: usize) -> Option<(usize, PersonKind, bool)> {
    // A run of three or more words in capitals is a shouted headline.
    if word_at.len() >= 3 && word_at.iter().all(|&k| !doc.tok(k).chars().any(char::is_lowercase)) {
        return None;
    }
    // "of"/"for" joins only organisations and titles: split a person's name
    // out of "Secretary of State Marco Rubio" by taking the suffix after the
    // last title word or joiner.
    let mut name_from = 0;
    // "Acme Corp", or "Ministry of Transport" (an org word before "of"):
    // found in the same pass, from the lists it reads anyway.
    let (mut org_end, mut org_before, mut titled_after_org) = (false, false, false);
    // The run opens with a role noun that is no title ("Developer
    // Greenway Homes"): an organisation's name leaves it out too.
    let mut opener_role = false;
    for (k, &at) in word_at.iter().enumerate() {
        let w = doc.tok(at);
        let lists = doc.lists(at);
        // (An "on" is in a run only after a body it joins to its remit, a
        // "to" only after an organisation word.)
        org_end = org_end || org_before && (org_joiner(w) || w == "on" || w == "to");
        org_before = lists & lexicon::ORG_WORDS != 0;
        // A title modifier is a title word only before a title or a first
        // name ("Home Secretary", "Deputy Ana Lind"; not "Halvorsen Home
        // Appliances").
        let (modifier, honorific) = (lists & lexicon::TITLE_MODIFIERS != 0, lists & lexicon::HONORIFICS != 0);
        // "Meteorologist Ben Tilley": a role noun opening the run before a
        // listed first name and a surname is a title there ("Duke Bennett"
        // is a name).
        // "Developer Greenway Homes said": so is one capitalised only as
        // its sentence's first word, before a name of two words or more.
        // (A role the lists leave to the rule is read in lower case.)
        // Further in, a role noun that is no first name itself, before a
        // listed first name and a surname, ends the title too ("Township
        // Committeewoman Lisa Ortiz"; not "Gov. Earl Ray Tomblin").
        let role_at = word_at.len() >= k + 3 && (lists & lexicon::ROLES != 0 || derived_role_at(doc, at, lists));
        let role_first = k == 0 && role_at;
        // "Neighbor Patricia Okafor said": so is a person noun opening a
        // sentence before a listed first name and a surname.
        let person_first = k == 0
            && word_at.len() >= 3
            && lists & lexicon::PERSON_NOUNS != 0
            && opens_sentence(doc, at)
            && is_first_name(doc, word_at[1])
            && !is_first_name(doc, at);
        // ("Senators Ruth Kessler, Tom Abe and …": a plural title opening
        // the run before a first name is no word of the name.)
        let plural_first = k == 0 && word_at.len() >= 3 && is_first_name(doc, word_at[1]) && lexicon::is_role_plural(&doc.lower(at));
        let head = lexicon::is_title_head_with(w, lists)
            || role_at && is_first_name(doc, word_at[k + 1]) && (k == 0 || !is_first_name(doc, at))
            || role_first && opens_sentence(doc, at)
            || person_first
            || plural_first;
        opener_role = opener_role || head && role_first && lists & lexicon::TITLES == 0;
        // "Democrat Maria Lopez", "Republican Tom Keller": a party before a
        // first name is an affiliation, not a word of the name.
        // (So is a nationality: "Colombian Andrés Ruiz", "Kenyan Ruth
        // Chebet".)
        // (The gazetteer's test, which builds country names, asked last.)
        let party = k == 0
            && word_at.len() >= 3
            && is_first_name(doc, word_at[1])
            && (is_party_noun(w)
                || matches!(w, "Briton" | "Dane" | "Swede" | "Finn" | "Pole" | "Scot" | "Swiss")
                || lexicon::gazetteer::is_demonym(w));
        // "Special Agent in Charge Victor Halloran": the title's "in
        // Charge" (or "in Chief") opens the run; no word of the name.
        // (Asked last: most words are title words already, or no "C…".)
        // (Opening the run, after a title or role before its "in".)
        let in_charge = || {
            matches!(w.as_bytes(), [b'C', b'h', ..])
                && in_charge_at(doc, at)
                && (k > 0 || at >= 2 && (is_title_word_at(doc, at - 2) || doc.lists(at - 2) & lexicon::ROLES != 0))
        };
        // (`is_title_word_at`, from the lists just read.)
        let title_word = modifier || honorific || head || party || in_charge();
        let modifier_only = modifier && !head && !honorific;
        let titled = !modifier_only
            || word_at
                .get(k + 1)
                .is_some_and(|&n| is_title_word_at(doc, n) || is_first_name(doc, n) || doc.tok(n).eq_ignore_ascii_case("of"));
        // "coach Dean Marsh": after a lower-case role noun, a title that
        // is also a first name opens a two-word name.
        let title_word = title_word && !(k == 0 && head && word_at.len() == 2 && after_role_noun(doc, a) && is_first_name(doc, at));
        // "Howard Dean", "Tom Bishop": a title word that ends the run after
        // a listed first name is the surname (a title stands before a name,
        // never after one).
        let title_word = title_word && !(k > 0 && k + 1 == word_at.len() && is_first_name(doc, word_at[k - 1]));
        // Only ASCII letters lower-case to "of"/"for": no need to lower `w`.
        if title_word && titled || w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for") {
            name_from = k + 1;
            titled_after_org = org_end && head;
        }
    }
    // "Ministry of Transport Director Ana Lind": a title after an
    // organisation's joined name, then a person's name of a first name or
    // two or three words, is the person's ("Office of the Director of
    // National Intelligence" ends on its joiner's words instead).
    let person_after_org = titled_after_org && reads_as_name(doc, &word_at[name_from..]);
    // "Martin Luther King III": a title word before the suffix alone is
    // the surname ("King"), not a title.
    // (Only after a title word: most runs have none.)
    if name_from > 0 && name_from + 1 == word_at.len() && is_name_suffix(doc.tok(word_at[name_from])) {
        name_from = (0..name_from - 1).rev().find(|&k| is_title_word_at(doc, word_at[k])).map_or(0, |k| k + 1);
    }
    // "the Minister of State for Rural Affairs": a title whose last joiner
    // is followed by its portfolio, not by a name — no person here.
    // (Both tests below hold only after a joiner: the run's words are
    // sliced out only then, a run in a few dozen.)
    // (Not in an organisation's name: "Office of the Director of Harbour
    // Safety" is the office.)
    if name_from > 0 && !org_end && matches!(doc.tok(word_at[name_from - 1]), "of" | "for") {
        words.clear();
        words.extend(word_at.iter().map(|&k| doc.tok(k)));
        if portfolio_run(doc, a, words, name_from) {
            return None;
        }
        // "Minister for Fisheries Tomas Berg": the portfolio ends where a
        // first name starts; with none listed, a name is its last two
        // words ("Secretary of State Tomasz Wrobel").
        if let Some(k) = (name_from + 1..words.len()).find(|&k| lexicon::gazetteer::first_name_gender(words[k]).is_some()) {
            name_from = k;
        } else if words.len() - name_from >= 3 && name_from >= 2 && is_title_word_at(doc, word_at[name_from - 2]) {
            // (Only after a title: "Ana Ganguly of Human Rights Watch"
            // names a person and an organisation.)
            // (Three when the surname opens on a particle: "Minister for
            // Health Eoghan Mac Diarmada".)
            let two = words.len() - 2;
            // (The token's lowered form, kept per token: no copy lowered here.)
            let particle =
                |k: usize| matches!(words[k], "Mac" | "Mc" | "Nic" | "Ó" | "Ní" | "Ua" | "Uí") || is_particle(&doc.lower(word_at[k]));
            name_from = if two > name_from + 1 && particle(two) { two - 1 } else { two };
        }
    }
    // "Speaker of the House Nancy Pelosi": after a title's "of the", the
    // run is the portfolio and then the name that a first name opens.
    if name_from == 0
        && word_at.len() >= 2
        && a >= 3
        && doc.lower(a - 1) == "the"
        && matches!(doc.lower(a - 2).as_str(), "of" | "for")
        && lexicon::is_title_head(&doc.lower(a - 3))
    {
        // (A listed first name only: "of the Human Rights Watch" is no
        // portfolio and name.)
        if let Some(t) = portfolio_name_start(doc, word_at.iter().copied()) {
            name_from = word_at.iter().position(|&w| w == t).unwrap_or(name_from);
        }
    }
    // (The last word an org word.)
    let org_end = (org_end || org_before) && !person_after_org;
    // (A one-token run is looked up in the token's lists, not hashed again;
    // a longer one only if its first token may start an entry.)
    let listed_org = || {
        let lists = doc.lists(a);
        b == a + 1 && lists & lexicon::ORG_NAMES != 0
            || b > a + 1
                && lists & lexicon::ORG_PHRASE_START != 0
                && lexicon::org_names().contains(&doc.text()[doc.tokens()[a].start..doc.tokens()[b - 1].end])
    };
    // (An ampersand is in a run only between capitalised words.)
    let ampersand = || b > a + 2 && (a + 1..b - 1).any(|k| doc.tok(k) == "&");
    let is_org = org_end || listed_org() || (word_at.len() == 1 && is_acronym(doc.tok(word_at[0]))) || ampersand();
    let (first, kind) = if is_org {
        // Organisations keep their title-like words: "Foreign Office".
        // An honorific right before an organisation's word names its
        // remit, not a holder: "Justice Department", "Justice Ministry".
        let mut from = word_at.iter().position(|&k| doc.lists(k) & lexicon::HONORIFICS == 0).unwrap_or(0);
        if from > 0 && doc.lists(word_at[from]) & lexicon::ORG_WORDS != 0 {
            from -= 1;
        }
        let from = from.max(usize::from(opener_role));
        (from, PersonKind::Org)
    } else {
        (name_from, PersonKind::Person)
    };
    if first >= word_at.len() {
        return None;
    }
    Some((first, kind, is_org))
}

/// Whether the two-word run `word_at` is a role noun ("Trooper", not a
/// first name) and the surname of a person already named.
#[inline(never)]
fn role_before_known_surname(doc: &Doc, keys: &Clusters, ents: &Entities, word_at: &[usize]) -> bool {
    let (r, s) = (word_at[0], word_at[1]);
    // (The roles list only: a rule's derived role may be a given name,
    // "Hakeem".)
    doc.lists(r) & lexicon::ROLES != 0
        && !all_capitals(doc.tok(r))
        && !is_first_name(doc, r)
        && keys
            .get(&doc.lower(s))
            .key
            .get()
            .and_then(|id| ents.list.get(id))
            // (Not the person's own first name: "Hakeem Jeffries" is both
            // a role and a name.)
            .is_some_and(|e| e.kind == PersonKind::Person && e.name.contains(' ') && !e.name.starts_with(doc.tok(r)))
}

/// A capitalised role noun no list holds, derived by rule from its lower
/// case ("Meteorologist Ben Tilley"; roles.txt leaves it to the rule).
#[inline(never)]
pub(crate) fn derived_role_at(doc: &Doc, k: usize, lists: u64) -> bool {
    doc.tok(k).len() >= 8 && lists & lexicon::LISTED_ANY == 0 && lexicon::is_role_noun_with(&doc.lower(k), lists)
}

/// Whether the word before token `k` is "the" ("the Red Cross", "The
/// Federal Reserve" opening a sentence).
pub(crate) fn after_the(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.lower(k - 1) == "the"
}

/// Where the words a comma at token `a` sets off after a name begin, past
/// "now" or "aged": ", 24,", ", now 24,", ", aged 58,", ", the manager,".
pub(crate) fn appositive_start(doc: &Doc, a: usize) -> Option<usize> {
    let n = doc.tokens().len();
    if a + 1 >= n || doc.tok(a) != "," {
        return None;
    }
    Some(if a + 2 < n && matches!(doc.tok(a + 1), "now" | "aged") { a + 2 } else { a + 1 })
}

/// A role or an age set off after a name at token `b` ("Emeka Obi, the
/// manager,", "Wei Lin, a 40-year-old teacher,", "Ada Roe, 58,"): the
/// name is a person's, whatever its first name, so "the 58-year-old"
/// can mean them.
fn role_or_age_after(doc: &Doc, b: usize) -> bool {
    let Some(from) = appositive_start(doc, b) else { return false };
    if doc.tok(from).bytes().all(|c| c.is_ascii_digit()) && doc.tok(from).len() <= 3 {
        return true;
    }
    role_set_off(doc, from, false)
}

/// Whether a singular role noun is among the first five words of an
/// appositive opening at token `from` ("the manager", "a 40-year-old
/// teacher"); with `abbreviated`, a role's abbreviation too ("Sen.").
/// (Shared with resolve's test of a role given to a name.)
pub(crate) fn role_set_off(doc: &Doc, from: usize, abbreviated: bool) -> bool {
    let n = doc.tokens().len();
    (from..n.min(from + 5)).take_while(|&j| doc.is_word(j)).any(|j| {
        let w = doc.lower(j);
        !w.ends_with('s') && (lexicon::is_role_noun_with(&w, doc.lists(j)) || abbreviated && lexicon::role_full_form(doc.tok(j)).is_some())
    })
}

/// A preposition whose object a title may be, before a name that is not
/// its holder: "In a letter to the prime minister, Mr Pritchard said".
/// (Shared by positions' appositive shape and resolve's titled person.)
pub(crate) fn governs_title(w: &str) -> bool {
    matches!(w, "to" | "with" | "for" | "by" | "at" | "against" | "about")
}

/// A comma or a dash, setting a phrase off: an appositive's own marks
/// ("A police spokesman, Chief Superintendent Ana Obi, said").
pub(crate) fn sets_off(t: &str) -> bool {
    matches!(t, "," | "—" | "–")
}

/// A token that sets a name off on its far side, closing an appositive:
/// "to the county attorney, Ana Ruiz - who …".
pub(crate) fn closes_appositive(t: &str) -> bool {
    matches!(t, "," | "—" | "–" | "-" | "--" | ")" | "." | ";")
}

/// A party's member as a noun ("Democrat", "Tory").
pub(crate) fn is_party_noun(w: &str) -> bool {
    const PARTY_NOUNS: &[&str] =
        &["Democrat", "Republican", "Tory", "Conservative", "Labour", "Liberal", "Libertarian", "Independent", "Socialist"];
    PARTY_NOUNS.contains(&w)
}

/// Whether token `a` is its sentence's first (outside a headline, where
/// every word is capitalised anyway).
#[inline(never)]
fn opens_sentence(doc: &Doc, a: usize) -> bool {
    let s = &doc.sentences[doc.tokens()[a].sentence()];
    s.tokens.start == a && !s.headline
}

/// Whether the word before token `a`, or before its comma, is a role
/// noun in lower case ("coach Dean Marsh", "the press secretary, Dean
/// Baker"): a title there would stack on another.
#[inline(never)]
fn after_role_noun(doc: &Doc, a: usize) -> bool {
    let p = if a > 1 && doc.tok(a - 1) == "," { a - 2 } else { a.wrapping_sub(1) };
    p < a && doc.is_word(p) && !doc.is_cap(p) && lexicon::is_title_head_with(doc.tok(p), doc.lists(p))
}

/// [`run_kind`] of the run of the one word `a`, the commonest: no word
/// follows to make a title modifier a title, "of" and "for" are never
/// capitalised as the joiners the portfolio test reads, and an
/// organisation's name starts at its word, an honorific or not.
fn one_word_kind(doc: &Doc, a: usize) -> Option<(usize, PersonKind, bool)> {
    let w = doc.tok(a);
    let lists = doc.lists(a);
    // (A title in capitals is no organisation: "the CEO", "the CFO".)
    if lists & (lexicon::ORG_WORDS | lexicon::ORG_NAMES) != 0 || is_acronym(w) && lists & lexicon::TITLES == 0 {
        // ("Construction was finished early": a trade alone names no one.)
        if lists & lexicon::ORG_NAMES == 0 && lexicon::is_trade_word(w) {
            return None;
        }
        return Some((0, PersonKind::Org, true));
    }
    // A title alone ("Mayor", "Mr"), or "Of" or "For": no name follows.
    let title = lists & lexicon::HONORIFICS != 0 || lexicon::is_title_head_with(w, lists);
    if title || w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for") {
        return None;
    }
    Some((0, PersonKind::Person, false))
}

/// The sex an honorific or gendered title before a name gives ("Mr",
/// "Dame", "chairwoman"): the title words of the run `a..name`, then the
/// word before the run.
fn honorific_gender(doc: &Doc, a: usize, name: usize, prev: &str) -> Option<Gender> {
    // (`may_be_gendered` first: the word before most names ("the",
    // "said", "and", ",") is ruled out on its last two bytes.)
    let prev_gender = may_be_gendered(prev.as_bytes()).then(|| gendered(prev.as_bytes())).flatten();
    // The last gendered word wins ("Lady Mayor", "Mr Chairman").
    prev_gender.or_else(|| (a..name).rev().find_map(|k| gendered(doc.lower(k).as_bytes())))
}

/// The sex a lower-cased honorific or title gives ("mr.", "dame",
/// "chairwoman").
#[inline]
fn gendered(mut w: &[u8]) -> Option<Gender> {
    // (`trim_end_matches('.')` by the byte, then one match on the bytes,
    // which switches on the length before comparing: the generic trim
    // decoded the last char of every word asked.)
    while let [rest @ .., b'.'] = w {
        w = rest;
    }
    match w {
        b"mr" | b"sir" | b"lord" | b"king" | b"prince" => Some(Gender::Male),
        b"ms" | b"mrs" | b"miss" | b"dame" | b"lady" | b"queen" | b"princess" | [.., b'w', b'o', b'm', b'a', b'n'] => Some(Gender::Female),
        [.., b'm', b'a', b'n'] if w.len() > 5 => Some(Gender::Male),
        _ => None,
    }
}

/// False for a word [`gendered`] answers `None` for, by its last two
/// bytes alone (every gendered word ends in one of these pairs, or in a
/// period): a cheaper test for the usual word.
#[inline]
fn may_be_gendered(w: &[u8]) -> bool {
    matches!(
        w,
        [.., b'.']
            | [.., b'm' | b'i', b'r']
            | [.., b'r', b'd']
            | [.., b'n', b'g']
            | [.., b'c' | b'm', b'e']
            | [.., b'm' | b'r' | b's', b's']
            | [.., b'd', b'y']
            | [.., b'e' | b'a', b'n']
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-byte filter passes every gendered word.
    #[test]
    fn gendered_words_pass_the_filter() {
        let words = ["mr", "mr.", "sir", "lord", "king", "prince", "ms", "mrs.", "miss", "dame", "lady", "queen", "princess"];
        let more = ["chairwoman", "congresswoman", "chairman", "spokesman", "woman"];
        for w in words.iter().chain(&more) {
            assert!(gendered(w.as_bytes()).is_some(), "{w}");
            assert!(may_be_gendered(w.as_bytes()), "{w}");
        }
        for w in ["the", "said", "and", ",", "minister", "official"] {
            assert!(!may_be_gendered(w.as_bytes()), "{w}");
        }
    }

    fn names(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = crate::segment::segment(text);
        let q = crate::quotes::find_quotes(&doc);
        let e = find_mentions(&doc, &q);
        e.list.iter().map(|e| (e.name.as_str().to_owned(), e.mentions.iter().map(|m| text[m.start..m.end].to_owned()).collect())).collect()
    }

    /// A run of one word classed on the fast path is classed as the
    /// general path classes it: titles, honorifics, "Of"/"For" alone,
    /// organisation words and names, acronyms and plain names.
    #[test]
    fn one_word_runs_are_classed_as_longer_runs_are() {
        let doc = crate::segment::segment(
            "Mayor. Mr. Dame. Of. For. OF. NATO. Ministry. Corp. Home. Deputy. Secretary. Ana. Reyes. Lind. Chairwoman. Acme. St.",
        );
        let mut words = Vec::new();
        let mut orgs = 0;
        let (mut none, mut people) = (0, 0);
        for a in (0..doc.tokens().len()).filter(|&a| doc.tokens()[a].kind == TokKind::Word) {
            let fast = one_word_kind(&doc, a);
            assert_eq!(fast, run_kind(&doc, &[a], &mut words, a, a + 1), "{:?}", doc.tok(a));
            orgs += usize::from(fast.is_some_and(|(_, kind, _)| kind == PersonKind::Org));
            none += usize::from(fast.is_none());
            people += usize::from(fast.is_some_and(|(_, kind, _)| kind == PersonKind::Person));
        }
        // Each answer is met, so the comparison covers all three.
        assert!(orgs > 0 && none > 0 && people > 0, "orgs {orgs}, none {none}, people {people}");
    }

    #[test]
    fn a_text_clusters_alike_after_another_left_its_buffers() {
        // The second text reuses the tables the first grew (`Spare`): none
        // of the first's keys may survive into it.
        let small = "Mayor Ana Qab spoke. Later Qab left, and Tom Reyes stayed with Reyes.";
        let fresh = names(small);
        let big: String =
            (b'a'..=b'z').flat_map(|c| (b'a'..=b'z').map(move |d| format!("Mayor Ana Q{}{} spoke. ", c as char, d as char))).collect();
        assert!(names(&big).len() > 256);
        assert_eq!(names(small), fresh);
    }

    #[test]
    fn the_capital_flag_is_a_capitalised_word_test() {
        // `find_mentions` reads "capitalised" from the token's flag: the
        // first character upper-case, and a letter somewhere.
        let text = "Émilie Ruiz, ÉLAN and ℕ met Ⅻ «Øre» 3M i.e. ñandú — \"Okoye\" ’Twas.";
        let doc = crate::segment::segment(text);
        for k in 0..doc.tokens().len() {
            let w = doc.tok(k);
            let capitalised = w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_alphabetic);
            assert_eq!(doc.is_cap(k), capitalised, "{w}");
        }
    }

    #[test]
    fn refilled_forms_drop_the_settled_ones() {
        let mut asked = vec![Asked { word: "Once", lower: Cow::Borrowed("once"), seen_lower: false, inner_cap: false }];
        let mut forms = Forms::clear_table();
        forms.fill(&asked);
        assert!(forms.may_hold(b"once", 0, 4) && forms.may_hold(b"Once", 0, 4));
        asked[0].seen_lower = true;
        forms.refill(&asked);
        assert!(!forms.may_hold(b"once", 0, 4) && forms.may_hold(b"Once", 0, 4));
        asked[0].inner_cap = true;
        forms.refill(&asked);
        assert!(!forms.may_hold(b"Once", 0, 4) && forms.firsts == [0; 256] && forms.lasts == [0; 256]);
    }

    #[test]
    fn honorifics_give_the_sex_with_or_without_their_periods() {
        let doc = crate::segment::segment("Lind");
        for (w, g) in [
            ("mr.", Some(Gender::Male)),
            ("mr..", Some(Gender::Male)),
            ("dame", Some(Gender::Female)),
            ("chairwoman.", Some(Gender::Female)),
            ("said.", None),
            (".", None),
            ("", None),
        ] {
            assert_eq!(honorific_gender(&doc, 0, 0, w), g, "{w}");
        }
        // Every gendered word passes the last-byte pre-test.
        for (w, g) in [
            ("sir", Gender::Male),
            ("lord", Gender::Male),
            ("king", Gender::Male),
            ("prince", Gender::Male),
            ("chairman", Gender::Male),
            ("ms", Gender::Female),
            ("mrs", Gender::Female),
            ("miss", Gender::Female),
            ("lady", Gender::Female),
            ("queen", Gender::Female),
            ("princess", Gender::Female),
        ] {
            let g = Some(g);
            assert_eq!(honorific_gender(&doc, 0, 0, w), g, "{w}");
        }
    }

    #[test]
    fn next_cap_finds_the_first_flag_at_every_place() {
        for len in 0..11 {
            let none = Token { start: 0, end: 1, kind: TokKind::Word, non_ascii: false, cap: false, sent: 0 };
            let mut toks = vec![none; len];
            assert_eq!(next_cap(&toks), None);
            for at in (0..len).rev() {
                toks[at].cap = true;
                assert_eq!(next_cap(&toks), Some(at), "{len} tokens");
            }
        }
    }

    #[test]
    fn clusters_full_name_and_surname_and_strips_titles() {
        let got = names("Foreign Minister Ana de la Cruz met Tom Reyes. Later de la Cruz left, and Reyes stayed.");
        // The later surname joins the full name's cluster.
        assert_eq!(got[0], ("Ana de la Cruz".to_string(), vec!["Ana de la Cruz".to_string(), "Cruz".to_string()]));
        assert_eq!(got[1].0, "Tom Reyes");
        assert_eq!(got[1].1, vec!["Tom Reyes", "Reyes"]);
    }

    #[test]
    fn a_lone_first_word_joins_the_full_name_it_opens() {
        // Family name first ("Park Min-ji" → "Park"), or a first name.
        let got = names("Park Min-ji met Tom Reyes in Busan. Park said the talks went well. Later Tom left.");
        assert_eq!(got[0], ("Park Min-ji".to_string(), vec!["Park Min-ji".to_string(), "Park".to_string()]));
        assert_eq!(got[1].1, vec!["Tom Reyes", "Tom"]);
        assert_eq!(got.len(), 3, "Busan stays apart: {got:?}");
    }

    #[test]
    fn surname_keys_read_the_last_word() {
        for name in [
            "Marco Rubio",
            " Ana  de la Cruz. ",
            "Rubio",
            "",
            "  ",
            "O'Neill",
            "(Smith)",
            "a\x0Bb",
            "a\x1Cb",
            "Seán Ó Gallchóir",
            "x -",
            "Ana\u{3000}Ó",
            "Lind\u{A0}",
            "–Kim–",
            "Ó-",
            "a\u{85}b ",
            "é",
        ] {
            let want = name.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            assert_eq!(surname_key(name), want, "{name:?}");
        }
    }

    #[test]
    fn acronyms_are_read_as_before_the_byte_test() {
        for w in ["NATO", "CNN", "U.S.", "Nato", "A", "É-U", "ÉTATS", "Ωμέγα", "ΩΜ", "A-B", ""] {
            let by_chars =
                w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-') && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            assert_eq!(is_acronym(w), by_chars, "{w:?}");
        }
        assert!(is_acronym("NATO") && !is_acronym("Nato"));
    }

    #[test]
    fn mentions_read_as_a_vec_would_inline_or_on_the_heap() {
        let m = |start| Mention { start, end: start + 1, kind: MentionKind::Name };
        for n in 0..6 {
            let (mut ms, mut v) = (Mentions::default(), Vec::new());
            for k in (0..n).rev() {
                ms.push(m(k));
                v.push(m(k));
            }
            assert_eq!(&*ms, &v[..]);
            ms.sort_by_key(|x| x.start);
            v.sort_by_key(|x| x.start);
            assert_eq!(&*ms, &v[..]);
            let mut other = Mentions::default();
            other.push(m(9));
            other.extend(ms.take_all());
            assert!(ms.is_empty());
            assert_eq!(other.len(), n + 1);
            assert_eq!(&other[1..], &v[..]);
        }
    }

    #[test]
    fn positions_keep_one_inline_then_move_to_the_heap() {
        for n in 0..5 {
            let mut ps: Few<(usize, usize), 1> = Few::default();
            let want: Vec<(usize, usize)> = (0..n).map(|k| (k, k + 2)).collect();
            want.iter().for_each(|&p| ps.push(p));
            let mut seen = Vec::new();
            for &p in &ps {
                seen.push(p);
            }
            assert_eq!((seen, ps.len(), ps.is_empty()), (want.clone(), n, n == 0));
            ps.clear();
            assert!(ps.is_empty());
        }
    }

    #[test]
    fn entity_names_and_keys_are_short_strs() {
        let e = Entity::new("Marco Rubio", PersonKind::Person);
        assert_eq!((e.key.len(), e.name.as_str()), (5, "Marco Rubio"));
        // (Lowered on the stack when ASCII and short, else by `surname_key`.)
        for n in ["Ana RUIZ", "Émile ZOLA", "Zoë Brontë", "Sa'ad  O'NEIL-Lind. ", "Ana Abcdefghijklmnopqrstuvwxyzabcdefgh", "Ana ÅB"] {
            assert_eq!(Entity::new(n, PersonKind::Person).key.as_str(), surname_key(n), "{n}");
        }
        assert!(e.name == "Marco Rubio" && e.name != "Marco");
    }

    #[test]
    fn quote_scans_agree_with_in_quote() {
        // Nested and unclosed quotes, and more than eight short quotes in a
        // row (`in_quote` looks at the last eight).
        for text in [
            "“One,” he said. ‘Two “three” four,’ she said, and “five.” Then six “seven” eight. “Nine",
            "Ames said “the port ‘will’ close” and “soon.” She added: “a” “b” “c” “d” “e” “f” “g” “h” “i” “j”, \
             then \"k\" and 'l'. Later, “a long one that ‘nests ‘twice’ here’ and ends” said Roe.",
            // A long quote left behind by the nine inside it, while it
            // reaches furthest.
            "He said “a ‘b’ ‘c’ ‘d’ ‘e’ ‘f’ ‘g’ ‘h’ ‘i’ ‘j’ and more” and left.",
        ] {
            let doc = crate::segment::segment(text);
            let quotes = crate::quotes::find_quotes(&doc);
            assert!(quotes.len() >= 3, "{quotes:?}");
            let mut scan = QuoteScan::new(&quotes);
            // Forward, then backward (searched for again), then forward.
            let positions = (0..=text.len()).chain((0..=text.len()).rev().step_by(7)).chain(0..=text.len());
            for pos in positions {
                assert_eq!(scan.covers(pos), in_quote(&quotes, pos), "{pos} in {text:?}");
            }
            // A fresh scan first asked anywhere.
            for pos in 0..=text.len() {
                assert_eq!(QuoteScan::new(&quotes).covers(pos), in_quote(&quotes, pos), "{pos} in {text:?}");
            }
        }
    }

    #[test]
    fn cluster_slots_are_per_string_with_a_field_per_role() {
        let mut keys = Clusters::new(0, &mut Spare::default());
        let rubio = keys.slot(&Cow::Borrowed("rubio"));
        keys.slots[rubio].key = Id::of(3);
        // The same string, borrowed or owned, finds the same slot.
        assert_eq!(keys.slot(&Cow::Owned("rubio".to_owned())), rubio);
        let marco = keys.slot(&Cow::Borrowed("marco rubio"));
        assert_ne!(marco, rubio);
        keys.slots[marco].full = Id::of(3);
        let named = keys.get("rubio");
        assert_eq!((named.key.get(), named.full.get(), named.first.get()), (Some(3), None, None));
        assert_eq!(keys.get("marco rubio").full.get(), Some(3));
        assert!(keys.get("marco").key.get().is_none() && keys.get("marco").first.get().is_none());
        // Keys past 16 bytes (kept apart from the packed ones) too, and
        // apart from the shorter keys they open.
        let long = ["alexandria ocasio-cortez", "alexandria ocasio", "alexandria ocasi", "alexandria ocas", "", "-"];
        let slots: Vec<usize> = long.iter().map(|&k| keys.slot(&Cow::Borrowed(k))).collect();
        for (k, &slot) in long.iter().zip(&slots) {
            assert_eq!(keys.slot(&Cow::Owned(k.to_string())), slot, "{k:?}");
            assert_eq!(keys.find(k), Some(slot), "{k:?}");
        }
        assert_eq!(slots.iter().collect::<std::collections::HashSet<_>>().len(), long.len());
        assert_eq!(keys.find("alexandria ocasio-corte"), None);
        // Past the packed table's first size, which grows: every key
        // keeps its slot.
        let many: Vec<String> = (0..1000).map(|k| format!("k{k}")).collect();
        let slots: Vec<usize> = many.iter().map(|k| keys.slot(&Cow::Owned(k.clone()))).collect();
        for (k, &slot) in many.iter().zip(&slots) {
            assert_eq!((keys.find(k), keys.slot(&Cow::Borrowed(k))), (Some(slot), slot), "{k:?}");
        }
        assert_eq!(keys.slots.len(), long.len() + 2 + many.len());
        assert_eq!(keys.find("k1000"), None);
        // Long keys past those searched in order: hashed, each keeping
        // its slot, those met before the change too.
        let before: Vec<Option<usize>> = long.iter().map(|k| keys.find(k)).collect();
        let longer: Vec<String> = (0..100).map(|k| format!("an organisation of many words {k}")).collect();
        let slots: Vec<usize> = longer.iter().map(|k| keys.slot(&Cow::Owned(k.clone()))).collect();
        for (k, &slot) in longer.iter().zip(&slots) {
            assert_eq!((keys.find(k), keys.slot(&Cow::Borrowed(k))), (Some(slot), slot), "{k:?}");
        }
        assert_eq!(long.iter().map(|k| keys.find(k)).collect::<Vec<_>>(), before);
        assert_eq!(keys.find("an organisation of many words 100"), None);
        assert_eq!(keys.slots.len(), long.len() + 2 + many.len() + longer.len());
    }

    #[test]
    fn person_of_sex_is_the_latest_of_that_sex_else_of_none() {
        let mut keys = Clusters::new(0, &mut Spare::default());
        let lind = keys.slot(&Cow::Borrowed("lind"));
        let dahl = keys.slot(&Cow::Borrowed("dahl"));
        let mut ents = Vec::new();
        let add = |ents: &mut Vec<Entity>, keys: &mut Clusters, slot: Option<usize>, gender| {
            let mut e = Entity::new("x", PersonKind::Person);
            e.gender = gender;
            ents.push(e);
            if let Some(s) = slot {
                keys.file_sex(ents.len() - 1, s, gender);
            }
        };
        add(&mut ents, &mut keys, Some(lind), None); // 0
        add(&mut ents, &mut keys, Some(lind), None); // 1
        add(&mut ents, &mut keys, Some(dahl), Some(Gender::Male)); // 2
        add(&mut ents, &mut keys, Some(lind), Some(Gender::Female)); // 3
        add(&mut ents, &mut keys, None, None); // 4: no person
        assert_eq!(keys.person_of_sex(&ents, "lind", Gender::Female), Some(3));
        assert_eq!(keys.person_of_sex(&ents, "lind", Gender::Male), Some(1));
        assert_eq!(keys.person_of_sex(&ents, "dahl", Gender::Male), Some(2));
        assert_eq!(keys.person_of_sex(&ents, "dahl", Gender::Female), None);
        assert_eq!(keys.person_of_sex(&ents, "rubio", Gender::Male), None);
        // Entity 1 learns it is male, then 0 that it is female.
        ents[1].gender = Some(Gender::Male);
        keys.file_sex(1, lind, Some(Gender::Male));
        assert_eq!(keys.person_of_sex(&ents, "lind", Gender::Male), Some(1));
        ents[0].gender = Some(Gender::Female);
        keys.file_sex(0, lind, Some(Gender::Female));
        assert_eq!(keys.person_of_sex(&ents, "lind", Gender::Female), Some(3));
        keys.slots[lind].by_sex[1] = Id::NONE;
        assert_eq!(keys.person_of_sex(&ents, "lind", Gender::Male), None);
    }

    #[test]
    fn vocabulary_answers_as_a_reading_of_every_word() {
        // Enough made-up openers to be looked up by hash (WordIndex), a
        // third of them also in lower case, a fifth capitalised inside a
        // sentence.
        let syllables = ["ba", "ze", "ko", "fi", "du", "la", "me", "no", "pi"];
        let many: String = (0..90)
            .map(|k| {
                let w = format!("{}{}{}", syllables[k % 9], syllables[k / 9 % 9], syllables[(k + 4) % 9]);
                let opener = w[..1].to_uppercase() + &w[1..];
                let mut s = format!("{opener} went home. ");
                if k % 3 == 0 {
                    s += &format!("Later {w} fell. ");
                }
                if k % 5 == 0 {
                    s += &format!("Then we saw {opener} again.\n\n");
                }
                s
            })
            .collect();
        // Openers seen in lower case, capitalised inside a sentence, both
        // (in either order), or neither; an "-ing" form; one in a quote.
        let mut spare_forms = None;
        for text in [
            many.as_str(),
            "Once we met. Then Ames left. Rarely, once more. Ames said so. Mostly Rarely sang. Walking home, Paul Mostly.",
            "Trump spoke. Later trump cards won. Then Trump left. Jumping ahead: “Whilst here” whilst there. Whilst.",
            // Lowered to more bytes ("Ⱥ" is two, "ⱥ" three).
            "Ⱥlba grew. Later ⱥlba slept. Ísland rose. So ísland fell. Ames left.",
            // A sentence ending in a word, then an opener: no word before it.
            "Ames Spoke\n\nRarely we met. Ames said so. Once we met. Walking home, Ames Spoke",
        ] {
            let doc = crate::segment::segment(text);
            let quotes = crate::quotes::find_quotes(&doc);
            // (The table of the text before, handed on as `find_mentions`
            // does: left clear, it answers as a new one.)
            let mut v = Vocabulary::of(&doc, &quotes, Vec::new(), Vec::new(), spare_forms.take());
            let forms = v.forms.as_ref().expect("the table is handed back");
            assert!(forms.firsts == [0; 256] && forms.lasts == [0; 256]);
            assert!(v.asked.len() >= 3, "{:?} in {text:?}", v.asked.iter().map(|a| a.word).collect::<Vec<_>>());
            assert_eq!(v.index.is_some(), text == many, "{} openers", v.asked.len());
            for a in &v.asked {
                let mut inner_cap = false;
                let mut seen_lower = false;
                for s in &doc.sentences {
                    for k in s.tokens.clone() {
                        let after_word = k > s.tokens.start && doc.tokens()[k - 1].kind == TokKind::Word;
                        inner_cap |= doc.tok(k) == a.word && after_word;
                        seen_lower |= doc.tok(k) == a.lower && doc.tok(k).starts_with(char::is_lowercase);
                    }
                }
                let form = a.lower.len() > 4 && (a.lower.ends_with("ing") || a.lower.ends_with("ly"));
                assert_eq!(v.common_word(a.word), !inner_cap && (form || seen_lower), "{:?} in {text:?}", a.word);
            }
            spare_forms = v.forms.take();
        }
    }

    #[test]
    fn forms_hold_every_form_still_looked_for() {
        let word = |w: &'static str, seen_lower, inner_cap| Asked { word: w, lower: w.to_lowercase().into(), seen_lower, inner_cap };
        let long = "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
        let asked = [word("Once", false, false), word("Émile", false, true), word("Ames", true, false), word(long, false, false)];
        let mut forms = Forms::clear_table();
        forms.fill(&asked);
        let holds = |w: &str| forms.may_hold(w.as_bytes(), 0, w.len());
        for w in ["Once", "once", "émile", "Ames", long, &long.to_lowercase()] {
            assert!(holds(w), "{w}");
        }
        // Settled forms, and other lengths, first or last bytes, are ruled out.
        for w in ["ames", "Emile", "Onc", "Oncee", "Ence", "ence", "1nce", ",", "Amesx", "Onca", "oncx"] {
            assert!(!holds(w), "{w}");
        }
    }

    #[test]
    fn is_particle_is_the_list() {
        assert!(PARTICLES.iter().all(|p| is_particle(p)));
        for w in ["", "d", "De", "dell", "st", "of", "bens", "the", "and", "for", "dan", "ten", "tel", "ab", "ell", "ibm", "vin", "lo"] {
            assert_eq!(is_particle(w), PARTICLES.contains(&w), "{w}");
        }
        // Each particle one byte longer or shorter, or of another first
        // byte, is none (unless it is another particle).
        for p in PARTICLES {
            for w in [format!("{p}s"), p[..p.len() - 1].to_string(), format!("x{}", &p[1..]), p.to_uppercase()] {
                assert_eq!(is_particle(&w), PARTICLES.contains(&w.as_str()), "{w}");
            }
        }
    }

    #[test]
    fn name_refs_keep_the_tokens_of_their_run() {
        let text = "Yesterday Foreign Minister Ana de la Cruz met Tom Reyes, and Dr. Reyes left.";
        let doc = crate::segment::segment(text);
        let e = find_mentions(&doc, &crate::quotes::find_quotes(&doc));
        assert!(e.names.len() >= 3);
        // Each name's run opens on its first title word, if any.
        let runs: Vec<(&str, &str)> = e.names.iter().map(|n| (&text[n.start..n.end], doc.tok(n.run))).collect();
        for want in [("Ana de la Cruz", "Foreign"), ("Tom Reyes", "Tom"), ("Reyes", "Dr")] {
            assert!(runs.contains(&want), "{want:?} in {runs:?}");
        }
        for n in &e.names {
            assert_eq!(n.after, doc.token_at_or_after(n.end));
        }
    }

    #[test]
    fn only_words_carry_the_capital_flag() {
        // `find_mentions` looks for a name's first word by the flag alone.
        let doc = crate::segment::segment("«Élan» – “Ägypten”, ¿Qué? A.B. (Ruiz) 'Ok' É. 4G Ω");
        assert!(doc.tokens().iter().any(|t| t.cap));
        for (i, t) in doc.tokens().iter().enumerate() {
            assert!(!t.cap || t.kind == TokKind::Word, "{:?}", doc.tok(i));
        }
    }

    #[test]
    fn nickname_is_one_or_two_capitalised_words_between_capitalised_words() {
        let at = |t: &str| {
            let (a, b) = (t.find('"').unwrap(), t.rfind('"').unwrap());
            nickname_at(t, a, a + 1, b, b + 1)
        };
        assert!(at(r#"Daniel "Danny" Marsh said"#));
        assert!(at(r#"Ines "Big Nessa" Lund"#));
        assert!(!at(r#"Daniel "Danny" marsh"#));
        assert!(!at(r#"Daniel "Danny"  Marsh"#));
        assert!(!at(r#"Daniel "Danny""#));
        assert!(!at(r#"It ended. "Danny" Marsh"#));
        assert!(!at(r#"daniel "Danny" Marsh"#));
        assert!(!at(r#"Daniel "Danny Boy Jr" Marsh"#));
        assert!(!at(r#"Daniel "danny" Marsh"#));
    }

    #[test]
    fn names_inside_quotes_are_not_mentions() {
        let got = names("“We see you, Boris Ivanov,” Jane Holt said.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Jane Holt");
    }
}
