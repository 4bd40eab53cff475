//! Ponte's domain logic, free of web and database concerns so that the same code runs in the
//! browser (WebAssembly) and on the server.

pub mod journey;
pub mod lang;
