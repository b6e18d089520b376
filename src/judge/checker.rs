//! Deciding whether an output is right: the built-in comparisons. A custom checker program
//! is run by the engine in the sandbox.

use super::Checker;

/// A problem's checker with its settings, as the engine applies it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum CheckerSpec {
    Exact,
    Tokens,
    Float {
        abs: f64,
        rel: f64,
    },
    UnorderedLines,
    /// A Python program called with the paths of the input, the expected output and the
    /// program's output; exit 0 means right, 1 wrong, anything else a broken checker.
    Custom {
        source: String,
    },
}

impl CheckerSpec {
    /// The spec of a stored problem: its checker and the JSON settings stored with it.
    pub fn from_stored(
        checker: Checker,
        config: Option<&serde_json::Value>,
    ) -> Result<Self, String> {
        let field = |name: &str| config.and_then(|c| c.get(name));
        Ok(match checker {
            Checker::Exact => Self::Exact,
            Checker::Tokens => Self::Tokens,
            Checker::UnorderedLines => Self::UnorderedLines,
            Checker::Float => {
                let number = |name| {
                    field(name)
                        .and_then(serde_json::Value::as_f64)
                        .ok_or_else(|| format!("the float checker needs {name}"))
                };
                Self::Float {
                    abs: number("float_abs")?,
                    rel: number("float_rel")?,
                }
            }
            Checker::Custom => Self::Custom {
                source: field("source")
                    .and_then(serde_json::Value::as_str)
                    .ok_or("the custom checker has no program")?
                    .to_owned(),
            },
        })
    }

    /// Compares with a built-in rule; `None` for a custom checker, which must be run.
    pub fn compare(&self, expected: &[u8], actual: &[u8]) -> Option<bool> {
        Some(match self {
            Self::Exact => expected == actual,
            Self::Tokens => tokens(expected).eq(tokens(actual)),
            Self::Float { abs, rel } => {
                let (mut want, mut got) = (tokens(expected), tokens(actual));
                loop {
                    match (want.next(), got.next()) {
                        (None, None) => break true,
                        (Some(w), Some(g)) if w == g || close(w, g, *abs, *rel) => {}
                        _ => break false,
                    }
                }
            }
            Self::UnorderedLines => lines_sorted(expected) == lines_sorted(actual),
            Self::Custom { .. } => return None,
        })
    }
}

fn tokens(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split(u8::is_ascii_whitespace)
        .filter(|t| !t.is_empty())
}

/// Both tokens are numbers within the absolute or the relative tolerance.
fn close(want: &[u8], got: &[u8], abs: f64, rel: f64) -> bool {
    let number = |t: &[u8]| std::str::from_utf8(t).ok()?.parse::<f64>().ok();
    match (number(want), number(got)) {
        (Some(w), Some(g)) if w.is_finite() && g.is_finite() => {
            let difference = (w - g).abs();
            difference <= abs || difference <= rel * w.abs()
        }
        _ => false,
    }
}

fn lines_sorted(text: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .map(<[u8]>::trim_ascii)
        .filter(|line| !line.is_empty())
        .collect();
    lines.sort_unstable();
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn right(spec: &CheckerSpec, expected: &str, actual: &str) -> bool {
        spec.compare(expected.as_bytes(), actual.as_bytes())
            .unwrap()
    }

    #[test]
    fn exact_is_byte_for_byte() {
        assert!(right(&CheckerSpec::Exact, "1 2\n", "1 2\n"));
        assert!(!right(&CheckerSpec::Exact, "1 2\n", "1 2"));
    }

    #[test]
    fn tokens_ignore_spacing_but_not_content() {
        assert!(right(&CheckerSpec::Tokens, "1 2\n3\n", "1\n2 3"));
        assert!(right(&CheckerSpec::Tokens, "", "\n \n"));
        assert!(!right(&CheckerSpec::Tokens, "1 2 3", "1 2"));
        assert!(!right(&CheckerSpec::Tokens, "12", "1 2"));
    }

    #[test]
    fn floats_are_equal_within_either_tolerance() {
        let spec = CheckerSpec::Float {
            abs: 1e-6,
            rel: 1e-6,
        };
        assert!(right(&spec, "0.5 1000000", "0.5000004 1000000.9"));
        assert!(!right(&spec, "0.5", "0.50001"));
        assert!(right(&spec, "yes 2.0", "yes 2"));
        assert!(!right(&spec, "yes", "no"));
        assert!(!right(&spec, "1", "nan"));
        assert!(!right(&spec, "1 2", "1"));
    }

    #[test]
    fn unordered_lines_are_a_multiset() {
        assert!(right(
            &CheckerSpec::UnorderedLines,
            "a b\nc\n",
            "c\n  a b  \n\n"
        ));
        assert!(!right(
            &CheckerSpec::UnorderedLines,
            "a\na\nb\n",
            "a\nb\nb\n"
        ));
    }

    #[test]
    fn stored_settings_are_read() {
        let config = serde_json::json!({ "float_abs": 0.1, "float_rel": 0.0 });
        assert_eq!(
            CheckerSpec::from_stored(Checker::Float, Some(&config)),
            Ok(CheckerSpec::Float { abs: 0.1, rel: 0.0 })
        );
        assert!(CheckerSpec::from_stored(Checker::Float, None).is_err());
        assert!(CheckerSpec::from_stored(Checker::Custom, None).is_err());
        assert!(
            CheckerSpec::compare(
                &CheckerSpec::Custom {
                    source: String::new()
                },
                b"",
                b""
            )
            .is_none()
        );
    }
}
