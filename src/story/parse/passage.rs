//! Passages as the data writes them (`{"paragraph": "p17", "quote": "…"}`), checked against
//! the restored text and turned into byte ranges once, at load time.

use serde_json::Value;

use super::fields::Fields;
use super::Known;
use crate::story::ids::BlockId;
use crate::story::model::Passage;

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
    for key in object.keys().filter(|k| *k != "paragraph" && *k != "quote") {
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
    Some(Passage {
        block: BlockId::new(block_id),
        range,
    })
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
