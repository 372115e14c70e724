//! The gold annotation format (`docs/format.md`, "Gold annotations"): one
//! `NAME.json` beside each `NAME.txt`. Quotes are given by their text and
//! which occurrence of it is meant, so the files stay readable and survive
//! any offset convention; here they are located once, as byte ranges.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::names::Forms;
use super::score::Range;
use crate::{PersonKind, QuoteKind};

/// A gold JSON file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFile {
    /// The text file it annotates (informational).
    #[serde(default)]
    pub doc: Option<String>,
    pub people: Vec<GoldPerson>,
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldPerson {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub positions: Vec<String>,
    #[serde(default)]
    pub speaker: bool,
    #[serde(default = "person")]
    pub kind: PersonKind,
    /// For `kind: group`: ids of the members.
    #[serde(default)]
    pub members: Vec<String>,
}

fn person() -> PersonKind {
    PersonKind::Person
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    pub text: String,
    #[serde(default = "first")]
    pub occurrence: usize,
    pub speaker: Option<String>,
    pub kind: QuoteKind,
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub nested: bool,
}

fn first() -> usize {
    1
}

/// A gold quote located in its article.
#[derive(Debug, Clone)]
pub struct Located {
    pub range: Range,
    pub kind: QuoteKind,
    /// Index into [`GoldDoc::people`].
    pub speaker: Option<usize>,
}

/// One article with its gold annotations, ready to score.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub name: String,
    pub text: String,
    pub people: Vec<GoldPerson>,
    /// Per person: name and aliases, normalised.
    pub forms: Vec<Forms>,
    /// Per person: indices of the group's members (empty for non-groups).
    pub members: Vec<Vec<usize>>,
    pub quotes: Vec<Located>,
    /// Gold quotes whose text was not found (each with why); not scored.
    pub unlocated: Vec<String>,
}

impl GoldDoc {
    /// Checks the annotations against the text. Errors (bad ids) make the
    /// whole file unusable; a quote that cannot be found is only set aside.
    pub fn new(name: &str, text: String, file: GoldFile) -> Result<GoldDoc, String> {
        let mut index = HashMap::new();
        for (i, p) in file.people.iter().enumerate() {
            if index.insert(p.id.as_str(), i).is_some() {
                return Err(format!("person id '{}' is used twice", p.id));
            }
        }
        let lookup = |id: &str, what: &str| index.get(id).copied().ok_or(format!("{what} '{id}' is not a person id"));
        let members = file
            .people
            .iter()
            .map(|p| p.members.iter().map(|m| lookup(m, "member")).collect::<Result<Vec<_>, _>>())
            .collect::<Result<Vec<_>, _>>()?;
        let forms = file.people.iter().map(|p| Forms::new(std::iter::once(&p.name).chain(&p.aliases).map(String::as_str))).collect();
        let mut quotes = Vec::new();
        let mut unlocated = Vec::new();
        for q in &file.quotes {
            let speaker = q.speaker.as_deref().map(|id| lookup(id, "quote speaker")).transpose()?;
            match locate(&text, &q.text, q.occurrence) {
                Some(range) => quotes.push(Located { range, kind: q.kind, speaker }),
                None => unlocated.push(format!(
                    "occurrence {} of {:?} is not in the text ({} found)",
                    q.occurrence,
                    q.text,
                    if q.text.is_empty() { 0 } else { text.matches(q.text.as_str()).count() }
                )),
            }
        }
        Ok(GoldDoc { name: name.to_owned(), text, people: file.people, forms, members, quotes, unlocated })
    }

    /// Reads `NAME.txt` and `NAME.json` (the JSON path given).
    pub fn read(json_path: &Path) -> Result<GoldDoc, String> {
        let txt_path = json_path.with_extension("txt");
        let name = json_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let json = std::fs::read_to_string(json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
        let text = std::fs::read_to_string(&txt_path).map_err(|e| format!("{}: {e}", txt_path.display()))?;
        let file: GoldFile = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", json_path.display()))?;
        GoldDoc::new(&name, text, file).map_err(|e| format!("{}: {e}", json_path.display()))
    }
}

/// Byte range of the `occurrence`-th (1-based) non-overlapping occurrence
/// of `needle`, counted as Python's `str.count` and `str.find` loops do.
pub fn locate(text: &str, needle: &str, occurrence: usize) -> Option<Range> {
    if needle.is_empty() || occurrence == 0 {
        return None;
    }
    text.match_indices(needle).nth(occurrence - 1).map(|(s, m)| (s, s + m.len()))
}

/// The `NAME.json` files of a gold folder that have a `NAME.txt` beside
/// them, sorted; and the names of JSON files without one.
pub fn list_dir(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<String>)> {
    let mut pairs = Vec::new();
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            if path.with_extension("txt").is_file() {
                pairs.push(path);
            } else {
                orphans.push(path.file_name().unwrap_or_default().to_string_lossy().into_owned());
            }
        }
    }
    pairs.sort();
    orphans.sort();
    Ok((pairs, orphans))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_the_requested_occurrence() {
        let t = "yes, yes, yes";
        assert_eq!(locate(t, "yes", 1), Some((0, 3)));
        assert_eq!(locate(t, "yes", 3), Some((10, 13)));
        assert_eq!(locate(t, "yes", 4), None);
        assert_eq!(locate(t, "yes", 0), None);
        assert_eq!(locate(t, "", 1), None);
        // Non-overlapping, like Python's str.count.
        assert_eq!(locate("aaaa", "aa", 2), Some((2, 4)));
    }

    #[test]
    fn bad_ids_are_errors_and_missing_text_is_set_aside() {
        let json = r#"{"people": [{"id": "a", "name": "Ann Lee"}],
            "quotes": [{"text": "hi", "speaker": "a", "kind": "direct"},
                       {"text": "absent", "speaker": null, "kind": "partial"}]}"#;
        let doc = GoldDoc::new("x", "“hi,” Ann Lee said.".into(), serde_json::from_str(json).unwrap()).unwrap();
        assert_eq!(doc.quotes.len(), 1);
        assert_eq!(doc.quotes[0].range, (3, 5));
        assert_eq!(doc.unlocated.len(), 1);
        assert!(doc.unlocated[0].contains("absent"));

        let bad = r#"{"people": [], "quotes": [{"text": "hi", "speaker": "zed", "kind": "direct"}]}"#;
        let err = GoldDoc::new("x", "hi".into(), serde_json::from_str(bad).unwrap()).unwrap_err();
        assert!(err.contains("'zed'"), "{err}");
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let typo = r#"{"people": [{"id": "a", "name": "A", "alias": ["B"]}], "quotes": []}"#;
        assert!(serde_json::from_str::<GoldFile>(typo).is_err());
    }
}
