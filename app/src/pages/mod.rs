//! One module per page.

pub mod accessibility;
pub mod check;
pub mod home;
pub mod not_found;
pub mod privacy;
pub mod question;
mod redirect;
pub mod results;
pub mod start;
mod start_form;
mod text_page;
