//! Municipalities of the network, with postcode and coordinates.

use super::RepoError;
use crate::{
    db::{is_unique_violation, Db},
    on_db,
};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize, sqlx::FromRow)]
pub struct Municipality {
    /// ISTAT code: the national identifier of an Italian municipality.
    pub istat_code: String,
    pub name: String,
    /// Province abbreviation (BG = Bergamo).
    pub province: String,
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
}

const INSERT: &str = "INSERT INTO municipalities \
    (istat_code, name, province, postcode, latitude, longitude, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?)";

/// Adds a municipality. The same ISTAT code twice is [`RepoError::Duplicate`].
pub async fn insert(db: &Db, m: &Municipality, is_demo: bool) -> Result<(), RepoError> {
    insert_all(db, std::slice::from_ref(m), is_demo).await
}

/// Adds municipalities in one transaction: all of them or none. The same ISTAT code twice is
/// [`RepoError::Duplicate`].
pub async fn insert_all(db: &Db, list: &[Municipality], is_demo: bool) -> Result<(), RepoError> {
    let sql = db.sql(INSERT);
    let result: Result<(), sqlx::Error> = on_db!(db, pool => async {
        let mut tx = pool.begin().await?;
        for m in list {
            sqlx::query(&sql)
                .bind(&m.istat_code)
                .bind(&m.name)
                .bind(&m.province)
                .bind(&m.postcode)
                .bind(m.latitude)
                .bind(m.longitude)
                .bind(is_demo)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(super::desks::BUMP_DIRECTORY_VERSION).execute(&mut *tx).await?;
        tx.commit().await
    }.await);
    result.map_err(|e| if is_unique_violation(&e) { RepoError::Duplicate("municipality") } else { e.into() })
}

/// All municipalities, sorted by name.
pub async fn list(db: &Db) -> Result<Vec<Municipality>, RepoError> {
    let sql = "SELECT istat_code, name, province, postcode, latitude, longitude \
               FROM municipalities ORDER BY name, istat_code";
    Ok(on_db!(db, pool => sqlx::query_as::<_, Municipality>(sql).fetch_all(pool).await?))
}

/// The municipalities with this postcode (several villages may share one).
pub async fn by_postcode(db: &Db, postcode: &str) -> Result<Vec<Municipality>, RepoError> {
    let sql = db.sql(
        "SELECT istat_code, name, province, postcode, latitude, longitude \
         FROM municipalities WHERE postcode = ? ORDER BY name",
    );
    Ok(on_db!(db, pool => sqlx::query_as::<_, Municipality>(&sql).bind(postcode).fetch_all(pool).await?))
}

pub async fn count(db: &Db) -> Result<i64, RepoError> {
    let sql = "SELECT COUNT(*) FROM municipalities";
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await?))
}
