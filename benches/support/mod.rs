//! What the benchmarks share.

use std::time::Duration;

/// A temporary directory the sandbox user can pass through (temporary directories are
/// private), for the judge's working directories and the benchmark's database.
pub fn sandbox_reachable_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(
        dir.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    dir
}

/// Median of durations, in milliseconds.
#[allow(dead_code)] // Each benchmark is its own crate and uses what it needs.
pub fn median_ms(samples: &mut [Duration]) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64() * 1000.0
}

/// The `p` quantile (0 to 1) of durations, in milliseconds.
pub fn percentile_ms(samples: &mut [Duration], p: f64) -> f64 {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index].as_secs_f64() * 1000.0
}
