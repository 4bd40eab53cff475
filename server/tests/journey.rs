//! The questionnaire's form posts, as a browser without JavaScript sends them: the session
//! keeps the draft, bad values come back with a message, skipped or unasked answers are
//! refused, and results are only shown for a complete, valid path.

mod common;

use common::{browser, location, spawn_server as spawn};
use reqwest::{header, Client, StatusCode};

async fn post(client: &Client, url: String, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(url).form(form).send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_path_without_javascript() {
    let (_running, base, _dir) = spawn().await;
    let client = browser();

    let started = post(&client, format!("{base}/it/start"), &[("who", "me"), ("area", "housing")]).await;
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&started), "/it/questions/housing");
    let first = client.get(format!("{base}/it/questions/housing")).send().await.unwrap();
    assert_eq!(location(&first), "/it/questions/housing/housing-situation");

    let q = format!("{base}/it/questions/housing/housing-situation");
    let refused = post(&client, q.clone(), &[("value", "castle")]).await;
    assert_eq!(location(&refused), "/it/questions/housing/housing-situation");
    let page = client.get(&q).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Scegli una delle risposte della lista."), "message next to the field");
    assert!(page.contains("<title>Errore:"), "the title says there is an error");
    let again = client.get(&q).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains("Scegli una delle risposte della lista."), "shown once");

    let owner = post(&client, q, &[("value", "own")]).await;
    assert_eq!(location(&owner), "/it/questions/housing/municipality", "tenant questions skipped");
    let unasked = post(&client, format!("{base}/it/questions/housing/eviction"), &[("value", "yes")]).await;
    assert_eq!(location(&unasked), "/it/questions/housing/municipality", "an unasked answer is not stored");

    let results_too_early = client.get(format!("{base}/it/results/housing")).send().await.unwrap();
    assert!(results_too_early.status().is_redirection());
    assert_eq!(location(&results_too_early), "/it/questions/housing/municipality");

    // Where the person lives: one of the network's municipalities, from the directory.
    let town = format!("{base}/it/questions/housing/municipality");
    let list = client.get(&town).send().await.unwrap().text().await.unwrap();
    assert!(list.contains(r#"<option value="016091">Dalmine</option>"#), "the network's municipalities to choose from");
    assert!(list.contains(r#"<option value="other">"#), "and a way to say it is somewhere else");
    let unknown = post(&client, town.clone(), &[("value", "999999")]).await;
    assert_eq!(location(&unknown), "/it/questions/housing/municipality");
    let page = client.get(&town).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Scegli un comune della lista."), "message next to the field");
    let dalmine = post(&client, town, &[("value", "016091")]).await;
    assert_eq!(location(&dalmine), "/it/questions/housing/resident");

    let resident = post(&client, format!("{base}/it/questions/housing/resident"), &[("value", "yes")]).await;
    assert_eq!(location(&resident), "/it/questions/housing/citizenship");
    let citizen = post(&client, format!("{base}/it/questions/housing/citizenship"), &[("value", "italian")]).await;
    assert_eq!(location(&citizen), "/it/questions/housing/has-isee", "no permit question for a citizen");
    let done = post(&client, format!("{base}/it/questions/housing/has-isee"), &[("value", "no")]).await;
    assert_eq!(location(&done), "/it/check/housing");
    let check = client.get(format!("{base}/it/check/housing")).send().await.unwrap().text().await.unwrap();
    assert!(check.contains("In una casa di proprietà"));
    assert!(check.contains("<dd>Dalmine</dd>"), "the municipality by its name, not its code");
    assert!(!check.contains("Sfratto"));

    let results = client.get(format!("{base}/it/results/housing")).send().await.unwrap();
    assert_eq!(results.status(), StatusCode::OK);
    let html = results.text().await.unwrap();
    assert!(html.contains(r#"data-service="isee-help""#));
    let fits = html.split("id=\"may-heading\"").next().unwrap();
    assert!(fits.contains(r#"data-service="isee-help""#), "fits before 'may fit'");
    // The desks are looked up from where the person lives, never asked again.
    assert!(html.contains(r#"href="/it/desks/isee-help?municipality=016091""#), "desk search starts from Dalmine");

    let ticked = post(&client, format!("{base}/it/results/housing/checklist"), &[("have", "identity"), ("have", "nonsense")]).await;
    assert_eq!(location(&ticked), "/it/results/housing#checklist");
    let html = client.get(format!("{base}/it/results/housing")).send().await.unwrap().text().await.unwrap();
    let identity = html.split("id=\"have-identity\"").nth(1).unwrap().split('>').next().unwrap();
    assert!(identity.contains("checked"), "{identity}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_question_form_is_an_island_with_its_own_language() {
    let (_running, base, _dir) = spawn().await;
    let client = browser();
    post(&client, format!("{base}/ar/start"), &[("who", "other"), ("area", "elderly")]).await;
    let page = client.get(format!("{base}/ar/questions/elderly/age")).send().await.unwrap().text().await.unwrap();
    assert_eq!(page.matches("<leptos-island").count(), 1, "one island: the question form");
    assert!(page.contains(r#"<script type="module" src="/islands.js">"#), "loaded by islands.js");
    assert!(page.contains("/i18n/ar.ftl?v="), "the page preloads its own messages");
    assert!(!page.contains("/i18n/en.ftl"), "and no other language's");
    // The island starts from the journey the server loaded (sent with it), phrased for "other".
    let props = page.split("data-props=\"").nth(1).and_then(|p| p.split('"').next()).unwrap_or_default();
    assert!(props.contains("&quot;who&quot;:&quot;other&quot;"), "{props}");
    assert!(props.contains("&quot;question&quot;:&quot;age&quot;"), "{props}");

    let check = client.get(format!("{base}/ar/check/elderly")).send().await.unwrap().text().await.unwrap();
    for script in ["/islands.js", ".wasm", "/i18n/", "leptos-island"] {
        assert!(!check.contains(script), "the other pages are plain HTML, without {script}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_belong_to_one_browser() {
    let (_running, base, _dir) = spawn().await;
    let me = browser();
    post(&me, format!("{base}/en/start"), &[("who", "me"), ("area", "safety")]).await;
    let stranger = browser();
    let other = stranger.get(format!("{base}/en/questions/safety/danger-now")).send().await.unwrap();
    assert!(other.status().is_redirection());
    assert_eq!(location(&other), "/en", "no journey without one's own session, nor the area's name");
    let sensitive = me.get(format!("{base}/en/questions/safety/danger-now")).send().await.unwrap();
    assert_eq!(sensitive.headers()[header::CACHE_CONTROL], "no-store");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_browser_app_saves_in_the_background() {
    let (_running, base, _dir) = spawn().await;
    let client = browser();
    post(&client, format!("{base}/it/start"), &[("who", "other"), ("area", "family")]).await;
    let saved = client
        .post(format!("{base}/it/questions/family/children"))
        .header(header::ACCEPT, "application/json")
        .form(&[("value", "3")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::NO_CONTENT);
    let bad = client
        .post(format!("{base}/it/questions/family/children-ages"))
        .header(header::ACCEPT, "application/json")
        .form(&[("value", "ancient")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let next = client.get(format!("{base}/it/questions/family")).send().await.unwrap();
    assert_eq!(location(&next), "/it/questions/family/children-ages");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_incomplete_start_keeps_the_choice() {
    let (_running, base, _dir) = spawn().await;
    let client = browser();
    let r = post(&client, format!("{base}/ar/start"), &[("area", "health")]).await;
    assert_eq!(location(&r), "/ar/start?area=health");
}

/// A person is more than one area: the elderly results point to the money services the answers
/// make likely, and going on there asks only what is not known yet (without JavaScript).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_point_to_other_areas_and_going_there_asks_nothing_twice() {
    let (_running, base, _dir) = spawn().await;
    let client = browser();
    post(&client, format!("{base}/it/start"), &[("who", "me"), ("area", "elderly")]).await;
    let answers: &[(&str, &[&str])] = &[
        ("age", &["82"]),
        ("lives-alone", &["yes"]),
        ("daily-help", &["meals"]),
        ("alone-risk", &["no"]),
        ("needs-constant-care", &["no"]),
        ("manages-money", &["yes"]),
        ("invalidity", &["no"]),
        ("carer", &["no"]),
        ("municipality", &["016122"]),
        ("resident", &["yes"]),
        ("citizenship", &["italian"]),
        ("monthly-income", &["700"]),
        ("has-isee", &["yes"]),
        ("isee", &["6000"]),
    ];
    for (question, values) in answers {
        let form: Vec<(&str, &str)> = values.iter().map(|v| ("value", *v)).collect();
        let r = post(&client, format!("{base}/it/questions/elderly/{question}"), &form).await;
        assert!(r.status().is_redirection(), "{question}");
    }
    let html = client.get(format!("{base}/it/results/elderly")).send().await.unwrap().text().await.unwrap();
    let elsewhere = html.split("id=\"elsewhere-heading\"").nth(1).expect("other areas are suggested");
    let money = elsewhere.split("data-area=\"money-work\"").nth(1).expect("money and work");
    assert!(money.contains(r#"data-service="inclusion-allowance""#), "her own age and ISEE make the ADI likely");

    let moved = post(&client, format!("{base}/it/results/elderly/continue"), &[("to", "money-work")]).await;
    assert_eq!(location(&moved), "/it/questions/money-work/work-status", "age is known: not asked again");
    let check = client.get(format!("{base}/it/questions/money-work")).send().await.unwrap();
    assert_eq!(location(&check), "/it/questions/money-work/work-status");
    // Going back finds the elderly answers whole: straight to its check page.
    let back = post(&client, format!("{base}/it/results/money-work/continue"), &[("to", "elderly")]).await;
    assert_eq!(location(&back), "/it/check/elderly");
}

/// The quick exit is on every page of the violence route: besides the area's questions and
/// results, the desks, booking and request pages of a service only that area lists; those
/// pages are never cached either, and their titles (the tab, the history) do not name the
/// service. Pages of other services have none of this.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_quick_exit_is_on_every_page_of_the_violence_route() {
    let (_running, base, _dir) = spawn().await;
    let client = browser();
    let page = |path: &'static str| {
        let request = client.get(format!("{base}{path}"));
        async move {
            let r = request.send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK, "{path}");
            let no_store = r.headers().get(header::CACHE_CONTROL).is_some_and(|v| v == "no-store");
            let html = r.text().await.unwrap();
            // The tab and the history never name a service of the violence area.
            let title = html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap_or_default().to_owned();
            (html.contains("quick-exit__button"), no_store, title.contains("Dove andare"))
        }
    };
    for path in ["/it/desks/safe-house", "/it/desks/children-protection", "/it/request/sportello-sociale-dalmine/children-protection"] {
        assert_eq!(page(path).await, (true, true, false), "{path}: quick exit, never cached, a neutral title");
    }
    for path in ["/it/desks/home-care", "/it/desks/first-listening"] {
        assert_eq!(page(path).await, (false, false, true), "{path}: no quick exit, the service in the title");
    }
    assert!(!page("/it/request/sportello-sociale-dalmine/first-listening").await.0, "no quick exit");
}
