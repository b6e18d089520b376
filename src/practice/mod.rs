//! Practice: the page where a user solves a problem. It composes the features below it: the
//! problem's statement (`problems`) beside the editor, whose code `submissions` queues for the
//! judge and whose result it shows live.

mod editor;
mod pages;

pub use editor::CodeEditor;
pub use pages::{ProblemPage, ProblemStatement};
