//! Passages as the data writes them (`{"paragraph": "p17", "quote": "…"}`), checked against
//! the restored text and turned into byte ranges once, at load time.

use serde_json::Value;

use super::fields::Fields;
use super::Known;
use crate::story::ids::BlockId;
use crate::story::model::Passage;
use crate::story::problem::files;

/// Reads the optional list `key` of passages; when the text file itself could not be read,
/// only their shape is checked.
pub(crate) fn read_list(
    f: &mut Fields<'_, '_>,
    key: &'static str,
    known: &Known<'_>,
) -> Vec<Passage> {
    let items = f.opt_array(key);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = format!("{key}[{i}]");
        if let Some(passage) = read_one(f, &field, item, known) {
            out.push(passage);
        }
    }
    if let Some(text) = known.text {
        out.sort_by_key(|p| (text.position(p.block.as_str()), p.range.start));
    }
    out
}

fn read_one(
    f: &mut Fields<'_, '_>,
    field: &str,
    item: &Value,
    known: &Known<'_>,
) -> Option<Passage> {
    let Some(object) = item.as_object() else {
        f.report(field, "expected {\"paragraph\": …, \"quote\": …}");
        return None;
    };
    for key in object
        .keys()
        .filter(|k| !["paragraph", "quote", "translation"].contains(&k.as_str()))
    {
        f.report(&format!("{field}.{key}"), "unknown field (misspelt?)");
    }
    let Some(block_id) = object.get("paragraph").and_then(Value::as_str) else {
        f.report(
            &format!("{field}.paragraph"),
            "missing: the id of a paragraph or footnote",
        );
        return None;
    };
    let quote = match object.get("quote") {
        None | Some(Value::Null) => None,
        Some(Value::String(q)) if !q.is_empty() => Some(q.as_str()),
        Some(_) => {
            f.report(&format!("{field}.quote"), "expected a non-empty string");
            return None;
        }
    };
    let translation = match object.get("translation") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) if !t.is_empty() => Some(t.as_str()),
        Some(_) => {
            f.report(
                &format!("{field}.translation"),
                "expected a non-empty string",
            );
            return None;
        }
    };
    let text = known.text?;
    let Some(block) = text.block(block_id) else {
        if !Known::lacks(known.block_ids, block_id) {
            return None; // a broken block, already reported
        }
        f.report(
            &format!("{field}.paragraph"),
            format!("unknown paragraph or footnote id `{block_id}`"),
        );
        return None;
    };
    let range = match quote {
        None => 0..block.text.len(),
        Some(quote) => match locate(&block.text, quote) {
            Ok(range) => range,
            Err(message) => {
                f.report(
                    &format!("{field}.quote"),
                    format!("{message} in `{block_id}`"),
                );
                return None;
            }
        },
    };
    let translated = translated_range(f, field, block_id, quote, translation, known);
    Some(Passage {
        block: BlockId::new(block_id),
        range,
        translated,
    })
}

/// Where the passage's translation lies in the translated block: the whole block for a
/// whole-block passage, else the `translation` words, found once and verbatim as quotes
/// are. Problems are reported; `None` without a translation (or when it is broken, which
/// is reported on its own).
fn translated_range(
    f: &mut Fields<'_, '_>,
    field: &str,
    block_id: &str,
    quote: Option<&str>,
    translation: Option<&str>,
    known: &Known<'_>,
) -> Option<std::ops::Range<usize>> {
    let key = format!("{field}.translation");
    if !known.translating {
        if translation.is_some() {
            f.report(
                &key,
                format!(
                    "the story has no translation ({}) to point into",
                    files::TRANSLATION
                ),
            );
        }
        return None;
    }
    let block = known.translation?.block(block_id)?;
    match (quote, translation) {
        (None, None) => Some(0..block.text.len()),
        (None, Some(_)) => {
            f.report(
                &key,
                "a passage without a quote cites the whole block: give the quote, or drop the translation",
            );
            None
        }
        (Some(_), None) => {
            f.report(
                &key,
                format!(
                    "missing: the words of {} that translate the quote",
                    files::TRANSLATION
                ),
            );
            None
        }
        (Some(_), Some(words)) => locate(&block.text, words)
            .map_err(|message| {
                f.report(
                    &key,
                    format!("{message} in {}'s `{block_id}`", files::TRANSLATION),
                )
            })
            .ok(),
    }
}

/// The byte range of the one occurrence of `quote` in `text`.
pub(crate) fn locate(text: &str, quote: &str) -> Result<std::ops::Range<usize>, String> {
    let mut found = text.match_indices(quote).map(|(at, _)| at);
    match (found.next(), found.count()) {
        (None, _) => Err(format!(
            "quotation «{}» is not found verbatim (markup removed)",
            abridge(quote)
        )),
        (Some(at), 0) => Ok(at..at + quote.len()),
        (Some(_), more) => Err(format!(
            "quotation «{}» occurs {} times: quote more words to make it unique",
            abridge(quote),
            more + 1
        )),
    }
}

/// A long quotation shortened for a message.
pub(crate) fn abridge(quote: &str) -> String {
    const MAX: usize = 60;
    if quote.chars().count() <= MAX {
        quote.to_owned()
    } else {
        let head: String = quote.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_requires_one_exact_occurrence() {
        // Byte offsets: "à" takes two bytes.
        assert_eq!(locate("à la gare de Varsovie", "gare"), Ok(6..10));
        assert!(locate("a b a", "a").unwrap_err().contains("2 times"));
        assert!(locate("Smolny", "Smolnyi")
            .unwrap_err()
            .contains("not found"));
        assert_eq!(abridge(&"x".repeat(70)).chars().count(), 61);
    }
}
