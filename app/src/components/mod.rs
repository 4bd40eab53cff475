//! Pieces shared by several pages.

pub mod desk_card;
pub mod error_summary;
pub mod person_fields;
pub mod quick_exit;
pub mod read_aloud;
