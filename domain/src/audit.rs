//! What the staff audit log records, one line per act. Stored as text, read back for the
//! administrators' page, whose words are the messages `staff-audit-*`.

use crate::dossier::{Attendance, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// Read a dossier.
    View,
    /// Took a dossier ("I take this one").
    Claim,
    /// Changed a dossier's status.
    Status(Status),
    /// Marked whether the person came.
    Attendance(Attendance),
    /// Signed in.
    SignIn,
    /// A sign-in refused: a wrong password, or an account that does not exist or is disabled
    /// (the line names the account when it exists).
    SignInRefused,
    /// Created the account with this id, bound to its desks (by an administrator, or on the
    /// command line: then the line names no one).
    AccountCreated(i64),
    /// Changed their own password (it asks for the current one).
    PasswordChanged,
    /// Gave the account with this id a temporary password, to be changed at its next sign-in.
    PasswordReset(i64),
    /// Disabled the account with this id (its sessions end) or enabled it again.
    AccountDisabled(i64),
    AccountEnabled(i64),
    /// Read the inbox of their desks' requests.
    InboxRead,
    /// Read the list of the day's appointments.
    DayListRead,
    /// Confirmed an authenticator app with its first code (and received recovery codes).
    SecondFactorEnrolled,
    /// Gave the code of the app after the password.
    SecondFactor,
    /// Gave a recovery code instead of the app's code.
    RecoveryCodeUsed,
    /// A second factor refused: a wrong code, or one already used.
    SecondFactorRefused,
    /// A booking's person let the helper with this id follow and manage it (with the booking,
    /// or later from its page). The line names no staff member.
    HelperAdded(i64),
    /// The person took that helper's access away.
    HelperRemoved(i64),
    /// The helper opened the booking with their own PIN.
    HelperPinUsed(i64),
    /// The helper moved the appointment to another time.
    HelperMoved(i64),
    /// The helper cancelled the appointment (or withdrew the request).
    HelperCancelled(i64),
    /// Recorded a request for a person: one who called or came to the counter, or one they went
    /// through the questions with (the line names the dossier made; the dossier says how it came).
    Recorded,
    /// Set the languages and presence of the mediator account with this id.
    MediatorProfileSet(i64),
    /// Asked for a mediator for the dossier's appointment (an operator of its desk).
    MediatorAsked,
    /// Will be at the dossier's appointment as its mediator (a mediator).
    MediatorConfirmed,
    /// Can no longer come to the dossier's appointment (the mediator who said they would).
    MediatorReleased,
    /// Started an assisted journey with a person, having recorded that they agree.
    AssistStarted,
}

/// An action about one account or one helper, made from its id.
type WithId = fn(i64) -> AuditAction;

impl AuditAction {
    /// The text stored in the audit log.
    pub fn as_text(self) -> String {
        match self {
            AuditAction::View => "view".into(),
            AuditAction::Claim => "claim".into(),
            AuditAction::Status(s) => format!("status:{}", s.as_str()),
            AuditAction::Attendance(a) => format!("attendance:{}", a.as_str()),
            AuditAction::SignIn => "sign-in".into(),
            AuditAction::SignInRefused => "sign-in-refused".into(),
            AuditAction::AccountCreated(id) => format!("account-created:{id}"),
            AuditAction::PasswordChanged => "password-changed".into(),
            AuditAction::PasswordReset(id) => format!("password-reset:{id}"),
            AuditAction::AccountDisabled(id) => format!("account-disabled:{id}"),
            AuditAction::AccountEnabled(id) => format!("account-enabled:{id}"),
            AuditAction::InboxRead => "inbox".into(),
            AuditAction::DayListRead => "day-list".into(),
            AuditAction::SecondFactorEnrolled => "second-factor-enrolled".into(),
            AuditAction::SecondFactor => "second-factor".into(),
            AuditAction::RecoveryCodeUsed => "recovery-code-used".into(),
            AuditAction::SecondFactorRefused => "second-factor-refused".into(),
            AuditAction::HelperAdded(id) => format!("helper-added:{id}"),
            AuditAction::HelperRemoved(id) => format!("helper-removed:{id}"),
            AuditAction::HelperPinUsed(id) => format!("helper-pin-used:{id}"),
            AuditAction::HelperMoved(id) => format!("helper-moved:{id}"),
            AuditAction::HelperCancelled(id) => format!("helper-cancelled:{id}"),
            AuditAction::Recorded => "recorded".into(),
            AuditAction::MediatorProfileSet(id) => format!("mediator-profile:{id}"),
            AuditAction::MediatorAsked => "mediator-asked".into(),
            AuditAction::MediatorConfirmed => "mediator-confirmed".into(),
            AuditAction::MediatorReleased => "mediator-released".into(),
            AuditAction::AssistStarted => "assist-started".into(),
        }
    }

    /// The action a stored text names, if any.
    pub fn parse(text: &str) -> Option<AuditAction> {
        if let Some(status) = text.strip_prefix("status:") {
            return Status::parse(status).map(AuditAction::Status);
        }
        if let Some(mark) = text.strip_prefix("attendance:") {
            return Attendance::parse(mark).map(AuditAction::Attendance);
        }
        let with_id: [(&str, WithId); 10] = [
            ("account-created:", AuditAction::AccountCreated),
            ("password-reset:", AuditAction::PasswordReset),
            ("account-disabled:", AuditAction::AccountDisabled),
            ("account-enabled:", AuditAction::AccountEnabled),
            ("helper-added:", AuditAction::HelperAdded),
            ("helper-removed:", AuditAction::HelperRemoved),
            ("helper-pin-used:", AuditAction::HelperPinUsed),
            ("helper-moved:", AuditAction::HelperMoved),
            ("helper-cancelled:", AuditAction::HelperCancelled),
            ("mediator-profile:", AuditAction::MediatorProfileSet),
        ];
        for (prefix, action) in with_id {
            if let Some(id) = text.strip_prefix(prefix) {
                return id.parse().ok().map(action);
            }
        }
        match text {
            "view" => Some(AuditAction::View),
            "claim" => Some(AuditAction::Claim),
            "sign-in" => Some(AuditAction::SignIn),
            "sign-in-refused" => Some(AuditAction::SignInRefused),
            "password-changed" => Some(AuditAction::PasswordChanged),
            "inbox" => Some(AuditAction::InboxRead),
            "day-list" => Some(AuditAction::DayListRead),
            "second-factor-enrolled" => Some(AuditAction::SecondFactorEnrolled),
            "second-factor" => Some(AuditAction::SecondFactor),
            "recovery-code-used" => Some(AuditAction::RecoveryCodeUsed),
            "second-factor-refused" => Some(AuditAction::SecondFactorRefused),
            "recorded" => Some(AuditAction::Recorded),
            "mediator-asked" => Some(AuditAction::MediatorAsked),
            "mediator-confirmed" => Some(AuditAction::MediatorConfirmed),
            "mediator-released" => Some(AuditAction::MediatorReleased),
            "assist-started" => Some(AuditAction::AssistStarted),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_texts_read_back_as_the_same_action() {
        let mut all = vec![
            AuditAction::View,
            AuditAction::Claim,
            AuditAction::SignIn,
            AuditAction::SignInRefused,
            AuditAction::AccountCreated(42),
            AuditAction::PasswordChanged,
            AuditAction::PasswordReset(7),
            AuditAction::AccountDisabled(7),
            AuditAction::AccountEnabled(7),
            AuditAction::InboxRead,
            AuditAction::DayListRead,
            AuditAction::SecondFactorEnrolled,
            AuditAction::SecondFactor,
            AuditAction::RecoveryCodeUsed,
            AuditAction::SecondFactorRefused,
            AuditAction::HelperAdded(3),
            AuditAction::HelperRemoved(3),
            AuditAction::HelperPinUsed(3),
            AuditAction::HelperMoved(3),
            AuditAction::HelperCancelled(3),
            AuditAction::Recorded,
            AuditAction::MediatorProfileSet(5),
            AuditAction::MediatorAsked,
            AuditAction::MediatorConfirmed,
            AuditAction::MediatorReleased,
            AuditAction::AssistStarted,
        ];
        all.extend(Status::ALL.into_iter().map(AuditAction::Status));
        all.extend(Attendance::ALL.into_iter().map(AuditAction::Attendance));
        for action in all {
            assert_eq!(AuditAction::parse(&action.as_text()), Some(action), "{action:?}");
        }
        assert_eq!(AuditAction::parse("status:nonsense"), None);
        assert_eq!(AuditAction::parse("delete-everything"), None);
        assert_eq!(AuditAction::parse("password-reset:x"), None);
    }
}
