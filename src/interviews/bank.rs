//! The question banks of mock interviews: `interviews/technical.toml` and
//! `interviews/behavioral.toml` in the repository, original questions each with what a strong
//! answer contains and the rubric concepts the graders look for. Coding rounds draw from the
//! problem bank instead.

use super::{BEHAVIORAL_TOPICS, InterviewType, TECHNICAL_TOPICS};
use crate::problems::{Difficulty, Slug};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The bank's files, each holding questions of one kind.
const FILES: &[(&str, InterviewType)] = &[
    ("technical.toml", InterviewType::Technical),
    ("behavioral.toml", InterviewType::Behavioral),
];

const MAX_QUESTION_CHARS: usize = 500;
const MAX_EXPECTED_CHARS: usize = 3000;
const MAX_CONCEPTS: usize = 8;

/// A question of the bank, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct BankQuestion {
    pub slug: Slug,
    pub kind: InterviewType,
    pub topic: &'static str,
    pub difficulty: Difficulty,
    pub question: String,
    pub expected: String,
    pub concepts: Vec<String>,
}

/// Why a bank cannot be loaded, naming the file and the question.
#[derive(Debug, thiserror::Error)]
pub enum BankError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a question bank: {message}")]
    Syntax { path: PathBuf, message: String },
    #[error("{path}, question {id:?}: {message}")]
    Invalid {
        path: PathBuf,
        id: String,
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    question: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    kind: InterviewType,
    topic: String,
    difficulty: Difficulty,
    question: String,
    expected: String,
    concepts: Vec<String>,
}

/// Loads and checks every question of the bank in `dir`.
pub fn load(dir: &Path) -> Result<Vec<BankQuestion>, BankError> {
    let mut questions = Vec::new();
    let mut ids = HashSet::new();
    for (file, kind) in FILES {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|source| BankError::Read {
            path: path.clone(),
            source,
        })?;
        for question in parse(&text, &path, *kind)? {
            if !ids.insert(question.slug.as_str().to_owned()) {
                return Err(BankError::Invalid {
                    path,
                    id: question.slug.as_str().to_owned(),
                    message: "the id is used twice".to_owned(),
                });
            }
            questions.push(question);
        }
    }
    Ok(questions)
}

/// Parses the bank file at `path` (for messages), whose questions must all be of `kind`.
fn parse(text: &str, path: &Path, kind: InterviewType) -> Result<Vec<BankQuestion>, BankError> {
    let file: BankFile = toml::from_str(text).map_err(|error| BankError::Syntax {
        path: path.to_owned(),
        message: error.message().to_owned(),
    })?;
    file.question
        .into_iter()
        .map(|raw| {
            let id = raw.id.clone();
            check(raw, kind).map_err(|message| BankError::Invalid {
                path: path.to_owned(),
                id,
                message,
            })
        })
        .collect()
}

/// Checks a question written on the admin page as the bank's files are checked, and that
/// every concept is named in the expected answer (else no answer could ever be credited
/// with it). The message completes "The question cannot be saved: …".
pub fn check_edited(entry: &super::BankEntry) -> Result<BankQuestion, String> {
    let question = check(
        RawQuestion {
            id: entry.slug.clone(),
            kind: entry.interview_type,
            topic: entry.topic.clone(),
            difficulty: entry.difficulty,
            question: entry.question.clone(),
            expected: entry.expected.clone(),
            concepts: entry
                .concepts
                .iter()
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
                .collect(),
        },
        entry.interview_type,
    )?;
    let unnamed = crate::ai::offline::unnamed_concepts(&question.concepts, &question.expected);
    if unnamed.is_empty() {
        Ok(question)
    } else {
        Err(format!(
            "the expected answer does not name {}: write them as people say them, or add that \
             wording as an alternative (label: alternative | alternative)",
            unnamed.join(", ")
        ))
    }
}

fn check(raw: RawQuestion, kind: InterviewType) -> Result<BankQuestion, String> {
    let slug = Slug::parse(&raw.id).map_err(|error| format!("the id {error}"))?;
    if raw.kind != kind {
        return Err(format!("a {} question in the {kind} file", raw.kind));
    }
    let topics = match kind {
        InterviewType::Technical => TECHNICAL_TOPICS,
        InterviewType::Behavioral => BEHAVIORAL_TOPICS,
        InterviewType::Coding => return Err("coding rounds draw from the problem bank".to_owned()),
    };
    let topic = topics
        .iter()
        .find(|topic| **topic == raw.topic)
        .ok_or_else(|| {
            format!(
                "unknown topic {:?}; one of {}",
                raw.topic,
                topics.join(", ")
            )
        })?;
    let question = raw.question.trim().to_owned();
    if question.is_empty() || question.chars().count() > MAX_QUESTION_CHARS {
        return Err(format!(
            "the question must have 1 to {MAX_QUESTION_CHARS} characters"
        ));
    }
    let expected = raw.expected.trim().to_owned();
    if expected.is_empty() || expected.chars().count() > MAX_EXPECTED_CHARS {
        return Err(format!(
            "the expected answer must have 1 to {MAX_EXPECTED_CHARS} characters"
        ));
    }
    if raw.concepts.is_empty() || raw.concepts.len() > MAX_CONCEPTS {
        return Err(format!("a question needs 1 to {MAX_CONCEPTS} concepts"));
    }
    if raw.concepts.iter().any(|c| {
        c.split(':')
            .next()
            .is_none_or(|label| label.trim().is_empty())
    }) {
        return Err("every concept needs a label before its alternatives".to_owned());
    }
    Ok(BankQuestion {
        slug,
        kind,
        topic,
        difficulty: raw.difficulty,
        question,
        expected,
        concepts: raw.concepts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ai::offline::unnamed_concepts;

    fn bank() -> Vec<BankQuestion> {
        load(Path::new("interviews")).unwrap()
    }

    #[test]
    fn the_bank_has_enough_questions_on_every_topic() {
        let bank = bank();
        for (kind, topics, least) in [
            (InterviewType::Technical, TECHNICAL_TOPICS, 40),
            (InterviewType::Behavioral, BEHAVIORAL_TOPICS, 40),
        ] {
            let of_kind: Vec<_> = bank.iter().filter(|q| q.kind == kind).collect();
            assert!(of_kind.len() >= least, "{kind}: {}", of_kind.len());
            for topic in topics {
                assert!(
                    of_kind.iter().any(|q| q.topic == *topic),
                    "{kind}: no {topic}"
                );
            }
            for difficulty in Difficulty::ALL {
                assert!(
                    of_kind.iter().any(|q| q.difficulty == *difficulty),
                    "{kind}: no {difficulty}"
                );
            }
        }
    }

    /// A concept its own model answer does not name could never be found in a candidate's
    /// answer either: its alternatives must be written the way people say them.
    #[test]
    fn every_concept_is_named_in_its_own_expected_answer() {
        let unnamed: Vec<String> = bank()
            .iter()
            .flat_map(|q| {
                unnamed_concepts(&q.concepts, &q.expected)
                    .into_iter()
                    .map(move |concept| format!("{}: {concept}", q.slug.as_str()))
            })
            .collect();
        assert!(unnamed.is_empty(), "never named:\n{}", unnamed.join("\n"));
    }

    #[test]
    fn a_bad_bank_is_refused_naming_the_file_and_the_question() {
        let question = |id: &str, kind: &str, topic: &str, difficulty: &str| {
            format!(
                "[[question]]\nid = \"{id}\"\nkind = \"{kind}\"\ntopic = \"{topic}\"\n\
                 difficulty = \"{difficulty}\"\nquestion = \"Why?\"\nexpected = \"Because.\"\n\
                 concepts = [\"reason\"]\n"
            )
        };
        let path = Path::new("technical.toml");
        let refused = |text: &str, expected: &str| {
            let error = parse(text, path, InterviewType::Technical)
                .unwrap_err()
                .to_string();
            assert!(error.contains(expected), "{expected:?} not in {error}");
            assert!(error.contains("technical.toml"), "{error}");
        };
        assert!(
            parse(
                &question("ok", "Technical", "Systems", "Easy"),
                path,
                InterviewType::Technical
            )
            .is_ok()
        );
        refused(
            &question("Bad Id", "Technical", "Systems", "Easy"),
            "\"Bad Id\": the id",
        );
        refused(
            &question("b", "Behavioral", "Conflict", "Easy"),
            "a Behavioral question in the Technical file",
        );
        refused(
            &question("c", "Technical", "Cooking", "Easy"),
            "unknown topic \"Cooking\"",
        );
        refused(
            &question("d", "Technical", "Systems", "Trivial"),
            "not a question bank",
        );
        refused(
            "[[question]]\nid = \"e\"\ncolour = \"red\"\n",
            "not a question bank",
        );
    }
}
