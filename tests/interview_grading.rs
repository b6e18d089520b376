//! The offline engine against answers graded by hand (tests/fixtures/graded_answers.toml): for
//! every question it must rank the good answer above the fair one above the poor one, overall,
//! and never score a worse answer higher on any dimension.

use grindstone::ai::{Feedback, GradeRequest, Rubric, offline};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixtures {
    question: Vec<GradedQuestion>,
}

#[derive(Deserialize)]
struct GradedQuestion {
    #[serde(rename = "type")]
    rubric: Rubric,
    question: String,
    expected: String,
    concepts: Vec<String>,
    good: String,
    fair: String,
    poor: String,
}

fn fixtures() -> Vec<GradedQuestion> {
    let text = std::fs::read_to_string("tests/fixtures/graded_answers.toml").unwrap();
    toml::from_str::<Fixtures>(&text).unwrap().question
}

fn grade(question: &GradedQuestion, answer: &str, with_reference: bool) -> Feedback {
    offline::grade(&GradeRequest {
        rubric: question.rubric,
        question: question.question.clone(),
        expected: with_reference.then(|| question.expected.clone()),
        concepts: if with_reference {
            question.concepts.clone()
        } else {
            Vec::new()
        },
        answer: answer.to_owned(),
        judged: None,
    })
}

/// Checks the ranking of one question's three answers; returns what is wrong.
fn misranked(question: &GradedQuestion, with_reference: bool) -> Vec<String> {
    let [good, fair, poor] = [&question.good, &question.fair, &question.poor]
        .map(|a| grade(question, a, with_reference));
    let mut wrong = Vec::new();
    if !(good.score > fair.score && fair.score > poor.score) {
        wrong.push(format!(
            "{:?}: good {} / fair {} / poor {}",
            question.question, good.score, fair.score, poor.score
        ));
    }
    for (better, worse, names) in [(&good, &fair, "good < fair"), (&fair, &poor, "fair < poor")] {
        for (b, w) in better.dimensions.iter().zip(&worse.dimensions) {
            if b.score < w.score {
                wrong.push(format!(
                    "{:?}: {names} on {} ({} < {}): {} / {}",
                    question.question, b.key, b.score, w.score, b.comment, w.comment
                ));
            }
        }
    }
    wrong
}

#[test]
fn better_answers_score_higher_with_the_bank_reference() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 6);
    let wrong: Vec<String> = fixtures.iter().flat_map(|q| misranked(q, true)).collect();
    assert!(wrong.is_empty(), "misranked:\n{}", wrong.join("\n"));
}

#[test]
fn better_answers_score_higher_with_only_the_question() {
    let wrong: Vec<String> = fixtures()
        .iter()
        .flat_map(|q| misranked(q, false))
        .collect();
    assert!(wrong.is_empty(), "misranked:\n{}", wrong.join("\n"));
}

#[test]
fn feedback_names_what_is_missing_and_what_to_do() {
    for question in fixtures() {
        let poor = grade(&question, &question.poor, true);
        assert!(!poor.gaps.is_empty(), "{poor:?}");
        assert!(!poor.next_steps.is_empty(), "{poor:?}");
        let good = grade(&question, &question.good, true);
        assert!(!good.strengths.is_empty(), "{good:?}");
        assert!(good.score >= 3.5, "{:?}: {good:?}", question.question);
        assert!(poor.score <= 2.5, "{:?}: {poor:?}", question.question);
    }
}
