//! The language table: what the judge needs to know to compile and run each language, read
//! from data (`languages.toml`) so that adding a language needs no code.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The table compiled into the binary; `judge.languages` in Leptos.toml can name another.
const BUILT_IN: &str = include_str!("languages.toml");

/// The default number of processes and threads a run may have.
const DEFAULT_PROCESSES: u32 = 16;

/// One language of the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub id: String,
    pub name: String,
    /// The file name the code is saved under.
    pub source: String,
    #[serde(default)]
    pub compile: Option<Vec<String>>,
    pub run: Vec<String>,
    pub version: Vec<String>,
    #[serde(default = "one")]
    pub time_multiplier: f64,
    #[serde(default = "one")]
    pub memory_multiplier: f64,
    #[serde(default = "default_processes")]
    pub processes: u32,
    /// Host directories the toolchain needs, bound read-only at the same path.
    #[serde(default)]
    pub binds: Vec<PathBuf>,
    /// Directories put first on PATH.
    #[serde(default)]
    pub path: Vec<PathBuf>,
    /// What the editor starts with: a program that reads standard input.
    #[serde(default)]
    pub starter: String,
}

fn one() -> f64 {
    1.0
}

fn default_processes() -> u32 {
    DEFAULT_PROCESSES
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    language: Vec<Language>,
}

#[derive(Debug, thiserror::Error)]
pub enum LanguageTableError {
    #[error("cannot read the language table {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the language table {origin} is invalid: {message}")]
    Invalid { origin: String, message: String },
}

/// The languages in table order.
#[derive(Debug, Clone)]
pub struct Languages(Vec<Language>);

impl Languages {
    /// The built-in table.
    pub fn built_in() -> Self {
        Self::parse(BUILT_IN, "(built in)").expect("the built-in language table is valid")
    }

    /// The table in `path`.
    pub fn from_file(path: &Path) -> Result<Self, LanguageTableError> {
        let text = std::fs::read_to_string(path).map_err(|source| LanguageTableError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text, &path.display().to_string())
    }

    fn parse(text: &str, origin: &str) -> Result<Self, LanguageTableError> {
        let invalid = |message: String| LanguageTableError::Invalid {
            origin: origin.to_owned(),
            message,
        };
        let table: Table = toml::from_str(text).map_err(|e| invalid(e.message().to_owned()))?;
        for (index, language) in table.language.iter().enumerate() {
            language.check().map_err(|message| {
                invalid(format!(
                    "language {} ({}): {message}",
                    index + 1,
                    language.id
                ))
            })?;
            if table.language[..index].iter().any(|l| l.id == language.id) {
                return Err(invalid(format!(
                    "language id {} appears twice",
                    language.id
                )));
            }
        }
        Ok(Self(table.language))
    }

    pub fn get(&self, id: &str) -> Option<&Language> {
        self.0.iter().find(|language| language.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Language> {
        self.0.iter()
    }

    /// The language whose source files end with `extension`, as in a package's `solutions/`.
    pub fn by_extension(&self, extension: &str) -> Option<&Language> {
        self.0.iter().find(|language| {
            Path::new(&language.source)
                .extension()
                .is_some_and(|ext| ext == extension)
        })
    }
}

impl Language {
    fn check(&self) -> Result<(), String> {
        let plain = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        if !plain(&self.id) {
            return Err("id must be letters, digits, '-', '_' or '.'".to_owned());
        }
        if !plain(&self.source) || self.source.starts_with('.') {
            return Err("source must be a plain file name".to_owned());
        }
        if self.run.is_empty() || self.version.is_empty() {
            return Err("run and version must name a program".to_owned());
        }
        if self.compile.as_ref().is_some_and(Vec::is_empty) {
            return Err("compile, when present, must name a program".to_owned());
        }
        let positive = |x: f64| x.is_finite() && x > 0.0;
        if !positive(self.time_multiplier) || !positive(self.memory_multiplier) {
            return Err("multipliers must be positive".to_owned());
        }
        if self.processes == 0 {
            return Err("processes must be at least 1".to_owned());
        }
        if self
            .binds
            .iter()
            .chain(&self.path)
            .any(|p| !p.is_absolute())
        {
            return Err("binds and path must be absolute directories".to_owned());
        }
        Ok(())
    }

    /// The run command with `{memory_mb}` filled in.
    pub fn run_command(&self, memory_mb: u64) -> Vec<String> {
        self.run
            .iter()
            .map(|arg| arg.replace("{memory_mb}", &memory_mb.to_string()))
            .collect()
    }

    /// The first of `binds` that does not exist on this machine, if any.
    pub fn missing_bind(&self) -> Option<&Path> {
        self.binds
            .iter()
            .map(PathBuf::as_path)
            .find(|path| !path.is_dir())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_table_has_the_six_languages() {
        let languages = Languages::built_in();
        let ids: Vec<_> = languages.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["python", "c", "cpp", "rust", "javascript", "java"]);
        assert_eq!(languages.by_extension("cpp").unwrap().id, "cpp");
        assert_eq!(languages.by_extension("py").unwrap().id, "python");
        assert!(languages.by_extension("txt").is_none());
    }

    #[test]
    fn memory_is_filled_into_run_commands() {
        let languages = Languages::built_in();
        let java = languages.get("java").unwrap();
        assert!(java.run_command(512).contains(&"-Xmx512m".to_owned()));
    }

    #[test]
    fn bad_tables_are_refused_with_the_reason() {
        let entry = |extra: &str| {
            format!(
                "[[language]]\nid = \"x\"\nname = \"X\"\nsource = \"main.x\"\n\
                 run = [\"x\"]\nversion = [\"x\"]\n{extra}"
            )
        };
        assert!(Languages::parse(&entry(""), "t").is_ok());
        for (extra, reason) in [
            ("time_multiplier = 0.0", "multipliers"),
            ("binds = [\"relative\"]", "absolute"),
            ("compile = []", "compile"),
            ("colour = 1", "unknown field"),
        ] {
            let error = Languages::parse(&entry(extra), "t")
                .unwrap_err()
                .to_string();
            assert!(error.contains(reason), "{extra}: {error}");
        }
        let twice = format!("{}\n{}", entry(""), entry(""));
        assert!(
            Languages::parse(&twice, "t")
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        let bad_source = entry("").replace("main.x", "../x");
        assert!(Languages::parse(&bad_source, "t").is_err());
    }
}
