//! Ponte's domain logic, free of web and database concerns so that the same code runs in the
//! browser (WebAssembly) and on the server.

pub mod answers;
pub mod assist;
pub mod audit;
pub mod booking;
pub mod calendar;
pub mod catalogue;
pub mod check;
pub mod condition;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod desks;
pub mod dossier;
pub mod flow;
pub mod helper;
pub mod journey;
pub mod lang;
pub mod mediation;
pub mod messages;
pub mod results;
pub mod staff;
