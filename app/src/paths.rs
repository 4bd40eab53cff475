//! URLs of the site. Every page lives under its language: `/<lang>/<page>`.

/// The first segment of a path: `/ar/privacy` → `ar`.
pub fn first_segment(path: &str) -> Option<&str> {
    path.trim_start_matches('/').split('/').next().filter(|s| !s.is_empty())
}

/// The quick exit: ends the session and sends the browser to [`NEUTRAL_PAGE`].
pub const QUICK_EXIT: &str = "/exit";

/// A neutral page to land on after the quick exit: a weather forecast.
pub const NEUTRAL_PAGE: &str = "https://www.ilmeteo.it/";

/// A page of the site in a language: `page("ar", "privacy")` → `/ar/privacy`.
pub fn page(lang: &str, page: &str) -> String {
    if page.is_empty() {
        format!("/{lang}")
    } else {
        format!("/{lang}/{page}")
    }
}

/// Where a journey page sends a person whose answers are gone (expired, or ended by the quick
/// exit): the home page with the area chosen again, except a sensitive one (violence), whose
/// name a person pressing Back on a shared phone must not see.
pub fn journey_gone(lang: &str, area: &domain::catalogue::Area) -> String {
    if area.sensitive {
        page(lang, "")
    } else {
        format!("{}?area={}", page(lang, ""), area.id)
    }
}

/// A question of an area: `/it/questions/elderly/age`.
pub fn question(lang: &str, area: &str, question: &str) -> String {
    format!("/{lang}/questions/{area}/{question}")
}

/// The first unanswered question of an area (the server works out which).
pub fn questions(lang: &str, area: &str) -> String {
    format!("/{lang}/questions/{area}")
}

/// The check-your-answers page of an area.
pub fn check(lang: &str, area: &str) -> String {
    format!("/{lang}/check/{area}")
}

/// The results of an area.
pub fn results(lang: &str, area: &str) -> String {
    format!("/{lang}/results/{area}")
}

/// Posted from an area's results to go on with another area (`to`), keeping the answers.
pub fn continue_from(lang: &str, area: &str) -> String {
    format!("/{lang}/results/{area}/continue")
}

/// The desks that provide a service, nearest first.
pub fn desks(lang: &str, service: &str) -> String {
    format!("/{lang}/desks/{service}")
}

/// The desks for a service, those serving `lives_in` (an ISTAT code) first when it is known.
pub fn desks_for(lang: &str, service: &str, lives_in: Option<&str>) -> String {
    match lives_in {
        Some(code) => format!("{}?municipality={}", desks(lang, service), encode_query_value(code)),
        None => desks(lang, service),
    }
}

/// Booking a service at a desk (free slots and the form).
pub fn book(lang: &str, desk: &str, service: &str) -> String {
    format!("/{lang}/book/{desk}/{service}")
}

/// Sending a request to a desk without booking a time (the form, and where it is posted).
pub fn request(lang: &str, desk: &str, service: &str) -> String {
    format!("/{lang}/request/{desk}/{service}")
}

/// A booking: confirmation, and where to change or cancel it.
pub fn booking(lang: &str, code: &str) -> String {
    format!("/{lang}/booking/{code}")
}

/// Finding a booking again with its code.
pub fn manage(lang: &str) -> String {
    format!("/{lang}/manage")
}

/// The operators' workspace: sign-in form or inbox.
pub fn staff(lang: &str) -> String {
    format!("/{lang}/staff")
}

pub fn staff_sign_in(lang: &str) -> String {
    format!("/{lang}/staff/sign-in")
}

pub fn staff_sign_out(lang: &str) -> String {
    format!("/{lang}/staff/sign-out")
}

/// The audit log (administrators).
pub fn staff_audit(lang: &str) -> String {
    format!("/{lang}/staff/audit")
}

/// One dossier in the workspace (and where its changes are posted).
pub fn staff_dossier(lang: &str, id: i64) -> String {
    format!("/{lang}/staff/dossier/{id}")
}

/// Staff accounts (administrators).
pub fn staff_accounts(lang: &str) -> String {
    format!("/{lang}/staff/accounts")
}

/// An account's temporary password (administrators).
pub fn staff_account_reset(lang: &str, id: i64) -> String {
    format!("/{lang}/staff/accounts/{id}/reset")
}

/// Disabling or enabling an account (administrators).
pub fn staff_account_active(lang: &str, id: i64) -> String {
    format!("/{lang}/staff/accounts/{id}/active")
}

/// The second step of signing in: the code of the authenticator app (or enrolling one).
pub fn staff_second_factor(lang: &str) -> String {
    format!("/{lang}/staff/second-factor")
}

/// The QR code of the app's secret, on the enrolment page.
pub fn staff_second_factor_qr(lang: &str) -> String {
    format!("/{lang}/staff/second-factor/qr.svg")
}

/// Changing one's own password (every staff member).
pub fn staff_password(lang: &str) -> String {
    format!("/{lang}/staff/password")
}

/// A day's appointments at my desks.
pub fn staff_record(lang: &str) -> String {
    format!("/{lang}/staff/record")
}

pub fn staff_recorded(lang: &str) -> String {
    format!("/{lang}/staff/record/done")
}

/// Starting an assisted journey with a person (operators, mediators), and ending it.
pub fn staff_assist(lang: &str) -> String {
    format!("/{lang}/staff/assist")
}

pub fn staff_assist_end(lang: &str) -> String {
    format!("/{lang}/staff/assist/end")
}

/// A mediator's own list, one appointment they come to, and saying they will be there.
pub fn staff_mediations(lang: &str) -> String {
    format!("/{lang}/staff/mediations")
}

pub fn staff_mediation(lang: &str, dossier: i64) -> String {
    format!("/{lang}/staff/mediations/{dossier}")
}

pub fn staff_mediation_confirm(lang: &str, dossier: i64) -> String {
    format!("/{lang}/staff/mediations/{dossier}/confirm")
}

pub fn staff_mediation_release(lang: &str, dossier: i64) -> String {
    format!("/{lang}/staff/mediations/{dossier}/release")
}

/// An operator asks for a mediator for a dossier.
pub fn staff_mediator_ask(lang: &str, dossier: i64) -> String {
    format!("/{lang}/staff/dossier/{dossier}/mediator")
}

/// An administrator's page of a mediator account's languages and presence.
pub fn staff_mediator_profile(lang: &str, account: i64) -> String {
    format!("/{lang}/staff/accounts/{account}/mediator")
}

pub fn staff_appointments(lang: &str) -> String {
    format!("/{lang}/staff/appointments")
}

/// Where an operator marks whether the person came.
pub fn staff_attendance(lang: &str, id: i64) -> String {
    format!("/{lang}/staff/dossier/{id}/attendance")
}

/// Where an operator posts "I take this request".
pub fn staff_claim(lang: &str, id: i64) -> String {
    format!("/{lang}/staff/dossier/{id}/claim")
}

/// The area and question a path shows (`/it/questions/elderly/age` → `("elderly", "age")`).
/// Question pages are the only ones with an island of interactivity (the question form shows
/// the next question at once and checks answers as it goes); every other page is plain server
/// HTML and loads no WebAssembly.
pub fn question_of(path: &str) -> Option<(&str, &str)> {
    let mut segments = path.trim_start_matches('/').split('/');
    let _lang = segments.next()?;
    match (segments.next(), segments.next(), segments.next(), segments.next()) {
        (Some("questions"), Some(area), Some(question), None) if !area.is_empty() && !question.is_empty() => {
            Some((area, question))
        }
        _ => None,
    }
}

/// The language switch's link to `to`: the server remembers the choice (the only place the
/// language cookie is set) and opens [`switch_language`]'s page.
pub fn choose_language(path: &str, search: &str, to: &str, rest_is_page: bool) -> String {
    let page = switch_language(path, search, to, rest_is_page);
    format!("/language/{to}?page={}", encode_query_value(&page))
}

/// `value` as one query-string value: everything but unreserved characters percent-encoded.
fn encode_query_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The page a language switch may open: a path of this site in language `lang`, else that
/// language's home page (never another site: `//elsewhere` is refused).
pub fn chosen_page(lang: &str, page: Option<&str>) -> String {
    page.filter(|p| p.starts_with('/') && !p.starts_with("//") && !p.contains('\\'))
        .filter(|p| first_segment(p.split('?').next().unwrap_or_default()) == Some(lang))
        .map_or_else(|| self::page(lang, ""), str::to_owned)
}

/// The same page in another language, keeping the query so nothing already chosen is lost.
/// `rest_is_page` is false when the current path does not start with a shipped language
/// (a "not found" page): the switch then leads to the home page.
pub fn switch_language(path: &str, search: &str, to: &str, rest_is_page: bool) -> String {
    if !rest_is_page {
        return format!("/{to}");
    }
    let rest = path.trim_start_matches('/').split_once('/').map_or("", |(_, rest)| rest);
    let mut url = page(to, rest.trim_end_matches('/'));
    if !search.is_empty() {
        if !search.starts_with('?') {
            url.push('?');
        }
        url.push_str(search);
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_choice_opens_the_same_page_and_never_another_site() {
        let link = choose_language("/it/start", "?who=me&area=health", "ar", true);
        assert_eq!(link, "/language/ar?page=/ar/start%3Fwho%3Dme%26area%3Dhealth");
        assert_eq!(chosen_page("ar", Some("/ar/start?who=me&area=health")), "/ar/start?who=me&area=health");
        assert_eq!(chosen_page("ar", Some("/ar?x=1")), "/ar?x=1");
        for elsewhere in ["//evil.example/ar", "https://evil.example/ar", "/en/start", "/ar\\evil", "ar"] {
            assert_eq!(chosen_page("ar", Some(elsewhere)), "/ar", "{elsewhere}");
        }
        assert_eq!(chosen_page("ar", None), "/ar");
    }

    #[test]
    fn first_segment_of_paths() {
        assert_eq!(first_segment("/ar/privacy"), Some("ar"));
        assert_eq!(first_segment("/it"), Some("it"));
        assert_eq!(first_segment("/"), None);
    }

    #[test]
    fn question_pages_are_recognised() {
        assert_eq!(question_of("/it/questions/elderly/age"), Some(("elderly", "age")));
        assert_eq!(question_of("/ar/questions/money-work/work-status"), Some(("money-work", "work-status")));
        for other in ["/it/questions/elderly", "/it/questions/elderly/age/more", "/it/questions//age", "/it/results/elderly", "/it/start", "/it", "/"] {
            assert_eq!(question_of(other), None, "{other}");
        }
    }

    #[test]
    fn switching_language_keeps_the_page_and_the_answers() {
        assert_eq!(switch_language("/ar/privacy", "", "en", true), "/en/privacy");
        assert_eq!(switch_language("/it", "", "ar", true), "/ar");
        assert_eq!(
            switch_language("/it/start", "?who=me&area=health", "en", true),
            "/en/start?who=me&area=health"
        );
        assert_eq!(switch_language("/xx/nothing", "", "it", false), "/it");
    }
}
