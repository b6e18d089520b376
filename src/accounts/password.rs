//! Password hashing with argon2id at OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).

use super::Password;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Email;

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
