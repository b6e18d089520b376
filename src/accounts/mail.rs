//! The site's outgoing mail: password resets and email verification. Sent through SMTP when
//! `mail.smtp_url` is set; otherwise each mail is written as an `.eml` file into the mail
//! directory, so that one machine needs no mail server (its administrator reads the files) and
//! the tests read what was sent.

use super::Email;
use crate::config::Settings;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::PathBuf;
use std::sync::Arc;

/// Sends the site's mail; cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    site_url: Arc<str>,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl Mailer {
    /// The mailer of `settings`, whose links point at `site_url`.
    pub fn new(settings: &Settings, site_url: String) -> Result<Self, String> {
        let from = settings
            .mail
            .from
            .parse()
            .map_err(|e| format!("mail.from: {e}"))?;
        let transport = match &settings.mail.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("mail.smtp_url: {e}"))?
                    .build(),
            ),
            None => Transport::Files(settings.mail_dir()),
        };
        Ok(Self {
            transport,
            from,
            site_url: Arc::from(site_url),
        })
    }

    /// The absolute address of `path` (with its query) on this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.site_url)
    }

    /// Sends a plain-text mail to `to`.
    pub async fn send(&self, to: &Email, subject: &str, body: String) -> Result<(), String> {
        let recipient: Mailbox = to.as_str().parse().map_err(|e| format!("recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(recipient)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| format!("message: {e}"))?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(drop)
                .map_err(|e| e.to_string()),
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                AsyncFileTransport::<Tokio1Executor>::new(dir)
                    .send(message)
                    .await
                    .map(drop)
                    .map_err(|e| e.to_string())
            }
        }
    }
}
