//! Problems from LeetCode's GraphQL `question` object, read from a file an admin saved (no
//! network). What it gives is a start: the statement (HTML) and the examples as sample tests;
//! the hidden tests must be added by hand.

use super::package::{PackageTest, ProblemPackage};
use super::repo::NewProblem;
use super::{Difficulty, Slug};
use crate::domain::{Body, Title};
use crate::judge::Checker;
use serde::Deserialize;

/// The fields of LeetCode's `question` that an import uses.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Question {
    question_frontend_id: String,
    title: String,
    title_slug: String,
    difficulty: String,
    #[serde(default)]
    topic_tags: Vec<TopicTag>,
    content: Option<String>,
    #[serde(default)]
    example_testcases: Option<String>,
}

#[derive(Debug, Deserialize)]
struct TopicTag {
    name: String,
}

/// Either `{"data":{"question":{…}}}`, as the API answers, or the bare question.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Document {
    Response { data: Data },
    Bare(Box<Question>),
}

#[derive(Debug, Deserialize)]
struct Data {
    question: Option<Question>,
}

/// Reads a question into a package: the statement is LeetCode's HTML (sanitized when shown),
/// the tests are the examples whose input and output the statement gives. It uses the default
/// limits and checker, and has no reference solution.
pub fn parse(json: &str) -> Result<ProblemPackage, String> {
    let document: Document = serde_json::from_str(json).map_err(|e| {
        format!("not a LeetCode question (expected {{\"data\":{{\"question\":…}}}} or the question object): {e}")
    })?;
    let question = match document {
        Document::Response { data } => data
            .question
            .ok_or("the response holds no question (data.question is null)")?,
        Document::Bare(question) => *question,
    };
    let leetcode_id = question
        .question_frontend_id
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            format!(
                "questionFrontendId `{}` is not a positive number",
                question.question_frontend_id
            )
        })?;
    let difficulty: Difficulty = question.difficulty.parse().map_err(|_| {
        format!(
            "difficulty `{}` is not Easy, Medium or Hard",
            question.difficulty
        )
    })?;
    let content = question
        .content
        .filter(|c| !c.trim().is_empty())
        .ok_or("the question has no content (LeetCode hides paid-only statements)")?;
    let tags: Vec<String> = question
        .topic_tags
        .iter()
        .map(|t| t.name.to_lowercase())
        .collect();
    let problem = NewProblem {
        slug: Slug::parse(&question.title_slug).map_err(|e| e.to_string())?,
        title: Title::parse(&question.title).map_err(|e| e.to_string())?,
        description: Body::parse(&content).map_err(|e| e.to_string())?,
        difficulty,
        input: String::new(),
        output: String::new(),
        constraints: String::new(),
        leetcode_id: Some(leetcode_id),
        creator_id: None,
        tags: super::package::tags(&tags)?,
        time_limit_ms: 1000,
        memory_limit_mb: 256,
        checker: Checker::Tokens,
        checker_config: None,
    };
    let tests = examples(&content, question.example_testcases.as_deref())
        .into_iter()
        .zip(1..)
        .map(|((input, output), number)| PackageTest {
            number,
            input,
            output,
            sample: true,
        })
        .collect();
    Ok(ProblemPackage {
        problem,
        tests,
        reference: None,
    })
}

/// The `(input, output)` of each example that gives both. An input `nums = [2,7], target = 9`
/// becomes one value per line (`[2,7]`, `9`), as in `exampleTestcases`, which is preferred when
/// it has as many values as the examples.
fn examples(content: &str, testcases: Option<&str>) -> Vec<(String, String)> {
    let text = decode_entities(&strip_tags(content));
    let mut examples = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("Input:") {
        rest = &rest[start + "Input:".len()..];
        let next_input = rest.find("Input:").unwrap_or(rest.len());
        let Some(output_at) = rest[..next_input].find("Output:") else {
            continue;
        };
        let input = rest[..output_at].trim();
        let after = &rest[output_at + "Output:".len()..];
        let output = after
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .unwrap_or_default();
        if !input.is_empty() && !output.is_empty() {
            examples.push((arguments(input), format!("{output}\n")));
        }
    }
    let lines: Vec<&str> = testcases
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    if let Some(per_example) = lines.len().checked_div(examples.len())
        && per_example > 0
        && per_example * examples.len() == lines.len()
    {
        for (example, chunk) in examples.iter_mut().zip(lines.chunks(per_example)) {
            example.0 = chunk.iter().map(|l| format!("{}\n", l.trim())).collect();
        }
    }
    examples
}

/// `a = [1, 2], b = "x,y"` as `[1, 2]\n"x,y"\n`: the values of the assignments, split at
/// commas outside brackets and quotes that are followed by `name =`.
fn arguments(input: &str) -> String {
    let input = input.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut values = Vec::new();
    let mut depth = 0i32;
    let mut quoted = false;
    let mut start = 0;
    for (at, c) in input.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '[' | '(' | '{' if !quoted => depth += 1,
            ']' | ')' | '}' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 && starts_assignment(&input[at + 1..]) => {
                values.push(&input[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    values.push(&input[start..]);
    values
        .into_iter()
        .map(|v| {
            let v = v.trim();
            let value = v
                .split_once('=')
                .filter(|(name, _)| is_name(name.trim()))
                .map_or(v, |(_, value)| value.trim());
            format!("{value}\n")
        })
        .collect()
}

fn starts_assignment(rest: &str) -> bool {
    rest.split_once('=')
        .is_some_and(|(name, _)| is_name(name.trim()))
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The text of HTML: tags removed, `<br>` and block ends as line breaks.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].to_ascii_lowercase();
        if tag.starts_with("br") || tag.starts_with("/p") || tag.starts_with("/div") {
            text.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text
}

/// Replaces the character references LeetCode uses (`&lt;`, `&quot;`, `&#39;`, `&nbsp;`, …).
fn decode_entities(text: &str) -> String {
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        decoded.push_str(&rest[..at]);
        rest = &rest[at..];
        let entity = rest[1..]
            .find(';')
            .filter(|end| *end <= 10)
            .map(|end| &rest[1..=end]);
        let character = entity.and_then(|name| match name {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (entity, character) {
            (Some(name), Some(c)) => {
                decoded.push(c);
                rest = &rest[name.len() + 2..];
            }
            _ => {
                decoded.push('&');
                rest = &rest[1..];
            }
        }
    }
    decoded.push_str(rest);
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTENT: &str = "<p>Given <code>nums</code>.</p>\n<p><strong class=\"example\">Example 1:</strong></p>\n<pre>\n<strong>Input:</strong> nums = [2,7,11,15], target = 9\n<strong>Output:</strong> [0,1]\n<strong>Explanation:</strong> Because nums[0] + nums[1] == 9.\n</pre>\n<pre>\n<strong>Input:</strong> s = &quot;a, b = c&quot;, k = 2\n<strong>Output:</strong> &quot;x&quot;\n</pre>\n<pre>\n<strong>Input:</strong> only input\n</pre>";

    #[test]
    fn examples_with_both_parts_become_tests() {
        assert_eq!(
            examples(CONTENT, None),
            [
                ("[2,7,11,15]\n9\n".to_owned(), "[0,1]\n".to_owned()),
                ("\"a, b = c\"\n2\n".to_owned(), "\"x\"\n".to_owned()),
            ]
        );
    }

    #[test]
    fn example_testcases_give_the_inputs_when_they_fit() {
        let cases = "[2,7,11,15]\n9\n\"a, b = c\"\n2";
        assert_eq!(examples(CONTENT, Some(cases))[1].0, "\"a, b = c\"\n2\n");
        let misfit = "[1]\n2\n3";
        assert_eq!(examples(CONTENT, Some(misfit))[0].0, "[2,7,11,15]\n9\n");
    }

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("a &lt; b &amp;&amp; &#39;c&#x27; &bogus; &"),
            "a < b && 'c' &bogus; &"
        );
    }

    #[test]
    fn both_document_shapes_parse() {
        let question = r#"{"questionFrontendId":"1","title":"Two Sum","titleSlug":"two-sum","difficulty":"Easy","topicTags":[{"name":"Array","slug":"array"}],"content":"<p>x</p>","exampleTestcases":""}"#;
        let wrapped = format!(r#"{{"data":{{"question":{question}}}}}"#);
        for json in [question, wrapped.as_str()] {
            let package = parse(json).unwrap();
            assert_eq!(package.problem.slug.as_str(), "two-sum");
            assert_eq!(package.problem.leetcode_id, Some(1));
            assert_eq!(package.problem.tags, ["array"]);
        }
        assert!(
            parse(r#"{"data":{"question":null}}"#)
                .unwrap_err()
                .contains("no question")
        );
    }
}
