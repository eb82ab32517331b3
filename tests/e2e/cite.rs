//! "Cite" (issue 25, begun): a paragraph's citation on the clipboard, naming the author, the
//! title, the paragraph's number and a link that reopens that moment at that paragraph;
//! and, where the clipboard is refused, the citation shown selected to copy by hand.

use serde_json::{json, Value};

use crate::browser::{cdp, open_app, Browser};

/// The clipboard's text, read in the page (the permission is granted by the test).
async fn clipboard_text(browser: &Browser) -> String {
    let text = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.clipboard.readText().then(done, (e) => done('refused: ' + e));",
            vec![],
        )
        .await
        .expect("read the clipboard");
    text.as_str().unwrap_or_default().to_owned()
}

/// Grants (or denies) the page's origin the clipboard.
async fn clipboard_permission(browser: &Browser, base: &str, setting: &str) {
    for name in ["clipboard-read", "clipboard-write"] {
        cdp(
            browser,
            "Browser.setPermission",
            json!({ "origin": base, "permission": { "name": name, "allowWithoutSanitization": true }, "setting": setting }),
        )
        .await;
    }
}

#[tokio::test]
async fn cite_copies_a_citation_whose_link_reopens_the_paragraph_at_its_moment() {
    // 16:30 on the 26th: the moment told by p15 (its first passage) and p16.
    let (server, browser) = open_app("?lang=en&t=990&panel=text", 1280, 900).await;
    clipboard_permission(&browser, server.base_url.trim_end_matches('/'), "granted").await;
    let cite = browser.wait_for(".memoir #p-p15.current .cite").await;
    cite.click().await.expect("click Cite");
    browser.wait_for(".cite-status .cite-copied").await;
    let status = browser
        .eval("return document.querySelector('.cite-status').textContent")
        .await;
    assert_eq!(status, json!("Citation copied to the clipboard."));

    let cited = clipboard_text(&browser).await;
    for words in [
        "F. Raskolnikov, “La Révolution d'Octobre (souvenirs sur Lénine),”",
        "Lénine en Octobre 1917",
        "par. 15,",
        "Marxists Internet Archive edition",
        "translated from the French by the Petrograd 1917 project",
    ] {
        assert!(
            cited.contains(words),
            "{words:?} not in the citation: {cited}"
        );
    }
    let link = cited
        .split_whitespace()
        .last()
        .expect("a link at the end")
        .to_owned();
    assert!(link.starts_with(&server.base_url), "{link}");
    assert!(link.ends_with("&lang=en&panel=text#p-p15"), "{link}");
    // The moment is the first the paragraph tells.
    let t = link
        .split("?t=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .expect("the link's moment")
        .to_owned();

    // The link reopens that moment, the full text at that paragraph.
    browser.client.goto(&link).await.expect("open the link");
    browser.wait_for("#p-p15.flash").await;
    let seen = browser
        .eval(
            "return [document.activeElement && document.activeElement.id,
                     document.querySelector('[role=slider]').getAttribute('aria-valuenow'),
                     document.querySelector('#tab-text').getAttribute('aria-selected')]",
        )
        .await;
    assert_eq!(seen, json!(["p-p15", t, "true"]));
    browser.assert_no_console_errors("citing").await;
    browser.close().await;
}

#[tokio::test]
async fn cite_on_a_passage_copies_its_paragraph_and_a_link_to_its_moment() {
    // The passages panel at 16:30 on the 26th, in French: its first passage lies in p15.
    let (server, browser) = open_app("?lang=fr&t=990", 1280, 900).await;
    clipboard_permission(&browser, server.base_url.trim_end_matches('/'), "granted").await;
    let cite = browser.wait_for(".passages .passage .cite").await;
    let label = cite.attr("aria-label").await.expect("the button's label");
    assert_eq!(label.as_deref(), Some("Citer ce passage, paragraphe 15"));
    cite.click().await.expect("click Cite");
    browser.wait_for(".cite-status .cite-copied").await;
    let cited = clipboard_text(&browser).await;
    for words in [
        "F. Raskolnikov, « La Révolution d'Octobre (souvenirs sur Lénine) »,",
        "§ 15,",
        "édition des Marxists Internet Archive",
    ] {
        assert!(
            cited.contains(words),
            "{words:?} not in the citation: {cited}"
        );
    }
    assert!(
        !cited.contains("traduit"),
        "the French original is not a translation: {cited}"
    );
    let link = cited
        .split_whitespace()
        .last()
        .expect("a link at the end")
        .to_owned();
    assert!(link.ends_with("&lang=fr&panel=text#p-p15"), "{link}");
    // The moment is the start of the step the passage tells, which holds 16:30.
    let t: i64 = link
        .split("?t=")
        .nth(1)
        .and_then(|rest| rest.split('&').next())
        .and_then(|t| t.parse().ok())
        .expect("the link's moment");
    assert!((600..=990).contains(&t), "{link}");
    browser.client.goto(&link).await.expect("open the link");
    browser.wait_for("#p-p15.flash").await;
    let seen = browser
        .eval(
            "return [document.querySelector('[role=slider]').getAttribute('aria-valuenow'),
                     !!document.querySelector('#p-p15 .told.current')]",
        )
        .await;
    assert_eq!(
        seen,
        json!([t.to_string(), true]),
        "the passage, marked, at its moment"
    );
    browser.assert_no_console_errors("citing a passage").await;
    browser.close().await;
}

#[tokio::test]
async fn where_the_clipboard_is_refused_the_citation_is_shown_selected() {
    let (_server, browser) = open_app("?lang=en&panel=text&t=990", 1280, 900).await;
    let cite = browser.wait_for("#p-p16 .cite").await;
    // The browser refuses the clipboard (as it does in a frame without the permission).
    browser
        .eval("navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); return null;")
        .await;
    cite.click().await.expect("click Cite");
    browser
        .wait_for(".cite-status .cite-by-hand textarea")
        .await;
    let shown: Value = browser
        .eval(
            "const area = document.querySelector('.cite-by-hand textarea');
             return [document.activeElement === area,
                     area.selectionStart === 0 && area.selectionEnd === area.value.length,
                     area.value];",
        )
        .await;
    assert_eq!(shown[0], json!(true), "the citation has the focus: {shown}");
    assert_eq!(
        shown[1],
        json!(true),
        "the citation is selected whole: {shown}"
    );
    let text = shown[2].as_str().unwrap_or_default();
    assert!(
        text.contains("par. 16,") && text.ends_with("#p-p16"),
        "{text}"
    );
    browser.close().await;
}
