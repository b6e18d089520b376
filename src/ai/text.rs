//! Text analysis for the offline engine: words, their stems with synonyms folded together, and
//! the weighted key terms of a reference text.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{HashMap, HashSet};

/// Words too common to say anything about content.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "both", "but", "by", "can", "could", "did",
    "do", "does", "doing", "down", "during", "each", "else", "etc", "even", "every", "few", "for",
    "from", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "him",
    "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "let", "like",
    "make", "many", "may", "me", "might", "more", "most", "much", "must", "my", "need", "no",
    "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over",
    "own", "same", "say", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "thing", "things", "this", "those", "through", "to",
    "too", "under", "until", "up", "us", "use", "used", "uses", "using", "very", "via", "was",
    "way", "we", "well", "were", "what", "when", "where", "which", "while", "who", "why", "will",
    "with", "would", "you", "your", "explain", "describe", "tell", "time", "give", "example",
    "question",
];

/// Words and phrases that mean the same thing to a grader, each folded into its first entry.
const SYNONYMS: &[&[&str]] = &[
    &[
        "hashmap",
        "hash map",
        "hash table",
        "hashtable",
        "dictionary",
        "dict",
        "associative array",
    ],
    &[
        "complexity",
        "big o",
        "time complexity",
        "space complexity",
        "asymptotic",
    ],
    &["constant", "o(1)"],
    &["logarithmic", "o(log n)", "log n"],
    &["linear", "o(n)"],
    &["quadratic", "o(n^2)", "o(n2)", "n squared"],
    &["collision", "collide", "clash"],
    &["thread", "threads", "lightweight process"],
    &["lock", "mutex", "mutual exclusion", "semaphore"],
    &["database", "db", "datastore", "data store"],
    &["index", "indexes", "indices", "b-tree", "btree", "b+ tree"],
    &["cache", "caching", "memoize", "memoization", "memo"],
    &["latency", "response time", "delay"],
    &["throughput", "requests per second", "qps", "rps"],
    &["recursion", "recursive", "recurse"],
    &["queue", "fifo"],
    &["stack", "lifo"],
    &["teammate", "colleague", "coworker", "co-worker", "peer"],
    &["manager", "boss", "lead", "supervisor"],
    &["deadline", "due date", "timeline"],
    &["customer", "client", "user"],
];

/// How an engine sees a text: its words in order, lowercased, and their folded stems.
pub struct Analyzed {
    /// The text lowercased, with runs of whitespace as single spaces, for phrase cues.
    pub lower: String,
    pub words: Vec<String>,
    pub stems: Vec<String>,
    /// For each stem, the words it was made of ("hash table" for `hashmap`), for messages.
    pub surfaces: Vec<String>,
}

/// The analyzer: a stemmer and the synonym table, built once per grading.
pub struct Analyzer {
    stemmer: Stemmer,
    /// Each synonym, as words, with the stem of its group's first entry.
    synonyms: Vec<(Vec<String>, String)>,
    stop_stems: HashSet<String>,
}

impl Default for Analyzer {
    fn default() -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut synonyms = Vec::new();
        for group in SYNONYMS {
            let canonical = stemmer.stem(group[0]).into_owned();
            for phrase in *group {
                synonyms.push((words(phrase), canonical.clone()));
            }
        }
        // Longest phrases first, so that "time complexity" wins over "time".
        synonyms.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        let stop_stems = STOP_WORDS
            .iter()
            .map(|word| stemmer.stem(word).into_owned())
            .collect();
        Self {
            stemmer,
            synonyms,
            stop_stems,
        }
    }
}

/// The words of `text`, lowercased: letters and digits, keeping what names like `c++`, `c#`,
/// `o(n)` and `99.9%` are made of.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || "+#()^.%".contains(c)))
        .map(|word| {
            word.trim_matches(|c: char| ".(".contains(c) || (c == ')' && !word.contains('(')))
        })
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Analyzer {
    pub fn analyze(&self, text: &str) -> Analyzed {
        let words = words(text);
        let mut stems = Vec::with_capacity(words.len());
        let mut surfaces = Vec::with_capacity(words.len());
        let mut at = 0;
        while at < words.len() {
            let (stem, length) = self
                .synonyms
                .iter()
                .find(|(phrase, _)| words[at..].starts_with(phrase))
                .map_or_else(
                    || (self.stemmer.stem(&words[at]).into_owned(), 1),
                    |(phrase, canonical)| (canonical.clone(), phrase.len()),
                );
            stems.push(stem);
            surfaces.push(words[at..at + length].join(" "));
            at += length;
        }
        let lower = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        Analyzed {
            lower,
            words,
            stems,
            surfaces,
        }
    }

    /// Whether a stem carries content: not a stop word, not a lone letter or number.
    pub fn is_content(&self, stem: &str) -> bool {
        stem.chars().count() > 2
            && !self.stop_stems.contains(stem)
            && !stem.chars().all(|c| c.is_ascii_digit())
    }

    /// The content stems of `reference` with a weight each: a term the question already uses
    /// tells less of whether the answer knows the subject (it could be echoed), like a common
    /// term in BM25's inverse document frequency. The words each stem came from are kept, to
    /// name what is missing.
    pub fn key_terms(&self, reference: &Analyzed, question: &Analyzed) -> Vec<KeyTerm> {
        let in_question: HashSet<&str> = question.stems.iter().map(String::as_str).collect();
        let mut terms: HashMap<&str, KeyTerm> = HashMap::new();
        let mut order = Vec::new();
        for (stem, word) in reference.stems.iter().zip(&reference.surfaces) {
            if !self.is_content(stem) {
                continue;
            }
            terms.entry(stem).or_insert_with(|| {
                order.push(stem.as_str());
                KeyTerm {
                    stem: stem.clone(),
                    word: word.clone(),
                    weight: if in_question.contains(stem.as_str()) {
                        0.3
                    } else {
                        1.0
                    },
                }
            });
        }
        order
            .into_iter()
            .filter_map(|stem| terms.remove(stem))
            .collect()
    }
}

/// A term a reference answer uses, with how much its presence in an answer counts.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyTerm {
    pub stem: String,
    pub word: String,
    pub weight: f64,
}

/// How many of `cues` occur in `text` (lowercased, single-spaced), each counted once.
pub fn cues_present(text: &str, cues: &[&str]) -> usize {
    cues.iter().filter(|cue| contains_phrase(text, cue)).count()
}

/// Whether `phrase` occurs in `text` at word boundaries (so that "we" is not found in "were").
pub fn contains_phrase(text: &str, phrase: &str) -> bool {
    occurrences(text, phrase).next().is_some()
}

/// How often `phrase` occurs in `text` at word boundaries.
pub fn count_phrase(text: &str, phrase: &str) -> usize {
    occurrences(text, phrase).count()
}

/// Where `phrase` occurs in `text` as whole words: no letter or digit just before it, nor just
/// after it unless it ends in a mark (so that "o(1)" is found in "o(1)-time").
fn occurrences<'t>(text: &'t str, phrase: &'t str) -> impl Iterator<Item = usize> + 't {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let open_end = !phrase.ends_with(|c: char| c.is_alphanumeric());
    text.match_indices(phrase)
        .map(|(at, _)| at)
        .filter(move |&at| {
            boundary(text[..at].chars().next_back())
                && (open_end || boundary(text[at + phrase.len()..].chars().next()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_and_inflections_fold_into_one_stem() {
        let analyzer = Analyzer::default();
        let a = analyzer.analyze("A hash table resolves collisions by chaining.");
        let b = analyzer.analyze("The dictionary resolved a collision with chains");
        for stem in ["hashmap", "collis", "chain", "resolv"] {
            assert!(a.stems.iter().any(|s| s == stem), "{stem} in {:?}", a.stems);
            assert!(b.stems.iter().any(|s| s == stem), "{stem} in {:?}", b.stems);
        }
    }

    #[test]
    fn words_keep_the_marks_of_technical_names() {
        assert_eq!(
            words("Lookups are O(1); C++ and C# differ. Uptime 99.9%!"),
            [
                "lookups", "are", "o(1)", "c++", "and", "c#", "differ", "uptime", "99.9%"
            ]
        );
    }

    #[test]
    fn key_terms_weigh_what_the_question_already_says_less() {
        let analyzer = Analyzer::default();
        let question = analyzer.analyze("How does a hash map handle collisions?");
        let reference = analyzer
            .analyze("Chaining: each bucket keeps a list of the keys whose hashes collide.");
        let terms = analyzer.key_terms(&reference, &question);
        let weight = |stem: &str| terms.iter().find(|t| t.stem == stem).map(|t| t.weight);
        assert_eq!(weight("chain"), Some(1.0));
        assert_eq!(weight("collis"), Some(0.3));
        assert_eq!(weight("each"), None, "a stop word is no key term");
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(contains_phrase("then we shipped it", "we"));
        assert!(!contains_phrase("they were late", "we"));
        assert!(contains_phrase("lookups are o(1) on average", "o(1)"));
        assert_eq!(count_phrase("um, so, um, yes", "um"), 2);
    }
}
