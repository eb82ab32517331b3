//! `text.en.json`: a translation of the whole text, block for block. Checked against the
//! original so that the reader can show either, or both side by side, and names and
//! footnotes behave the same in both: every block translated once, in order, with the
//! same links and footnote markers, and no empty text.

use std::collections::HashSet;

use serde_json::Value;

use super::fields::{parse_json, Fields};
use super::text::{resolve_spans, Forms};
use super::Known;
use crate::story::markup;
use crate::story::problem::{files::TRANSLATION, Problem};
use crate::story::text::{Block, Span, SpanKind, Text, Translation};

/// The translation, or `None` when the file cannot be read at all. `original` is the text
/// it translates; links are checked against the people and works in `known`.
pub(crate) fn parse(
    src: &str,
    original: &Text,
    known: &Known<'_>,
    problems: &mut Vec<Problem>,
) -> Option<Translation> {
    let root = parse_json(TRANSLATION, src, problems)?;
    let mut f = Fields::open(TRANSLATION, "file".into(), &root, problems)?;
    let _ = f.opt_str("translation_of");
    let language = f.id("language").map(str::to_owned);
    let credit = f.localized("credit");
    let paragraphs_json = f.array("paragraphs").unwrap_or(&[]);
    let footnotes_json = f.array("footnotes").unwrap_or(&[]);
    f.finish();
    let list = |json, of, kind| List {
        json,
        original: of,
        kind,
    };
    let text = Text {
        paragraphs: read_list(
            list(paragraphs_json, &original.paragraphs, "paragraph"),
            known,
            problems,
        ),
        footnotes: read_list(
            list(footnotes_json, &original.footnotes, "footnote"),
            known,
            problems,
        ),
    };
    Some(Translation {
        language: language?,
        credit: credit?,
        text,
    })
}

/// One of the file's two lists and the original list it translates.
struct List<'v, 'o> {
    json: &'v [Value],
    original: &'o [Block],
    /// `paragraph` or `footnote`, for messages.
    kind: &'static str,
}

/// The translated blocks of one list, in the original's order; every block of the original
/// that has no translation, and every translation of nothing, is reported.
fn read_list(list: List<'_, '_>, known: &Known<'_>, problems: &mut Vec<Problem>) -> Vec<Block> {
    let mut seen = HashSet::new();
    let mut last_position = None;
    let mut blocks = Vec::new();
    for (i, item) in list.json.iter().enumerate() {
        let Some(mut f) = Fields::open(TRANSLATION, format!("{} #{i}", list.kind), item, problems)
        else {
            continue;
        };
        let Some(id) = f.id("id") else {
            f.finish();
            continue;
        };
        f.rename(format!("{} `{id}`", list.kind));
        let position = list.original.iter().position(|b| b.id.as_str() == id);
        let original = match position {
            None => {
                f.report(
                    "id",
                    format!("text.json has no {} `{id}` to translate", list.kind),
                );
                None
            }
            Some(_) if !seen.insert(id.to_owned()) => {
                f.report("id", format!("`{id}` is translated twice"));
                None
            }
            Some(at) => {
                if last_position.is_some_and(|last| last > at) {
                    f.report("id", "out of order: keep text.json's order");
                }
                last_position = Some(at);
                list.original.get(at)
            }
        };
        let block = read_text(&mut f, known).and_then(|(text, spans)| {
            let original = original?;
            check_marks(&mut f, original, &spans);
            Some(Block {
                id: original.id.clone(),
                role: original.role,
                text,
                spans,
                source_lines: original.source_lines.clone(),
            })
        });
        f.finish();
        blocks.extend(block);
    }
    for original in list.original {
        if !seen.contains(original.id.as_str()) {
            problems.push(Problem::new(
                TRANSLATION,
                &format!("{} `{}`", list.kind, original.id),
                "text",
                format!("missing: text.json's {} is not translated", list.kind),
            ));
        }
    }
    blocks.sort_by_key(|b| list.original.iter().position(|o| o.id == b.id));
    blocks
}

/// The block's plain text and spans, the links resolved against the people's translation
/// forms; `None` when the text is missing, empty or cannot be read (reported).
fn read_text(f: &mut Fields<'_, '_>, known: &Known<'_>) -> Option<(String, Vec<Span>)> {
    let parsed = match markup::parse(f.str("text")?) {
        Ok(parsed) => parsed,
        Err(message) => {
            f.report("text", message);
            return None;
        }
    };
    if parsed.plain.trim().is_empty() {
        f.report("text", "empty: translate the block");
        return None;
    }
    let spans = resolve_spans(f, &parsed, known, Forms::Translation)?;
    Some((parsed.plain, spans))
}

/// Links and footnote markers must be the original's, in kind, target and order: the
/// reader hangs people and notes on them in both languages.
fn check_marks(f: &mut Fields<'_, '_>, original: &Block, spans: &[Span]) {
    let marks = |spans: &[Span]| -> Vec<String> {
        spans
            .iter()
            .filter_map(|span| match &span.kind {
                SpanKind::Person(id) => Some(format!("person:{id}")),
                SpanKind::Work(id) => Some(format!("work:{id}")),
                SpanKind::FootnoteRef(n) => Some(format!("^[{n}]")),
                SpanKind::Text | SpanKind::Emphasis | SpanKind::Superscript => None,
            })
            .collect()
    };
    let (want, found) = (marks(&original.spans), marks(spans));
    if want != found {
        f.report(
            "text",
            format!(
                "links and footnote markers [{}] differ from text.json's [{}]: keep the same, in the same order",
                found.join(", "),
                want.join(", ")
            ),
        );
    }
}
