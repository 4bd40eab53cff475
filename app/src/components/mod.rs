//! Pieces shared by several pages.

pub mod desk_card;
pub mod error_summary;
pub mod quick_exit;
pub mod read_aloud;
