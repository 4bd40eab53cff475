//! Turns the content and translation folders into Rust data at build time, so that
//! - adding a language is adding a folder under `locales/`,
//! - the browser bundle carries only the list of languages, never their texts
//!   (it downloads the texts of the language in use; see `i18n.rs`),
//! - a malformed or inconsistent content file fails the build with a message naming it.

use std::{collections::BTreeMap, env, fmt::Write as _, fs, path::Path};

fn main() {
    // Read when the script runs, not baked in when it is compiled: a build script binary can be
    // reused from another checkout of the same crate sharing the target folder.
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("..");
    let locales = root.join("locales");
    let content = root.join("content");
    println!("cargo:rerun-if-changed={}", locales.display());
    println!("cargo:rerun-if-changed={}", content.display());

    let mut out = String::new();
    write_languages(&locales, &mut out);
    write_catalogue(&content, &mut out);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("generated.rs");
    fs::write(dest, out).unwrap();
}

/// One entry per folder of `locales/`: code, endonym (the `language-name` message), direction,
/// and (server only) the Fluent sources.
fn write_languages(locales: &Path, out: &mut String) {
    let mut langs: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for dir in fs::read_dir(locales).expect("locales/ folder is missing") {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<(String, String)> = fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    p.canonicalize().unwrap().to_string_lossy().into_owned(),
                )
            })
            .collect();
        files.sort();
        langs.insert(code, files);
    }

    out.push_str("/// The shipped languages, sorted by code.\npub static LANGUAGES: &[Language] = &[\n");
    for (code, files) in &langs {
        let id: unic_langid::LanguageIdentifier =
            code.parse().unwrap_or_else(|_| panic!("locales/{code}: not a language code"));
        let rtl = id.character_direction() == unic_langid::CharacterDirection::RTL;
        let endonym = files
            .iter()
            .find_map(|(_, path)| {
                fs::read_to_string(path).unwrap().lines().find_map(|l| {
                    l.strip_prefix("language-name")
                        .and_then(|rest| rest.trim_start().strip_prefix('='))
                        .map(|v| v.trim().to_owned())
                })
            })
            .unwrap_or_else(|| panic!("locales/{code}: no `language-name` message"));
        writeln!(out, "    Language {{ code: {code:?}, endonym: {endonym:?}, rtl: {rtl} }},").unwrap();
    }
    out.push_str("];\n\n");

    out.push_str(
        "/// Fluent sources per language (server only: the browser fetches one language).\n\
         #[cfg(feature = \"ssr\")]\npub static FTL_SOURCES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (code, files) in &langs {
        write!(out, "    ({code:?}, &[").unwrap();
        for (name, path) in files {
            write!(out, "({name:?}, include_str!({path:?})), ").unwrap();
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n\n");
}

/// Loads and checks the catalogue; the app gets it as JSON (parsed once at start-up), so the
/// browser bundle needs no TOML parser and a broken content file never reaches anyone.
fn write_catalogue(content: &Path, out: &mut String) {
    let catalogue = domain::content::load_dir(content).unwrap_or_else(|e| panic!("{e}"));
    let problems = domain::check::check(&catalogue);
    if !problems.is_empty() {
        panic!("content/ has problems:\n{}", problems.join("\n"));
    }
    let json = serde_json::to_string(&catalogue).unwrap();
    writeln!(
        out,
        "/// The catalogue of content/, checked at build time.\n#[cfg(feature = \"ssr\")]\npub static CATALOGUE_JSON: &str = {json:?};"
    )
    .unwrap();
    // The browser asks the questions; services, documents and providers are shown by
    // server-rendered pages only, so the bundle does not carry them.
    let questions_only = domain::catalogue::Catalogue {
        services: Vec::new(),
        documents: Vec::new(),
        providers: Vec::new(),
        ..catalogue
    };
    let json = serde_json::to_string(&questions_only).unwrap();
    writeln!(
        out,
        "/// The browser's catalogue: areas and questions.\n#[cfg(not(feature = \"ssr\"))]\npub static CATALOGUE_JSON: &str = {json:?};"
    )
    .unwrap();
}
