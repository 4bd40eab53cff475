//! Pieces shared by several pages.

pub mod quick_exit;
pub mod read_aloud;
