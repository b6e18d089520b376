//! Password hashing with argon2id at OWASP's recommended parameters (19 MiB, 2 passes, 1 lane),
//! and the throttle that keeps the server from running more of them at once than it has cores.

use super::Password;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::{Arc, OnceLock};
use tokio::sync::Semaphore;

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::DEFAULT)
}

/// Hashes a password into a PHC string (algorithm, parameters and salt included).
pub fn hash(password: &Password) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Ok(hasher()
        .hash_password(password.expose().as_bytes(), &salt)?
        .to_string())
}

/// Checks a password against a stored PHC string in constant time. A malformed hash never
/// matches.
pub fn verify(candidate: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .map(|parsed| {
            hasher()
                .verify_password(candidate.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Runs argon2 computations on the blocking pool, at most `permits` at a time. Each takes
/// 19 MiB and tens of milliseconds of a core, so a burst of sign-ins waits here instead of
/// exhausting memory, the blocking pool and the cores the pages need. A computation keeps its
/// permit until it ends, even when the request that wanted it is gone.
pub struct Throttle {
    permits: Arc<Semaphore>,
}

#[derive(Debug, thiserror::Error)]
pub enum ThrottleError {
    #[error("the password throttle is closed")]
    Closed(#[from] tokio::sync::AcquireError),
    #[error("the password computation failed: {0}")]
    Failed(#[from] tokio::task::JoinError),
}

impl Throttle {
    pub fn new(permits: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(permits.max(1))),
        }
    }

    /// Runs `work` once a permit is free.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, ThrottleError> {
        let permit = Arc::clone(&self.permits).acquire_owned().await?;
        Ok(tokio::task::spawn_blocking(move || {
            let _held = permit;
            work()
        })
        .await?)
    }
}

/// The server's throttle: one computation per core.
pub fn throttle() -> &'static Throttle {
    static THROTTLE: OnceLock<Throttle> = OnceLock::new();
    THROTTLE.get_or_init(|| Throttle::new(crate::config::cores()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Email;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_throttle_runs_at_most_its_permits_at_once() {
        let throttle = Arc::new(Throttle::new(2));
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let jobs: Vec<_> = (0..8)
            .map(|_| {
                let (throttle, running, most) = (throttle.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    throttle
                        .run(move || {
                            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                            most.fetch_max(now, Ordering::SeqCst);
                            std::thread::sleep(Duration::from_millis(30));
                            running.fetch_sub(1, Ordering::SeqCst);
                        })
                        .await
                })
            })
            .collect();
        for job in jobs {
            job.await.unwrap().unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_abandoned_computation_keeps_its_permit_until_it_ends() {
        let throttle = Arc::new(Throttle::new(1));
        let started = Arc::new(tokio::sync::Notify::new());
        let request = tokio::spawn({
            let (throttle, started) = (throttle.clone(), started.clone());
            async move {
                throttle
                    .run(move || {
                        started.notify_one();
                        std::thread::sleep(Duration::from_millis(300));
                    })
                    .await
            }
        });
        started.notified().await;
        request.abort();
        assert_eq!(throttle.permits.available_permits(), 0);
        throttle.run(|| ()).await.unwrap();
        assert_eq!(throttle.permits.available_permits(), 1);
    }

    #[test]
    fn a_hash_verifies_only_its_own_password() {
        let email = Email::parse("ada@example.com").unwrap();
        let password = Password::parse("correct horse battery", &email).unwrap();
        let stored = hash(&password).unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse battery!", &stored));
        assert!(!verify("correct horse battery", "not a hash"));
    }
}
