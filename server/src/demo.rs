//! Demo data: a realistic network (the Ambito of Dalmine) so that a fresh install can be tried
//! at once. Loaded only into an empty database, and marked `is_demo` in every table.

use crate::{
    db::Db,
    repo::{municipalities, RepoError},
};
use serde::Deserialize;

const AMBITO_DALMINE: &str = include_str!("../../demo/ambito-dalmine.json");

#[derive(Deserialize)]
struct DemoNetwork {
    municipalities: Vec<municipalities::Municipality>,
}

/// Loads the demo network when the database holds no municipality yet. Returns whether it did.
pub async fn load_if_empty(db: &Db) -> Result<bool, RepoError> {
    if municipalities::count(db).await? > 0 {
        return Ok(false);
    }
    let network: DemoNetwork =
        serde_json::from_str(AMBITO_DALMINE).expect("demo/ambito-dalmine.json is valid (tested)");
    municipalities::insert_all(db, &network.municipalities, true).await?;
    Ok(true)
}
