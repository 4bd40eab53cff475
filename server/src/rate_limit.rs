//! Limits on attempts per key (an address, a booking code, an account), counted in the
//! database so that every instance shares them: a lockout on one holds on all.
//!
//! An attempt is counted *before* the work it guards (a PIN or password check, a booking), in
//! one atomic statement, so a burst of concurrent attempts cannot slip past the limit while the
//! first ones are still being checked. What should not count (a right PIN, a booking that was
//! refused for another reason) is given back afterwards.

use crate::{
    db::Db,
    repo::{attempts, RepoError},
};
use sha2::{Digest, Sha256};
use std::time::Duration;

/// How long failed look-ups and sign-ins are counted (per address, per code, per account).
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// How long new bookings and requests are counted per address.
pub const BOOKING_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);

/// How long a count is kept at most: the daily job deletes those whose window started earlier
/// (the longest window, plus the day between two runs of the job).
pub const COUNTS_KEPT: Duration = Duration::from_secs(2 * 24 * 60 * 60);

/// One kind of limit: `max` attempts per key in a `window`. `kind` keeps the keys of
/// different limits apart (an address has one count per limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub kind: &'static str,
    pub max: u32,
    pub window: Duration,
}

/// Wrong codes or PINs on the manage form, per address.
pub const MANAGE_PER_ADDRESS: Limit = Limit { kind: "manage-address", max: 10, window: WINDOW };
/// Wrong PINs for one booking code, from anywhere.
pub const MANAGE_PER_CODE: Limit = Limit { kind: "manage-code", max: 5, window: WINDOW };
/// Refused sign-ins per account, from anywhere.
pub const SIGN_IN_PER_ACCOUNT: Limit = Limit { kind: "sign-in-account", max: 5, window: WINDOW };
/// Refused sign-ins per address (a desk's office shares one address: kept higher).
pub const SIGN_IN_PER_ADDRESS: Limit = Limit { kind: "sign-in-address", max: 20, window: WINDOW };

/// New bookings and requests allowed per address in a day, at all desks and at one desk
/// (`PONTE_BOOKINGS_PER_ADDRESS`, `PONTE_BOOKINGS_PER_ADDRESS_AT_DESK`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookingLimits {
    pub per_address: Limit,
    pub per_address_at_desk: Limit,
}

impl BookingLimits {
    pub fn new(per_address: u32, per_address_at_desk: u32) -> BookingLimits {
        BookingLimits {
            per_address: Limit { kind: "book-address", max: per_address, window: BOOKING_WINDOW },
            per_address_at_desk: Limit { kind: "book-address-desk", max: per_address_at_desk, window: BOOKING_WINDOW },
        }
    }
}

impl Limit {
    /// The stored key: a hash, so the table holds no address or code that can be read back.
    fn key(&self, parts: &[&str]) -> String {
        let mut hash = Sha256::new();
        hash.update(self.kind.as_bytes());
        for part in parts {
            hash.update([0]);
            hash.update(part.as_bytes());
        }
        hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Counts one attempt for the key made of `parts` at `now` (unix seconds) and says whether
    /// it is within the limit. An attempt past the limit is counted too (the window still
    /// ends when it would have).
    pub async fn take(&self, db: &Db, parts: &[&str], now: i64) -> Result<bool, RepoError> {
        let n = attempts::count_one(db, &self.key(parts), now, self.window.as_secs() as i64).await?;
        Ok(n <= i64::from(self.max))
    }

    /// Takes back one attempt counted by [`Limit::take`] that turned out not to count.
    pub async fn give_back(&self, db: &Db, parts: &[&str]) -> Result<(), RepoError> {
        attempts::uncount_one(db, &self.key(parts)).await
    }
}

/// Counts one attempt under every limit given (each with its key) and says whether all of
/// them allow it. Every limit is counted even when an earlier one refuses, so a blocked key
/// cannot be used to probe another.
pub async fn take_all(db: &Db, limits: &[(Limit, &[&str])], now: i64) -> Result<bool, RepoError> {
    let mut allowed = true;
    for (limit, parts) in limits {
        allowed &= limit.take(db, parts, now).await?;
    }
    Ok(allowed)
}

/// Gives back one attempt under every limit given.
pub async fn give_back_all(db: &Db, limits: &[(Limit, &[&str])]) -> Result<(), RepoError> {
    for (limit, parts) in limits {
        limit.give_back(db, parts).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_limits_and_parts_apart_and_hold_no_address() {
        let key = MANAGE_PER_ADDRESS.key(&["203.0.113.7"]);
        assert_eq!(key.len(), 64);
        assert!(!key.contains("203.0.113"));
        assert_ne!(key, SIGN_IN_PER_ADDRESS.key(&["203.0.113.7"]), "one count per limit");
        assert_ne!(key, MANAGE_PER_ADDRESS.key(&["203.0.113.8"]));
        let limits = BookingLimits::new(20, 5);
        assert_ne!(
            limits.per_address_at_desk.key(&["1.2.3.4", "desk"]),
            limits.per_address_at_desk.key(&["1.2.3.4d", "esk"]),
            "parts are separated"
        );
    }
}
