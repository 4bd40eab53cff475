//! The operators' workspace: sign-in, the inbox of requests for my desks, and one dossier read
//! in my language beside the person's. Server-only pages: plain HTML and forms that post.

use crate::{
    components::{
        desk_card::{date_text, language_name},
        error_summary::error_summary,
    },
    content::{area, catalogue},
    i18n::{i18n_for, use_i18n, I18n},
    pages::{check::answer_text, desks::ServiceUnavailable},
    paths,
    workspace::{
        staff_accounts, staff_appointments, staff_audit, staff_dossier, workspace_home, Accounts, Appointments, AuditRow,
        DossierView, Inbox, InboxFilter, StaffHome,
    },
};
use domain::{
    audit::AuditAction,
    calendar::{Date, LocalDateTime},
    dossier::{Attendance, DecisionForm, Outcome, Status},
    journey::Who,
    messages,
    results::{evaluate, Fit},
    staff::Role,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn StaffPage() -> impl IntoView {
    let query = use_query_map();
    let home = Resource::new(
        move || query.with(|q| (q.get("status"), q.get("area"), q.get("language"), q.get("mediator"), q.get("date"))),
        |(status, area, language, mediator, date)| workspace_home(status, area, language, mediator, date),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || home.get().map(|result| {
                let i18n = use_i18n();
                match result {
                    Ok(StaffHome::SignIn { email, error }) => sign_in(&i18n, email, error),
                    Ok(StaffHome::Inbox(inbox)) => inbox_page(&i18n, inbox),
                    Err(_) => view! { <ServiceUnavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn sign_in(i18n: &I18n, email: String, error: Option<String>) -> AnyView {
    let title = i18n.t("staff-sign-in-title");
    let error = error.map(|id| view! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{i18n.t("error-summary-title")}</h2>
            <ul><li><a href="#email">{i18n.t(&id)}</a></li></ul>
        </div>
    });
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{i18n.t("staff-sign-in-intro")}</p>
        {error}
        <form method="post" action=paths::staff_sign_in(i18n.lang.code) novalidate>
            <div class="form-group">
                <label for="email">{i18n.t("staff-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" dir="ltr"
                    spellcheck="false" value=email/>
            </div>
            <div class="form-group">
                <label for="password">{i18n.t("staff-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" dir="ltr"/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-sign-in")}</button>
        </form>
        <p><a href=paths::page(i18n.lang.code, "staff/privacy")>{i18n.t("staff-privacy-link")}</a></p>
    }
    .into_any()
}

/// When the person is expected, or, for a request without an appointment, that it has none
/// and the day it was sent.
fn when(i18n: &I18n, starts_at: Option<LocalDateTime>, sent_on: Date) -> String {
    match starts_at {
        Some(at) => format!("{} {}", date_text(i18n, at.date), at.time),
        None => i18n.t_with("staff-no-appointment", &[("date", date_text(i18n, sent_on).into())]),
    }
}

fn status_name(i18n: &I18n, status: Status) -> String {
    i18n.t(&format!("dossier-status-{}", status.as_str()))
}

fn signed_in_bar(i18n: &I18n, inbox: &Inbox) -> impl IntoView {
    let role = i18n.t(&format!("staff-role-{}", inbox.me.role.as_str()));
    let who = i18n.t_with("staff-signed-in-as", &[("name", inbox.me.name.clone().into()), ("role", role.into())]);
    view! {
        <div class="staff-bar">
            <p>{who}</p>
            <p><a href=paths::staff_password(i18n.lang.code)>{i18n.t("staff-password-link")}</a></p>
            <form method="post" action=paths::staff_sign_out(i18n.lang.code)>
                <button type="submit" class="button button--secondary">{i18n.t("staff-sign-out")}</button>
            </form>
        </div>
    }
}

fn inbox_page(i18n: &I18n, inbox: Inbox) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-inbox-title");
    let desks = (!inbox.me.desks.is_empty())
        .then(|| view! { <p>{i18n.t_with("staff-your-desks", &[("desks", inbox.me.desks.join(", ").into())])}</p> });
    // Status links keep the other filters.
    let here = paths::staff(lang);
    let filters = inbox
        .counts
        .iter()
        .map(|(status, n)| {
            let label = format!("{} ({n})", status_name(i18n, *status));
            let current = (inbox.filter.status == Some(*status)).then_some("page");
            let href = format!("{here}{}", InboxFilter { status: Some(*status), ..inbox.filter.clone() }.query());
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    let all_current = inbox.filter.status.is_none().then_some("page");
    let all_href = format!("{here}{}", InboxFilter { status: None, ..inbox.filter.clone() }.query());
    let area_options = crate::content::area_ids()
        .into_iter()
        .map(|a| {
            let selected = inbox.filter.area.as_deref() == Some(a);
            view! { <option value=a selected=selected>{i18n.t(&messages::area_title(a))}</option> }
        })
        .collect_view();
    let language_options = inbox
        .languages
        .iter()
        .map(|l| {
            let selected = inbox.filter.language.as_deref() == Some(l.as_str());
            view! { <option value=l.clone() selected=selected>{language_name(i18n, l)}</option> }
        })
        .collect_view();
    let filter_form = view! {
        <details class="inbox-filters" open={inbox.filter != InboxFilter::default()}>
            <summary>{i18n.t("staff-filters")}</summary>
            <form method="get" action=here.clone()>
                {inbox.filter.status.map(|s| view! { <input type="hidden" name="status" value=s.as_str()/> })}
                <div class="form-group">
                    <label for="filter-area">{i18n.t("staff-area")}</label>
                    <select id="filter-area" name="area">
                        <option value="">{i18n.t("staff-all")}</option>
                        {area_options}
                    </select>
                </div>
                <div class="form-group">
                    <label for="filter-language">{i18n.t("staff-col-language")}</label>
                    <select id="filter-language" name="language">
                        <option value="">{i18n.t("staff-all")}</option>
                        {language_options}
                    </select>
                </div>
                <div class="form-group">
                    <label for="filter-date">{i18n.t("staff-filter-date")}</label>
                    <input type="date" id="filter-date" name="date" dir="ltr"
                        value=inbox.filter.date.map(|d| d.to_string()).unwrap_or_default()/>
                </div>
                <div class="choice">
                    <input type="checkbox" id="filter-mediator" name="mediator" value="yes" checked=inbox.filter.mediator/>
                    <label for="filter-mediator">{i18n.t("staff-filter-mediator")}</label>
                </div>
                <button type="submit" class="button button--secondary">{i18n.t("staff-filter")}</button>
            </form>
        </details>
    };
    let rows = inbox
        .rows
        .iter()
        .map(|r| {
            let service = i18n.t(&messages::service_name(&r.service));
            let person_language = language_name(i18n, &r.language);
            let mediator = r.needs_mediator.then(|| view! { <span class="tag">{i18n.t("staff-needs-mediator")}</span> });
            view! {
                <tr>
                    <td>{when(i18n, r.starts_at, r.sent_on)}</td>
                    <td><a href=paths::staff_dossier(lang, r.id)>{service}</a></td>
                    <td dir="ltr" data-code=r.code.clone()>{domain::booking::display_code(&r.code)}</td>
                    <td>{r.desk.clone()}</td>
                    <td>{person_language}" "{mediator}</td>
                    <td>{status_name(i18n, r.status)}</td>
                    <td>{r.claimed_by.clone().unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = inbox.rows.is_empty().then(|| view! { <p class="callout">{i18n.t("staff-inbox-empty")}</p> });
    let audit = (inbox.me.role == Role::Administrator).then(|| view! {
        <ul>
            <li><a href=paths::staff_accounts(lang)>{i18n.t("staff-accounts-title")}</a></li>
            <li><a href=paths::staff_audit(lang)>{i18n.t("staff-audit-title")}</a></li>
        </ul>
    });
    let today = (inbox.me.role == Role::Operator)
        .then(|| view! { <p><a href=paths::staff_appointments(lang)>{i18n.t("staff-appointments-today")}</a></p> });
    view! {
        <Title text=title.clone()/>
        {signed_in_bar(i18n, &inbox)}
        <h1>{title}</h1>
        {desks}
        {today}
        {audit}
        <nav aria-label=i18n.t("staff-filter-status")>
            <ul class="status-filter">
                <li><a href=all_href aria-current=all_current>{i18n.t("staff-all")}</a></li>
                {filters}
            </ul>
        </nav>
        {filter_form}
        {empty}
        <div class="table-scroll" role="region" aria-labelledby="inbox-caption" tabindex="0">
            <table class="inbox">
                <caption id="inbox-caption">{i18n.t("staff-inbox-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("staff-col-when")}</th>
                    <th scope="col">{i18n.t("staff-col-service")}</th>
                    <th scope="col">{i18n.t("staff-code")}</th>
                    <th scope="col">{i18n.t("staff-col-desk")}</th>
                    <th scope="col">{i18n.t("staff-col-language")}</th>
                    <th scope="col">{i18n.t("staff-col-status")}</th>
                    <th scope="col">{i18n.t("staff-col-handled-by")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn StaffDossierPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or(0));
    let dossier = Resource::new(id, staff_dossier);
    view! {
        <Suspense fallback=|| ()>
            {move || dossier.get().map(|result| {
                let i18n = use_i18n();
                match result {
                    Ok(Some(d)) => dossier_page(&i18n, d),
                    Ok(None) => not_available(&i18n),
                    Err(_) => view! { <ServiceUnavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The same page whether the dossier does not exist, belongs to another desk, or nobody is
/// signed in: ids reveal nothing.
fn not_available(i18n: &I18n) -> AnyView {
    let title = i18n.t("staff-dossier-unavailable");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{i18n.t("staff-dossier-unavailable-body")}</p>
        <p><a class="button" href=paths::staff(i18n.lang.code)>{i18n.t("staff-back-to-inbox")}</a></p>
    }
    .into_any()
}

fn dossier_page(i18n: &I18n, d: DossierView) -> AnyView {
    let lang = i18n.lang.code;
    // The person's language beside the operator's, when they differ.
    let theirs = (d.language != lang).then(|| i18n_for(&d.language)).flatten();
    let service = i18n.t(&messages::service_name(&d.service));
    let title = i18n.t_with("staff-dossier-title", &[("service", service.clone().into())]);
    let person_language = language_name(i18n, &d.language);
    let area_name = d.area.as_deref().and_then(area).map(|a| i18n.t(&messages::area_title(&a.id)));
    let answers = d
        .answers
        .iter()
        .filter_map(|(q, a)| {
            let question = catalogue().question(q)?;
            let label = i18n.t(&messages::question_short(q));
            // The operator reads about the person: options in the third person.
            let mine = answer_text(i18n, Who::Other, question, a, &d.municipalities);
            let other = theirs.as_ref().map(|t| {
                view! { <td lang=t.lang.code dir=t.lang.dir()>{answer_text(t, Who::Other, question, a, &d.municipalities)}</td> }
            });
            Some(view! { <tr><th scope="row">{label}</th><td>{mine}</td>{other}</tr> })
        })
        .collect_view();
    let their_header = theirs.as_ref().map(|_| view! { <th scope="col">{person_language.clone()}</th> });
    let no_answers = d.answers.is_empty().then(|| view! { <p>{i18n.t("staff-no-answers")}</p> });
    // What fits and why, worked out again from the codes with the same rules the person saw.
    let fits = d.area.as_deref().map(|area_id| {
        let answers: domain::answers::Answers = d.answers.iter().cloned().collect();
        let results = evaluate(catalogue(), area_id, &answers);
        let items = results
            .services
            .iter()
            .filter(|r| matches!(r.fit, Fit::Fits | Fit::MayFit))
            .map(|r| {
                let fit = i18n.t(if r.fit == Fit::Fits { "staff-fit-fits" } else { "staff-fit-may" });
                let why = r.reasons.iter().map(|x| i18n.t(&messages::rule(&x.rule.id))).collect::<Vec<_>>().join("; ");
                view! {
                    <li><strong>{i18n.t(&messages::service_name(&r.service.id))}</strong>" — "{fit}<br/>{why}</li>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n.t("staff-fits-heading")}</h2>
            <ul class="fits">{items}</ul>
        }
    });
    let document_name = |id: &str| i18n.t(&messages::document_name(id));
    let have = d.documents.iter().map(|doc| {
        let has = d.have.contains(doc);
        let label = i18n.t(if has { "staff-has-document" } else { "staff-no-document" });
        view! { <li>{document_name(doc)}": "{label}</li> }
    }).collect_view();
    // What the form shows: as last refused, else as stored.
    let (form, problem) = match d.refused.clone() {
        Some((form, problem)) => (form, Some(problem)),
        None => (
            DecisionForm {
                status: d.status.as_str().to_owned(),
                missing: d.missing.clone(),
                referred_service: d.referral.as_ref().map(|r| r.0.clone()).unwrap_or_default(),
                referred_desk: d.referral.as_ref().and_then(|r| r.1.clone()).unwrap_or_default(),
                outcome: d.outcome.map(|o| o.as_str().to_owned()).unwrap_or_default(),
                note: d.note.clone().unwrap_or_default(),
            },
            None,
        ),
    };
    let field_error = |field: &'static str| {
        problem.filter(|p| p.field() == field).map(|p| {
            view! { <p class="error-message" id=format!("{field}-error")>{i18n.t(p.message_id())}</p> }
        })
    };
    let described = |field: &'static str| problem.filter(|p| p.field() == field).map(|_| format!("{field}-error"));
    let statuses = Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Withdrawn)
        .map(|s| view! { <option value=s.as_str() selected={s.as_str() == form.status}>{status_name(i18n, s)}</option> })
        .collect_view();
    let missing = d
        .documents
        .iter()
        .map(|doc| {
            let id = format!("missing-{doc}");
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() name="missing" value=doc.clone() checked=form.missing.contains(doc)/>
                    <label for=id>{document_name(doc)}</label>
                </div>
            }
        })
        .collect_view();
    // Services by their name in the operator's language.
    let mut services: Vec<(String, String)> =
        catalogue().services.iter().map(|s| (s.id.clone(), i18n.t(&messages::service_name(&s.id)))).collect();
    services.sort_by(|a, b| a.1.cmp(&b.1));
    let service_options = services
        .into_iter()
        .map(|(id, name)| view! { <option value=id.clone() selected={id == form.referred_service}>{name}</option> })
        .collect_view();
    let desk_options = d
        .desks
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected={*slug == form.referred_desk}>{name.clone()}</option> })
        .collect_view();
    let outcome_options = Outcome::ALL
        .into_iter()
        .map(|o| {
            view! { <option value=o.as_str() selected={o.as_str() == form.outcome}>{i18n.t(&format!("dossier-outcome-{}", o.as_str()))}</option> }
        })
        .collect_view();
    let problems: Vec<(&str, &str)> = problem.iter().map(|p| (p.field(), p.message_id())).collect();
    let referral_text = d.referral.as_ref().map(|(service, desk)| {
        let service = i18n.t(&messages::service_name(service));
        match desk.as_ref().and_then(|slug| d.desks.iter().find(|(s, _)| s == slug)) {
            Some((_, name)) => format!("{service} — {name}"),
            None => service,
        }
    });
    let withdrawn = d.status == Status::Withdrawn;
    let handled_by = match (&d.claimed_by, d.claimed_by_me) {
        (_, true) => i18n.t("staff-claimed-by-you"),
        (Some(name), false) => i18n.t_with("staff-claimed-by", &[("name", name.clone().into())]),
        (None, _) => i18n.t("staff-not-claimed"),
    };
    let claim = (!withdrawn && !d.claimed_by_me).then(|| view! {
        <form method="post" action=paths::staff_claim(lang, d.id) class="dossier-decide">
            <button type="submit" class="button button--secondary">{i18n.t("staff-claim")}</button>
        </form>
    });
    let decide = (!withdrawn).then(|| view! {
        <section class="dossier-decide" aria-labelledby="decide-heading">
        <h2 id="decide-heading">{i18n.t("staff-decide-heading")}</h2>
        {error_summary(i18n, &problems)}
        <form method="post" action=paths::staff_dossier(lang, d.id) novalidate>
            <div class="form-group">
                <label for="status">{i18n.t("staff-col-status")}</label>
                <p class="hint" id="status-hint">{i18n.t("staff-status-hint")}</p>
                {field_error("status")}
                <select id="status" name="status" aria-describedby="status-hint">{statuses}</select>
            </div>
            <fieldset class="form-group" id="missing" aria-describedby=described("missing")>
                <legend>{i18n.t("staff-missing-legend")}</legend>
                <p class="hint">{i18n.t("staff-missing-hint")}</p>
                {field_error("missing")}
                {missing}
            </fieldset>
            <fieldset class="form-group">
                <legend>{i18n.t("staff-referral-legend")}</legend>
                <p class="hint">{i18n.t("staff-referral-hint")}</p>
                <div class="form-group">
                    <label for="referred-service">{i18n.t("staff-referral-service")}</label>
                    {field_error("referred-service")}
                    <select id="referred-service" name="referred_service" aria-describedby=described("referred-service")>
                        <option value="">{i18n.t("staff-choose")}</option>
                        {service_options}
                    </select>
                </div>
                <div class="form-group">
                    <label for="referred-desk">{i18n.t("staff-referral-desk")}</label>
                    <select id="referred-desk" name="referred_desk">
                        <option value="">{i18n.t("staff-referral-no-desk")}</option>
                        {desk_options}
                    </select>
                </div>
            </fieldset>
            <div class="form-group">
                <label for="outcome">{i18n.t("staff-outcome")}</label>
                <p class="hint" id="outcome-hint">{i18n.t("staff-outcome-hint")}</p>
                {field_error("outcome")}
                <select id="outcome" name="outcome" aria-describedby=format!("outcome-hint{}", described("outcome").map(|e| format!(" {e}")).unwrap_or_default())>
                    <option value="">{i18n.t("staff-choose")}</option>
                    {outcome_options}
                </select>
            </div>
            <div class="form-group">
                <label for="note">{i18n.t("staff-note")}</label>
                {field_error("note")}
                <textarea id="note" name="note" rows="3" aria-describedby=described("note")>{form.note.clone()}</textarea>
            </div>
            <button type="submit" class="button">{i18n.t("staff-save")}</button>
        </form>
        </section>
    });
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        {claim}
        <dl class="summary-list">
            <div class="summary-list__row"><dt>{i18n.t("staff-col-status")}</dt><dd>{status_name(i18n, d.status)}</dd></div>
            {referral_text.map(|text| view! {
                <div class="summary-list__row"><dt>{i18n.t("staff-referred-to")}</dt><dd data-referred>{text}</dd></div>
            })}
            {d.outcome.map(|o| view! {
                <div class="summary-list__row"><dt>{i18n.t("staff-outcome")}</dt><dd data-outcome>{i18n.t(&format!("dossier-outcome-{}", o.as_str()))}</dd></div>
            })}
            <div class="summary-list__row"><dt>{i18n.t("staff-col-handled-by")}</dt><dd data-handled-by>{handled_by}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-when")}</dt><dd>{when(i18n, d.starts_at, d.sent_on)}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-desk")}</dt><dd>{d.desk.clone()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-code")}</dt><dd dir="ltr">{domain::booking::display_code(&d.code)}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-person")}</dt><dd>{d.name.clone().unwrap_or_default()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-contact")}</dt><dd dir="ltr">{d.contact.clone().unwrap_or_default()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-col-language")}</dt><dd>{person_language.clone()}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-filled-by")}</dt><dd>{i18n.t(&format!("dossier-filled-by-{}", d.filled_by.as_str()))}</dd></div>
            <div class="summary-list__row"><dt>{i18n.t("staff-area")}</dt><dd>{area_name.unwrap_or_default()}</dd></div>
        </dl>
        {d.person_note.clone().map(|note| view! {
            <h2>{i18n.t("staff-person-note")}</h2>
            <p class="hint">{i18n.t_with("staff-person-note-language", &[("language", person_language.clone().into())])}</p>
            <blockquote class="person-note" lang=d.language.clone() dir="auto">{note}</blockquote>
        })}
        <h2>{i18n.t("staff-answers-heading")}</h2>
        {no_answers}
        {(!d.answers.is_empty()).then(|| view! {
            <table class="answers">
                <thead><tr>
                    <th scope="col">{i18n.t("staff-question")}</th>
                    <th scope="col">{i18n.lang.endonym}</th>
                    {their_header}
                </tr></thead>
                <tbody>{answers}</tbody>
            </table>
        })}
        {fits}
        <h2>{i18n.t("staff-documents-heading")}</h2>
        <ul>{have}</ul>
        {decide}
    }
    .into_any()
}

#[component]
pub fn StaffAuditPage() -> impl IntoView {
    let log = Resource::new(|| (), |_| staff_audit());
    view! {
        <Suspense fallback=|| ()>
            {move || log.get().map(|result| {
                let i18n = use_i18n();
                match result {
                    Ok(Some(rows)) => audit_page(&i18n, rows),
                    Ok(None) => not_available(&i18n),
                    Err(_) => view! { <ServiceUnavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An audit line's act in words; a text this version does not know is shown as stored.
fn audit_action(i18n: &I18n, action: &str) -> String {
    match AuditAction::parse(action) {
        Some(AuditAction::View) => i18n.t("staff-audit-view"),
        Some(AuditAction::Claim) => i18n.t("staff-audit-claim"),
        Some(AuditAction::Status(status)) => {
            i18n.t_with("staff-audit-status", &[("status", status_name(i18n, status).into())])
        }
        Some(AuditAction::Attendance(a)) => i18n.t(&format!("staff-attendance-{}", a.as_str())),
        Some(AuditAction::SignIn) => i18n.t("staff-audit-sign-in"),
        Some(AuditAction::SignInRefused) => i18n.t("staff-audit-sign-in-refused"),
        Some(AuditAction::AccountCreated(id)) => i18n.t_with("staff-audit-account-created", &[("account", id.to_string().into())]),
        Some(AuditAction::PasswordChanged) => i18n.t("staff-audit-password-changed"),
        Some(AuditAction::PasswordReset(id)) => i18n.t_with("staff-audit-password-reset", &[("account", id.to_string().into())]),
        Some(AuditAction::AccountDisabled(id)) => i18n.t_with("staff-audit-account-disabled", &[("account", id.to_string().into())]),
        Some(AuditAction::AccountEnabled(id)) => i18n.t_with("staff-audit-account-enabled", &[("account", id.to_string().into())]),
        Some(AuditAction::InboxRead) => i18n.t("staff-audit-inbox"),
        Some(AuditAction::DayListRead) => i18n.t("staff-audit-day-list"),
        Some(AuditAction::SecondFactorEnrolled) => i18n.t("staff-audit-second-factor-enrolled"),
        Some(AuditAction::SecondFactor) => i18n.t("staff-audit-second-factor"),
        Some(AuditAction::RecoveryCodeUsed) => i18n.t("staff-audit-recovery-code-used"),
        Some(AuditAction::SecondFactorRefused) => i18n.t("staff-audit-second-factor-refused"),
        None => action.to_owned(),
    }
}

fn audit_page(i18n: &I18n, rows: Vec<AuditRow>) -> AnyView {
    let title = i18n.t("staff-audit-title");
    let lines = rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{date_text(i18n, r.at.date)}" "{r.at.time.to_string()}</td>
                    <td>{r.staff.clone()}</td>
                    <td>{audit_action(i18n, &r.action)}</td>
                    <td>{r.dossier.map(|d| d.to_string()).unwrap_or_default()}</td>
                    <td dir="ltr">{r.address.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <p><a href=paths::staff(i18n.lang.code)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        <p>{i18n.t("staff-audit-intro")}</p>
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
            <table class="inbox">
                <caption id="audit-caption">{i18n.t("staff-audit-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("staff-audit-when")}</th>
                    <th scope="col">{i18n.t("staff-audit-who")}</th>
                    <th scope="col">{i18n.t("staff-audit-what")}</th>
                    <th scope="col">{i18n.t("staff-audit-dossier")}</th>
                    <th scope="col">{i18n.t("staff-audit-from")}</th>
                </tr></thead>
                <tbody>{lines}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn StaffAppointmentsPage() -> impl IntoView {
    let query = use_query_map();
    let day = Resource::new(move || query.with(|q| q.get("date")), staff_appointments);
    view! {
        <Suspense fallback=|| ()>
            {move || day.get().map(|result| {
                let i18n = use_i18n();
                match result {
                    Ok(Some(day)) => appointments_page(&i18n, day),
                    Ok(None) => not_available(&i18n),
                    Err(_) => view! { <ServiceUnavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn appointments_page(i18n: &I18n, day: Appointments) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t_with("staff-appointments-title", &[("date", date_text(i18n, day.date).into())]);
    let rows = day
        .rows
        .iter()
        .map(|r| {
            let mediator = r.needs_mediator.then(|| view! { <span class="tag">{i18n.t("staff-needs-mediator")}</span> });
            let marked = r.attendance.map(|a| i18n.t(&format!("staff-attendance-{}", a.as_str())));
            let buttons = Attendance::ALL
                .into_iter()
                .filter(|a| r.attendance != Some(*a))
                .map(|a| {
                    let label = i18n.t(&format!("staff-mark-{}", a.as_str()));
                    let who = r.name.clone().unwrap_or_default();
                    view! {
                        <form method="post" action=paths::staff_attendance(lang, r.id) class="inline-form">
                            <input type="hidden" name="attendance" value=a.as_str()/>
                            <button type="submit" class="button button--secondary">
                                {label}<span class="visually-hidden">{format!(": {who}")}</span>
                            </button>
                        </form>
                    }
                })
                .collect_view();
            view! {
                <tr data-appointment=r.id.to_string()>
                    <td>{r.starts_at.time.to_string()}</td>
                    <td><a href=paths::staff_dossier(lang, r.id)>{r.name.clone().unwrap_or_default()}</a></td>
                    <td>{i18n.t(&messages::service_name(&r.service))}</td>
                    <td>{r.desk.clone()}</td>
                    <td>{language_name(i18n, &r.language)}" "{mediator}</td>
                    <td data-attendance>{marked}</td>
                    <td>{buttons}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = day.rows.is_empty().then(|| view! { <p class="callout">{i18n.t("staff-appointments-none")}</p> });
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        <form method="get" action=paths::staff_appointments(lang) class="inline-form">
            <label for="date">{i18n.t("staff-filter-date")}</label>" "
            <input type="date" id="date" name="date" dir="ltr" value=day.date.to_string()/>" "
            <button type="submit" class="button button--secondary">{i18n.t("staff-show")}</button>
        </form>
        {empty}
        <div class="table-scroll" role="region" aria-labelledby="appointments-caption" tabindex="0">
            <table class="inbox">
                <caption id="appointments-caption">{i18n.t("staff-appointments-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("staff-time")}</th>
                    <th scope="col">{i18n.t("staff-person")}</th>
                    <th scope="col">{i18n.t("staff-col-service")}</th>
                    <th scope="col">{i18n.t("staff-col-desk")}</th>
                    <th scope="col">{i18n.t("staff-col-language")}</th>
                    <th scope="col">{i18n.t("staff-attendance")}</th>
                    <th scope="col">{i18n.t("staff-mark")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    let accounts = Resource::new(|| (), |_| staff_accounts());
    view! {
        <Suspense fallback=|| ()>
            {move || accounts.get().map(|result| {
                let i18n = use_i18n();
                match result {
                    Ok(Some(view)) => accounts_page(&i18n, view),
                    Ok(None) => not_available(&i18n),
                    Err(_) => view! { <ServiceUnavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn accounts_page(i18n: &I18n, view: Accounts) -> AnyView {
    let lang = i18n.lang.code;
    let title = i18n.t("staff-accounts-title");
    let list = view
        .accounts
        .iter()
        .map(|a| {
            let state = match (a.active, a.must_change_password) {
                (false, _) => "staff-account-state-disabled",
                (true, true) => "staff-account-state-must-change",
                (true, false) => "staff-account-state-active",
            };
            let actions = (!a.is_me).then(|| {
                let (toggle, to) = if a.active { ("staff-account-disable", "false") } else { ("staff-account-enable", "true") };
                view! {
                    <form method="post" action=paths::staff_account_reset(lang, a.id) class="inline-form">
                        <button type="submit" class="button button--secondary">{i18n.t_with("staff-account-reset", &[("name", a.name.clone().into())])}</button>
                    </form>
                    <form method="post" action=paths::staff_account_active(lang, a.id) class="inline-form">
                        <input type="hidden" name="active" value=to/>
                        <button type="submit" class="button button--secondary">{i18n.t_with(toggle, &[("name", a.name.clone().into())])}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{a.name.clone()}</td>
                    <td dir="ltr">{a.email.clone()}</td>
                    <td>{i18n.t(&format!("staff-role-{}", a.role.as_str()))}</td>
                    <td>{a.desks.join(", ")}</td>
                    <td data-account-state>{i18n.t(state)}</td>
                    <td>{actions}</td>
                </tr>
            }
        })
        .collect_view();
    let problems: Vec<(&str, &str)> = view.errors.iter().map(|id| ("email", id.as_str())).collect();
    let errors = error_summary(i18n, &problems);
    let created = view.created.map(|email| view! {
        <p class="callout" role="status">{i18n.t_with("staff-account-created", &[("email", email.into())])}</p>
    });
    let reset = view.reset.map(|(name, password)| view! {
        <div class="callout" role="status">
            <p>{i18n.t_with("staff-account-reset-done", &[("name", name.into())])}</p>
            <p class="booking-code" dir="ltr"><strong data-temporary-password>{password}</strong></p>
            <p>{i18n.t("staff-account-reset-hint")}</p>
        </div>
    });
    let roles = Role::ALL
        .into_iter()
        .map(|r| {
            let id = format!("role-{}", r.as_str());
            let checked = view.form.role == r.as_str() || (view.form.role.is_empty() && r == Role::Operator);
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="role" value=r.as_str() checked=checked/>
                    <label for=id>{i18n.t(&format!("staff-role-{}", r.as_str()))}</label>
                </div>
            }
        })
        .collect_view();
    let desks = view
        .desks
        .iter()
        .map(|(slug, name)| {
            let id = format!("desk-{slug}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="desk" value=slug.clone() checked=view.form.desks.contains(slug)/>
                    <label for=id>{name.clone()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <p class="dossier-back"><a href=paths::staff(lang)>{i18n.t("staff-back-to-inbox")}</a></p>
        <h1>{title}</h1>
        {created}
        {reset}
        <div class="table-scroll" role="region" aria-labelledby="accounts-caption" tabindex="0">
            <table class="inbox">
                <caption id="accounts-caption">{i18n.t("staff-accounts-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("staff-account-name")}</th>
                    <th scope="col">{i18n.t("staff-email")}</th>
                    <th scope="col">{i18n.t("staff-account-role")}</th>
                    <th scope="col">{i18n.t("staff-col-desk")}</th>
                    <th scope="col">{i18n.t("staff-account-state")}</th>
                    <th scope="col">{i18n.t("staff-account-actions")}</th>
                </tr></thead>
                <tbody>{list}</tbody>
            </table>
        </div>
        <h2 id="new-account">{i18n.t("staff-account-new")}</h2>
        {errors}
        <form method="post" action=paths::staff_accounts(lang) novalidate>
            <div class="form-group">
                <label for="email">{i18n.t("staff-email")}</label>
                <input id="email" name="email" type="email" autocomplete="off" dir="ltr" spellcheck="false" value=view.form.email.clone()/>
            </div>
            <div class="form-group">
                <label for="name">{i18n.t("staff-account-name")}</label>
                <input id="name" name="name" type="text" autocomplete="off" value=view.form.name.clone()/>
            </div>
            <fieldset class="form-group">
                <legend>{i18n.t("staff-account-role")}</legend>
                {roles}
            </fieldset>
            <fieldset class="form-group">
                <legend>{i18n.t("staff-account-desks")}</legend>
                <p class="hint">{i18n.t("staff-account-desks-hint")}</p>
                {desks}
            </fieldset>
            <div class="form-group">
                <label for="password">{i18n.t("staff-account-password")}</label>
                <p class="hint" id="password-hint">{i18n.t("staff-account-password-hint")}</p>
                <input id="password" name="password" type="password" autocomplete="new-password" dir="ltr" aria-describedby="password-hint"/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-account-create")}</button>
        </form>
    }
    .into_any()
}
