//! Problem packages: a directory per problem with its statement, limits and tests, in the format
//! of docs/PROBLEM_FORMAT.md. Loading parses and checks everything before anything is stored.

use super::repo::NewProblem;
use super::{Difficulty, Slug};
use crate::domain::{Body, InputError, Title};
use crate::judge::Checker;
use crate::judge::engine::TestCase;
use crate::judge::language::Languages;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The largest test file accepted, input or output.
const MAX_TEST_BYTES: u64 = 16 * 1024 * 1024;

/// A parsed, checked package, ready to be stored.
#[derive(Debug, Clone)]
pub struct ProblemPackage {
    pub problem: NewProblem,
    pub tests: Vec<PackageTest>,
    /// The accepted solution whose output on a user's custom input is the expected output
    /// (see [`reference_solution`]); `None` when `solutions/` holds no accepted solution.
    pub reference: Option<Reference>,
}

/// A problem's reference solution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// A language id of the judge's table (`cpp`, `python`, …).
    pub language: String,
    pub code: String,
}

/// The allowed time limit per test, in milliseconds (the database enforces the same range).
pub const TIME_LIMIT_MS: std::ops::RangeInclusive<i64> = 100..=30_000;
/// The allowed memory limit per test, in MiB.
pub const MEMORY_LIMIT_MB: std::ops::RangeInclusive<i64> = 16..=4096;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageTest {
    /// 1 for `01.in`.
    pub number: i64,
    pub input: String,
    pub output: String,
    /// Shown as an example; its data may be shown to users.
    pub sample: bool,
}

impl From<PackageTest> for TestCase {
    /// A problem's test as the judge takes it: samples are visible to users, the others are
    /// hidden.
    fn from(test: PackageTest) -> Self {
        Self {
            name: format!("{:02}", test.number),
            input: test.input,
            expected: Some(test.output),
            visible: test.sample,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl PackageError {
    fn invalid(path: &Path, message: impl Into<String>) -> Self {
        Self::Invalid {
            path: path.to_owned(),
            message: message.into(),
        }
    }

    /// The same error with its path relative to `root`, for packages unpacked into a temporary
    /// directory, whose name would mean nothing to the reader.
    pub fn relative_to(self, root: &Path) -> Self {
        let relative = |path: PathBuf| path.strip_prefix(root).map(Path::to_owned).unwrap_or(path);
        match self {
            Self::Io { path, source } => Self::Io {
                path: relative(path),
                source,
            },
            Self::Invalid { path, message } => Self::Invalid {
                path: relative(path),
                message,
            },
        }
    }
}

/// `problem.toml`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    title: String,
    difficulty: Difficulty,
    tags: Vec<String>,
    time_limit_ms: i64,
    memory_limit_mb: i64,
    samples: Vec<String>,
    #[serde(default = "default_checker")]
    checker: Checker,
    #[serde(skip_serializing_if = "Option::is_none")]
    float_abs: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    float_rel: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leetcode_id: Option<i64>,
}

fn default_checker() -> Checker {
    Checker::Tokens
}

fn read(path: &Path) -> Result<String, PackageError> {
    let size = std::fs::metadata(path)
        .map_err(|source| PackageError::Io {
            path: path.to_owned(),
            source,
        })?
        .len();
    if size > MAX_TEST_BYTES {
        return Err(PackageError::invalid(
            path,
            format!("is larger than {MAX_TEST_BYTES} bytes"),
        ));
    }
    std::fs::read_to_string(path).map_err(|source| PackageError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Loads the package in `dir`; its directory name is the slug.
pub fn load(dir: &Path) -> Result<ProblemPackage, PackageError> {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let in_input = |error: InputError| PackageError::invalid(dir, error.to_string());
    let slug = Slug::parse(name).map_err(in_input)?;

    let manifest_path = dir.join("problem.toml");
    let manifest: Manifest = toml::from_str(&read(&manifest_path)?)
        .map_err(|e| PackageError::invalid(&manifest_path, e.message().to_owned()))?;
    let title = Title::parse(&manifest.title).map_err(in_input)?;
    let checker_path = dir.join("checker").join("check.py");
    let checker_source = match manifest.checker {
        Checker::Custom => Some(read(&checker_path)?),
        _ => None,
    };
    let checker_config = checker_config(
        manifest.checker,
        manifest.float_abs,
        manifest.float_rel,
        checker_source,
    )
    .map_err(|message| PackageError::invalid(&manifest_path, message))?;

    let statement_path = dir.join("statement.md");
    let statement = Statement::parse(&read(&statement_path)?)
        .map_err(|message| PackageError::invalid(&statement_path, message))?;

    let tests = load_tests(&dir.join("tests"), &manifest.samples)?;
    let tags =
        tags(&manifest.tags).map_err(|message| PackageError::invalid(&manifest_path, message))?;
    check_limits(manifest.time_limit_ms, manifest.memory_limit_mb)
        .map_err(|message| PackageError::invalid(&manifest_path, message))?;
    let problem = NewProblem {
        slug,
        title,
        description: Body::parse(&statement.description).map_err(in_input)?,
        difficulty: manifest.difficulty,
        input: statement.input,
        output: statement.output,
        constraints: statement.constraints,
        leetcode_id: manifest.leetcode_id,
        creator_id: None,
        tags,
        time_limit_ms: manifest.time_limit_ms,
        memory_limit_mb: manifest.memory_limit_mb,
        checker: manifest.checker,
        checker_config,
    };
    let reference = reference_solution(&dir.join("solutions"))?;
    Ok(ProblemPackage {
        problem,
        tests,
        reference,
    })
}

/// Trimmed, sorted, distinct topic names of 1 to 40 characters.
pub fn tags<S: AsRef<str>>(raw: &[S]) -> Result<Vec<String>, String> {
    let mut tags: Vec<String> = raw.iter().map(|t| t.as_ref().trim().to_owned()).collect();
    tags.sort();
    tags.dedup();
    if tags.iter().any(|t| t.is_empty() || t.chars().count() > 40) {
        return Err("tags must be 1 to 40 characters".to_owned());
    }
    Ok(tags)
}

/// Refuses limits the judge and the database do not accept.
pub fn check_limits(time_limit_ms: i64, memory_limit_mb: i64) -> Result<(), String> {
    if !TIME_LIMIT_MS.contains(&time_limit_ms) {
        return Err(format!(
            "time_limit_ms must be between {} and {}",
            TIME_LIMIT_MS.start(),
            TIME_LIMIT_MS.end()
        ));
    }
    if !MEMORY_LIMIT_MB.contains(&memory_limit_mb) {
        return Err(format!(
            "memory_limit_mb must be between {} and {}",
            MEMORY_LIMIT_MB.start(),
            MEMORY_LIMIT_MB.end()
        ));
    }
    Ok(())
}

/// The reference solution of a package: the first `accepted-*` file by name in Python, else in
/// C++, else in Rust, else in any language the judge knows. Python first because the reference
/// runs on users' custom input, which is small, and Python needs no compilation (C++'s takes
/// about a second per run).
fn reference_solution(dir: &Path) -> Result<Option<Reference>, PackageError> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(None);
    };
    let languages = Languages::built_in();
    let mut accepted: Vec<(PathBuf, String)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("accepted-"))
        })
        .filter_map(|path| {
            let extension = path.extension()?.to_str()?;
            let language = languages.by_extension(extension)?.id.clone();
            Some((path, language))
        })
        .collect();
    accepted.sort();
    let preference = |language: &str| {
        ["python", "cpp", "rust"]
            .iter()
            .position(|l| *l == language)
            .unwrap_or(usize::MAX)
    };
    let Some((path, language)) = accepted
        .into_iter()
        .min_by_key(|(path, language)| (preference(language), path.clone()))
    else {
        return Ok(None);
    };
    Ok(Some(Reference {
        language,
        code: read(&path)?,
    }))
}

/// Loads every package directory (one holding a `problem.toml`) below `root`, by slug.
pub fn load_all(root: &Path) -> Result<Vec<ProblemPackage>, PackageError> {
    let entries = std::fs::read_dir(root).map_err(|source| PackageError::Io {
        path: root.to_owned(),
        source,
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("problem.toml").is_file())
        .collect();
    dirs.sort();
    dirs.iter().map(|dir| load(dir)).collect()
}

/// The stored settings of a checker: the float tolerances, or the custom checker's Python program.
pub fn checker_config(
    checker: Checker,
    float_abs: Option<f64>,
    float_rel: Option<f64>,
    custom_source: Option<String>,
) -> Result<Option<serde_json::Value>, String> {
    match checker {
        Checker::Float => {
            let (Some(abs), Some(rel)) = (float_abs, float_rel) else {
                return Err("the float checker needs float_abs and float_rel".to_owned());
            };
            if !(abs.is_finite() && rel.is_finite() && abs >= 0.0 && rel >= 0.0) {
                return Err("float_abs and float_rel must be finite and not negative".to_owned());
            }
            Ok(Some(
                serde_json::json!({ "float_abs": abs, "float_rel": rel }),
            ))
        }
        Checker::Custom => match custom_source {
            Some(source) if !source.trim().is_empty() => Ok(Some(
                serde_json::json!({ "language": "python", "source": source }),
            )),
            _ => Err("the custom checker needs its program (checker/check.py)".to_owned()),
        },
        Checker::Exact | Checker::Tokens | Checker::UnorderedLines => Ok(None),
    }
}

/// `tests/NN.in` and `tests/NN.out`, numbered from 01 without gaps.
pub fn load_tests(dir: &Path, samples: &[String]) -> Result<Vec<PackageTest>, PackageError> {
    let mut tests = Vec::new();
    for number in 1.. {
        let stem = format!("{number:02}");
        let input = dir.join(format!("{stem}.in"));
        if !input.exists() {
            break;
        }
        let output = dir.join(format!("{stem}.out"));
        if !output.exists() {
            return Err(PackageError::invalid(
                &output,
                format!("is missing: every test needs its output ({stem}.in has no {stem}.out)"),
            ));
        }
        tests.push(PackageTest {
            number,
            input: read(&input)?,
            output: read(&output)?,
            sample: samples.contains(&stem),
        });
    }
    if tests.is_empty() {
        return Err(PackageError::invalid(
            dir,
            "holds no tests (01.in, 01.out, …)",
        ));
    }
    let stray = std::fs::read_dir(dir)
        .map_err(|source| PackageError::Io {
            path: dir.to_owned(),
            source,
        })?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| {
            let stem = name.split('.').next().unwrap_or_default();
            stem.parse::<usize>()
                .map_or(true, |n| n == 0 || n > tests.len())
        });
    if let Some(stray) = stray {
        return Err(PackageError::invalid(
            dir,
            format!(
                "`{stray}` is not part of the numbered tests 01..{:02}",
                tests.len()
            ),
        ));
    }
    if let Some(missing) = samples
        .iter()
        .find(|s| !tests.iter().any(|t| format!("{:02}", t.number) == **s))
    {
        return Err(PackageError::invalid(
            dir,
            format!("sample `{missing}` is not a test"),
        ));
    }
    Ok(tests)
}

/// The files of a package as `load` reads them, by path relative to the package directory:
/// what `problems export` writes and the admin's download zips.
pub fn files(package: &ProblemPackage) -> Result<Vec<(String, String)>, String> {
    let problem = &package.problem;
    let config = problem.checker_config.as_ref();
    let number = |name: &str| {
        config
            .and_then(|c| c.get(name))
            .and_then(serde_json::Value::as_f64)
    };
    let manifest = Manifest {
        title: problem.title.as_str().to_owned(),
        difficulty: problem.difficulty,
        tags: problem.tags.clone(),
        time_limit_ms: problem.time_limit_ms,
        memory_limit_mb: problem.memory_limit_mb,
        samples: package
            .tests
            .iter()
            .filter(|t| t.sample)
            .map(|t| format!("{:02}", t.number))
            .collect(),
        checker: problem.checker,
        float_abs: number("float_abs"),
        float_rel: number("float_rel"),
        leetcode_id: problem.leetcode_id,
    };
    let mut files = vec![
        (
            "problem.toml".to_owned(),
            toml::to_string(&manifest).map_err(|e| e.to_string())?,
        ),
        (
            "statement.md".to_owned(),
            statement_markdown(
                problem.description.as_str(),
                &problem.input,
                &problem.output,
                &problem.constraints,
            )?,
        ),
    ];
    for test in &package.tests {
        files.push((format!("tests/{:02}.in", test.number), test.input.clone()));
        files.push((format!("tests/{:02}.out", test.number), test.output.clone()));
    }
    if problem.checker == Checker::Custom {
        let source = config
            .and_then(|c| c.get("source"))
            .and_then(serde_json::Value::as_str)
            .ok_or("the custom checker has no program")?;
        files.push(("checker/check.py".to_owned(), source.to_owned()));
    }
    if let Some(reference) = &package.reference {
        let languages = Languages::built_in();
        let extension = languages
            .get(&reference.language)
            .and_then(|l| Path::new(&l.source).extension()?.to_str())
            .ok_or_else(|| {
                format!(
                    "the reference solution's language `{}` is unknown",
                    reference.language
                )
            })?;
        files.push((
            format!("solutions/accepted-reference.{extension}"),
            reference.code.clone(),
        ));
    }
    Ok(files)
}

/// `statement.md` from its parts; refused when a part holds one of the headings, which would
/// split the statement differently when it is loaded again.
pub fn statement_markdown(
    description: &str,
    input: &str,
    output: &str,
    constraints: &str,
) -> Result<String, String> {
    let markdown = format!(
        "{}\n\n## Input\n\n{}\n\n## Output\n\n{}\n\n## Constraints\n\n{}\n",
        description.trim(),
        input.trim(),
        output.trim(),
        constraints.trim()
    );
    let same = Statement::parse(&markdown).is_ok_and(|parsed| {
        parsed.description == description.trim()
            && parsed.input == input.trim()
            && parsed.output == output.trim()
            && parsed.constraints == constraints.trim()
    });
    if same {
        Ok(markdown)
    } else {
        Err("the statement's parts must not hold the lines `## Input`, `## Output` or `## Constraints`".to_owned())
    }
}

/// The parts of `statement.md`.
#[derive(Debug, PartialEq)]
struct Statement {
    description: String,
    input: String,
    output: String,
    constraints: String,
}

impl Statement {
    /// Splits the markdown at its `## Input`, `## Output` and `## Constraints` headings.
    fn parse(markdown: &str) -> Result<Self, String> {
        const HEADINGS: [&str; 3] = ["## Input", "## Output", "## Constraints"];
        let mut parts: Vec<String> = vec![String::new()];
        for line in markdown.lines() {
            if let Some(index) = HEADINGS.iter().position(|h| line.trim_end() == *h) {
                if index + 1 != parts.len() {
                    return Err(format!(
                        "needs the headings {} once each, in this order",
                        HEADINGS.join(", ")
                    ));
                }
                parts.push(String::new());
            } else if let Some(part) = parts.last_mut() {
                part.push_str(line);
                part.push('\n');
            }
        }
        if parts.len() != HEADINGS.len() + 1 {
            return Err(format!("needs the headings {}", HEADINGS.join(", ")));
        }
        let mut parts = parts.into_iter().map(|p| p.trim().to_owned());
        let mut next = || parts.next().unwrap_or_default();
        Ok(Self {
            description: next(),
            input: next(),
            output: next(),
            constraints: next(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = "tests/fixtures/problems";

    /// A copy of the `sum-of-two` fixture in a temporary directory, changed by `break_it`.
    fn broken(break_it: impl FnOnce(&Path)) -> (tempfile::TempDir, PathBuf) {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("sum-of-two");
        std::fs::create_dir_all(dir.join("tests")).unwrap();
        let source = Path::new(FIXTURES).join("sum-of-two");
        for file in ["problem.toml", "statement.md"] {
            std::fs::copy(source.join(file), dir.join(file)).unwrap();
        }
        for entry in std::fs::read_dir(source.join("tests")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.join("tests").join(entry.file_name())).unwrap();
        }
        break_it(&dir);
        (root, dir)
    }

    fn error_of(break_it: impl FnOnce(&Path)) -> String {
        let (_root, dir) = broken(break_it);
        load(&dir).unwrap_err().to_string()
    }

    #[test]
    fn the_fixtures_load() {
        let packages = load_all(Path::new(FIXTURES)).unwrap();
        let slugs: Vec<&str> = packages.iter().map(|p| p.problem.slug.as_str()).collect();
        assert_eq!(slugs, ["closest-average", "sum-of-two"]);
        let sum = &packages[1];
        assert_eq!(sum.problem.title.as_str(), "Sum of Two");
        assert_eq!(sum.problem.tags, ["arrays", "math"]);
        assert_eq!(sum.problem.input, "Two integers a and b on one line.");
        assert_eq!(sum.problem.constraints, "- |a|, |b| ≤ 10⁹");
        assert_eq!(
            (sum.problem.time_limit_ms, sum.problem.memory_limit_mb),
            (1000, 64)
        );
        assert_eq!(sum.tests.len(), 3);
        assert!(sum.tests[0].sample && !sum.tests[1].sample);
        assert_eq!(sum.tests[2].output, "2000000000\n");
        let average = &packages[0];
        assert_eq!(average.problem.checker, Checker::Float);
        assert_eq!(
            average.problem.checker_config,
            Some(serde_json::json!({ "float_abs": 1e-6, "float_rel": 1e-6 }))
        );
    }

    /// Replaces `from` by `to` in the copy's problem.toml.
    fn edit_manifest(dir: &Path, from: &str, to: &str) {
        let toml = std::fs::read_to_string(dir.join("problem.toml")).unwrap();
        std::fs::write(dir.join("problem.toml"), toml.replace(from, to)).unwrap();
    }

    #[test]
    fn broken_packages_say_what_is_wrong() {
        /// A way to break a package, and what the error must say.
        type Breakage = (fn(&Path), &'static str);
        let cases: [Breakage; 7] = [
            (
                |dir| std::fs::remove_file(dir.join("tests/02.out")).unwrap(),
                "02.out",
            ),
            (
                |dir| std::fs::write(dir.join("tests/05.in"), "x\n").unwrap(),
                "`05.in` is not part of the numbered tests 01..03",
            ),
            (
                |dir| std::fs::write(dir.join("statement.md"), "Story only\n").unwrap(),
                "needs the headings",
            ),
            (|dir| edit_manifest(dir, "Easy", "Trivial"), "Trivial"),
            (
                |dir| edit_manifest(dir, "checker", "colour = 1\nchecker"),
                "unknown field `colour`",
            ),
            (
                |dir| edit_manifest(dir, "[\"01\"]", "[\"09\"]"),
                "sample `09` is not a test",
            ),
            (
                |dir| edit_manifest(dir, "tokens", "float"),
                "the float checker needs float_abs and float_rel",
            ),
        ];
        for (break_it, expected) in cases {
            let message = error_of(break_it);
            assert!(
                message.contains(expected),
                "{message:?} should say {expected:?}"
            );
        }
    }

    #[test]
    fn a_directory_name_must_be_a_slug() {
        let (root, dir) = broken(|_| {});
        let renamed = root.path().join("Sum Of Two");
        std::fs::rename(&dir, &renamed).unwrap();
        assert!(load(&renamed).unwrap_err().to_string().contains("Slug"));
    }

    #[test]
    fn the_reference_is_the_first_accepted_python_then_cpp_then_rust() {
        let (_root, dir) = broken(|dir| {
            let solutions = dir.join("solutions");
            std::fs::create_dir_all(&solutions).unwrap();
            for (name, code) in [
                ("accepted-b.py", "print(2)"),
                ("accepted-a.rs", "fn main() {}"),
                ("wrong-a.cpp", "int main() {}"),
                ("accepted-z.java", "class Main {}"),
            ] {
                std::fs::write(solutions.join(name), code).unwrap();
            }
        });
        let reference = load(&dir).unwrap().reference.unwrap();
        assert_eq!(
            (reference.language.as_str(), reference.code.as_str()),
            ("python", "print(2)")
        );
        std::fs::write(dir.join("solutions/accepted-x.cpp"), "int main() {}").unwrap();
        assert_eq!(load(&dir).unwrap().reference.unwrap().language, "python");
        std::fs::remove_file(dir.join("solutions/accepted-b.py")).unwrap();
        assert_eq!(load(&dir).unwrap().reference.unwrap().language, "cpp");
        std::fs::remove_dir_all(dir.join("solutions")).unwrap();
        assert_eq!(load(&dir).unwrap().reference, None);
    }

    #[test]
    fn a_package_written_out_loads_the_same() {
        for slug in ["sum-of-two", "closest-average"] {
            let mut package = load(&Path::new(FIXTURES).join(slug)).unwrap();
            package.reference = Some(Reference {
                language: "cpp".into(),
                code: "int main() {}\n".into(),
            });
            let root = tempfile::tempdir().unwrap();
            let dir = root.path().join(slug);
            for (path, contents) in files(&package).unwrap() {
                let path = dir.join(path);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, contents).unwrap();
            }
            let again = load(&dir).unwrap();
            assert_eq!(
                format!("{:?}", again.problem),
                format!("{:?}", package.problem)
            );
            assert_eq!(
                (again.tests, again.reference),
                (package.tests, package.reference)
            );
        }
        assert!(statement_markdown("Story\n## Output\nx", "", "", "").is_err());
    }

    #[test]
    fn statements_split_at_their_headings() {
        let statement = Statement::parse(
            "Story.\n\n## Input\n\nn\n\n## Output\n\nsum\n## Constraints\n- small\n",
        )
        .unwrap();
        assert_eq!(
            statement,
            Statement {
                description: "Story.".into(),
                input: "n".into(),
                output: "sum".into(),
                constraints: "- small".into(),
            }
        );
        assert!(Statement::parse("Story\n## Output\nx\n## Input\ny\n## Constraints\nz").is_err());
        assert!(Statement::parse("Story only").is_err());
    }
}
