//! Attempt counts of the rate limits (`crate::rate_limit`), shared by every instance.

use super::RepoError;
use crate::{db::Db, on_db};

/// Counts one attempt for `key` at `now` and returns the count in its window: a window older
/// than `window` seconds starts again at one. One statement, atomic on both backends, so
/// concurrent attempts on several instances are all counted.
pub async fn count_one(db: &Db, key: &str, now: i64, window: i64) -> Result<i64, RepoError> {
    let sql = db.sql(
        "INSERT INTO attempts (attempt_key, n, window_start) VALUES (?, 1, ?) \
         ON CONFLICT (attempt_key) DO UPDATE SET \
         n = CASE WHEN attempts.window_start <= ? THEN 1 ELSE attempts.n + 1 END, \
         window_start = CASE WHEN attempts.window_start <= ? THEN excluded.window_start ELSE attempts.window_start END \
         RETURNING n",
    );
    let expired = now - window;
    Ok(on_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql)
        .bind(key)
        .bind(now)
        .bind(expired)
        .bind(expired)
        .fetch_one(pool)
        .await?))
}

/// Takes one attempt off `key`'s count (never below zero).
pub async fn uncount_one(db: &Db, key: &str) -> Result<(), RepoError> {
    let sql = db.sql("UPDATE attempts SET n = n - 1 WHERE attempt_key = ? AND n > 0");
    on_db!(db, pool => sqlx::query(&sql).bind(key).execute(pool).await.map(|_| ()))?;
    Ok(())
}

/// Deletes the counts whose window started before `before` (unix seconds).
pub async fn forget_before(db: &Db, before: i64) -> Result<u64, RepoError> {
    let sql = db.sql("DELETE FROM attempts WHERE window_start < ?");
    Ok(on_db!(db, pool => sqlx::query(&sql).bind(before).execute(pool).await?.rows_affected()))
}
