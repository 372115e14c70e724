//! Stage 5: attribution (stub).
use crate::mentions::Entity;
use crate::quotes::QuoteSpan;
use crate::segment::Doc;
use crate::QuoteKind;

#[derive(Debug, Clone)]
pub struct Attributed {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub nested: bool,
    pub speaker: Option<usize>,
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub confidence: f32,
}

pub fn attribute(_doc: &Doc, quotes: &[QuoteSpan], _entities: &mut Vec<Entity>, _indirect: bool) -> Vec<Attributed> {
    quotes
        .iter()
        .map(|q| Attributed {
            start: q.start,
            end: q.end,
            kind: q.kind,
            nested: q.parent.is_some(),
            speaker: None,
            source: None,
            cue: None,
            confidence: 0.0,
        })
        .collect()
}
