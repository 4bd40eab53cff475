//! The real catalogue in `content/`: valid, complete, and the engine behaves on it.

use domain::{
    answers::{Answer, Answers, DONT_KNOW},
    catalogue::{Catalogue, QuestionKind},
    check::check,
    content::load_dir,
    flow::{self, PathError},
    results::{evaluate, Fit},
};
use proptest::prelude::*;
use std::{collections::BTreeSet, path::Path, sync::LazyLock};

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content/ loads")
});

/// Lallio (ISTAT 016122), a municipality of the demo network.
const LALLIO: &str = "016122";

fn one(v: &str) -> Answer {
    Answer::One(v.into())
}

#[test]
fn content_passes_every_check() {
    let problems = check(&CATALOGUE);
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn the_catalogue_is_a_real_one() {
    let c = &*CATALOGUE;
    assert_eq!(c.areas.len(), 8, "the eight areas of need");
    assert!(c.services.len() >= 30, "{} services", c.services.len());
    for area in &c.areas {
        assert!(c.area_services(&area.id).len() >= 3, "area {} has few services", area.id);
    }
    let kinds: BTreeSet<&str> = c
        .questions
        .iter()
        .map(|q| match q.kind {
            QuestionKind::YesNo => "yes-no",
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Municipality => "municipality",
        })
        .collect();
    for kind in ["yes-no", "single", "multiple", "number"] {
        assert!(kinds.contains(kind), "a {kind} question exists");
    }
}

#[test]
fn checks_catch_broken_content() {
    let mut broken = CATALOGUE.clone();
    broken.services[0].documents.push(domain::catalogue::DocumentRef::Always("no-such-doc".into()));
    broken.areas[0].questions.reverse();
    let problems = check(&broken);
    assert!(problems.iter().any(|p| p.contains("no-such-doc")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("not asked before it")), "{problems:?}");

    let mut unreachable = CATALOGUE.clone();
    let meals = unreachable.services.iter_mut().find(|s| s.id == "meals-at-home").unwrap();
    meals.rules.push(domain::catalogue::Rule {
        id: "impossible".into(),
        when: serde_json::from_str(r#"{"all": [{"q": "age", "max": 10}, {"q": "age", "min": 90}]}"#).unwrap(),
    });
    let problems = check(&unreachable);
    assert!(problems.iter().any(|p| p.contains("`meals-at-home` never fits")), "{problems:?}");
}

#[test]
fn an_older_person_living_alone_who_cannot_cook() {
    let c = &*CATALOGUE;
    let area = c.area("elderly").unwrap();
    let mut answers = Answers::new();
    answers.insert("age".into(), Answer::Number(82));
    answers.insert("lives-alone".into(), one("yes"));
    assert_eq!(flow::next(c, area, &answers).unwrap().id, "daily-help");
    answers.insert("daily-help".into(), Answer::Many(vec!["meals".into(), "moving".into()]));
    assert_eq!(flow::next(c, area, &answers).unwrap().id, "alone-risk", "asked because alone");
    for (q, a) in [
        ("alone-risk", "yes"),
        ("needs-constant-care", "no"),
        ("manages-money", "yes"),
        ("invalidity", DONT_KNOW),
        ("carer", "no"),
        ("municipality", "other"),
        ("resident", "yes"),
        ("citizenship", "italian"),
    ] {
        answers.insert(q.into(), one(a));
    }
    assert_eq!(flow::next(c, area, &answers).unwrap().id, "monthly-income", "asked from 67: no permit, no years");
    answers.insert("monthly-income".into(), Answer::Number(900));
    answers.insert("has-isee".into(), one("no"));
    assert!(flow::next(c, area, &answers).is_none(), "isee value not asked without an ISEE");
    assert!(flow::validate(c, area, &answers, &[]).is_empty(), "she lives outside the network: valid");
    let mut draft = domain::journey::Draft::new(domain::journey::Start { who: domain::journey::Who::Me, area: "elderly".into() });
    draft.answers = answers.clone();
    assert_eq!(draft.lives_in(c), None, "outside the network no desk is competent: nearest first");

    let results = evaluate(c, "elderly", &answers);
    let fit = |id: &str| results.services.iter().find(|r| r.service.id == id).unwrap().fit;
    assert_eq!(fit("meals-at-home"), Fit::Fits);
    assert_eq!(fit("telecare"), Fit::Fits);
    assert_eq!(fit("home-care"), Fit::Fits);
    assert_eq!(fit("isee-help"), Fit::Fits);
    assert_eq!(fit("first-listening"), Fit::Always);
    assert_eq!(fit("attendance-allowance"), Fit::DoesNotFit, "does not need someone day and night");
    assert_eq!(fit("carer-allowance"), Fit::DoesNotFit, "no carer");
    // Fitting services come first.
    let order: Vec<Fit> = results.services.iter().map(|r| r.fit).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    // The reasons quote the person's answers.
    let telecare = results.services.iter().find(|r| r.service.id == "telecare").unwrap();
    assert!(telecare.reasons.iter().any(|r| r.said.contains(&("lives-alone", &one("yes")))));
    // The checklist has each document once.
    let docs: Vec<&str> = results.checklist.iter().map(|i| i.document.id.as_str()).collect();
    let unique: BTreeSet<&str> = docs.iter().copied().collect();
    assert_eq!(docs.len(), unique.len());
    assert!(docs.contains(&"identity") && docs.contains(&"isee"));
    let identity = results.checklist.iter().find(|i| i.document.id == "identity").unwrap();
    assert!(identity.for_services.len() > 1);
}

#[test]
fn urgent_situations_come_first() {
    let c = &*CATALOGUE;
    let mut answers = Answers::new();
    answers.insert("housing-situation".into(), one("no-home"));
    answers.insert("sleep-tonight".into(), one("no"));
    answers.insert("has-isee".into(), one("no"));
    let results = evaluate(c, "housing", &answers);
    let urgent: Vec<&str> = results.urgent.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(urgent, ["night-shelter"]);
    assert_eq!(results.services[0].service.id, "night-shelter");
}

#[test]
fn conditional_documents_follow_the_answers() {
    let c = &*CATALOGUE;
    let mut answers = Answers::new();
    answers.insert("housing-situation".into(), one("rent"));
    answers.insert("eviction".into(), one("no"));
    answers.insert("rent-arrears".into(), one("yes"));
    answers.insert("has-isee".into(), one("yes"));
    answers.insert("isee".into(), Answer::Number(12000));
    let docs = |a: &Answers| -> Vec<String> {
        evaluate(c, "housing", a).checklist.iter().map(|i| i.document.id.clone()).collect()
    };
    assert!(!docs(&answers).contains(&"eviction-notice".to_owned()));
    answers.insert("eviction".into(), one("yes"));
    assert!(docs(&answers).contains(&"eviction-notice".to_owned()));
}

#[test]
fn the_server_refuses_skipped_unasked_and_invalid_answers() {
    let c = &*CATALOGUE;
    let area = c.area("housing").unwrap();
    let mut answers = Answers::new();
    answers.insert("housing-situation".into(), one("own"));
    answers.insert("eviction".into(), one("yes")); // only asked of tenants
    answers.insert("has-isee".into(), one("maybe")); // not an option
    let errors = flow::validate(c, area, &answers, &[]);
    assert!(errors.contains(&PathError::NotAsked("eviction".into())));
    assert!(errors.iter().any(|e| matches!(e, PathError::Invalid(q, _) if q == "has-isee")));
    answers.remove("has-isee");
    let errors = flow::validate(c, area, &answers, &[]);
    assert!(errors.contains(&PathError::Unanswered("has-isee".into())));
}

#[test]
fn changing_an_answer_drops_the_ones_no_longer_asked() {
    let c = &*CATALOGUE;
    let area = c.area("housing").unwrap();
    let mut answers = Answers::new();
    answers.insert("housing-situation".into(), one("rent"));
    answers.insert("eviction".into(), one("yes"));
    answers.insert("rent-arrears".into(), one("no"));
    answers.insert("housing-situation".into(), one("own"));
    let dropped = flow::prune(c, area, &mut answers);
    assert_eq!(dropped, ["eviction", "rent-arrears"]);
}

/// Any value for any question id, including ids and values that do not exist.
fn arbitrary_answers() -> impl Strategy<Value = Answers> {
    let ids: Vec<String> = CATALOGUE.questions.iter().map(|q| q.id.clone()).chain(["nope".to_owned()]).collect();
    let values: Vec<String> = CATALOGUE
        .questions
        .iter()
        .flat_map(|q| q.kind.options().into_iter().map(str::to_owned).collect::<Vec<_>>())
        .chain(["dont-know".to_owned(), String::new(), "zzz".to_owned()])
        .collect();
    let answer = prop_oneof![
        any::<i64>().prop_map(Answer::Number),
        (-5i64..200_000).prop_map(Answer::Number),
        proptest::sample::select(values.clone()).prop_map(Answer::One),
        proptest::collection::vec(proptest::sample::select(values), 0..4).prop_map(Answer::Many),
    ];
    proptest::collection::btree_map(proptest::sample::select(ids), answer, 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_engine_never_panics_and_is_deterministic(
        answers in arbitrary_answers(),
        area_index in 0usize..8,
    ) {
        let c = &*CATALOGUE;
        let area = &c.areas[area_index % c.areas.len()];
        let first = evaluate(c, &area.id, &answers);
        let second = evaluate(c, &area.id, &answers);
        prop_assert_eq!(&first, &second);
        let _ = flow::validate(c, area, &answers, &["016091"]);
        let _ = flow::next(c, area, &answers);
        let mut pruned = answers.clone();
        flow::prune(c, area, &mut pruned);
        // After pruning, nothing left is an answer to a question the path does not ask.
        prop_assert!(flow::validate(c, area, &pruned, &["016091"])
            .iter()
            .all(|e| !matches!(e, PathError::NotAsked(_))));
    }
}

/// Content review is a routine: every service's rules were checked against their source
/// within the last 12 months, or this fails and names the services to check again.
#[test]
fn every_service_was_checked_against_its_source_within_a_year() {
    use domain::calendar::Date;
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let today = Date::from_days_since_epoch(i64::try_from(seconds / 86_400).unwrap());
    let stale: Vec<String> = CATALOGUE
        .services
        .iter()
        .filter_map(|s| {
            let checked = Date::parse(&s.checked).expect("checked dates are validated by the content check");
            let age = today.days_since_epoch() - checked.days_since_epoch();
            (!(0..=365).contains(&age)).then(|| format!("{} (checked {}, {age} days ago)", s.id, s.checked))
        })
        .collect();
    assert!(stale.is_empty(), "check these services against their source again: {stale:?}");
    assert!(CATALOGUE.services.len() >= 70, "the catalogue people ask desks for");
}

/// A person is more than one area: an 82-year-old living alone with a low ISEE, who came in
/// through the elderly area, is shown the money services her answers already make likely,
/// and moving on to that area asks only what is not known yet.
#[test]
fn other_areas_show_what_the_answers_already_make_likely() {
    use domain::journey::{Draft, Start, Who};
    use domain::results::elsewhere;
    let c = &*CATALOGUE;
    let mut answers = Answers::new();
    for (q, a) in [
        ("age", Answer::Number(82)),
        ("lives-alone", one("yes")),
        ("daily-help", Answer::Many(vec!["meals".into()])),
        ("alone-risk", one("no")),
        ("needs-constant-care", one("no")),
        ("manages-money", one("yes")),
        ("invalidity", one("no")),
        ("carer", one("no")),
        ("municipality", one(LALLIO)),
        ("resident", one("yes")),
        ("citizenship", one("italian")),
        ("monthly-income", Answer::Number(700)),
        ("has-isee", one("yes")),
        ("isee", Answer::Number(6000)),
    ] {
        answers.insert(q.into(), a);
    }
    assert!(flow::validate(c, c.area("elderly").unwrap(), &answers, &[LALLIO]).is_empty());
    let others = elsewhere(c, "elderly", &answers);
    let money = others.iter().find(|e| e.area.id == "money-work").expect("the money services are suggested");
    let ids: Vec<&str> = money.services.iter().map(|r| r.service.id.as_str()).collect();
    // D.L. 48/2023 art. 2: her own age (60 or more) and an ISEE up to 10,140 euro.
    assert!(ids.contains(&"inclusion-allowance"), "{ids:?}");
    assert!(ids.contains(&"energy-bonus"), "{ids:?}");
    assert!(!ids.contains(&"emergency-grant"), "residence alone is no sign of a need: {ids:?}");
    assert!(!ids.iter().any(|id| c.area_services("elderly").iter().any(|s| s.id == *id)), "nothing listed twice");
    // Housing services are not suggested by a low ISEE alone.
    assert!(others.iter().all(|e| e.area.id != "housing"), "{others:?}");
    // Only what money-work asks and she has not said yet.
    let mut draft = Draft::new(Start { who: Who::Me, area: "elderly".into() });
    draft.answers = answers.clone();
    draft.move_to(c, c.area("money-work").unwrap());
    let next = flow::next(c, c.area("money-work").unwrap(), &draft.answers).unwrap();
    assert_eq!(next.id, "work-status", "age is known, not asked again");
    let to_ask: Vec<&str> = flow::asked(c, c.area("money-work").unwrap(), &draft.answers)
        .into_iter()
        .filter(|q| !draft.answers.contains_key(&q.id))
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(to_ask.len(), money.to_answer);
    assert!(
        !to_ask.iter().any(|q| ["age", "municipality", "resident", "citizenship", "isee", "monthly-income"].contains(q)),
        "{to_ask:?}"
    );
    // Where she lives is asked once, and the desks of every area start from it.
    assert_eq!(draft.lives_in(c), Some(LALLIO));
    // Coming back finds the elderly answers again.
    draft.move_to(c, c.area("elderly").unwrap());
    assert_eq!(draft.answers, answers);
}

/// Pages about a service only the violence area lists are treated like the area's own.
#[test]
fn services_only_for_the_violence_area_are_sensitive() {
    let c = &*CATALOGUE;
    for id in ["safe-house", "anti-violence-centre", "freedom-income", "children-protection"] {
        assert!(c.is_sensitive_service(id), "{id}");
    }
    for id in ["first-listening", "home-care", "no-such-service"] {
        assert!(!c.is_sensitive_service(id), "{id}");
    }
}
