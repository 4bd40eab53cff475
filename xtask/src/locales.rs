//! `cargo xtask locales`: which messages each language lacks, and which were translated from an
//! Italian text that has changed since ("stale").
//!
//! Each `locales/<lang>/translation.toml` says how the language was made and checked, and keeps
//! in `[source]` a hash of the Italian text each message was translated from. When the Italian
//! changes, its hash no longer matches and the message is listed as stale until a translator
//! updates it and records it with `cargo xtask locales mark <lang> [<id>...]`.
//! (`docs/translating.md` is the translators' guide.)

use std::{
    collections::BTreeMap,
    fmt::Write as _,
    fs,
    path::{Path, PathBuf},
};

/// The language the others are translated from.
const SOURCE: &str = "it";
const FILE: &str = "translation.toml";
const STATUSES: [&str; 3] = ["source", "machine-assisted", "reviewed"];

/// One message or term of a Fluent file: its id and its whole text (value, variants,
/// attributes), as written.
#[derive(Debug, PartialEq, Eq)]
struct Entry {
    id: String,
    text: String,
}

/// The entries of a Fluent file. Fluent's layout is enough here: an entry starts with its id at
/// the start of a line and goes on over indented (or blank) lines; a comment ends it.
fn entries(source: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut open = false;
    for line in source.lines() {
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
        if starts_entry {
            let id = line.split('=').next().unwrap_or_default().trim().to_owned();
            out.push(Entry { id, text: line.trim_end().to_owned() });
            open = true;
        } else if line.starts_with(char::is_whitespace) || line.is_empty() {
            if open {
                let text = &mut out.last_mut().expect("an open entry").text;
                text.push('\n');
                text.push_str(line.trim_end());
            }
        } else {
            open = false;
        }
    }
    for e in &mut out {
        e.text.truncate(e.text.trim_end().len());
    }
    out
}

/// FNV-1a, 64 bits: stable across Rust versions and machines (the hashes are committed).
fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Every message of a language, id → text, from all its `.ftl` files.
fn messages(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut out = BTreeMap::new();
    for path in files {
        let source = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for e in entries(&source) {
            out.insert(e.id, e.text);
        }
    }
    Ok(out)
}

/// A language's `translation.toml`: how it was made, and the Italian it was translated from.
#[derive(Debug, Default, PartialEq, Eq)]
struct Translation {
    status: String,
    reviewed_by: String,
    reviewed_on: String,
    /// Message id → hash of the Italian text it was translated from.
    source: BTreeMap<String, String>,
}

impl Translation {
    fn parse(text: &str) -> Result<Self, String> {
        let mut t = Translation::default();
        let mut in_source = false;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                in_source = line == "[source]";
                continue;
            }
            let (key, value) = line.split_once('=').ok_or_else(|| format!("not `key = \"value\"`: {line}"))?;
            let unquote = |s: &str| s.trim().trim_matches('"').to_owned();
            let (key, value) = (unquote(key), unquote(value.split(" #").next().unwrap_or_default()));
            match (in_source, key.as_str()) {
                (true, _) => {
                    t.source.insert(key, value);
                }
                (false, "status") => t.status = value,
                (false, "reviewed-by") => t.reviewed_by = value,
                (false, "reviewed-on") => t.reviewed_on = value,
                (false, other) => return Err(format!("unknown setting `{other}`")),
            }
        }
        if !STATUSES.contains(&t.status.as_str()) {
            return Err(format!("status is `{}`, not one of {STATUSES:?}", t.status));
        }
        Ok(t)
    }

    fn render(&self) -> String {
        let mut out = String::from(
            "# How this translation was made and checked, and the Italian text each message was\n\
             # translated from. Read by the build (a language not reviewed shows a notice) and by\n\
             # `cargo xtask locales`; see docs/translating.md.\n",
        );
        writeln!(out, "status = \"{}\"  # {}", self.status, STATUSES.join(" | ")).unwrap();
        writeln!(out, "reviewed-by = \"{}\"", self.reviewed_by).unwrap();
        writeln!(out, "reviewed-on = \"{}\"  # YYYY-MM-DD", self.reviewed_on).unwrap();
        if self.status != "source" {
            out.push_str("\n# Message id = hash of the Italian text it was translated from (written by\n# `cargo xtask locales mark`).\n[source]\n");
            for (id, h) in &self.source {
                writeln!(out, "\"{id}\" = \"{h}\"").unwrap();
            }
        }
        out
    }
}

/// What one language lacks or has out of date.
#[derive(Debug, Default, PartialEq, Eq)]
struct Gaps {
    missing: Vec<String>,
    stale: Vec<String>,
    extra: Vec<String>,
}

fn gaps(italian: &BTreeMap<String, String>, lang: &BTreeMap<String, String>, t: &Translation) -> Gaps {
    let mut g = Gaps::default();
    for (id, text) in italian {
        if !lang.contains_key(id) {
            g.missing.push(id.clone());
        } else if t.source.get(id) != Some(&hash(text)) {
            g.stale.push(id.clone());
        }
    }
    g.extra = lang.keys().filter(|id| !italian.contains_key(*id)).cloned().collect();
    g
}

fn locales_dir() -> PathBuf {
    PathBuf::from("locales")
}

fn languages() -> Result<Vec<String>, String> {
    let mut out: Vec<String> = fs::read_dir(locales_dir())
        .map_err(|e| format!("locales/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    out.sort();
    Ok(out)
}

fn translation(lang: &str) -> Result<Translation, String> {
    let path = locales_dir().join(lang).join(FILE);
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e} (every language says how it was made)", path.display()))?;
    Translation::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Prints, per language, its status and its missing, stale and extra messages. Fails when a
/// message is missing (the page would show its id) or extra; stale ones are reported only.
pub(crate) fn report() -> Result<(), String> {
    let italian = messages(&locales_dir().join(SOURCE))?;
    let mut failing = Vec::new();
    println!("{:<6} {:<18} {:>8} {:>6} {:>6}  reviewed", "locale", "status", "missing", "stale", "extra");
    let mut details = String::new();
    for lang in languages()? {
        let t = translation(&lang)?;
        if lang == SOURCE {
            println!("{lang:<6} {:<18} {:>8} {:>6} {:>6}", t.status, "-", "-", "-");
            continue;
        }
        let g = gaps(&italian, &messages(&locales_dir().join(&lang))?, &t);
        let reviewed = if t.status == "reviewed" { format!("{} {}", t.reviewed_by, t.reviewed_on) } else { "no".to_owned() };
        println!("{lang:<6} {:<18} {:>8} {:>6} {:>6}  {reviewed}", t.status, g.missing.len(), g.stale.len(), g.extra.len());
        for (kind, ids) in [("missing", &g.missing), ("stale", &g.stale), ("extra", &g.extra)] {
            if !ids.is_empty() {
                writeln!(details, "{lang} {kind}: {}", ids.join(", ")).unwrap();
            }
        }
        if !g.missing.is_empty() || !g.extra.is_empty() {
            failing.push(lang);
        }
    }
    print!("{details}");
    if failing.is_empty() {
        Ok(())
    } else {
        Err(format!("messages missing or unknown in: {}", failing.join(", ")))
    }
}

/// Records that `lang`'s messages `ids` (all of them when empty) now translate the current
/// Italian text.
pub(crate) fn mark(lang: &str, ids: &[String]) -> Result<(), String> {
    if lang == SOURCE {
        return Err("Italian is the source: there is nothing to mark".to_owned());
    }
    let italian = messages(&locales_dir().join(SOURCE))?;
    let own = messages(&locales_dir().join(lang))?;
    let mut t = translation(lang)?;
    let chosen: Vec<&String> = if ids.is_empty() { own.keys().collect() } else { ids.iter().collect() };
    for id in chosen {
        let Some(text) = italian.get(id) else {
            return Err(format!("`{id}` is not an Italian message"));
        };
        if !own.contains_key(id) {
            return Err(format!("`{id}` is not translated in {lang} yet"));
        }
        t.source.insert(id.clone(), hash(text));
    }
    t.source.retain(|id, _| italian.contains_key(id));
    let path = locales_dir().join(lang).join(FILE);
    fs::write(&path, t.render()).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITALIAN: &str = "# Comment\nsite-name = Ponte\n\nresults-intro = { $who ->\n    [me] Per te.\n   *[other] Per la persona.\n  }\n\n## Section\n-brand = Ponte\n";

    fn map(source: &str) -> BTreeMap<String, String> {
        entries(source).into_iter().map(|e| (e.id, e.text)).collect()
    }

    #[test]
    fn an_entry_runs_over_its_indented_lines_and_stops_at_a_comment() {
        let e = entries(ITALIAN);
        assert_eq!(e.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["site-name", "results-intro", "-brand"]);
        assert_eq!(e[1].text, "results-intro = { $who ->\n    [me] Per te.\n   *[other] Per la persona.\n  }");
    }

    #[test]
    fn a_message_is_stale_when_its_italian_changed_after_it_was_marked() {
        let italian = map(ITALIAN);
        let english = map("site-name = Ponte\nresults-intro = For you.\n-brand = Ponte\n");
        let mut t = Translation { status: "machine-assisted".into(), ..Translation::default() };
        for (id, text) in &italian {
            t.source.insert(id.clone(), hash(text));
        }
        assert_eq!(gaps(&italian, &english, &t), Gaps::default());

        let changed = map(&ITALIAN.replace("Per te.", "Per te, adesso."));
        let g = gaps(&changed, &english, &t);
        assert_eq!(g.stale, ["results-intro"]);
        assert!(g.missing.is_empty());
    }

    #[test]
    fn missing_unmarked_and_unknown_messages_are_told_apart() {
        let italian = map(ITALIAN);
        let partial = map("site-name = Ponte\nold-message = Gone\n");
        let g = gaps(&italian, &partial, &Translation::default());
        assert_eq!(g.missing, ["-brand", "results-intro"]);
        assert_eq!(g.stale, ["site-name"], "never marked: not known to translate the current Italian");
        assert_eq!(g.extra, ["old-message"]);
    }

    #[test]
    fn the_settings_file_reads_back_what_it_wrote() {
        let mut t = Translation { status: "reviewed".into(), reviewed_by: "A. Rossi".into(), reviewed_on: "2026-12-01".into(), ..Translation::default() };
        t.source.insert("site-name".into(), hash("site-name = Ponte"));
        assert_eq!(Translation::parse(&t.render()).unwrap(), t);
        assert!(Translation::parse("status = \"finished\"").is_err(), "an unknown status is refused");
    }
}
