#![cfg(not(target_arch = "wasm32"))]
//! The bundled story loads, and its text is the source's, restored without loss.

use petrograd1917::story::Story;

#[test]
fn bundled_story_loads_without_problems() {
    match Story::bundled() {
        Ok(story) => assert!(!story.steps().is_empty()),
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{} problems:\n{}", list.len(), list.join("\n"));
        }
    }
}
