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

/// The plural categories a language gives whole numbers (CLDR, as Fluent applies them): Arabic
/// six, Russian and Ukrainian three, Chinese one. 0 to 200 meets every category whole numbers
/// have in the shipped languages (Italian's "many" is for millions: the default covers it).
fn whole_number_categories(lang: &str) -> BTreeMap<String, BTreeSet<u32>> {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let rules = PluralRules::create(lang.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("{lang}: no plural rules ({e})"));
    let mut out: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for n in 0..=200u32 {
        out.entry(format!("{:?}", rules.select(n).unwrap()).to_lowercase()).or_default().insert(n);
    }
    out
}

/// Each choice on a number in `pattern`: its variant keys, and which one is the default.
fn number_choices(pattern: &Pattern<&str>, out: &mut Vec<(Vec<String>, String)>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else { continue };
        if let Expression::Select { selector, variants } = expression {
            let on_number = match selector {
                InlineExpression::VariableReference { id } => id.name != "who",
                InlineExpression::FunctionReference { id, .. } => id.name == "NUMBER",
                _ => false,
            };
            if on_number {
                let key = |k: &ast::VariantKey<&str>| match k {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                };
                let keys = variants.iter().map(|v| key(&v.key)).collect();
                let default = variants.iter().find(|v| v.default).map(|v| key(&v.key)).unwrap_or_default();
                out.push((keys, default));
            }
            for v in variants {
                number_choices(&v.value, out);
            }
        }
    }
}

#[test]
fn every_choice_on_a_number_uses_the_plural_forms_of_its_language() {
    let mut problems = Vec::new();
    for lang in shipped_languages() {
        let categories = whole_number_categories(&lang);
        let dir = locales_dir().join(&lang);
        let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect();
        files.sort();
        for path in files {
            let source = fs::read_to_string(&path).unwrap();
            let Ok(resource) = parser::parse(source.as_str()) else { continue };
            for entry in &resource.body {
                let Entry::Message(m) = entry else { continue };
                let mut choices = Vec::new();
                if let Some(value) = &m.value {
                    number_choices(value, &mut choices);
                }
                for (keys, default) in choices {
                    let known = |k: &String| categories.contains_key(k) || k == "other" || k.parse::<f64>().is_ok();
                    let unknown: Vec<_> = keys.iter().filter(|k| !known(k)).collect();
                    if !unknown.is_empty() {
                        problems.push(format!("{lang}: `{}` has {unknown:?}, not plural forms of {lang} {:?}", m.id.name, categories.keys().collect::<Vec<_>>()));
                    }
                    // One variant only: the words do not change with the number (Arabic "يورو").
                    // A category is covered by its own variant, or by exact numbers for all of it
                    // (Arabic's "zero" is only 0: a `[0]` variant covers it).
                    let exact = |n: &u32| keys.iter().any(|k| k.parse::<u32>().ok() == Some(*n));
                    let uncovered: Vec<_> = categories
                        .iter()
                        .filter(|(c, numbers)| !keys.contains(c) && **c != default && !numbers.iter().all(exact))
                        .map(|(c, _)| c)
                        .collect();
                    if keys.len() > 1 && !uncovered.is_empty() {
                        problems.push(format!("{lang}: `{}` has no variant for {uncovered:?} (numbers in it would read as `{default}`)", m.id.name));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "plural problems:\n{}", problems.join("\n"));
}

#[test]
fn the_plural_forms_are_the_languages_own() {
    let names = |lang: &str| whole_number_categories(lang).into_keys().collect::<Vec<_>>();
    assert_eq!(names("ar"), ["few", "many", "one", "other", "two", "zero"]);
    assert_eq!(names("ru"), ["few", "many", "one"]);
    assert_eq!(names("zh"), ["other"]);
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

#[test]
fn the_pseudo_locale_changes_every_text_and_keeps_its_variables() {
    use app::content::{enable_pseudo_locale, language_codes, PSEUDO, PSEUDO_MARK};
    assert!(app::i18n::i18n_for(PSEUDO.code).is_none(), "not served unless enabled");
    enable_pseudo_locale();
    assert!(!language_codes().contains(&PSEUDO.code), "never listed among the languages");
    let pseudo = app::i18n::i18n_for(PSEUDO.code).expect("served once enabled");
    let italian = app::i18n::i18n_for("it").unwrap();
    let mut unchanged = Vec::new();
    for (id, vars) in messages("it") {
        let original = italian.t(&id);
        if id.starts_with('-') || !vars.is_empty() || !original.chars().any(char::is_alphabetic) {
            continue;
        }
        let text = pseudo.t(&id);
        let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic() || *c == '~').count();
        if !text.contains(PSEUDO_MARK) || letters(&text) * 10 < letters(&original) * 13 {
            unchanged.push(format!("{id}: {text}"));
        }
    }
    assert!(unchanged.is_empty(), "pseudo-locale texts not marked or not longer:\n{}", unchanged.join("\n"));
    let progress = pseudo.t_with("question-progress", &[("current", 3.into()), ("total", 12.into())]);
    assert!(progress.contains('3') && progress.contains("12") && progress.contains(PSEUDO_MARK), "{progress}");
}
