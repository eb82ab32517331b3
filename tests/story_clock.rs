#![cfg(not(target_arch = "wasm32"))]
//! The clock and the calendar on real moments of the story.

use petrograd1917::base::calendar::{self, Calendar, Date, Weekday};
use petrograd1917::logic::clock::{self, Position};
use petrograd1917::story::{Instant, Story};

fn story() -> Story {
    Story::bundled().expect("the bundled story loads")
}

fn at(text: &str) -> Instant {
    Instant::parse(text, Calendar::Julian).expect("timestamp")
}

fn place_at(story: &Story, t: &str) -> String {
    match clock::whereabouts(story, at(t)).expect("in range").position {
        Position::At { place } => place.id.to_string(),
        other => panic!("{t}: not at a place: {other:?}"),
    }
}

#[test]
fn at_two_in_the_morning_of_the_27th_he_is_at_the_chasseurs_barracks() {
    let story = story();
    let w = clock::whereabouts(&story, at("1917-10-27T02:00")).expect("in range");
    assert_eq!(w.step.id.as_str(), "chasseurs-meeting");
    let Position::At { place } = w.position else {
        panic!("{:?}", w.position)
    };
    assert_eq!(place.id.as_str(), "chasseurs-barracks");
    assert!(w
        .passages
        .iter()
        .any(|p| story.quote(p).contains("Il était deux heures du matin.")));
    assert_eq!(
        w.position.point().map(|p| (p.lat, p.lon)),
        Some((59.920, 30.331))
    );
    let people: Vec<&str> = w.step.with.iter().map(|p| p.as_str()).collect();
    assert_eq!(people, ["roshal", "volodarsky", "chatov"]);
    // That night was Friday 9 November by the Gregorian calendar.
    let g = at("1917-10-27T02:00").gregorian();
    assert_eq!(
        (g.date, g.weekday, g.hour),
        (Date::new(1917, 11, 9), Weekday::Friday, 2)
    );
}

#[test]
fn the_day_in_places() {
    let story = story();
    assert_eq!(place_at(&story, "1917-10-26T10:00"), "smolny");
    assert_eq!(
        place_at(&story, "1917-10-26T16:30"),
        "gatchina-baltic-station"
    );
    assert_eq!(place_at(&story, "1917-10-26T21:30"), "smolny");
    assert_eq!(
        place_at(&story, "1917-10-27T10:00"),
        "military-district-staff"
    );
    assert_eq!(place_at(&story, "1917-10-27T13:30"), "krasnoye-selo");
    assert_eq!(place_at(&story, "1917-10-27T17:00"), "tsarskoye-selo");
    assert_eq!(
        place_at(&story, "1917-10-27T23:15"),
        "military-district-staff"
    );
    let w = clock::whereabouts(&story, at("1917-10-27T23:15")).expect("in range");
    let people: Vec<&str> = w.step.with.iter().map(|p| p.as_str()).collect();
    assert_eq!(people, ["lenin", "trotsky"]);
}

#[test]
fn on_the_train_to_gatchina_he_moves_along_the_warsaw_line() {
    let story = story();
    let leg = &story.steps()[story.step_index("train-to-gatchina").expect("leg")];
    let middle = leg.span.start.plus_minutes(leg.span.minutes() / 2);
    let w = clock::whereabouts(&story, middle).expect("in range");
    let Position::Along {
        from,
        to,
        fraction,
        point,
    } = w.position
    else {
        panic!("{:?}", w.position)
    };
    assert_eq!(
        (from.id.as_str(), to.id.as_str()),
        ("warsaw-station", "gatchina-warsaw-station")
    );
    assert!((fraction - 0.5).abs() < 1e-9);
    let point = point.expect("a drawn route");
    assert!(point.lat < 59.85 && point.lat > 59.6, "{point:?}");
    // Position moves monotonically south along the line.
    let early = clock::whereabouts(&story, leg.span.start.plus_minutes(10)).expect("in range");
    assert!(early.position.point().expect("point").lat > point.lat);
    assert!(w
        .passages
        .iter()
        .any(|p| story.quote(p).contains("train de voyageurs")));
}

#[test]
fn a_leg_of_unknown_route_is_drawn_straight_and_a_room_without_place_has_no_point() {
    let story = story();
    let start = clock::start(&story);
    assert_eq!(start, at("1917-10-26T08:00"));
    let w = clock::whereabouts(&story, start).expect("in range");
    let Position::At { place } = w.position else {
        panic!()
    };
    assert_eq!((place.id.as_str(), place.point), ("his-room", None));
    // From his room: no point (the room has none), but the leg exists.
    let w = clock::whereabouts(&story, at("1917-10-26T08:45")).expect("in range");
    assert!(matches!(w.position, Position::Along { point: None, .. }));
    // Smolny to the Warsaw station: route unknown, a straight line between the two.
    let leg = story.steps()[story.step_index("smolny-to-warsaw-station").expect("leg")]
        .leg()
        .expect("leg");
    assert_eq!(leg.route.len(), 2);
}

#[test]
fn the_silence_of_the_night_is_unknown_between_two_places() {
    let story = story();
    let w = clock::whereabouts(&story, at("1917-10-27T05:00")).expect("in range");
    let Position::Unknown { after, before } = w.position else {
        panic!("{:?}", w.position)
    };
    assert_eq!(after.map(|p| p.id.as_str()), Some("chasseurs-barracks"));
    assert_eq!(
        before.map(|p| p.id.as_str()),
        Some("military-district-staff")
    );
    assert!(w.passages.is_empty());
    let events: Vec<&str> = clock::context_at(&story, at("1917-10-27T05:30"))
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(events, ["chasseurs-leave", "gatchina-occupied"]);
}

#[test]
fn the_story_ends_with_the_planned_trip_to_kronstadt() {
    let story = story();
    let end = clock::end(&story);
    assert_eq!(end, at("1917-10-28T12:00"));
    let w = clock::whereabouts(&story, end).expect("the last instant is in the story");
    assert!(w.step.planned);
    assert_eq!(place_at(&story, "1917-10-28T11:00"), "kronstadt");
    assert!(clock::whereabouts(&story, end.plus_minutes(1)).is_none());
    assert!(clock::whereabouts(&story, clock::start(&story).plus_minutes(-1)).is_none());
    assert_eq!(clock::clamp(&story, at("1917-11-01T00:00")), end);
    // Lenin's order is the last narrated step.
    let order = clock::whereabouts(&story, at("1917-10-28T00:15")).expect("in range");
    assert!(!order.step.planned);
    assert!(order
        .passages
        .iter()
        .any(|p| story.quote(p).contains("partez demain matin à Cronstadt")));
}

#[test]
fn visits_of_a_place() {
    let story = story();
    let step_id = |i: Option<usize>| i.map(|i| story.steps()[i].id.as_str());
    assert_eq!(
        step_id(clock::first_visit(&story, "smolny")),
        Some("smolny-26-morning")
    );
    assert_eq!(
        step_id(clock::next_visit(&story, "smolny", at("1917-10-26T14:00"))),
        Some("smolny-congress")
    );
    // While he is there, the current visit counts.
    assert_eq!(
        step_id(clock::next_visit(&story, "smolny", at("1917-10-26T10:00"))),
        Some("smolny-26-morning")
    );
    // A parent place counts its children: his first stop in Gatchina is its Warsaw station.
    assert_eq!(
        step_id(clock::first_visit(&story, "gatchina")),
        Some("gatchina-warsaw-station")
    );
    assert_eq!(clock::first_visit(&story, "kresty"), None);
    assert_eq!(
        clock::next_visit(&story, "chasseurs-barracks", at("1917-10-27T04:00")),
        None
    );
}

#[test]
fn arrow_keys_step_through_the_events() {
    let story = story();
    let instants = clock::event_instants(&story);
    assert_eq!(instants.first(), Some(&clock::start(&story)));
    assert_eq!(instants.last(), Some(&clock::end(&story)));
    assert!(instants.windows(2).all(|w| w[0] < w[1]));
    assert!(
        instants.contains(&at("1917-10-27T05:00")),
        "context events are stops too"
    );
    assert_eq!(
        clock::next_event(&story, at("1917-10-26T08:00")),
        Some(at("1917-10-26T08:30"))
    );
    assert_eq!(
        clock::next_event(&story, at("1917-10-26T08:10")),
        Some(at("1917-10-26T08:30"))
    );
    assert_eq!(
        clock::prev_event(&story, at("1917-10-26T08:30")),
        Some(at("1917-10-26T08:00"))
    );
    assert_eq!(
        clock::next_event(&story, at("1917-10-27T01:59")),
        Some(at("1917-10-27T02:00"))
    );
    assert_eq!(clock::next_event(&story, clock::end(&story)), None);
    assert_eq!(clock::prev_event(&story, clock::start(&story)), None);
}

#[test]
fn every_minute_of_the_story_has_one_step() {
    let story = story();
    let (start, end) = (clock::start(&story), clock::end(&story));
    let mut t = start;
    let mut last = 0;
    while t <= end {
        let i = clock::step_index_at(&story, t).expect("covered");
        assert!(i >= last, "steps advance with time");
        assert!(story.steps()[i].span.contains(t) || t == end);
        last = i;
        t = t.plus_minutes(1);
    }
    assert_eq!(last, story.steps().len() - 1);
}

#[test]
fn calendar_on_the_story_days() {
    assert_eq!(
        calendar::julian_to_gregorian(Date::new(1917, 10, 26)),
        Some(Date::new(1917, 11, 8))
    );
    assert_eq!(
        calendar::weekday(Calendar::Julian, Date::new(1917, 10, 26)),
        Some(Weekday::Thursday)
    );
    // Footnote 3's "12 (25) octobre" and footnote 4's "25 octobre (7 novembre)".
    assert_eq!(
        calendar::julian_to_gregorian(Date::new(1917, 10, 12)),
        Some(Date::new(1917, 10, 25))
    );
    assert_eq!(
        calendar::julian_to_gregorian(Date::new(1917, 10, 25)),
        Some(Date::new(1917, 11, 7))
    );
    // Footnote 5's congress, "du 3 au 24 juin (16 juin – 7 juillet)".
    assert_eq!(
        calendar::julian_to_gregorian(Date::new(1917, 6, 3)),
        Some(Date::new(1917, 6, 16))
    );
    assert_eq!(
        calendar::julian_to_gregorian(Date::new(1917, 6, 24)),
        Some(Date::new(1917, 7, 7))
    );
    // Footnote 3's "5 (18) décembre 1917".
    assert_eq!(
        calendar::julian_to_gregorian(Date::new(1917, 12, 5)),
        Some(Date::new(1917, 12, 18))
    );
    let start = Story::bundled().map(|s| clock::start(&s)).expect("story");
    let g = start.gregorian();
    assert_eq!(
        (g.date, g.weekday),
        (Date::new(1917, 11, 8), Weekday::Thursday)
    );
    assert_eq!(start.julian().date, Date::new(1917, 10, 26));
}
