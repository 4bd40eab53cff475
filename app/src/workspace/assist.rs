//! Starting an assisted journey, as the page sees it: the two languages, then the consent the
//! helper records (`domain::assist`).

use domain::assist::{AssistError, AssistForm, Languages};
use serde::{Deserialize, Serialize};

/// Session key: the form as last refused.
pub const ASSIST_FORM_KEY: &str = "staff_assist_form";

/// The form as last refused, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedAssist {
    pub form: AssistForm,
    pub errors: Vec<AssistError>,
}

/// `/<lang>/staff/assist`: the languages to choose and, once the person's is chosen, the
/// consent to read to them in it and to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistPage {
    /// The languages Ponte speaks (codes), for both choices.
    pub languages: Vec<String>,
    /// The choices so far (or the form as refused) and what was wrong.
    pub form: AssistForm,
    pub errors: Vec<AssistError>,
    /// An assisted journey already open in this browser: its languages.
    pub open: Option<Languages>,
}

impl AssistPage {
    /// The person's language is chosen (and one Ponte speaks): the consent step shows.
    pub fn person_chosen(&self) -> bool {
        self.languages.contains(&self.form.person)
    }
}
