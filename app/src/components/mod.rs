//! Pieces shared by several pages.

pub(crate) mod desk_card;
pub(crate) mod error_summary;
pub(crate) mod fits;
pub(crate) mod helper_fields;
pub(crate) mod person_fields;
pub(crate) mod quick_exit;
pub(crate) mod read_aloud;
pub(crate) mod side_by_side;
