//! The judge: compiles and runs submitted code in a sandbox and decides a verdict.
//!
//! For now this module holds the models that submissions and problems store (verdicts,
//! checkers); the sandbox, the language table and the queue workers come with the judge issue.

use crate::domain::text_enum;

text_enum! {
    /// The outcome of judging a program on a test.
    pub enum Verdict {
        /// Accepted: the output was right on every test.
        Accepted => "AC",
        /// Wrong answer.
        WrongAnswer => "WA",
        /// Time limit exceeded.
        TimeLimitExceeded => "TLE",
        /// Memory limit exceeded.
        MemoryLimitExceeded => "MLE",
        /// Runtime error: a non-zero exit or a signal.
        RuntimeError => "RE",
        /// Compilation error.
        CompilationError => "CE",
        /// Output limit exceeded.
        OutputLimitExceeded => "OLE",
        /// Internal error of the judge.
        InternalError => "IE",
        /// A plain run with no expected output finished normally.
        Ok => "OK",
    }
}

impl Verdict {
    /// The verdict spelled out for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Accepted => "Accepted",
            Self::WrongAnswer => "Wrong Answer",
            Self::TimeLimitExceeded => "Time Limit Exceeded",
            Self::MemoryLimitExceeded => "Memory Limit Exceeded",
            Self::RuntimeError => "Runtime Error",
            Self::CompilationError => "Compilation Error",
            Self::OutputLimitExceeded => "Output Limit Exceeded",
            Self::InternalError => "Internal Error",
            Self::Ok => "Finished",
        }
    }
}

text_enum! {
    /// How a program's output is compared with the expected output.
    pub enum Checker {
        /// Byte for byte.
        Exact => "exact",
        /// The same whitespace-separated tokens.
        Tokens => "tokens",
        /// Tokens, with numbers equal within an absolute or relative tolerance.
        Float => "float",
        /// The same non-empty trimmed lines, in any order.
        UnorderedLines => "unordered-lines",
        /// A checker program decides.
        Custom => "custom",
    }
}
