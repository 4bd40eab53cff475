//! Counting failed attempts (wrong booking codes or PINs) per key in a sliding window, so that
//! guessing codes is slow. Kept in memory: a restart forgets the counts, which is acceptable for
//! a limit of minutes; several instances each count their own.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// How long failed attempts are counted (per address, per code, per account).
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

pub struct Limiter {
    max_failures: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

impl Limiter {
    pub fn new(max_failures: u32, window: Duration) -> Limiter {
        Limiter { max_failures, window, failures: Mutex::new(HashMap::new()) }
    }

    /// Whether `key` has used up its failures in the current window.
    pub fn is_blocked(&self, key: &str) -> bool {
        self.is_blocked_at(key, Instant::now())
    }

    /// Counts one failure for `key`.
    pub fn fail(&self, key: &str) {
        self.fail_at(key, Instant::now())
    }

    fn is_blocked_at(&self, key: &str, now: Instant) -> bool {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.get(key).is_some_and(|(n, since)| *n >= self.max_failures && now.duration_since(*since) < self.window)
    }

    fn fail_at(&self, key: &str, now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() > 100_000 {
            // Never grow without bound: drop what has expired.
            failures.retain(|_, (_, since)| now.duration_since(*since) < self.window);
        }
        let entry = failures.entry(key.to_owned()).or_insert((0, now));
        if now.duration_since(entry.1) >= self.window {
            *entry = (0, now);
        }
        entry.0 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_allowed_failures_only_for_that_key() {
        let limiter = Limiter::new(3, Duration::from_secs(60));
        for _ in 0..2 {
            limiter.fail("ip:1");
        }
        assert!(!limiter.is_blocked("ip:1"));
        limiter.fail("ip:1");
        assert!(limiter.is_blocked("ip:1"));
        assert!(!limiter.is_blocked("ip:2"));
    }

    #[test]
    fn the_window_expires() {
        let window = Duration::from_secs(15 * 60);
        let limiter = Limiter::new(2, window);
        let start = Instant::now();
        limiter.fail_at("k", start);
        limiter.fail_at("k", start + Duration::from_secs(60));
        assert!(limiter.is_blocked_at("k", start + window - Duration::from_secs(1)));
        assert!(!limiter.is_blocked_at("k", start + window), "the window counts from the first failure");
        // A failure after the window starts a new count.
        limiter.fail_at("k", start + window);
        assert!(!limiter.is_blocked_at("k", start + window));
    }
}
