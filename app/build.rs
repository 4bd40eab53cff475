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
    write_pseudo_locale(&locales.join("it"), &mut out);
    write_catalogue(&content, &mut out);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("generated.rs");
    fs::write(dest, out).unwrap();
}

/// One entry per folder of `locales/`: code, endonym (the `language-name` message), direction
/// (that of the endonym's script),
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
        code.parse::<unic_langid::LanguageIdentifier>().unwrap_or_else(|_| panic!("locales/{code}: not a language code"));
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
        let rtl = domain::lang::is_rtl_text(&endonym);
        let reviewed = matches!(status(locales, code).as_str(), "source" | "reviewed");
        writeln!(out, "    Language {{ code: {code:?}, endonym: {endonym:?}, rtl: {rtl}, reviewed: {reviewed} }},").unwrap();
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

/// How the language was made and checked: the `status` of `locales/<code>/translation.toml`
/// (`cargo xtask locales` reads the rest of that file).
fn status(locales: &Path, code: &str) -> String {
    let path = locales.join(code).join("translation.toml");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (every language says how it was made)", path.display()));
    let value = text
        .lines()
        .find_map(|l| l.strip_prefix("status").and_then(|r| r.trim_start().strip_prefix('=')))
        .unwrap_or_else(|| panic!("{}: no `status`", path.display()));
    let status = value.split('#').next().unwrap_or_default().trim().trim_matches('"').to_owned();
    assert!(
        ["source", "machine-assisted", "reviewed"].contains(&status.as_str()),
        "{}: status `{status}` is not source, machine-assisted or reviewed",
        path.display()
    );
    status
}

/// The pseudo-locale, for the browser tests only (the server serves it when
/// `PONTE_PSEUDO_LOCALE` is on): the Italian texts with accented letters, each word 40 % longer,
/// every run of text forced right to left. A text on one of its pages without these marks did
/// not come from the messages; clipped or overflowing boxes and unmirrored layouts show up.
const PSEUDO_CODE: &str = "ar-XB";
/// Starts every run of pseudo-locale text (RIGHT-TO-LEFT OVERRIDE); the tests look for it.
const PSEUDO_MARK: char = '\u{202E}';
/// Ends it (POP DIRECTIONAL FORMATTING).
const PSEUDO_END: char = '\u{202C}';

fn write_pseudo_locale(italian: &Path, out: &mut String) {
    let dir = Path::new(&env::var("OUT_DIR").unwrap()).join("pseudo");
    fs::create_dir_all(&dir).unwrap();
    let mut files: Vec<_> = fs::read_dir(italian)
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    writeln!(
        out,
        "/// The pseudo-locale (tests only; see `pseudo_locale_enabled`).\npub static PSEUDO: Language = Language {{ code: {PSEUDO_CODE:?}, endonym: {:?}, rtl: true, reviewed: true }};\n/// What starts every run of the pseudo-locale's text.\npub const PSEUDO_MARK: char = {PSEUDO_MARK:?};",
        pseudo_text("Pseudo")
    )
    .unwrap();
    out.push_str("#[cfg(feature = \"ssr\")]\npub static PSEUDO_SOURCES: &[(&str, &str)] = &[\n");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = fs::read_to_string(&path).unwrap();
        let pseudo: String = source.lines().map(|l| pseudo_line(l) + "\n").collect();
        let dest = dir.join(&name);
        fs::write(&dest, pseudo).unwrap();
        writeln!(out, "    ({name:?}, include_str!({:?})),", dest.to_string_lossy()).unwrap();
    }
    out.push_str("];\n\n");
}

/// One line of a Fluent file in the pseudo-locale: ids, variant keys, attribute names and
/// placeables kept, the text around them changed.
fn pseudo_line(line: &str) -> String {
    if line.starts_with('#') || line.trim().is_empty() {
        return line.to_owned();
    }
    // `id = value` (the separator is never a number: its text has no letters to change).
    if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
        let (id, value) = line.split_once('=').unwrap_or((line, ""));
        if id.trim() == "number-thousands-separator" {
            return line.to_owned();
        }
        return format!("{id}={}", pseudo_pattern(value));
    }
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    // `[key] text`, `*[key] text`, `.attribute = text`
    let head_len = if body.starts_with('[') || body.starts_with("*[") {
        body.find(']').map_or(0, |i| i + 1)
    } else if body.starts_with('.') {
        body.find('=').map_or(0, |i| i + 1)
    } else {
        0
    };
    format!("{indent}{}{}", &body[..head_len], pseudo_pattern(&body[head_len..]))
}

/// A pattern's text changed, its placeables (`{ ... }`, also a select's opening `{ $x ->` and
/// closing `}` on lines of their own) kept as they are.
fn pseudo_pattern(pattern: &str) -> String {
    let mut out = String::new();
    let mut text = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => {
                out.push_str(&pseudo_text(&std::mem::take(&mut text)));
                out.push(c);
                let mut depth = 1;
                let mut in_string = false;
                for c in chars.by_ref() {
                    out.push(c);
                    match c {
                        '"' => in_string = !in_string,
                        '{' if !in_string => depth += 1,
                        '}' if !in_string => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            '}' => {
                out.push_str(&pseudo_text(&std::mem::take(&mut text)));
                out.push(c);
            }
            _ => text.push(c),
        }
    }
    out.push_str(&pseudo_text(&text));
    out
}

/// Text in the pseudo-locale: letters accented, each word 40 % longer (as many languages are
/// longer than Italian), the run forced right to left. Spaces at either end stay outside the
/// marks (Fluent trims a value's leading spaces).
fn pseudo_text(text: &str) -> String {
    if !text.chars().any(char::is_alphabetic) {
        return text.to_owned();
    }
    let core = text.trim();
    let (lead, trail) = (&text[..text.len() - text.trim_start().len()], &text[text.trim_end().len()..]);
    let mut out = String::from(lead);
    out.push(PSEUDO_MARK);
    let mut word: usize = 0;
    for c in core.chars() {
        if c.is_alphabetic() {
            word += 1;
        } else if word > 0 {
            out.extend(std::iter::repeat_n('~', (word * 2).div_ceil(5)));
            word = 0;
        }
        out.push(accented(c));
    }
    out.extend(std::iter::repeat_n('~', (word * 2).div_ceil(5)));
    out.push(PSEUDO_END);
    out.push_str(trail);
    out
}

fn accented(c: char) -> char {
    const FROM: &str = "aeioucnszygdlrtkhAEIOUCNSZYGDLRTKH";
    const TO: &str = "áéíóúçñšžýĝđĺŕţķĥÁÉÍÓÚÇÑŠŽÝĜĐĹŔŢĶĤ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
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
