//! The directory's search index: every desk, kept in memory, so that a search over a region of
//! thousands of desks filters and orders them without reading them all from the database each
//! time (issue 13: the nearest desks among 10,000 in under 5 ms). The database stays the
//! source: each search first reads the directory's version (one small query) and the index is
//! loaded again when it has changed, also when another instance changed it.

use crate::{
    db::Db,
    repo::{
        desks::{self, StoredDesk},
        municipalities, RepoError,
    },
};
use domain::{calendar::Weekday, desks::Point};
use std::{
    collections::{BTreeSet, HashMap},
    sync::{Arc, RwLock},
};

/// What the nearest-desk search asks of a desk.
#[derive(Debug, Clone, Copy)]
pub struct SearchFilter<'a> {
    pub service: &'a str,
    /// Spoken there (by staff or a mediator).
    pub language: Option<&'a str>,
    /// Open on this day of the week.
    pub weekday: Option<Weekday>,
    pub step_free: bool,
    /// Where the person lives (ISTAT code): desks serving its residents are marked competent.
    pub resident_of: Option<&'a str>,
}

/// A desk as the search first sees it: enough to put it in order, nothing to show (borrowed
/// from the index, so that thousands of them cost no copies).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<'a> {
    pub id: i64,
    pub location: Point,
    pub name: &'a str,
    /// The municipality's name.
    pub town: &'a str,
    /// It serves the residents of the municipality searched from (territorial competence).
    pub competent: bool,
}


/// Every desk as the database had it at `version`, with the name of its municipality.
pub struct Snapshot {
    version: i64,
    desks: Vec<StoredDesk>,
    /// The name of each desk's municipality, in the order of `desks`.
    towns: Vec<String>,
    /// Where each desk id is in `desks`.
    positions: HashMap<i64, usize>,
    /// The languages spoken at the desks of each service, sorted (the language filter's choices).
    languages: HashMap<String, Vec<String>>,
}

impl Snapshot {
    /// The desks that pass `filter`, with what ordering needs.
    pub fn candidates(&self, filter: &SearchFilter<'_>) -> Vec<Candidate<'_>> {
        self.desks
            .iter()
            .zip(&self.towns)
            .filter(|(s, _)| {
                let d = &s.desk;
                d.services.iter().any(|x| x.service == filter.service)
                    && (!filter.step_free || d.access.step_free == Some(true))
                    && filter.language.is_none_or(|l| d.languages.iter().any(|x| x.code == l))
                    && filter.weekday.is_none_or(|w| d.hours.weekly.iter().any(|o| o.weekday == w))
            })
            .map(|(s, town)| Candidate {
                id: s.id,
                location: s.desk.location,
                name: &s.desk.name,
                town,
                competent: filter.resident_of.is_some_and(|r| s.desk.serves.iter().any(|m| m == r)),
            })
            .collect()
    }

    /// The desks with these ids, in the order of `ids` (an id no longer there is left out).
    pub fn by_ids(&self, ids: &[i64]) -> Vec<&StoredDesk> {
        ids.iter().filter_map(|id| self.positions.get(id).map(|&i| &self.desks[i])).collect()
    }

    /// The languages spoken at any desk providing `service`, sorted (the language filter's
    /// choices).
    pub fn languages_for(&self, service: &str) -> Vec<String> {
        self.languages.get(service).cloned().unwrap_or_default()
    }

    fn new(version: i64, desks: Vec<StoredDesk>, towns: &HashMap<String, String>) -> Snapshot {
        let mut languages: HashMap<String, BTreeSet<String>> = HashMap::new();
        for s in &desks {
            for service in &s.desk.services {
                let spoken = languages.entry(service.service.clone()).or_default();
                spoken.extend(s.desk.languages.iter().map(|l| l.code.clone()));
            }
        }
        Snapshot {
            version,
            towns: desks.iter().map(|s| towns.get(&s.desk.municipality).cloned().unwrap_or_default()).collect(),
            positions: desks.iter().enumerate().map(|(i, s)| (s.id, i)).collect(),
            languages: languages.into_iter().map(|(service, spoken)| (service, spoken.into_iter().collect())).collect(),
            desks,
        }
    }
}

/// The index of one database (one per server, beside its pool).
#[derive(Default)]
pub struct DeskIndex {
    current: RwLock<Option<Arc<Snapshot>>>,
}

impl DeskIndex {
    /// The directory as the database has it now: the index kept, or loaded again when the
    /// database's version differs.
    pub async fn snapshot(&self, db: &Db) -> Result<Arc<Snapshot>, RepoError> {
        let version = desks::directory_version(db).await?;
        let kept = self.current.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
        if let Some(kept) = kept.filter(|s| s.version == version) {
            return Ok(kept);
        }
        // Read after the version: a change in between makes the next search load again.
        let towns = municipalities::list(db).await?.into_iter().map(|m| (m.istat_code, m.name)).collect();
        let loaded = Arc::new(Snapshot::new(version, desks::all(db).await?, &towns));
        *self.current.write().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(loaded.clone());
        Ok(loaded)
    }
}
