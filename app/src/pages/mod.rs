//! One module per page.

pub mod accessibility;
pub mod book;
pub mod booking;
pub mod check;
pub mod desks;
pub mod home;
pub mod manage;
pub mod not_found;
pub mod privacy;
pub mod question;
mod redirect;
pub mod request;
pub mod results;
pub mod staff;
pub mod start;
mod start_form;
mod text_page;
