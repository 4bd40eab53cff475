//! What the server's handler of a page loaded for it. Server-only pages do not load their own
//! data: the handler checks who is asking, reads the database and gives the view its data
//! through the context, and the view is a pure function of it (no resource, no suspense, no
//! endpoint of its own).

use leptos::prelude::*;

/// A page's data as its handler loaded it: `None` when this person may not see it (the page
/// says so, the same whether it exists or not).
#[derive(Debug, Clone)]
pub struct Loaded<T>(pub Option<T>);

/// The data the handler loaded for the page being rendered; `None` when the page was rendered
/// without its handler (a fault of the server, shown as "service unavailable", never a blank page).
pub fn loaded<T: Clone + Send + Sync + 'static>() -> Option<Option<T>> {
    use_context::<Loaded<T>>().map(|l| l.0)
}
