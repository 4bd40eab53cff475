//! Reads the catalogue from the TOML files of `content/` (server and build side only: the
//! browser receives the catalogue already parsed, as JSON).

use crate::catalogue::{Area, Catalogue, Document, Provider, Question, Rule, Service};
use serde::{de::DeserializeOwned, Deserialize};
use std::path::Path;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Areas {
    area: Vec<Area>,
}
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Questions {
    question: Vec<Question>,
}
/// `services.toml` as written: rules several services share are written once, in
/// `[[shared_rule]]`, and a service names one by its `id` alone.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Services {
    #[serde(default)]
    shared_rule: Vec<Rule>,
    service: Vec<toml::Table>,
}
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Documents {
    document: Vec<Document>,
}
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Providers {
    provider: Vec<Provider>,
}

fn read<T: DeserializeOwned>(dir: &Path, file: &str) -> Result<T, String> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Loads `areas.toml`, `questions.toml`, `services.toml`, `documents.toml` and
/// `providers.toml` from `dir`. Errors name the file, the line and the field.
pub fn load_dir(dir: &Path) -> Result<Catalogue, String> {
    Ok(Catalogue {
        areas: read::<Areas>(dir, "areas.toml")?.area,
        questions: read::<Questions>(dir, "questions.toml")?.question,
        services: services(read(dir, "services.toml")?).map_err(|e| format!("services.toml: {e}"))?,
        documents: read::<Documents>(dir, "documents.toml")?.document,
        providers: read::<Providers>(dir, "providers.toml")?.provider,
    })
}

/// The services, each rule that names a shared rule given its condition. A shared rule
/// written again with a condition of its own is refused: a rule's id is its explanation
/// (`rule-<id>`), so it has one condition, in one place.
fn services(file: Services) -> Result<Vec<Service>, String> {
    let shared = |id: &str| file.shared_rule.iter().find(|r| r.id == id);
    let mut services = Vec::with_capacity(file.service.len());
    for mut table in file.service {
        let id = table.get("id").and_then(|v| v.as_str()).unwrap_or("?").to_owned();
        for rule in table.get_mut("rule").and_then(|r| r.as_array_mut()).into_iter().flatten() {
            let Some(rule) = rule.as_table_mut() else { continue };
            let rule_id = rule.get("id").and_then(|v| v.as_str()).unwrap_or("?").to_owned();
            match (rule.contains_key("when"), shared(&rule_id)) {
                (true, Some(_)) => {
                    return Err(format!("service `{id}`: rule `{rule_id}` is shared: name it by its id alone"))
                }
                (false, Some(common)) => {
                    let when = toml::Value::try_from(&common.when).map_err(|e| format!("shared rule `{rule_id}`: {e}"))?;
                    rule.insert("when".into(), when);
                }
                (_, None) => {}
            }
        }
        let service = Service::deserialize(toml::Value::Table(table)).map_err(|e| format!("service `{id}`: {e}"))?;
        services.push(service);
    }
    Ok(services)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHARED: &str = r#"
[[shared_rule]]
id = "resident-here"
when = { q = "resident", is = "yes" }
"#;

    fn service(rule: &str) -> String {
        format!(
            "{SHARED}\n[[service]]\nid = \"home-care\"\nareas = [\"elderly\"]\nprovider = \"sportello-sociale\"\n\
             documents = []\ntime = \"weeks\"\nlink = \"https://example.org\"\nlaw = \"L. 328/2000\"\n\
             source = \"https://example.org\"\nchecked = \"2026-12-01\"\n[[service.rule]]\n{rule}\n"
        )
    }

    fn load(text: &str) -> Result<Vec<Service>, String> {
        services(toml::from_str(text).map_err(|e| e.to_string())?)
    }

    #[test]
    fn a_service_names_a_shared_rule_by_its_id() {
        let loaded = load(&service(r#"id = "resident-here""#)).unwrap();
        let shared: Services = toml::from_str(&service(r#"id = "resident-here""#)).unwrap();
        assert_eq!(loaded[0].rules[0].when, shared.shared_rule[0].when);
    }

    #[test]
    fn a_shared_rule_is_not_written_again() {
        let again = service("id = \"resident-here\"\nwhen = { q = \"resident\", in = [\"yes\", \"dont-know\"] }");
        let error = load(&again).unwrap_err();
        assert!(error.contains("service `home-care`: rule `resident-here` is shared"), "{error}");
    }

    #[test]
    fn a_rule_without_condition_that_is_not_shared_is_refused() {
        let error = load(&service(r#"id = "lives-alone""#)).unwrap_err();
        assert!(error.contains("service `home-care`") && error.contains("when"), "{error}");
    }
}
