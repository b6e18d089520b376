//! Accounts: who the user is and what they may do.
//!
//! Holds the user model, the parsers for what people type into sign-up forms, password hashing
//! and the public profile page. Sign-in, sessions, OAuth and the mailed links (password reset,
//! email verification) build on these.

mod admin;
mod auth;
#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod oauth;
mod pages;
#[cfg(feature = "ssr")]
pub mod password;
mod recovery;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod session;
mod settings;
#[cfg(feature = "ssr")]
mod support;
#[cfg(feature = "ssr")]
pub mod tokens;

pub use admin::{AdminUsersPage, ListUsers, SetUserDisabled, SetUserRole};
pub use auth::{
    AuthActions, LoginPage, SignIn, SignOut, SignOutEverywhere, SignUp, SignupPage, UserMenu,
    form_alert, form_error, provide_auth, signed_in,
};
pub use pages::ProfilePage;
pub use recovery::{
    ForgotPasswordPage, RequestPasswordReset, ResetPassword, ResetPasswordPage, VerifyEmail,
    VerifyEmailPage,
};
pub use settings::{ChangePassword, SettingsPage, UpdateProfile};

use crate::domain::{InputError, Timestamp, parse_text, text_enum};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

text_enum! {
    /// What a user may do: admins manage users and problems.
    pub enum Role { Admin => "Admin", User => "User" }
}

/// A syntactically valid, normalized (trimmed, lower-case) email address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let email = raw.trim().to_lowercase();
        let invalid = || InputError::new("Email", "is not a valid email address");
        if email.is_empty() {
            return Err(InputError::new("Email", "must not be empty"));
        }
        if email.chars().count() > 254 {
            return Err(InputError::new("Email", "must be at most 254 characters"));
        }
        let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
        let well_formed = !local.is_empty()
            && local.len() <= 64
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if well_formed {
            Ok(Self(email))
        } else {
            Err(invalid())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name shown next to a user's posts: 1 to 50 characters, one line, no markup characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 50;

    pub fn parse(raw: &str) -> Result<Self, InputError> {
        let name = parse_text("Name", raw, 1, Self::MAX_CHARS, false)?;
        if name
            .chars()
            .any(|c| matches!(c, '<' | '>' | '"' | '\\' | '{' | '}'))
        {
            return Err(InputError::new(
                "Name",
                "must not contain any of < > \" \\ { }",
            ));
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password that meets the site's rules. Never serialized: it only travels inward.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 8;
    pub const MAX_CHARS: usize = 128;

    /// Checks length and that the password is not the account's own email.
    pub fn parse(raw: &str, email: &Email) -> Result<Self, InputError> {
        let length = raw.chars().count();
        if length < Self::MIN_CHARS {
            return Err(InputError::new(
                "Password",
                format!("must be at least {} characters", Self::MIN_CHARS),
            ));
        }
        if length > Self::MAX_CHARS {
            return Err(InputError::new(
                "Password",
                format!("must be at most {} characters", Self::MAX_CHARS),
            ));
        }
        if raw.trim().eq_ignore_ascii_case(email.as_str()) {
            return Err(InputError::new(
                "Password",
                "must not be your email address",
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// The signed-in user, as the pages and the guard see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub user_id: i64,
    pub name: String,
    pub role: Role,
    pub profile_picture: Option<String>,
}

impl CurrentUser {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

text_enum! {
    /// Why a sign-in through the OAuth provider did not complete: the callback sends the browser
    /// to `/login?oauth_error=<code>`, and the sign-in page explains it.
    pub enum OAuthFailure {
        /// The user declined on the provider's consent screen.
        Denied => "denied",
        /// The state was unknown, used already or expired.
        State => "state",
        /// The callback came to a browser other than the one that started the sign-in.
        Browser => "browser",
        /// The provider failed to exchange the code or to describe the user.
        Provider => "provider",
        /// The provider has not verified the email address.
        Unverified => "unverified",
        /// The account is disabled, or could not be created.
        Refused => "refused",
    }
}

impl OAuthFailure {
    /// The sentence the sign-in page shows.
    pub fn message(self) -> &'static str {
        match self {
            Self::Denied => "Sign-in was cancelled at the provider.",
            Self::State => "That sign-in link expired or was already used. Please try again.",
            Self::Browser => {
                "That sign-in was started in another browser, or this browser refused its \
                 cookie. Please start again here."
            }
            Self::Provider => "The provider could not confirm your account. Please try again.",
            Self::Unverified => {
                "Your email address is not verified at the provider, so it cannot be used here."
            }
            Self::Refused => "This account cannot sign in.",
        }
    }
}

/// The ways to sign in that this site offers besides a password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInOptions {
    /// The name of the OAuth provider, when one is configured.
    pub oauth_provider: Option<String>,
}

/// A user as the admin page lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AdminUserRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub date_joined: Timestamp,
    pub last_login: Option<Timestamp>,
    pub disabled_at: Option<Timestamp>,
}

/// What anyone may see of a user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PublicProfile {
    pub user_id: i64,
    pub name: String,
    pub profile_picture: Option<String>,
    pub role: Role,
    pub date_joined: Timestamp,
    pub problems_solved: i64,
    pub posts: i64,
}

/// Loads the public profile of a user, or `None` when there is no such user.
#[server]
pub async fn get_profile(user_id: i64) -> Result<Option<PublicProfile>, ServerFnError> {
    let db = crate::db::from_context()?;
    repo::public_profile(&db, user_id)
        .await
        .map_err(crate::db::internal_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalized() {
        let email = Email::parse("  Ada.Lovelace@Example.COM ").unwrap();
        assert_eq!(email.as_str(), "ada.lovelace@example.com");
    }

    #[test]
    fn malformed_emails_are_refused_with_a_clear_message() {
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a b@example.com",
            "ada@@example.com",
            "ada@example..com",
        ] {
            let err = Email::parse(bad).unwrap_err();
            assert_eq!(
                err.to_string(),
                "Email is not a valid email address",
                "{bad}"
            );
        }
        assert_eq!(
            Email::parse("").unwrap_err().to_string(),
            "Email must not be empty"
        );
    }

    #[test]
    fn display_names_refuse_markup_and_length() {
        assert_eq!(DisplayName::parse(" Ada ").unwrap().as_str(), "Ada");
        assert!(DisplayName::parse("<script>").is_err());
        assert!(DisplayName::parse(&"a".repeat(51)).is_err());
        assert!(DisplayName::parse("").is_err());
    }

    #[test]
    fn oauth_failure_codes_round_trip_and_nothing_else_parses() {
        for failure in OAuthFailure::ALL {
            assert_eq!(failure.as_str().parse::<OAuthFailure>(), Ok(*failure));
            assert!(!failure.message().is_empty());
        }
        assert!("<script>".parse::<OAuthFailure>().is_err());
    }

    #[test]
    fn passwords_follow_the_rules() {
        let email = Email::parse("ada@example.com").unwrap();
        assert!(Password::parse("short", &email).is_err());
        assert!(Password::parse(&"x".repeat(129), &email).is_err());
        assert!(Password::parse("ADA@example.com", &email).is_err());
        let ok = Password::parse("correct horse battery", &email).unwrap();
        assert_eq!(format!("{ok:?}"), "Password(<redacted>)");
    }
}
