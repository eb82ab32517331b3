//! `people.json`: the people the text names, and the works it links to.

use super::fields::{parse_json, Fields};
use super::Ids;
use crate::story::ids::{PersonId, WorkId};
use crate::story::model::{Person, Work};
use crate::story::problem::{files::PEOPLE, Problem};

/// What `people.json` holds.
pub(crate) struct PeopleFile {
    pub people: Vec<Person>,
    pub works: Vec<Work>,
    pub person_ids: Ids,
    pub work_ids: Ids,
}

/// People and works, or `None` when the file cannot be read at all.
pub(crate) fn parse(src: &str, problems: &mut Vec<Problem>) -> Option<PeopleFile> {
    let root = parse_json(PEOPLE, src, problems)?;
    let mut f = Fields::open(PEOPLE, "file".into(), &root, problems)?;
    let people_json = f.array("people").unwrap_or(&[]);
    let works_json = f.array("works").unwrap_or(&[]);
    f.finish();

    let mut people = Vec::new();
    let mut person_ids = Ids::new();
    for (i, item) in people_json.iter().enumerate() {
        let Some(mut f) = Fields::open(PEOPLE, format!("person #{i}"), item, problems) else {
            continue;
        };
        let id = f.id("id");
        if let Some(id) = id {
            f.rename(format!("person `{id}`"));
            if !person_ids.insert(id.to_owned()) {
                f.report("id", format!("duplicate person id `{id}`"));
            }
        }
        let name = f.localized("name");
        let forms = f.strings("forms");
        if forms.is_empty() && f.has("forms") {
            f.report("forms", "give at least one form the text uses");
        }
        let translation_forms = f.strings("translation_forms");
        let about = f.localized("about");
        f.finish();
        if let (Some(id), Some(name), Some(about)) = (id, name, about) {
            people.push(Person {
                id: PersonId::new(id),
                name,
                forms: forms.into_iter().map(str::to_owned).collect(),
                translation_forms: translation_forms.into_iter().map(str::to_owned).collect(),
                about,
            });
        }
    }

    let mut works = Vec::new();
    let mut work_ids = Ids::new();
    for (i, item) in works_json.iter().enumerate() {
        let Some(mut f) = Fields::open(PEOPLE, format!("work #{i}"), item, problems) else {
            continue;
        };
        let id = f.id("id");
        if let Some(id) = id {
            f.rename(format!("work `{id}`"));
            if !work_ids.insert(id.to_owned()) {
                f.report("id", format!("duplicate work id `{id}`"));
            }
        }
        let title = f.str("title");
        let about = f.localized("about");
        f.finish();
        if let (Some(id), Some(title), Some(about)) = (id, title, about) {
            works.push(Work {
                id: WorkId::new(id),
                title: title.to_owned(),
                about,
            });
        }
    }
    Some(PeopleFile {
        people,
        works,
        person_ids,
        work_ids,
    })
}
