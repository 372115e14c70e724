//! Stage 4: mentions of people, organisations and groups (stub).
use crate::quotes::QuoteSpan;
use crate::segment::Doc;
use crate::PersonKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Name,
    Description,
    Pronoun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: PersonKind,
    pub mentions: Vec<Mention>,
    pub positions: Vec<(usize, usize)>,
}

pub fn find_mentions(_doc: &Doc, _quotes: &[QuoteSpan]) -> Vec<Entity> {
    Vec::new()
}
