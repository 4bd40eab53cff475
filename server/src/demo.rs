//! Demo data: a realistic network (the Ambito of Dalmine) so that a fresh install can be tried
//! at once. Loaded only into an empty database, and marked `is_demo` in every table.

use crate::{
    db::Db,
    directory::now_unix,
    repo::{
        desks::{self, Desk, DeskService},
        mediators, municipalities,
        staff::{self as accounts, Actor, AuditEntry},
        RepoError,
    },
};
use domain::{
    audit::AuditAction,
    mediation::{add_mediator_day, Profile},
    staff::Role,
};
use serde::Deserialize;

const AMBITO_DALMINE: &str = include_str!("../../demo/ambito-dalmine.json");

#[derive(Deserialize)]
struct DemoNetwork {
    municipalities: Vec<municipalities::Municipality>,
    desks: Vec<DemoDesk>,
    mediators: Vec<DemoMediator>,
}

/// Not a password hash at all, so no password matches it (`secret::verify`): the demo's
/// mediator accounts cannot be signed in to until an administrator gives one a password.
const NO_PASSWORD: &str = "!demo-account-without-password";

/// A demo mediator: an account nobody can sign in to (see [`NO_PASSWORD`]), with languages and presence, which
/// make the desks' "a mediator speaks Arabic on Mondays".
#[derive(Deserialize)]
struct DemoMediator {
    name: String,
    email: String,
    #[serde(flatten)]
    profile: Profile,
}

/// A demo desk names the provider kinds it stands for; it offers every service of the
/// catalogue those providers give, so the demo follows the content as it grows.
#[derive(Deserialize)]
struct DemoDesk {
    #[serde(flatten)]
    desk: Desk,
    providers: Vec<String>,
    slot_minutes: u16,
    capacity: u16,
}

/// The demo desks as the public sees them: their services filled in from the catalogue, and
/// the languages of the demo mediators on the days they are there.
pub fn demo_desks() -> Vec<Desk> {
    let DemoNetwork { desks, mediators, .. } = network();
    desks
        .into_iter()
        .map(|d| {
            let services = app::content::catalogue()
                .services
                .iter()
                .filter(|s| d.providers.contains(&s.provider))
                .map(|s| DeskService {
                    service: s.id.clone(),
                    bookable: true,
                    slot_minutes: d.slot_minutes,
                    capacity: d.capacity,
                })
                .collect();
            Desk { services, ..d.desk }.sorted()
        })
        .map(|mut desk| {
            // The languages the public sees: the staff's, and the mediators' on their days.
            for m in &mediators {
                for p in m.profile.presence.iter().filter(|p| p.desk == desk.slug) {
                    for code in &m.profile.languages {
                        add_mediator_day(&mut desk.languages, code.clone(), p.weekday);
                    }
                }
            }
            desk
        })
        .collect()
}

/// The demo's municipalities.
pub fn demo_municipalities() -> Vec<municipalities::Municipality> {
    network().municipalities
}

fn network() -> DemoNetwork {
    serde_json::from_str(AMBITO_DALMINE).expect("demo/ambito-dalmine.json is valid (tested)")
}

/// Loads the demo network when the database holds no municipality yet. Returns whether it did.
pub async fn load_if_empty(db: &Db) -> Result<bool, RepoError> {
    if municipalities::count(db).await? > 0 {
        return Ok(false);
    }
    municipalities::insert_all(db, &network().municipalities, true).await?;
    desks::insert_all(db, &demo_desks(), true).await?;
    let now = now_unix();
    for m in network().mediators {
        let id = accounts::create(db, &m.email, &m.name, Role::Mediator, NO_PASSWORD, &[], &Actor::command(now)).await?;
        let audit = AuditEntry {
            at: now,
            staff_id: None,
            action: AuditAction::MediatorProfileSet(id).as_text(),
            dossier_id: None,
            address: "command line".into(),
        };
        mediators::set_profile(db, id, &m.profile, &audit).await?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_network_is_complete() {
        let network = super::network();
        assert!(network.municipalities.len() >= 15);
        let desks = super::demo_desks();
        assert!(desks.len() >= 20, "the issue asks for at least 20 desks");
        for d in &desks {
            assert!(!d.services.is_empty(), "{} provides nothing", d.slug);
            assert!(d.hours.problems().is_empty(), "{}: {:?}", d.slug, d.hours.problems());
            assert!(network.municipalities.iter().any(|m| m.istat_code == d.municipality), "{}", d.slug);
        }
        let kinds: std::collections::BTreeSet<_> = desks.iter().map(|d| d.kind.as_str()).collect();
        assert!(kinds.len() >= 6, "{kinds:?}");
        // Mediators are at desks of the network, in hours that hold together, in languages
        // Ponte can name; no one is at two desks at once.
        assert!(network.mediators.len() >= 3);
        for m in &network.mediators {
            assert!(!m.profile.languages.is_empty(), "{}", m.name);
            for p in &m.profile.presence {
                assert!(desks.iter().any(|d| d.slug == p.desk) && p.from < p.to, "{}: {p:?}", m.name);
                let same_day = m.profile.presence.iter().filter(|q| q.weekday == p.weekday).count();
                assert_eq!(same_day, 1, "{} is at two desks on {:?}", m.name, p.weekday);
            }
        }
    }

    /// A desk's language is shown by its own name: a shipped language's `language-name`, or a
    /// `spoken-<code>` message (the page would otherwise show the id).
    #[test]
    fn every_language_spoken_at_a_demo_desk_has_a_name() {
        let italian = app::i18n::i18n_for("it").unwrap();
        for d in super::demo_desks() {
            for l in &d.languages {
                let id = format!("spoken-{}", l.code);
                let named = app::content::language(&l.code).is_some() || italian.t(&id) != id;
                assert!(named, "{}: no name for the language `{}`", d.slug, l.code);
            }
        }
    }
}
