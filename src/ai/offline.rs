//! The offline engine: grades an answer with no model, from what a human grader looks for.
//!
//! - **Coverage**: the share of the reference's ideas the answer names — the rubric concepts
//!   (each with its alternatives) and the expected answer's key terms, weighted like inverse
//!   document frequency (terms the question already uses count less), after stemming and
//!   folding synonyms ("hash table" and "dictionary" are one term).
//! - **Structure**: for technical answers, the four moves interviewers reward (clarifying the
//!   problem, complexity, edge cases, trade-offs); for behavioral ones, STAR (situation, task,
//!   action, result) and whether the actions are the candidate's own.
//! - **Specificity**: numbers and named tools, the difference between "it got faster" and
//!   "p99 latency fell from 800 to 120 ms after we added Redis".
//! - **Communication**: enough words to make the case but not a ramble, and little filler.
//!
//! Each dimension is measured as a fraction, shown as 1–5, and the overall score is their
//! weighted mean on the same scale. Every gap it names is concrete: the concept missing, the
//! STAR part absent.

use super::text::{Analyzed, Analyzer, KeyTerm, contains_phrase, count_phrase, cues_present};
use super::{Dimension, DimensionScore, Feedback, GradeRequest, JudgedCode, Rubric};
use std::collections::HashSet;

/// The name this engine gives in [`Feedback::engine`].
pub const ENGINE: &str = "offline";

/// Grades `request`.
pub fn grade(request: &GradeRequest) -> Feedback {
    let analyzer = Analyzer::default();
    let answer = analyzer.analyze(&request.answer);
    let question = analyzer.analyze(&request.question);
    // Judged code is graded even with no explanation: the judge's part stands on its own.
    if answer.words.is_empty() && request.judged.is_none() {
        return unanswered(request.rubric);
    }
    let coverage = Coverage::measure(&analyzer, request, &question, &answer);
    let specifics = Specifics::measure(&request.answer, &answer);
    let communication = Communication::measure(request.rubric, &answer);
    let measured = match request.rubric {
        Rubric::Technical => technical(&answer, &coverage, &specifics, &communication),
        Rubric::Behavioral => behavioral(&answer, &coverage, &specifics, &communication),
        Rubric::Coding => coding(request.judged.as_ref(), &answer, &coverage, &communication),
    };
    feedback(request.rubric, measured)
}

/// A dimension as measured: its fraction, and what to say.
struct Measured {
    dimension: &'static Dimension,
    fraction: f64,
    comment: String,
    strength: Option<String>,
    gap: Option<String>,
    next_step: &'static str,
}

/// A fraction on the 1–5 scale.
fn points(fraction: f64) -> f64 {
    1.0 + 4.0 * fraction.clamp(0.0, 1.0)
}

fn feedback(rubric: Rubric, measured: Vec<Measured>) -> Feedback {
    // The fractions, not the rounded points, so that close answers still differ.
    let score = rubric.overall(measured.iter().map(|m| points(m.fraction)));
    let mut weakest: Vec<&Measured> = measured.iter().collect();
    weakest.sort_by(|a, b| a.fraction.total_cmp(&b.fraction));
    let next_steps = weakest
        .iter()
        .filter(|m| m.fraction < 0.75)
        .take(3)
        .map(|m| m.next_step.to_owned())
        .collect();
    let strongest = weakest.last().map(|m| m.dimension.label.to_lowercase());
    let weakest_label = weakest.first().map(|m| m.dimension.label.to_lowercase());
    let summary = match (score, strongest, weakest_label) {
        (s, Some(best), _) if s >= 4.0 => format!("A strong answer, best on {best}."),
        (s, Some(best), Some(worst)) if s >= 2.5 => {
            format!("A fair answer: good on {best}, weakest on {worst}.")
        }
        (_, _, Some(worst)) => format!("A weak answer so far; start with {worst}."),
        _ => "Graded.".to_owned(),
    };
    Feedback {
        engine: ENGINE.to_owned(),
        rubric,
        score,
        strengths: measured.iter().filter_map(|m| m.strength.clone()).collect(),
        gaps: measured.iter().filter_map(|m| m.gap.clone()).collect(),
        dimensions: measured
            .into_iter()
            .map(|m| DimensionScore {
                key: m.dimension.key.to_owned(),
                label: m.dimension.label.to_owned(),
                score: points(m.fraction).round() as u8,
                comment: m.comment,
            })
            .collect(),
        summary,
        next_steps,
    }
}

fn unanswered(rubric: Rubric) -> Feedback {
    Feedback {
        engine: ENGINE.to_owned(),
        rubric,
        score: 1.0,
        dimensions: rubric
            .dimensions()
            .iter()
            .map(|dimension| DimensionScore {
                key: dimension.key.to_owned(),
                label: dimension.label.to_owned(),
                score: 1,
                comment: "No answer was given.".to_owned(),
            })
            .collect(),
        summary: "No answer was given.".to_owned(),
        strengths: Vec::new(),
        gaps: vec!["The answer is empty.".to_owned()],
        next_steps: vec![
            "Answer in your own words, even briefly: a partial answer scores.".to_owned(),
        ],
    }
}

/// The four moves of a good technical answer, each with the phrases that show it.
const REASONING_MOVES: &[(&str, &[&str])] = &[
    (
        "clarifying the problem and its assumptions",
        &[
            "assume",
            "assuming",
            "assumption",
            "clarify",
            "i would ask",
            "it depends",
            "depends on",
            "requirement",
            "constraint",
            "if the input",
            "do we need",
            "first, i",
        ],
    ),
    (
        "time and space complexity",
        &[
            "complexity",
            "big o",
            "o(1)",
            "o(n)",
            "o(log n)",
            "o(n log n)",
            "o(n^2)",
            "linear",
            "logarithmic",
            "quadratic",
            "constant time",
            "amortized",
            "amortised",
        ],
    ),
    (
        "edge cases",
        &[
            "edge case",
            "corner case",
            "empty",
            "null",
            "overflow",
            "duplicate",
            "negative",
            "worst case",
            "boundary",
            "failure",
            "fails",
            "timeout",
            "concurrent",
        ],
    ),
    (
        "trade-offs",
        &[
            "trade-off",
            "tradeoff",
            "trade off",
            "on the other hand",
            "downside",
            "drawback",
            "at the cost",
            "at the expense",
            "instead",
            "alternatively",
            "versus",
            "vs",
            "whereas",
            "but it",
            "cheaper",
            "more expensive",
            "simpler",
        ],
    ),
];

/// STAR's four parts, with the phrases that show each.
const STAR: &[(&str, &[&str])] = &[
    (
        "the situation",
        &[
            "when i was",
            "at my previous",
            "at my last",
            "in my last",
            "in my previous",
            "our team",
            "the team",
            "the project",
            "we were",
            "we had",
            "last year",
            "the situation",
            "context",
            "at the time",
            "a few years ago",
            "in my role",
        ],
    ),
    (
        "your task",
        &[
            "my task",
            "my role",
            "my job",
            "i was responsible",
            "responsible for",
            "i needed to",
            "i had to",
            "the goal",
            "our goal",
            "my goal",
            "was asked to",
            "i was asked",
            "needed to",
            "had to",
        ],
    ),
    (
        "the actions you took",
        &[
            "i decided",
            "i proposed",
            "i built",
            "i wrote",
            "i set up",
            "i organized",
            "i organised",
            "i scheduled",
            "i talked",
            "i spoke",
            "i met",
            "i asked",
            "i suggested",
            "i created",
            "i led",
            "i reviewed",
            "i implemented",
            "i refactored",
            "i measured",
            "i prioritized",
            "i prioritised",
            "i listened",
            "i explained",
            "i started",
            "i changed",
            "i automated",
            "i documented",
            "i reached out",
            "i worked with",
            "so i",
        ],
    ),
    (
        "the result",
        &[
            "as a result",
            "the result",
            "in the end",
            "result was",
            "outcome",
            "we shipped",
            "shipped",
            "reduced",
            "increased",
            "improved",
            "saved",
            "cut",
            "grew",
            "launched",
            "delivered",
            "i learned",
            "i learnt",
            "lesson",
            "since then",
            "afterwards",
        ],
    ),
];

const FILLER: &[&str] = &[
    "um",
    "uh",
    "erm",
    "you know",
    "basically",
    "actually",
    "literally",
    "sort of",
    "kind of",
    "i guess",
    "whatever",
    "stuff",
    "like i said",
];

/// Tools and technologies a specific answer names, lowercased.
const NAMED_TOOLS: &[&str] = &[
    "postgres",
    "postgresql",
    "mysql",
    "sqlite",
    "redis",
    "memcached",
    "kafka",
    "rabbitmq",
    "kubernetes",
    "docker",
    "aws",
    "gcp",
    "azure",
    "s3",
    "lambda",
    "nginx",
    "linux",
    "git",
    "github",
    "gitlab",
    "jenkins",
    "terraform",
    "react",
    "rust",
    "python",
    "java",
    "go",
    "c++",
    "javascript",
    "typescript",
    "grpc",
    "graphql",
    "http",
    "tcp",
    "udp",
    "dns",
    "tls",
    "sql",
    "nosql",
    "mongodb",
    "cassandra",
    "elasticsearch",
    "spark",
    "hadoop",
    "prometheus",
    "grafana",
    "datadog",
    "sentry",
    "jira",
    "slack",
    "figma",
    "excel",
    "cdn",
    "bloom filter",
    "b-tree",
    "lru",
    "raft",
    "paxos",
    "mutex",
    "semaphore",
    "epoll",
    "jvm",
    "gc",
];

/// Verbs in the past tense a story tells its actions with, beyond the regular "-ed" ones.
const IRREGULAR_ACTIONS: &[&str] = &[
    "built", "wrote", "set", "led", "met", "spoke", "took", "made", "ran", "found", "gave", "told",
    "chose", "brought", "sent", "drove", "began", "taught", "caught", "sought", "cut", "put",
    "did", "went", "stepped", "kept",
];

/// How many times `subject` ("i", "we") is followed by a verb in the past tense: an action
/// told in a story, not an opinion ("I usually go along").
fn actions_of(words: &[String], subject: &str) -> usize {
    words
        .windows(2)
        .filter(|pair| {
            let verb = pair[1].as_str();
            pair[0] == subject
                && ((verb.ends_with("ed") && verb.len() > 4) || IRREGULAR_ACTIONS.contains(&verb))
        })
        .count()
}

/// How much of the reference the answer covers.
struct Coverage {
    fraction: f64,
    covered: Vec<String>,
    missing: Vec<String>,
    /// Whether there was anything but the question to compare with.
    against_reference: bool,
}

impl Coverage {
    fn measure(
        analyzer: &Analyzer,
        request: &GradeRequest,
        question: &Analyzed,
        answer: &Analyzed,
    ) -> Self {
        let said: HashSet<&str> = answer.stems.iter().map(String::as_str).collect();
        let concepts: Vec<Concept> = request
            .concepts
            .iter()
            .filter_map(|text| Concept::parse(analyzer, text))
            .collect();
        let reference = request
            .expected
            .as_deref()
            .filter(|text| !text.trim().is_empty())
            .map(|text| analyzer.analyze(text));
        // With no reference, the question's own terms are what an answer must address.
        let terms: Vec<KeyTerm> = match &reference {
            Some(reference) => analyzer.key_terms(reference, question),
            None => analyzer.key_terms(question, &analyzer.analyze("")),
        };
        let weight_of = |terms: &[&KeyTerm]| terms.iter().map(|t| t.weight).sum::<f64>();
        let (hit, miss): (Vec<&KeyTerm>, Vec<&KeyTerm>) =
            terms.iter().partition(|t| said.contains(t.stem.as_str()));
        let term_share = if terms.is_empty() {
            0.5
        } else {
            weight_of(&hit) / weight_of(&terms.iter().collect::<Vec<_>>())
        };
        // Naming most of a reference's terms is rare even for a perfect answer written in one's
        // own words: two thirds of them reads as full coverage.
        let term_share = (term_share * 1.5).min(1.0);
        let (concepts_hit, concepts_missed): (Vec<&Concept>, Vec<&Concept>) =
            concepts.iter().partition(|c| c.named_in(&said));
        let fraction = if reference.is_none() && concepts.is_empty() {
            // Echoing the question covers nothing: with only the question to go by, an answer
            // must address its terms and bring ideas of its own (distinct content terms the
            // question does not use; some 25 make a full answer).
            let asked: HashSet<&str> = question.stems.iter().map(String::as_str).collect();
            let own: HashSet<&str> = said
                .iter()
                .copied()
                .filter(|stem| analyzer.is_content(stem) && !asked.contains(stem))
                .collect();
            0.4 * term_share + 0.6 * (own.len() as f64 / 25.0).min(1.0)
        } else if concepts.is_empty() {
            term_share
        } else {
            let concept_share = concepts_hit.len() as f64 / concepts.len() as f64;
            0.65 * concept_share + 0.35 * term_share
        };
        let mut heaviest: Vec<&&KeyTerm> = miss.iter().collect();
        // The most telling first: terms the question does not use, then longer (rarer) words.
        heaviest.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then(b.word.len().cmp(&a.word.len()))
        });
        let missing = if concepts.is_empty() {
            heaviest.iter().take(5).map(|t| t.word.clone()).collect()
        } else {
            concepts_missed.iter().map(|c| c.label.clone()).collect()
        };
        let covered = if concepts.is_empty() {
            hit.iter()
                .filter(|t| t.weight >= 1.0)
                .take(5)
                .map(|t| t.word.clone())
                .collect()
        } else {
            concepts_hit.iter().map(|c| c.label.clone()).collect()
        };
        Self {
            fraction,
            covered,
            missing,
            against_reference: reference.is_some() || !concepts.is_empty(),
        }
    }
}

/// The labels of `concepts` that `text` does not name: for checking that a question bank's
/// concepts can be found in its own model answers.
pub fn unnamed_concepts(concepts: &[String], text: &str) -> Vec<String> {
    let analyzer = Analyzer::default();
    let analyzed = analyzer.analyze(text);
    let said: HashSet<&str> = analyzed.stems.iter().map(String::as_str).collect();
    concepts
        .iter()
        .filter_map(|concept| Concept::parse(&analyzer, concept))
        .filter(|concept| !concept.named_in(&said))
        .map(|concept| concept.label)
        .collect()
}

/// A rubric concept: a label, and ways of saying it, each a set of stems that must all occur.
struct Concept {
    label: String,
    ways: Vec<Vec<String>>,
}

impl Concept {
    /// `label` or `label: way | way`; the label is a way of saying it too.
    fn parse(analyzer: &Analyzer, text: &str) -> Option<Self> {
        let (label, alternatives) = text.split_once(':').unwrap_or((text, ""));
        let label = label.trim();
        if label.is_empty() {
            return None;
        }
        let ways = std::iter::once(label)
            .chain(alternatives.split('|'))
            .map(|way| {
                analyzer
                    .analyze(way)
                    .stems
                    .into_iter()
                    .filter(|stem| analyzer.is_content(stem) || stem.contains('('))
                    .collect::<Vec<_>>()
            })
            .filter(|stems| !stems.is_empty())
            .collect();
        Some(Self {
            label: label.to_owned(),
            ways,
        })
    }

    fn named_in(&self, said: &HashSet<&str>) -> bool {
        self.ways
            .iter()
            .any(|way| way.iter().all(|stem| said.contains(stem.as_str())))
    }
}

/// Numbers and named tools.
struct Specifics {
    numbers: usize,
    tools: Vec<String>,
}

impl Specifics {
    fn measure(original: &str, answer: &Analyzed) -> Self {
        let numbers = answer
            .words
            .iter()
            .filter(|word| word.chars().any(|c| c.is_ascii_digit()) && !word.starts_with("o("))
            .count();
        let mut tools: Vec<String> = NAMED_TOOLS
            .iter()
            .filter(|tool| contains_phrase(&answer.lower, tool))
            .map(|tool| (*tool).to_owned())
            .collect();
        // Names the list does not know: CamelCase or capitals inside a sentence (PostgreSQL, API).
        for word in original.split(|c: char| !c.is_alphanumeric()) {
            let inner_capital = word.chars().skip(1).any(char::is_uppercase);
            let lower = word.to_lowercase();
            if word.len() >= 2 && inner_capital && !tools.contains(&lower) {
                tools.push(lower);
            }
        }
        Self { numbers, tools }
    }

    fn fraction(&self) -> f64 {
        (0.3 * self.numbers.min(3) as f64 + 0.25 * self.tools.len().min(3) as f64).min(1.0)
    }

    fn describe(&self) -> String {
        match (self.numbers, self.tools.len()) {
            (0, 0) => "No numbers or named tools.".to_owned(),
            (numbers, 0) => format!("{numbers} number(s), no named tools."),
            (0, _) => format!("Names {}; no numbers.", self.tools.join(", ")),
            (numbers, _) => format!("{numbers} number(s); names {}.", self.tools.join(", ")),
        }
    }
}

/// Length and filler.
struct Communication {
    fraction: f64,
    words: usize,
    filler: usize,
    short: bool,
    long: bool,
}

impl Communication {
    fn measure(rubric: Rubric, answer: &Analyzed) -> Self {
        // Enough words to make the case, spoken in two to three minutes at most.
        let (enough, too_many) = match rubric {
            Rubric::Technical => (60, 450),
            Rubric::Behavioral => (110, 550),
            Rubric::Coding => (40, 350),
        };
        let words = answer.words.len();
        let filler: usize = FILLER.iter().map(|f| count_phrase(&answer.lower, f)).sum();
        let length = if words < enough {
            words as f64 / enough as f64
        } else if words > too_many {
            (too_many as f64 / words as f64).max(0.5)
        } else {
            1.0
        };
        let filler_rate = filler as f64 * 100.0 / words as f64;
        let fraction = length * (1.0 - (filler_rate * 0.08).min(0.5));
        Self {
            fraction,
            words,
            filler,
            short: words < enough,
            long: words > too_many,
        }
    }

    fn dimension(&self, rubric: Rubric) -> Measured {
        let comment = format!(
            "{} words{}.",
            self.words,
            if self.filler > 0 {
                format!(", {} filler word(s)", self.filler)
            } else {
                String::new()
            }
        );
        Measured {
            dimension: rubric.dimension("communication"),
            fraction: self.fraction,
            comment,
            strength: (self.fraction >= 0.9).then(|| "Clear and to the point.".to_owned()),
            gap: if self.short {
                Some("The answer is short: it states rather than explains.".to_owned())
            } else if self.long {
                Some("The answer is long: the main point gets lost.".to_owned())
            } else if self.filler > 2 {
                Some(format!("{} filler words weaken it.", self.filler))
            } else {
                None
            },
            next_step: if self.long {
                "Lead with the answer in one sentence, then support it; stop when the point is made."
            } else {
                "Say why, not only what: one more sentence of explanation per claim, without filler."
            },
        }
    }
}

fn coverage_dimension(dimension: &'static Dimension, coverage: &Coverage) -> Measured {
    let basis = if coverage.against_reference {
        "the expected answer"
    } else {
        "the question (no expected answer was given)"
    };
    Measured {
        dimension,
        fraction: coverage.fraction,
        comment: format!("Covers {:.0}% of {basis}.", coverage.fraction * 100.0),
        strength: (!coverage.covered.is_empty() && coverage.fraction >= 0.5)
            .then(|| format!("Covered: {}.", coverage.covered.join(", "))),
        gap: (!coverage.missing.is_empty() && coverage.fraction < 0.9)
            .then(|| format!("Not mentioned: {}.", coverage.missing.join(", "))),
        next_step: "Before answering, list the three or four ideas the question is really about, and make sure each appears.",
    }
}

/// Which of a list of named cue groups an answer shows.
struct Checklist {
    shown: Vec<&'static str>,
    absent: Vec<&'static str>,
}

impl Checklist {
    fn of(answer: &Analyzed, groups: &[(&'static str, &[&str])]) -> Self {
        let (shown, absent) = groups
            .iter()
            .partition::<Vec<_>, _>(|(_, cues)| cues_present(&answer.lower, cues) > 0);
        let names =
            |groups: Vec<&(&'static str, &[&str])>| groups.iter().map(|(name, _)| *name).collect();
        Self {
            shown: names(shown),
            absent: names(absent),
        }
    }

    fn fraction(&self) -> f64 {
        self.shown.len() as f64 / (self.shown.len() + self.absent.len()) as f64
    }
}

fn technical(
    answer: &Analyzed,
    coverage: &Coverage,
    specifics: &Specifics,
    communication: &Communication,
) -> Vec<Measured> {
    let moves = Checklist::of(answer, REASONING_MOVES);
    vec![
        coverage_dimension(Rubric::Technical.dimension("coverage"), coverage),
        Measured {
            dimension: Rubric::Technical.dimension("reasoning"),
            fraction: moves.fraction(),
            comment: format!(
                "Shows {} of 4: {}.",
                moves.shown.len(),
                if moves.shown.is_empty() {
                    "none".to_owned()
                } else {
                    moves.shown.join(", ")
                }
            ),
            strength: (moves.shown.len() >= 3)
                .then(|| format!("Reasons like an engineer: {}.", moves.shown.join(", "))),
            gap: (!moves.absent.is_empty())
                .then(|| format!("Missing: {}.", moves.absent.join(", "))),
            next_step: "Walk through assumptions, complexity, edge cases and a trade-off for every design or algorithm you propose.",
        },
        Measured {
            dimension: Rubric::Technical.dimension("specificity"),
            fraction: specifics.fraction(),
            comment: specifics.describe(),
            strength: (specifics.fraction() >= 0.75)
                .then(|| "Concrete: numbers and named technologies.".to_owned()),
            gap: (specifics.fraction() < 0.5).then(|| {
                "Few concrete details: no sizes, timings or named technologies.".to_owned()
            }),
            next_step: "Put numbers on it (sizes, latencies, complexities) and name the tools you would use.",
        },
        communication.dimension(Rubric::Technical),
    ]
}

fn behavioral(
    answer: &Analyzed,
    coverage: &Coverage,
    specifics: &Specifics,
    communication: &Communication,
) -> Vec<Measured> {
    let star = Checklist::of(answer, STAR);
    // Whose actions: things the candidate says they did, against what "we" did (a team story
    // is fine; a story with no action of one's own is not).
    let i = actions_of(&answer.words, "i");
    let we = actions_of(&answer.words, "we");
    let ownership = (i as f64 / 3.0).min(1.0) * (i as f64 / (i as f64 + 0.5 * we as f64).max(1.0));
    let results = cues_present(&answer.lower, STAR[3].1);
    let impact = (0.35 * results.min(2) as f64 + 0.6 * specifics.fraction()).min(1.0);
    vec![
        Measured {
            dimension: Rubric::Behavioral.dimension("structure"),
            fraction: star.fraction(),
            comment: format!("Tells {} of 4 parts.", star.shown.len()),
            strength: (star.absent.is_empty())
                .then(|| "A complete story: situation, task, action and result.".to_owned()),
            gap: (!star.absent.is_empty())
                .then(|| format!("The story leaves out {}.", star.absent.join(", "))),
            next_step: "Tell it as STAR: one or two sentences of situation and task, most of the time on your actions, and end with a measured result.",
        },
        Measured {
            dimension: Rubric::Behavioral.dimension("ownership"),
            fraction: ownership,
            comment: format!("{i} action(s) of your own, {we} of \"we\"."),
            strength: (ownership >= 0.8).then(|| "Clear about what you did yourself.".to_owned()),
            gap: (ownership < 0.5).then(|| {
                "It is hard to tell what you did yourself: the story is mostly \"we\".".to_owned()
            }),
            next_step: "Say \"I\" for what you did: the interviewer is hiring you, not your team.",
        },
        Measured {
            dimension: Rubric::Behavioral.dimension("impact"),
            fraction: impact,
            comment: specifics.describe(),
            strength: (impact >= 0.75).then(|| "The result is concrete and measured.".to_owned()),
            gap: (impact < 0.5)
                .then(|| "The result is vague: no numbers show what changed.".to_owned()),
            next_step: "End with what changed, in numbers: time saved, errors avoided, users reached, and what you learned.",
        },
        coverage_dimension(Rubric::Behavioral.dimension("relevance"), coverage),
        communication.dimension(Rubric::Behavioral),
    ]
}

/// A coding answer: correctness, efficiency and pace from what the judge found (no judged code
/// means none of them), approach and communication from the candidate's explanation.
fn coding(
    judged: Option<&JudgedCode>,
    answer: &Analyzed,
    coverage: &Coverage,
    communication: &Communication,
) -> Vec<Measured> {
    let dimension = |key| Rubric::Coding.dimension(key);
    let not_judged = |key| Measured {
        dimension: dimension(key),
        fraction: 0.0,
        comment: "No code was judged.".to_owned(),
        strength: None,
        gap: Some("No code was submitted to the judge.".to_owned()),
        next_step: "Submit code before time runs out, even a brute-force version: working code scores.",
    };
    let moves = Checklist::of(answer, REASONING_MOVES);
    let approach = Measured {
        dimension: dimension("approach"),
        fraction: 0.6 * moves.fraction() + 0.4 * coverage.fraction,
        comment: format!("The explanation shows {} of 4 moves.", moves.shown.len()),
        strength: (moves.shown.len() >= 3)
            .then(|| format!("A reasoned approach: {}.", moves.shown.join(", "))),
        gap: (!moves.absent.is_empty())
            .then(|| format!("The explanation leaves out {}.", moves.absent.join(", "))),
        next_step: "Before coding, say the approach in two sentences, its complexity, and the edge cases you will handle.",
    };
    let Some(judged) = judged else {
        return vec![
            not_judged("correctness"),
            not_judged("efficiency"),
            approach,
            not_judged("pace"),
            communication.dimension(Rubric::Coding),
        ];
    };
    vec![
        correctness(judged),
        efficiency(judged),
        approach,
        pace(judged),
        communication.dimension(Rubric::Coding),
    ]
}

fn correctness(judged: &JudgedCode) -> Measured {
    let passed = if judged.tests_total == 0 {
        0.0
    } else {
        judged.tests_passed as f64 / judged.tests_total as f64
    };
    Measured {
        dimension: Rubric::Coding.dimension("correctness"),
        // Passing some tests is worth something, but never as much as passing them all.
        fraction: if judged.accepted { 1.0 } else { 0.75 * passed },
        comment: format!(
            "{}: {} of {} tests passed.",
            judged.verdict, judged.tests_passed, judged.tests_total
        ),
        strength: judged
            .accepted
            .then(|| "Correct: the code passed every test.".to_owned()),
        gap: (!judged.accepted).then(|| format!("The judge's verdict: {}.", judged.verdict)),
        next_step: "Test your code by hand on the examples and on the edge cases (empty, one element, largest input) before submitting.",
    }
}

/// Whether `text` names a complexity: O(...), or words such as "linear".
fn names_complexity(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("o(") || cues_present(&lower, REASONING_MOVES[1].1) > 0
}

fn efficiency(judged: &JudgedCode) -> Measured {
    let stated = judged
        .stated_complexity
        .as_deref()
        .filter(|text| names_complexity(text));
    let share = judged.slowest_ms as f64 / judged.time_limit_ms.max(1) as f64;
    let speed = if judged.too_slow {
        0.1
    } else if judged.accepted {
        // Well inside the limit is full marks; close to it, half.
        (1.0 - (share - 0.25).max(0.0) * 2.0 / 3.0).clamp(0.5, 1.0)
    } else {
        0.4
    };
    let fraction = 0.7 * speed + if stated.is_some() { 0.3 } else { 0.0 };
    Measured {
        dimension: Rubric::Coding.dimension("efficiency"),
        fraction,
        comment: format!(
            "Slowest test {} ms of a {} ms limit; stated complexity: {}.",
            judged.slowest_ms,
            judged.time_limit_ms,
            stated.unwrap_or("none")
        ),
        strength: (fraction >= 0.85).then(|| "Fast, and you said why.".to_owned()),
        gap: if judged.too_slow {
            Some("Too slow: the code ran past the time limit.".to_owned())
        } else if stated.is_none() {
            Some("You did not state the time and space complexity.".to_owned())
        } else {
            None
        },
        next_step: "State the time and space complexity of your solution, and whether a better one exists.",
    }
}

fn pace(judged: &JudgedCode) -> Measured {
    let (taken, allowed) = (judged.minutes_taken, judged.minutes_allowed.max(1));
    let fraction = if taken <= allowed {
        1.0
    } else {
        f64::from(allowed) / f64::from(taken)
    };
    Measured {
        dimension: Rubric::Coding.dimension("pace"),
        fraction,
        comment: format!("Took {taken} of {allowed} minutes."),
        strength: (taken <= allowed).then(|| "Finished within the time.".to_owned()),
        gap: (taken > allowed).then(|| format!("Ran {} minutes over time.", taken - allowed)),
        next_step: "Budget the time: a few minutes to plan, most to code, the last few to test.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(rubric: Rubric, answer: &str) -> GradeRequest {
        GradeRequest {
            rubric,
            question: "How does a hash map work, and what happens on a collision?".to_owned(),
            expected: Some(
                "A hash function maps each key to a bucket index in an array. Lookups, inserts \
                 and deletes are O(1) on average. Collisions are resolved by chaining or open \
                 addressing; when the load factor grows the table is resized and rehashed, \
                 which is amortized O(1). The worst case is O(n) when many keys collide."
                    .to_owned(),
            ),
            concepts: vec![
                "hash function".to_owned(),
                "buckets: bucket | array index".to_owned(),
                "collision resolution: chaining | open addressing | linear probing".to_owned(),
                "resizing: load factor | rehash | resize".to_owned(),
                "average O(1): o(1) | constant time".to_owned(),
            ],
            answer: answer.to_owned(),
            judged: None,
        }
    }

    #[test]
    fn an_empty_answer_scores_one_everywhere() {
        let feedback = grade(&request(Rubric::Technical, "  \n "));
        assert_eq!(feedback.score, 1.0);
        assert!(feedback.dimensions.iter().all(|d| d.score == 1));
        assert_eq!(feedback.engine, ENGINE);
    }

    #[test]
    fn missing_concepts_are_named() {
        let feedback = grade(&request(
            Rubric::Technical,
            "A hash function picks a bucket in an array, so lookups are constant time.",
        ));
        let gaps = feedback.gaps.join(" ");
        assert!(gaps.contains("collision resolution"), "{gaps}");
        assert!(gaps.contains("resizing"), "{gaps}");
        assert!(!gaps.contains("hash function"), "{gaps}");
    }

    #[test]
    fn scores_stay_on_the_scale() {
        let long = "I think the hash map is um basically like a thing. ".repeat(200);
        for answer in ["x", long.as_str()] {
            for rubric in Rubric::ALL {
                let feedback = grade(&request(*rubric, answer));
                assert!((1.0..=5.0).contains(&feedback.score), "{feedback:?}");
                assert!(
                    feedback
                        .dimensions
                        .iter()
                        .all(|d| (1..=5).contains(&d.score))
                );
            }
        }
    }

    fn judged(accepted: bool, tests_passed: usize, minutes_taken: u32) -> JudgedCode {
        JudgedCode {
            verdict: if accepted { "Accepted" } else { "Wrong Answer" }.to_owned(),
            accepted,
            too_slow: false,
            tests_passed,
            tests_total: 10,
            slowest_ms: 40,
            time_limit_ms: 1000,
            stated_complexity: Some("O(n) time, O(1) space".to_owned()),
            minutes_taken,
            minutes_allowed: 30,
        }
    }

    #[test]
    fn coding_answers_are_graded_on_the_judged_code_first() {
        let explanation = "I assume the input fits in memory. One pass with a hash map gives \
                           O(n) time; the empty array is an edge case.";
        let coding = |judged: Option<JudgedCode>| {
            grade(&GradeRequest {
                rubric: Rubric::Coding,
                judged,
                ..request(Rubric::Coding, explanation)
            })
        };
        let accepted = coding(Some(judged(true, 10, 20)));
        let wrong = coding(Some(judged(false, 3, 20)));
        let late = coding(Some(judged(true, 10, 60)));
        let unjudged = coding(None);
        assert!(accepted.score > late.score, "{accepted:?} {late:?}");
        assert!(late.score > wrong.score, "{late:?} {wrong:?}");
        assert!(wrong.score > unjudged.score, "{wrong:?} {unjudged:?}");
        let correctness = |f: &Feedback| f.dimensions[0].score;
        assert_eq!((correctness(&accepted), correctness(&wrong)), (5, 2));
        assert!(late.gaps.iter().any(|gap| gap.contains("30 minutes over")));
        // With no explanation the judged code still counts.
        let silent = grade(&GradeRequest {
            judged: Some(judged(true, 10, 20)),
            ..request(Rubric::Coding, "")
        });
        assert!(silent.score > unjudged.score, "{silent:?}");
    }
}
