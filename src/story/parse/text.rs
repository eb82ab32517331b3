//! `text.json`: the restored paragraphs and footnotes, their markup read into spans, links
//! resolved to people and works, and footnote markers paired with footnotes.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::fields::{parse_json, Fields};
use super::{Ids, Known};
use crate::story::ids::{BlockId, PersonId, WorkId};
use crate::story::markup::{self, RawKind};
use crate::story::model::Person;
use crate::story::problem::{files::TEXT, Problem};
use crate::story::text::{Block, BlockRole, Span, SpanKind, Text};

/// The text and its block ids, or `None` when the file cannot be read at all. Links are
/// checked against the people and works in `known`.
pub(crate) fn parse(
    src: &str,
    known: &Known<'_>,
    problems: &mut Vec<Problem>,
) -> Option<(Text, Ids)> {
    let root = parse_json(TEXT, src, problems)?;
    let mut f = Fields::open(TEXT, "file".into(), &root, problems)?;
    let _ = f.opt_str("source");
    let _ = f.opt_str("language");
    let paragraphs_json = f.array("paragraphs").unwrap_or(&[]);
    let footnotes_json = f.array("footnotes").unwrap_or(&[]);
    f.finish();

    let mut lines_used: HashMap<u32, String> = HashMap::new();
    let mut ids = Ids::new();
    let mut text = Text::default();
    for (i, item) in paragraphs_json.iter().enumerate() {
        let record = format!("paragraph #{i}");
        if let Some(block) = read_block(
            item,
            record,
            false,
            known,
            &mut ids,
            &mut lines_used,
            problems,
        ) {
            text.paragraphs.push(block);
        }
    }
    for (i, item) in footnotes_json.iter().enumerate() {
        let record = format!("footnote #{i}");
        if let Some(block) = read_block(
            item,
            record,
            true,
            known,
            &mut ids,
            &mut lines_used,
            problems,
        ) {
            text.footnotes.push(block);
        }
    }
    check_footnotes(&text, problems);
    text.footnotes.sort_by_key(|b| match b.role {
        BlockRole::Footnote(n) => n,
        _ => 0,
    });
    Some((text, ids))
}

fn read_block(
    item: &Value,
    record: String,
    is_footnote: bool,
    targets: &Known<'_>,
    ids: &mut Ids,
    lines_used: &mut HashMap<u32, String>,
    problems: &mut Vec<Problem>,
) -> Option<Block> {
    let mut f = Fields::open(TEXT, record, item, problems)?;
    let kind = if is_footnote { "footnote" } else { "paragraph" };
    let id = f.id("id");
    if let Some(id) = id {
        f.rename(format!("{kind} `{id}`"));
        if !ids.insert(id.to_owned()) {
            f.report("id", format!("duplicate paragraph or footnote id `{id}`"));
        }
    }
    let role = if is_footnote {
        f.integer("number", 1..=99)
            .map(|n| BlockRole::Footnote(n as u8))
    } else {
        match f.str("role") {
            Some(name) => BlockRole::from_name(name).or_else(|| {
                f.report(
                    "role",
                    format!("unknown role `{name}` (title, byline, source-note, body, quote)"),
                );
                None
            }),
            None => None,
        }
    };
    let source_lines = read_lines(&mut f, lines_used);
    let markup_text = f.str("text");
    let (plain, spans) = match markup_text.map(markup::parse) {
        Some(Ok(parsed)) => {
            let spans = resolve_spans(&mut f, &parsed, targets, Forms::Original);
            (parsed.plain, spans)
        }
        Some(Err(message)) => {
            f.report("text", message);
            (String::new(), None)
        }
        None => (String::new(), None),
    };
    f.finish();
    Some(Block {
        id: BlockId::new(id?),
        role: role?,
        text: plain,
        spans: spans?,
        source_lines,
    })
}

fn read_lines(f: &mut Fields<'_, '_>, lines_used: &mut HashMap<u32, String>) -> Vec<u32> {
    let items = f.array("lines").unwrap_or(&[]);
    let mut lines = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(line) = item
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0)
        else {
            f.report(&format!("lines[{i}]"), "expected a line number from 1");
            continue;
        };
        if lines.last().is_some_and(|last| *last >= line) {
            f.report(&format!("lines[{i}]"), "line numbers must increase");
        }
        let record = f.record().to_owned();
        if let Some(other) = lines_used.insert(line, record.clone()) {
            if other != record {
                f.report(
                    &format!("lines[{i}]"),
                    format!("source line {line} is already used by {other}"),
                );
            }
        }
        lines.push(line);
    }
    if items.is_empty() && f.has("lines") {
        f.report("lines", "give the source line(s) the block comes from");
    }
    lines
}

/// Which of a person's forms a link's words must be: the original text's, or the
/// translation's.
#[derive(Clone, Copy)]
pub(crate) enum Forms {
    Original,
    Translation,
}

impl Forms {
    fn of(self, person: &Person) -> &[String] {
        match self {
            Forms::Original => &person.forms,
            Forms::Translation => &person.translation_forms,
        }
    }

    fn field(self) -> &'static str {
        match self {
            Forms::Original => "forms",
            Forms::Translation => "translation_forms",
        }
    }
}

/// The parsed markup's spans with links resolved to people and works; `None` when a link
/// cannot be resolved (reported).
pub(crate) fn resolve_spans(
    f: &mut Fields<'_, '_>,
    parsed: &markup::Parsed,
    targets: &Known<'_>,
    forms: Forms,
) -> Option<Vec<Span>> {
    let mut spans = Vec::new();
    let mut ok = true;
    for raw in &parsed.spans {
        let words = &parsed.plain[raw.range.clone()];
        let kind = match &raw.kind {
            RawKind::Text => SpanKind::Text,
            RawKind::Emphasis => SpanKind::Emphasis,
            RawKind::Superscript => SpanKind::Superscript,
            RawKind::FootnoteRef(n) => SpanKind::FootnoteRef(*n),
            RawKind::Link(target) => match resolve_link(target, words, targets, forms, f) {
                Some(kind) => kind,
                None => {
                    ok = false;
                    continue;
                }
            },
        };
        spans.push(Span {
            kind,
            range: raw.range.clone(),
        });
    }
    ok.then_some(spans)
}

/// The text's links pointed at `#` in the source; the data says what each one names.
fn resolve_link(
    target: &str,
    words: &str,
    targets: &Known<'_>,
    forms: Forms,
    f: &mut Fields<'_, '_>,
) -> Option<SpanKind> {
    if let Some(id) = target.strip_prefix("person:") {
        if Known::lacks(targets.person_ids, id) {
            f.report("text", format!("link `{words}`: unknown person id `{id}`"));
            return None;
        }
        let person = targets
            .people
            .and_then(|people| people.iter().find(|p| p.id.as_str() == id));
        if person.is_some_and(|person| !forms.of(person).iter().any(|form| form == words)) {
            f.report(
                "text",
                format!(
                    "link `{words}` is not among the {} of person `{id}` (wrong person?)",
                    forms.field()
                ),
            );
        }
        Some(SpanKind::Person(PersonId::new(id)))
    } else if let Some(id) = target.strip_prefix("work:") {
        if Known::lacks(targets.work_ids, id) {
            f.report("text", format!("link `{words}`: unknown work id `{id}`"));
            return None;
        }
        Some(SpanKind::Work(WorkId::new(id)))
    } else {
        f.report(
            "text",
            format!("link `{words}` points to `{target}`: write person:ID or work:ID"),
        );
        None
    }
}

fn check_footnotes(text: &Text, problems: &mut Vec<Problem>) {
    let numbers: Vec<u8> = text
        .footnotes
        .iter()
        .filter_map(|b| match b.role {
            BlockRole::Footnote(n) => Some(n),
            _ => None,
        })
        .collect();
    for block in text.paragraphs.iter().chain(&text.footnotes) {
        for n in block.footnote_refs() {
            if !numbers.contains(&n) {
                problems.push(Problem::new(
                    TEXT,
                    &format!("paragraph `{}`", block.id),
                    "text",
                    format!("marker ^[{n}] has no footnote {n}"),
                ));
            }
        }
    }
    let mut seen = HashSet::new();
    for (block, n) in text.footnotes.iter().zip(&numbers) {
        let record = format!("footnote `{}`", block.id);
        if !seen.insert(*n) {
            problems.push(Problem::new(
                TEXT,
                &record,
                "number",
                format!("duplicate footnote number {n}"),
            ));
        }
        let markers = text
            .paragraphs
            .iter()
            .chain(&text.footnotes)
            .flat_map(Block::footnote_refs)
            .filter(|m| m == n)
            .count();
        if markers != 1 {
            problems.push(Problem::new(
                TEXT,
                &record,
                "number",
                format!("the text has {markers} markers ^[{n}]; a footnote needs exactly one"),
            ));
        }
    }
    for expected in 1..=numbers.len() as u8 {
        if !numbers.contains(&expected) {
            problems.push(Problem::new(
                TEXT,
                "footnotes",
                "number",
                format!("footnote {expected} is missing: numbers must run 1, 2, 3…"),
            ));
        }
    }
}
