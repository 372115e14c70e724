//! What several test files share.

use proptest::test_runner::{Config, RngSeed};

/// The property tests' settings: a fixed seed, as in tests/fuzz.rs, so a CI
/// run fails only on what a change did. `PROPTEST_RNG_SEED` and
/// `PROPTEST_CASES` explore further, e.g.
/// `PROPTEST_RNG_SEED=7 PROPTEST_CASES=20000 cargo test --release --test positions`.
pub fn fixed_seed(cases: u32) -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if matches!(config.rng_seed, RngSeed::Random) {
        config.rng_seed = RngSeed::Fixed(20261207);
    }
    config
}
