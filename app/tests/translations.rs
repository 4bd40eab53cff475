//! Every shipped language is complete: same message ids as Italian, same variables, valid
//! Fluent, and every id the code asks for exists.

use fluent_syntax::{
    ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement},
    parser,
};
use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// Message (and term) ids of one language, each with the variables it uses.
fn messages(lang: &str) -> Messages {
    let mut out = Messages::new();
    let mut files: Vec<_> = fs::read_dir(locales_dir().join(lang))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let source = fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
            panic!("{}: Fluent syntax errors: {errors:?}", path.display())
        });
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &value {
                pattern_vars(p, &mut vars);
            }
            for a in &attributes {
                pattern_vars(&a.value, &mut vars);
            }
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{}: message `{id}` is defined twice",
                path.display()
            );
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            call_vars(arguments, vars);
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn call_vars(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>) {
    for a in &arguments.positional {
        inline_vars(a, vars);
    }
    for a in &arguments.named {
        inline_vars(&a.value, vars);
    }
}

fn shipped_languages() -> Vec<String> {
    app::content::LANGUAGES.iter().map(|l| l.code.to_owned()).collect()
}

#[test]
fn every_language_has_every_italian_message_with_the_same_variables() {
    let italian = messages("it");
    assert!(italian.len() > 20, "the Italian source texts are loaded");
    let mut problems = Vec::new();
    for lang in shipped_languages() {
        let other = messages(&lang);
        for (id, vars) in &italian {
            match other.get(id) {
                None => problems.push(format!("{lang}: missing `{id}`")),
                Some(v) if v != vars => problems
                    .push(format!("{lang}: `{id}` uses variables {v:?}, Italian uses {vars:?}")),
                _ => {}
            }
        }
        for id in other.keys().filter(|id| !italian.contains_key(*id)) {
            problems.push(format!("{lang}: `{id}` does not exist in Italian"));
        }
    }
    assert!(problems.is_empty(), "translation problems:\n{}", problems.join("\n"));
}

#[test]
fn at_least_italian_english_and_a_right_to_left_language_ship() {
    let langs = app::content::LANGUAGES;
    for code in ["it", "en", "ar"] {
        assert!(langs.iter().any(|l| l.code == code), "{code} is shipped");
    }
    let arabic = app::content::language("ar").unwrap();
    assert!(arabic.rtl);
    assert_eq!(arabic.endonym, "العربية");
    assert!(!app::content::language("it").unwrap().rtl);
}

/// Ids the code asks for: every literal `.t("…")` in `app/src`, plus the families built from
/// content (the catalogue, who, text page sections).
fn ids_used_by_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = fs::read_to_string(&path).unwrap();
                for piece in source.split(".t(\"").skip(1) {
                    ids.insert(piece.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
    ids.extend(domain::messages::required(app::content::catalogue()));
    for who in domain::journey::Who::ALL {
        ids.insert(format!("who-{}", who.as_str()));
    }
    for (page, sections) in [
        ("accessibility", app::pages::accessibility::SECTIONS),
        ("privacy", app::pages::privacy::SECTIONS),
        ("staff-privacy", app::pages::privacy::STAFF_SECTIONS),
    ] {
        ids.insert(format!("{page}-title"));
        ids.insert(format!("{page}-intro"));
        if page != "accessibility" {
            ids.insert(format!("{page}-summary"));
        }
        for s in sections {
            ids.insert(format!("{page}-{s}-heading"));
            ids.insert(format!("{page}-{s}-body"));
        }
    }
    ids
}

#[test]
fn every_message_the_code_uses_exists() {
    let italian = messages("it");
    let used = ids_used_by_code();
    assert!(used.contains("site-name"), "the scan finds literal ids");
    let missing: Vec<_> = used.iter().filter(|id| !italian.contains_key(*id)).collect();
    assert!(missing.is_empty(), "messages used in code but missing in locales/it: {missing:?}");
}

#[test]
fn bundles_build_for_every_language() {
    for lang in shipped_languages() {
        let i18n = app::i18n::i18n_for(&lang).expect("bundle");
        assert_eq!(i18n.t("language-name"), app::content::language(&lang).unwrap().endonym);
    }
}

/// The modules the question island is made of (the only code the browser runs). Their texts
/// must be in what the browser downloads.
const BROWSER_MODULES: [&str; 7] = [
    "i18n.rs",
    "enhance.rs",
    "pages/question.rs",
    "pages/redirect.rs",
    "pages/not_found.rs",
    "components/quick_exit.rs",
    "components/read_aloud.rs",
];

#[test]
fn the_browser_downloads_the_messages_of_the_pages_it_draws() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for lang in shipped_languages() {
        let source = app::i18n::messages_source(&lang).expect("a shipped language");
        let resource = parser::parse(source.as_str()).expect("valid Fluent");
        let client: BTreeSet<&str> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        let mut needed = BTreeSet::new();
        for module in BROWSER_MODULES {
            let code = fs::read_to_string(src.join(module)).unwrap_or_else(|_| panic!("app/src/{module}"));
            for call in [".t(\"", ".t_with(\"", ".t_who(\""] {
                for piece in code.split(call).skip(1) {
                    needed.insert(piece.split('"').next().unwrap().to_owned());
                }
            }
        }
        assert!(needed.contains("site-name") && needed.contains("quick-exit"), "the scan finds the ids");
        // The errors the island shows (a refused answer's message is `error-<code>`).
        use domain::answers::AnswerError;
        for error in [
            AnswerError::Missing,
            AnswerError::NotAnOption,
            AnswerError::NotANumber,
            AnswerError::TooSmall,
            AnswerError::TooLarge,
            AnswerError::UnknownMunicipality,
        ] {
            needed.insert(format!("error-{}", error.code()));
        }
        // The questions, their options, units and help, worded by the island.
        let catalogue = app::content::catalogue();
        for q in &catalogue.questions {
            needed.insert(domain::messages::question(&q.id));
            for option in q.kind.options() {
                needed.insert(domain::messages::option(&q.id, option));
            }
            if let domain::catalogue::QuestionKind::Number { unit, .. } = &q.kind {
                needed.insert(domain::messages::unit(unit));
            }
            if q.why {
                needed.insert(domain::messages::question_why(&q.id));
            }
            if q.term {
                needed.insert(domain::messages::question_term_title(&q.id));
                needed.insert(domain::messages::question_term(&q.id));
            }
        }
        let missing: Vec<_> = needed.iter().filter(|id| !client.contains(id.as_str())).collect();
        assert!(missing.is_empty(), "{lang}: the browser would miss {missing:?} (see CLIENT_MESSAGE_FILES)");
        // And it is smaller than everything: the server-only pages' texts stay on the server.
        let all: usize = fs::read_dir(locales_dir().join(&lang)).unwrap().map(|f| f.unwrap().metadata().unwrap().len() as usize).sum();
        assert!(source.len() < all * 3 / 4, "{lang}: {} of {all} bytes", source.len());
    }
}
