//! Reads the catalogue from the TOML files of `content/` (server and build side only: the
//! browser receives the catalogue already parsed, as JSON).

use crate::catalogue::{Area, Catalogue, Document, Provider, Question, Service};
use serde::de::DeserializeOwned;
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
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Services {
    service: Vec<Service>,
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
        services: read::<Services>(dir, "services.toml")?.service,
        documents: read::<Documents>(dir, "documents.toml")?.document,
        providers: read::<Providers>(dir, "providers.toml")?.provider,
    })
}
